import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { defineEnum } from '@vt/platform';
import { FormatieberekeningInput } from '../berekening/berekening.types.js';
import type { BerekeningInvoer } from '../berekening/formatieberekening.js';

export const ScenarioBron = defineEnum(
  { HANDMATIG: 'HANDMATIG', WERKELIJK: 'WERKELIJK', NORM: 'NORM' } as const,
  'ScenarioBron',
  "Where a scenario's input came from.",
  {
    HANDMATIG: 'Entered by hand.',
    WERKELIJK: "From the region's own data of a year: registered production and booked hours.",
    NORM: 'The same volumes with the example norm set.',
  },
);
export type ScenarioBron = (typeof ScenarioBron)[keyof typeof ScenarioBron];

@ObjectType({ description: 'Product and volume of a scenario.' })
export class ScenarioProduct {
  @Field(() => String, { description: 'Product code.' })
  code: string;

  @Field(() => Float, { description: 'Volume.' })
  volume: number;
}

@ObjectType({ description: 'Norm time of a scenario.' })
export class ScenarioNormtijd {
  @Field(() => String, { description: 'Product code.' })
  product: string;

  @Field(() => String, { description: 'Functie code.' })
  functie: string;

  @Field(() => Float, { description: 'Hours per unit.' })
  uren: number;

  @Field(() => Float, { description: 'Inzet percentage.' })
  inzetPercentage: number;
}

@ObjectType({ description: 'Hours or FTE of a functie in a scenario.' })
export class ScenarioFunctieWaarde {
  @Field(() => String, { description: 'Functie code.' })
  functie: string;

  @Field(() => Float, { description: 'The value (hours, FTE or euro per FTE, depending on the list).' })
  waarde: number;
}

@ObjectType({ description: 'The saved input of a scenario.' })
export class ScenarioInvoer {
  @Field(() => Float, { description: 'Productive hours per FTE.' })
  productieveUrenPerFte: number;

  @Field(() => [ScenarioProduct], { description: 'Products and volumes.' })
  producten: ScenarioProduct[];

  @Field(() => [ScenarioNormtijd], { description: 'Norm times.' })
  normtijden: ScenarioNormtijd[];

  @Field(() => [ScenarioFunctieWaarde], { description: 'Vaste uren per functie (hours).' })
  vasteUren: ScenarioFunctieWaarde[];

  @Field(() => [ScenarioFunctieWaarde], { description: 'Vaste formatie per functie (FTE).' })
  vasteFormatie: ScenarioFunctieWaarde[];

  @Field(() => [ScenarioFunctieWaarde], { description: 'Salary cost per FTE per functie (euro).' })
  loonkosten: ScenarioFunctieWaarde[];

  @Field(() => Float, { description: 'Indirect costs (euro).' })
  indirecteKosten: number;
}

@ObjectType({ description: 'A named capacity scenario of the region, for what-if comparison.' })
export class Scenario {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => String, { description: 'Name, unique in the region.' })
  naam: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  omschrijving: string | null;

  @Field(() => ScenarioBron, { description: 'Where the input came from.' })
  bron: ScenarioBron;

  @Field(() => Int, { nullable: true, description: 'Year of the data it was made from.' })
  jaar: number | null;

  @Field(() => ScenarioInvoer, { description: 'The input.' })
  invoer: ScenarioInvoer;

  @Field(() => GraphQLDateTime, { description: 'Last change.' })
  gewijzigdOp: Date;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;

  /** The stored input as the computation takes it (not exposed; `berekening` uses it). */
  berekeningInvoer: BerekeningInvoer;
}

@InputType({ description: 'Save a scenario.' })
export class SlaScenarioOpInput {
  @Field(() => ID, { nullable: true, description: 'Id of the scenario to change; leave out to create one.' })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read (required when changing).' })
  versie?: number | null;

  @Field(() => String, { description: 'Name, 1 to 200 characters, unique in the region.' })
  naam: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  omschrijving?: string | null;

  @Field(() => FormatieberekeningInput, { description: 'The input of the formatieberekening.' })
  invoer: FormatieberekeningInput;
}
