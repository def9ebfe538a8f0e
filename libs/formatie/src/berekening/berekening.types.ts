import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'A product with its volume (cases per year, or hours per week for a service).' })
export class ProductVolumeInput {
  @Field(() => String, {
    description: 'Product code, free text (e.g. "Advies" or "Triage / kort onderzoek"); the standard catalogue only supplies defaults.',
  })
  code: string;

  @Field(() => Float, { description: 'Volume, not negative.' })
  volume: number;
}

@InputType({ description: 'Norm time of a functie for one unit of a product.' })
export class NormtijdInput {
  @Field(() => String, { description: 'Product code (must be in producten).' })
  product: string;

  @Field(() => String, { description: 'Functie code, free text (e.g. MW, GD, VA).' })
  functie: string;

  @Field(() => Float, { description: 'Hours per unit, not negative.' })
  uren: number;

  @Field(() => Float, {
    nullable: true,
    defaultValue: 100,
    description: 'Share of units in which this functie takes part, 0 to 100 (default 100).',
  })
  inzetPercentage?: number | null;
}

@InputType({ description: 'Hours of a functie not tied to volume (e.g. scholing).' })
export class VasteUrenInput {
  @Field(() => String, { description: 'Functie code.' })
  functie: string;

  @Field(() => Float, { description: 'Hours per year, not negative.' })
  uren: number;
}

@InputType({ description: 'Fixed formatie of a functie (e.g. teamleider, staf).' })
export class VasteFormatieInput {
  @Field(() => String, { description: 'Functie code.' })
  functie: string;

  @Field(() => Float, { description: 'FTE, not negative.' })
  fte: number;
}

@InputType({ description: 'Salary cost per FTE of a functie.' })
export class LoonkostenInput {
  @Field(() => String, { description: 'Functie code.' })
  functie: string;

  @Field(() => Float, { description: 'Cost per FTE per year (euro), not negative.' })
  bedragPerFte: number;
}

@InputType({ description: 'Input of the formatieberekening (capacity and cost model).' })
export class FormatieberekeningInput {
  @Field(() => Float, { description: 'Productive hours per FTE per year, greater than 0 (typically 1,250 to 1,350).' })
  productieveUrenPerFte: number;

  @Field(() => [ProductVolumeInput], { description: 'Products and volumes (each product once); at most 100 (more is VALIDATIE).' })
  producten: ProductVolumeInput[];

  @Field(() => [NormtijdInput], { description: 'Norm times per product and functie; at most 2000 (more is VALIDATIE).' })
  normtijden: NormtijdInput[];

  @Field(() => [VasteUrenInput], { nullable: true, description: 'Hours not tied to volume; at most 100 (more is VALIDATIE).' })
  vasteUren?: VasteUrenInput[] | null;

  @Field(() => [VasteFormatieInput], { nullable: true, description: 'Fixed formatie; at most 100 (more is VALIDATIE).' })
  vasteFormatie?: VasteFormatieInput[] | null;

  @Field(() => [LoonkostenInput], {
    nullable: true,
    description: 'Salary cost per FTE per functie (functies without one cost 0); at most 100 (more is VALIDATIE).',
  })
  loonkosten?: LoonkostenInput[] | null;

  @Field(() => Float, { nullable: true, description: 'Indirect costs per year (euro), added to the total.' })
  indirecteKosten?: number | null;
}

@ObjectType({ description: 'Hours, FTE and cost of one functie.' })
export class FunctieUitkomst {
  @Field(() => String, { description: 'Functie code.' })
  functie: string;

  @Field(() => Float, { description: 'Hours: volume-driven plus vaste uren.' })
  uren: number;

  @Field(() => Float, { description: 'FTE: hours / productive hours + vaste formatie (unrounded).' })
  fte: number;

  @Field(() => Float, { description: 'FTE × salary cost per FTE.' })
  kosten: number;
}

@ObjectType({ description: 'Hours and cost of one product.' })
export class ProductUitkomst {
  @Field(() => String, { description: 'Product code.' })
  product: string;

  @Field(() => Float, { description: 'Volume.' })
  volume: number;

  @Field(() => Float, { description: 'Hours of all functies on this product.' })
  uren: number;

  @Field(() => Float, { description: 'Salary cost of those hours.' })
  kosten: number;

  @Field(() => Float, { nullable: true, description: 'Cost per unit; null when the volume is 0.' })
  kostenPerStuk: number | null;
}

@ObjectType({ description: 'Result of the formatieberekening; values are unrounded (rounding is presentation).' })
export class Formatieberekening {
  @Field(() => Float, { description: 'Total hours.' })
  totaalUren: number;

  @Field(() => Float, { description: 'Total FTE.' })
  totaalFte: number;

  @Field(() => [FunctieUitkomst], { description: 'Per functie, ordered by code.' })
  functies: FunctieUitkomst[];

  @Field(() => [ProductUitkomst], { description: 'Per product, in input order.' })
  producten: ProductUitkomst[];

  @Field(() => Float, { description: "Sum of the functies' salary costs." })
  directeKosten: number;

  @Field(() => Float, { description: 'Direct plus indirect costs.' })
  totaleKosten: number;
}
