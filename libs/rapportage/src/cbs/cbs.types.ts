import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';

@ObjectType({
  description:
    'One cell of a CBS table: the count of one category of one subject, for the whole VT-regio or one gemeente. Cells with count 0 are left out.',
})
export class CbsCel {
  @Field(() => String, {
    nullable: true,
    description: 'CBS gemeente code (GM....) of the household, ONBEKEND when not recorded; null for the whole VT-regio.',
  })
  gemeenteCode: string | null;

  @Field(() => String, { description: 'Subject (the table lists its subjects), e.g. ADVIEZEN, MELDINGEN, VERVOLG.' })
  onderwerp: string;

  @Field(() => String, {
    description: 'Category: an enum value named after the CBS category (OrganisatieCategorie, AardGeweld, Besluit, ...) or TOTAAL.',
  })
  categorie: string;

  @Field(() => Int, {
    description: 'Exact count. Only the region itself sees exact counts; anything shown outside the region uses publicatieAantal.',
  })
  aantal: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "The count as it may be shown outside the region (CBS's small-cell rule): rounded to a multiple of 5, null (suppressed) for 1 to 4; 0 stays 0.",
  })
  publicatieAantal: number | null;
}

@ObjectType({ description: 'A StatLine table of the CBS Beleidsinformatie Veilig Thuis, computed from the region’s own data.' })
export class CbsTabel {
  @Field(() => String, { description: 'StatLine table number, e.g. 84847 (StatLine 84847NED).' })
  code: string;

  @Field(() => String, { description: 'Title.' })
  titel: string;

  @Field(() => String, { description: 'Its subjects (onderwerp) and categories (categorie), and how they are counted.' })
  omschrijving: string;

  @Field(() => Boolean, {
    description: 'CBS publishes this table per gemeente: the cells come per gemeente as well as for the whole region.',
  })
  perGemeente: boolean;

  @Field(() => [CbsCel], {
    description: 'The non-zero cells: region-wide first, then per gemeente; sorted on onderwerp, categorie, gemeente.',
  })
  cellen: CbsCel[];
}

@ObjectType({
  description:
    "The region's CBS beleidsinformatie for one half year (Wmo 2015 art. 4.2.12): the half year's adviezen and meldingen counted by the StatLine tables' categories. Computed in the region's own transaction from its live data; the same half year on the same data gives the same figures. Niet-unieke politiemeldingen count nowhere; an advies converted into a melding counts once, as the melding.",
})
export class CbsBeleidsinformatie {
  @Field(() => String, { description: 'The half year, e.g. 2026-H1.' })
  halfjaar: string;

  @Field(() => DateResolver, { description: 'First day of the half year.' })
  van: string;

  @Field(() => DateResolver, { description: 'Last day of the half year.' })
  tot: string;

  @Field(() => String, { description: 'The VT-regio (region code, e.g. VT03).' })
  regio: string;

  @Field(() => Boolean, { description: 'The half year has not ended yet: the figures are voorlopig and will change.' })
  voorlopig: boolean;

  @Field(() => [CbsTabel], { description: 'The tables, in StatLine number order (84847-84855, 85361).' })
  tabellen: CbsTabel[];
}

@ArgsType()
export class CbsBeleidsinformatieArgs {
  @Field(() => String, {
    description: 'The half year: YYYY-H1 (January-June) or YYYY-H2 (July-December), from 2015. A future half year is VALIDATIE.',
  })
  halfjaar: string;
}
