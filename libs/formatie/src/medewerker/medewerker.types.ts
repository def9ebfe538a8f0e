import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { ConnectionType, OrderType, type Order, defineEnum } from '@vt/platform';
import { FormatieCategorie, Functie, Opleidingsniveau } from '../catalogus.js';

@ObjectType({ description: 'A period of employment with a functie and FTE.' })
export class Dienstverband {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => Functie, { description: 'Functie.' })
  functie: Functie;

  @Field(() => Float, { description: 'FTE (e.g. 0.8).' })
  fte: number;

  @Field(() => Opleidingsniveau, { description: 'Education level.' })
  opleidingsniveau: Opleidingsniveau;

  @Field(() => FormatieCategorie, { description: 'Direct or indirect.' })
  categorie: FormatieCategorie;

  @Field(() => DateResolver, { description: 'In service from.' })
  van: string;

  @Field(() => DateResolver, { nullable: true, description: 'In service until (inclusive); null while ongoing.' })
  tot: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@ObjectType({ description: 'A staff member of the region (formatie).' })
export class Medewerker {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'User id (token subject) when the person uses the platform; links their own hours.' })
  gebruikerId: string | null;

  @Field(() => String, { description: 'Name.' })
  naam: string;

  @Field(() => String, { nullable: true, description: 'Team.' })
  team: string | null;

  @Field(() => [Dienstverband], { description: 'Periods of employment, oldest first.' })
  dienstverbanden: Dienstverband[];

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

export const MedewerkerConnection = ConnectionType(Medewerker, 'Medewerker', 'Staff of the region, by name.');

@InputType({ description: 'A period of employment.' })
export class DienstverbandInput {
  @Field(() => Functie, { description: 'Functie.' })
  functie: Functie;

  @Field(() => Float, { description: 'FTE, greater than 0 and at most 1.5.' })
  fte: number;

  @Field(() => Opleidingsniveau, { description: 'Education level.' })
  opleidingsniveau: Opleidingsniveau;

  @Field(() => FormatieCategorie, { description: 'Direct or indirect (management, staf, ondersteuning).' })
  categorie: FormatieCategorie;

  @Field(() => DateResolver, { description: 'In service from.' })
  van: Date;

  @Field(() => DateResolver, { nullable: true, description: 'In service until (inclusive), not before van.' })
  tot?: Date | null;
}

@InputType({ description: 'A new staff member with their first dienstverband.' })
export class RegistreerMedewerkerInput {
  @Field(() => String, { nullable: true, description: 'User id (token subject), unique in the region.' })
  gebruikerId?: string | null;

  @Field(() => String, { description: 'Name, 1 to 200 characters.' })
  naam: string;

  @Field(() => String, { nullable: true, description: 'Team.' })
  team?: string | null;

  @Field(() => DienstverbandInput, { description: 'First period of employment.' })
  dienstverband: DienstverbandInput;
}

@ObjectType({ description: 'FTE of one group.' })
export class FteGroep {
  @Field(() => String, { description: 'Group (functie, categorie or opleidingsniveau code).' })
  groep: string;

  @Field(() => Float, { description: 'FTE in the period (unrounded).' })
  fte: number;
}

@ObjectType({ description: 'Formatie over a period, with FTE weighted by the days in service.' })
export class FormatieOverzicht {
  @Field(() => DateResolver, { description: 'First day.' })
  van: string;

  @Field(() => DateResolver, { description: 'Last day (inclusive).' })
  tot: string;

  @Field(() => Float, { description: 'Total FTE.' })
  totaalFte: number;

  @Field(() => Float, { description: 'Direct FTE.' })
  directFte: number;

  @Field(() => Float, { description: 'Indirect FTE (management, staf, ondersteuning).' })
  indirectFte: number;

  @Field(() => [FteGroep], { description: 'FTE per functie.' })
  perFunctie: FteGroep[];

  @Field(() => [FteGroep], { description: 'FTE per categorie.' })
  perCategorie: FteGroep[];

  @Field(() => [FteGroep], { description: 'FTE per opleidingsniveau.' })
  perOpleidingsniveau: FteGroep[];
}

export const MedewerkerOrderField = defineEnum({ NAAM: 'NAAM' } as const, 'MedewerkerOrderField', 'What staff can be ordered by.', {
  NAAM: 'The name.',
});
export type MedewerkerOrderField = (typeof MedewerkerOrderField)[keyof typeof MedewerkerOrderField];

export const MedewerkerOrder = OrderType(MedewerkerOrderField, 'MedewerkerOrder', 'Order of a list of staff.');
export type MedewerkerOrder = Order<MedewerkerOrderField>;
