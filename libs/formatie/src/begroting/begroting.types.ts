import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { defineEnum } from '@vt/platform';
import { Functie, Product } from '../catalogus.js';

export const KostenSoort = defineEnum({ DIRECT: 'DIRECT', INDIRECT: 'INDIRECT' } as const, 'KostenSoort', 'Direct or indirect costs.', {
  DIRECT: 'Direct costs of the primary process (besides salaries).',
  INDIRECT: 'Indirect costs (housing, ICT, overhead).',
});
export type KostenSoort = (typeof KostenSoort)[keyof typeof KostenSoort];

@ObjectType({ description: 'Salary cost per FTE of a functie.' })
export class Loonkosten {
  @Field(() => Functie, { description: 'Functie.' })
  functie: Functie;

  @Field(() => Float, { description: 'Cost per FTE per year (euro).' })
  bedragPerFte: number;
}

@ObjectType({ description: 'A cost item.' })
export class Kostenpost {
  @Field(() => KostenSoort, { description: 'Direct or indirect.' })
  soort: KostenSoort;

  @Field(() => String, { description: 'Category, e.g. huisvesting, ICT.' })
  categorie: string;

  @Field(() => Float, { description: 'Amount per year (euro).' })
  bedrag: number;
}

@ObjectType({ description: 'Income: subsidie of the gemeenten or other income.' })
export class Inkomstenpost {
  @Field(() => String, { description: 'Category, e.g. subsidie gemeenten.' })
  categorie: string;

  @Field(() => Float, { description: 'Amount per year (euro).' })
  bedrag: number;
}

@ObjectType({ description: 'Budgeted volume of a product.' })
export class BegrootVolume {
  @Field(() => Product, { description: 'Product.' })
  product: Product;

  @Field(() => Float, { description: 'Volume per year.' })
  volume: number;
}

@ObjectType({
  description: "The region's costs and budget for a year. Personnel costs follow from the formatie of that year × salary cost per FTE.",
})
export class Begroting {
  @Field(() => Int, { description: 'Year.' })
  jaar: number;

  @Field(() => [Loonkosten], { description: 'Salary cost per FTE per functie.' })
  loonkosten: Loonkosten[];

  @Field(() => [Kostenpost], { description: 'Other direct and indirect costs.' })
  kosten: Kostenpost[];

  @Field(() => [Inkomstenpost], { description: 'Subsidie and other income.' })
  inkomsten: Inkomstenpost[];

  @Field(() => [BegrootVolume], { description: 'Budgeted volumes.' })
  volumes: BegrootVolume[];

  @Field(() => Float, { description: 'FTE of the year per functie × salary cost per FTE.' })
  personeelskosten: number;

  @Field(() => Float, { description: 'Sum of the direct cost items.' })
  overigeDirecteKosten: number;

  @Field(() => Float, { description: 'Sum of the indirect cost items.' })
  indirecteKosten: number;

  @Field(() => Float, { description: 'Personnel plus all other costs.' })
  totaleKosten: number;

  @Field(() => Float, { description: 'Sum of the income items.' })
  totaleInkomsten: number;

  @Field(() => [BegrootMaandvolume], {
    description: 'Budgeted volumes per month and product (begroting per maand), by month then product.',
  })
  maandvolumes: BegrootMaandvolume[];

  @Field(() => Float, { nullable: true, description: 'Realised total costs of the year (jaarrekening); null until recorded.' })
  gerealiseerdeKosten: number | null;

  @Field(() => Float, { nullable: true, description: 'Realised total income of the year (jaarrekening); null until recorded.' })
  gerealiseerdeInkomsten: number | null;

  @Field(() => Int, { description: 'Version for optimistic locking (0 before the first save).' })
  versie: number;
}

@InputType({ description: 'Salary cost per FTE.' })
export class LoonkostenPostInput {
  @Field(() => Functie, { description: 'Functie.' })
  functie: Functie;

  @Field(() => Float, { description: 'Cost per FTE per year (euro), not negative.' })
  bedragPerFte: number;
}

@InputType({ description: 'A cost item.' })
export class KostenpostInput {
  @Field(() => KostenSoort, { description: 'Direct or indirect.' })
  soort: KostenSoort;

  @Field(() => String, { description: 'Category, 1 to 100 characters.' })
  categorie: string;

  @Field(() => Float, { description: 'Amount (euro), not negative.' })
  bedrag: number;
}

@InputType({ description: 'An income item.' })
export class InkomstenpostInput {
  @Field(() => String, { description: 'Category, 1 to 100 characters.' })
  categorie: string;

  @Field(() => Float, { description: 'Amount (euro), not negative.' })
  bedrag: number;
}

@InputType({ description: 'A budgeted volume.' })
export class BegrootVolumeInput {
  @Field(() => Product, { description: 'Product.' })
  product: Product;

