import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { HuisverbodEinde, HuisverbodStatus } from '../vervolg.enums.js';

/** Most achterblijvers named on one huisverbod (a household). */
export const MAX_ACHTERBLIJVERS = 20;

@ObjectType({
  description: 'The casusregie (hulpverlening and coordination) Veilig Thuis does for pleger and achterblijvers during a huisverbod.',
})
export class HuisverbodCasusregie {
  @Field(() => String, { description: 'User id of the medewerker who holds the casusregie.' })
  medewerker: string;

  @Field(() => DateResolver, { description: 'Start of the casusregie.' })
  gestartOp: string;

  @Field(() => DateResolver, { nullable: true, description: 'End of the casusregie; null while it runs.' })
  beeindigdOp: string | null;

  @Field(() => String, { nullable: true, description: 'What the casusregie led to (recorded at its end).' })
  resultaat: string | null;
}

@ObjectType({ description: 'A tijdelijk huisverbod (10 days, extendable to 28) with Veilig Thuis doing case management.' })
export class Huisverbod {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => DateResolver, { description: 'Date it took effect (ingangsdatum, the day it was imposed).' })
  opgelegdOp: string;

  @Field(() => DateResolver, { description: 'Last day in force: 10 days from the start, or the extended end (at most 28 days).' })
  einddatum: string;

  @Field(() => DateResolver, { description: 'Last day of the first term of 10 days (before any extension).' })
  oorspronkelijkeEinddatum: string;

  @Field(() => HuisverbodStatus, {
    description:
      'State. A huisverbod in force whose einddatum lies before today (Dutch time) is shown as AFGELOPEN, also before its end is recorded.',
  })
  status: HuisverbodStatus;

  @Field(() => DateResolver, { nullable: true, description: "Date of the burgemeester's besluit; null when not recorded." })
  besluitdatum: string | null;

  @Field(() => String, { nullable: true, description: 'CBS code of the gemeente whose burgemeester imposed it.' })
  gemeenteCode: string | null;

  @Field(() => String, { nullable: true, description: "The gemeente's own reference number (kenmerk) of the besluit." })
  kenmerkGemeente: string | null;

  @Field(() => Boolean, { description: 'Whether it was extended (possible once).' })
  verlengd: boolean;

  @Field(() => DateResolver, { nullable: true, description: 'Date of the besluit to extend; null when not extended or not recorded.' })
  verlengingBesluitdatum: string | null;

  @Field(() => Boolean, { description: 'Whether its end was recorded (beeindigHuisverbod); an end is recorded once.' })
  eindeVastgelegd: boolean;

  @Field(() => DateResolver, { nullable: true, description: 'Date the recorded end took effect; null while no end is recorded.' })
  beeindigdOp: string | null;

  @Field(() => String, { nullable: true, description: 'Reason of the recorded end.' })
  eindeReden: string | null;

  @Field(() => HuisverbodCasusregie, { nullable: true, description: 'The casusregie of Veilig Thuis; null until it starts.' })
  casusregie: HuisverbodCasusregie | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@InputType({ description: 'Register a tijdelijk huisverbod on a casus: the burgemeester imposes it for 10 days.' })
export class RegistreerHuisverbodInput {
  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => DateResolver, { description: 'Date it took effect (ingangsdatum); not in the future. The einddatum is 10 days on.' })
  opgelegdOp: Date;

  @Field(() => DateResolver, { nullable: true, description: "Date of the burgemeester's besluit; not after opgelegdOp." })
  besluitdatum?: Date | null;

  @Field(() => String, { nullable: true, description: 'CBS code (GM + 4 digits) of the gemeente whose burgemeester imposed it.' })
  gemeenteCode?: string | null;

  @Field(() => String, { nullable: true, description: "The gemeente's reference number of the besluit, 1 to 100 characters." })
  kenmerkGemeente?: string | null;

  @Field(() => ID, { nullable: true, description: 'The pleger (uithuisgeplaatste): a person of this casus.' })
  plegerId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `The achterblijvers: persons of this casus, other than the pleger; at most ${MAX_ACHTERBLIJVERS}.`,
  })
  achterblijverIds?: string[] | null;
}

@InputType({ description: 'Record the end of a tijdelijk huisverbod (once).' })
export class BeeindigHuisverbodInput {
  @Field(() => ID, { description: 'The huisverbod.' })
  huisverbodId: string;

  @Field(() => Int, { description: 'The version you read.' })
  versie: number;

  @Field(() => HuisverbodEinde, { description: 'How it ended.' })
  einde: HuisverbodEinde;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      'Date the end took effect; not in the future, not before opgelegdOp. AFGELOPEN: the einddatum (the default); INGETROKKEN: within the term (default today); VERNIETIGD: default today.',
  })
  datum?: Date | null;

  @Field(() => String, { nullable: true, description: 'Reason, 1 to 2,000 characters; required for INGETROKKEN and VERNIETIGD.' })
  reden?: string | null;
}

@InputType({ description: 'Start the casusregie of Veilig Thuis during a huisverbod.' })
export class StartHuisverbodCasusregieInput {
  @Field(() => ID, { description: 'The huisverbod.' })
  huisverbodId: string;

  @Field(() => Int, { description: 'The version you read.' })
  versie: number;

  @Field(() => String, { nullable: true, description: 'User id of the medewerker who holds it; defaults to you.' })
  medewerker?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Start date; defaults to today; not in the future, not before opgelegdOp.' })
  startdatum?: Date | null;
}

@InputType({ description: 'End the casusregie of a huisverbod.' })
export class BeeindigHuisverbodCasusregieInput {
  @Field(() => ID, { description: 'The huisverbod.' })
  huisverbodId: string;

  @Field(() => Int, { description: 'The version you read.' })
  versie: number;

  @Field(() => DateResolver, { nullable: true, description: 'End date; defaults to today; not in the future, not before the start.' })
  einddatum?: Date | null;

  @Field(() => String, { description: 'What the casusregie led to, 1 to 10,000 characters.' })
  resultaat: string;
}
