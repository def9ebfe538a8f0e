import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { defineEnum } from '@vt/platform';
import { Functie } from '../catalogus.js';

@ObjectType({ description: 'A medewerker on call in a shift of the bereikbaarheidsdienst.' })
export class DienstMedewerker {
  @Field(() => ID, { description: 'The medewerker (see medewerkers).' })
  medewerkerId: string;

  @Field(() => String, { description: 'Name of the medewerker.' })
  naam: string;

  @Field(() => Functie, { description: 'Functie in this shift; VA is the vertrouwensarts on call.' })
  functie: Functie;
}

@ObjectType({
  description: 'A shift of the 24/7 bereikbaarheidsdienst: the period [begin, eind) and the medewerkers on call in it.',
})
export class Bereikbaarheidsdienst {
  @Field(() => ID, { description: 'Id of the shift.' })
  id: string;

  @Field(() => GraphQLDateTime, { description: 'Start of the shift (inclusive).' })
  begin: Date;

  @Field(() => GraphQLDateTime, { description: 'End of the shift (exclusive).' })
  eind: Date;

  @Field(() => String, { nullable: true, description: 'Description, e.g. "weekenddienst".' })
  omschrijving: string | null;

  @Field(() => [DienstMedewerker], { description: 'The medewerkers on call, by name.' })
  medewerkers: DienstMedewerker[];

  @Field(() => Int, { description: 'Out-of-hours contacts (adviezen and meldingen) recorded with this shift.' })
  aantalContacten: number;

  @Field(() => Boolean, { description: 'Whether the hours of this shift have been booked (boekBereikbaarheidsuren).' })
  urenGeboekt: boolean;

  @Field(() => Int, { description: 'Version for optimistic locking: pass it to mutations that change the shift.' })
  versie: number;
}

export const RoosterGatSoort = defineEnum(
  { ZONDER_MEDEWERKER: 'ZONDER_MEDEWERKER', ZONDER_VERTROUWENSARTS: 'ZONDER_VERTROUWENSARTS' } as const,
  'RoosterGatSoort',
  'What is missing in a gap of the rooster.',
  {
    ZONDER_MEDEWERKER: 'Nobody is on call other than a vertrouwensarts: no medewerker takes the calls.',
    ZONDER_VERTROUWENSARTS: 'No vertrouwensarts (functie VA) is on call.',
  },
);
export type RoosterGatSoort = (typeof RoosterGatSoort)[keyof typeof RoosterGatSoort];

@ObjectType({ description: 'A period in which the 24/7 bereikbaarheidsdienst is not fully staffed.' })
export class RoosterGat {
  @Field(() => RoosterGatSoort, { description: 'What is missing.' })
  soort: RoosterGatSoort;

  @Field(() => GraphQLDateTime, { description: 'Start of the gap (inclusive).' })
  van: Date;

  @Field(() => GraphQLDateTime, { description: 'End of the gap (exclusive).' })
  tot: Date;
}

@ObjectType({ description: 'The bereikbaarheidsrooster of a period: its shifts and its gaps.' })
export class Bereikbaarheidsrooster {
  @Field(() => GraphQLDateTime, { description: 'Start of the period asked.' })
  van: Date;

  @Field(() => GraphQLDateTime, { description: 'End of the period asked.' })
  tot: Date;

  @Field(() => [Bereikbaarheidsdienst], { description: 'Shifts that overlap the period, by begin.' })
  diensten: Bereikbaarheidsdienst[];

  @Field(() => [RoosterGat], {
    description: 'Gaps within the period (the dienst is 24/7): without a medewerker on call and without a vertrouwensarts, by van.',
  })
  gaten: RoosterGat[];
}

@InputType({ description: 'A medewerker on call in a shift.' })
export class DienstMedewerkerInput {
  @Field(() => ID, { description: 'The medewerker, with a dienstverband at the start of the shift.' })
  medewerkerId: string;

  @Field(() => Functie, {
    nullable: true,
    description: 'Functie in this shift; defaults to the functie of the dienstverband. VA (vertrouwensarts) only for a vertrouwensarts.',
  })
  functie?: Functie | null;
}

@InputType({ description: 'Plans a shift of the bereikbaarheidsdienst.' })
export class PlanBereikbaarheidsdienstInput {
  @Field(() => GraphQLDateTime, { description: 'Start of the shift (inclusive).' })
  begin: Date;

  @Field(() => GraphQLDateTime, { description: 'End (exclusive): after begin, at most 7 days later.' })
  eind: Date;

  @Field(() => [DienstMedewerkerInput], {
    description:
      'The medewerkers on call, 1 to 10 (more is VALIDATIE). A person named twice, or on call in another shift that overlaps, is VALIDATIE.',
  })
  medewerkers: DienstMedewerkerInput[];

  @Field(() => String, { nullable: true, description: 'Description, up to 500 characters.' })
  omschrijving?: string | null;
}

@InputType({ description: 'Changes a shift; a field left out stays as it is.' })
export class WijzigBereikbaarheidsdienstInput {
  @Field(() => ID, { description: 'The shift.' })
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  versie: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'New start (inclusive).' })
  begin?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'New end (exclusive).' })
  eind?: Date | null;

  @Field(() => [DienstMedewerkerInput], {
    nullable: true,
    description: 'The new list of medewerkers on call, 1 to 10; replaces the old one.',
  })
  medewerkers?: DienstMedewerkerInput[] | null;

  @Field(() => String, { nullable: true, description: 'New description, up to 500 characters.' })
  omschrijving?: string | null;
}