  @Field(() => Float, { description: 'Volume, not negative.' })
  volume: number;
}

@InputType({ description: "Set a year's costs and budget (replaces that year's)." })
export class LegBegrotingVastInput {
  @Field(() => Int, { description: 'Year, 2000 to 2100.' })
  jaar: number;

  @Field(() => Int, { description: 'The version you read (0 for a new year).' })
  versie: number;

  @Field(() => [LoonkostenPostInput], {
    description: 'Salary cost per FTE per functie (each functie once); at most 100 (more is VALIDATIE).',
  })
  loonkosten: LoonkostenPostInput[];

  @Field(() => [KostenpostInput], { description: 'Other costs; at most 500 posts (more is VALIDATIE).' })
  kosten: KostenpostInput[];

  @Field(() => [InkomstenpostInput], { description: 'Income; at most 500 posts (more is VALIDATIE).' })
  inkomsten: InkomstenpostInput[];

  @Field(() => [BegrootVolumeInput], { description: 'Budgeted volumes (each product once); at most 100 (more is VALIDATIE).' })
  volumes: BegrootVolumeInput[];
}

export const BegrotingsProduct = defineEnum(
  {
    ADVIES: 'ADVIES',
    MELDING: 'MELDING',
    ZORGMELDING_JEUGD: 'ZORGMELDING_JEUGD',
    VEILIGHEIDSBEOORDELING: 'VEILIGHEIDSBEOORDELING',
    ONDERZOEK: 'ONDERZOEK',
    VOORWAARDEN_EN_VERVOLG: 'VOORWAARDEN_EN_VERVOLG',
    CRISIS: 'CRISIS',
    HUISVERBOD: 'HUISVERBOD',
    MONITORING: 'MONITORING',
  } as const,
  'BegrotingsProduct',
  'A product the region budgets a volume of per month, as the kwartaalrapportage sets it against the realisation.',
  {
    ADVIES: 'Adviezen (incl. consult, advies en ondersteuning, chat).',
    MELDING: 'Meldingen (niet-unieke politiemeldingen excluded).',
    ZORGMELDING_JEUGD: 'Politiezorgmeldingen jeugd.',
    VEILIGHEIDSBEOORDELING: 'Veiligheidsbeoordelingen (vastgesteld).',
    ONDERZOEK: 'Onderzoeken started.',
    VOORWAARDEN_EN_VERVOLG: 'Voorwaarden en vervolg started.',
    CRISIS: 'Crisisinterventies.',
    HUISVERBOD: 'Tijdelijke huisverboden (imposed).',
    MONITORING: 'Monitoring contacts held (3 and 12 months).',
  },
);
export type BegrotingsProduct = (typeof BegrotingsProduct)[keyof typeof BegrotingsProduct];

@ObjectType({ description: 'Budgeted volume of a product in one month.' })
export class BegrootMaandvolume {
  @Field(() => Int, { description: 'Month, 1 to 12.' })
  maand: number;

  @Field(() => BegrotingsProduct, { description: 'Product.' })
  product: BegrotingsProduct;

  @Field(() => Float, { description: 'Budgeted volume in that month.' })
  volume: number;
}

@InputType({ description: 'A budgeted volume of a product in one month.' })
export class BegrootMaandvolumeInput {
  @Field(() => Int, { description: 'Month, 1 to 12.' })
  maand: number;

  @Field(() => BegrotingsProduct, { description: 'Product.' })
  product: BegrotingsProduct;

  @Field(() => Float, { description: 'Volume, not negative.' })
  volume: number;
}

@InputType({ description: "Set a year's begroting per month (replaces that year's monthly volumes; the rest of the begroting stays)." })
export class LegBegrotingPerMaandVastInput {
  @Field(() => Int, { description: 'Year, 2000 to 2100.' })
  jaar: number;

  @Field(() => Int, { description: "The version of the year's begroting you read (0 when the year has none yet)." })
  versie: number;

  @Field(() => [BegrootMaandvolumeInput], {
    description: 'Volumes per month and product (each month and product once); at most 108 (more is VALIDATIE). An empty list clears them.',
  })
  maandvolumes: BegrootMaandvolumeInput[];
}

@InputType({ description: "Record a year's realised costs and income (jaarrekening) next to its begroting." })
export class LegJaarrekeningVastInput {
  @Field(() => Int, { description: 'Year, 2000 to 2100.' })
  jaar: number;

  @Field(() => Int, { description: "The version of the year's begroting you read (0 when the year has none yet)." })
  versie: number;

  @Field(() => Float, { description: 'Realised total costs of the year (euro), not negative.' })
  gerealiseerdeKosten: number;

  @Field(() => Float, { nullable: true, description: 'Realised total income of the year (euro), not negative; optional.' })
  gerealiseerdeInkomsten?: number | null;
}
