import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { defineEnum } from '@vt/platform';

export const Richting = defineEnum(
  { HOGER: 'HOGER', LAGER: 'LAGER', NEUTRAAL: 'NEUTRAAL' } as const,
  'Richting',
  'Whether a higher value is better.',
  {
    HOGER: 'Higher is better.',
    LAGER: 'Lower is better.',
    NEUTRAAL: 'Neither: the figure describes how a region works.',
  },
);
export type Richting = (typeof Richting)[keyof typeof Richting];

export const Kostenbron = defineEnum(
  { JAARREKENING: 'JAARREKENING', BEGROTING: 'BEGROTING' } as const,
  'Kostenbron',
  'Which costs a kosten figure used.',
  {
    JAARREKENING: "Realised costs of the year's jaarrekening: the year has ended and its jaarrekening is recorded.",
    BEGROTING: "The begroting's total costs: the year is still open, or its jaarrekening is not recorded yet.",
  },
);
export type Kostenbron = (typeof Kostenbron)[keyof typeof Kostenbron];

@ObjectType({ description: 'A key figure of the benchmark and how it is computed.' })
export class Kengetal {
  @Field(() => String, { description: 'Stable code, e.g. FTE_PER_1000_MELDINGEN.' })
  code: string;

  @Field(() => String, { description: 'Name as the regions say it.' })
  naam: string;

  @Field(() => String, { description: 'Definition.' })
  definitie: string;

  @Field(() => String, { description: 'What the numerator counts.' })
  teller: string;

  @Field(() => String, { nullable: true, description: 'What the denominator counts; null for plain volumes.' })
  noemer: string | null;

  @Field(() => Float, { description: 'Value = numerator / denominator × factor.' })
  factor: number;

  @Field(() => String, { description: 'Unit of the value.' })
  eenheid: string;

  @Field(() => Richting, { description: 'Whether higher or lower is better.' })
  richting: Richting;

  @Field(() => [String], { description: 'The building blocks of the numerator (see the reference page docs/kengetallen.md).' })
  tellerBouwstenen: string[];

  @Field(() => [String], { description: 'The building blocks of the denominator; empty for plain volumes.' })
  noemerBouwstenen: string[];

  @Field(() => [String], { description: 'The tables the figure is computed from (reference data under referentie.).' })
  bronTabellen: string[];

  @Field(() => [String], { description: 'What the figure leaves out (e.g. niet-unieke politiemeldingen).' })
  uitgesloten: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Set when the kengetal is going away (deprecation policy in the README): why, and which kengetal replaces it; null otherwise.',
  })
  vervallen: string | null;
}

@ObjectType({ description: 'A published figure: suppressed when a count below the threshold could identify cases.' })
export class Waarde {
  @Field(() => Float, {
    nullable: true,
    description:
      'The value, computed from the published teller and noemer (rounded counts), never from exact counts; null when suppressed or the denominator is 0.',
  })
  waarde: number | null;

  @Field(() => Float, { nullable: true, description: 'Numerator; counts are rounded to a multiple of 5. Null when suppressed.' })
  teller: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Denominator; counts are rounded to a multiple of 5. Null when suppressed or not applicable.',
  })
  noemer: number | null;

  @Field(() => Boolean, { description: 'Suppressed for disclosure control.' })
  onderdrukt: boolean;
}

@ObjectType({ description: 'The figure of one participating region.' })
export class RegioWaarde extends Waarde {
  @Field(() => Kostenbron, {
    nullable: true,
    description:
      'For a figure of costs (KOSTEN_PER_1000_INWONERS): whether the jaarrekening or the begroting was used; null for other figures.',
  })
  kostenbron: Kostenbron | null;

  @Field(() => String, { description: 'Code of the Veilig Thuis organisation, e.g. VT18.' })
  regioCode: string;

  @Field(() => String, { description: 'Name of the organisation.' })
  regioNaam: string;

  @Field(() => Boolean, { description: "True for the caller's own region." })
  eigenRegio: boolean;
}

@ObjectType({ description: 'One kengetal compared across the visible regions.' })
export class KengetalVergelijking {
  @Field(() => Kengetal, { description: 'The kengetal.' })
  kengetal: Kengetal;

  @Field(() => [RegioWaarde], { description: 'Every visible participating region, by code.' })
  regios: RegioWaarde[];

  @Field(() => Waarde, {
    description:
      'National figure: sum of the published numerators / sum of the published denominators over the regions whose cell is published (suppressed cells are left out, so it reveals nothing the cells do not).',
  })
  landelijk: Waarde;

  @Field(() => Float, { nullable: true, description: 'Median of the published regional values.' })
  mediaan: number | null;

  @Field(() => Float, { nullable: true, description: 'First quartile of the published regional values.' })
  eersteKwartiel: number | null;

  @Field(() => Float, { nullable: true, description: 'Third quartile of the published regional values.' })
  derdeKwartiel: number | null;
}

@ObjectType({ description: 'The benchmark of a period.' })
export class Benchmark {
  @Field(() => String, { description: 'Period, e.g. 2025, 2025-H1 or 2025-Q2.' })
  periode: string;

  @Field(() => Int, { description: 'Number of participating regions with figures for this period.' })
  deelnemers: number;

  @Field(() => [KengetalVergelijking], { description: 'The kengetallen asked for, in catalogue order.' })
  kengetallen: KengetalVergelijking[];
}

@ObjectType({ description: 'A value in a trend.' })
export class TrendPunt extends Waarde {
  @Field(() => String, { description: 'Period.' })
  periode: string;

  @Field(() => Kostenbron, {
    nullable: true,
    description:
      "For a figure of costs: whether the region's jaarrekening or begroting was used; null for other figures and national points.",
  })
  kostenbron: Kostenbron | null;
}

@ObjectType({ description: 'The trend of one region.' })
export class TrendReeks {
  @Field(() => String, { description: 'Organisation code.' })
  regioCode: string;

  @Field(() => String, { description: 'Organisation name.' })
  regioNaam: string;

  @Field(() => Boolean, { description: "True for the caller's own region." })
  eigenRegio: boolean;

  @Field(() => [TrendPunt], { description: 'One point per period.' })
  punten: TrendPunt[];
}

@ObjectType({ description: 'A kengetal over consecutive periods, per region and nationally.' })
export class Trend {
  @Field(() => Kengetal, { description: 'The kengetal.' })
  kengetal: Kengetal;

  @Field(() => [String], { description: 'The periods, in order.' })
  periodes: string[];

  @Field(() => [TrendReeks], { description: 'Per visible region.' })
  regios: TrendReeks[];

  @Field(() => [TrendPunt], { description: 'National figure per period.' })
  landelijk: TrendPunt[];
}
