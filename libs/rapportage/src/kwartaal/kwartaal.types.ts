import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { BegrotingsProduct } from '@vt/formatie';
import { defineEnum } from '@vt/platform';

export const RapportagePeriodeSoort = defineEnum(
  { MAAND: 'MAAND', KWARTAAL: 'KWARTAAL', JAAR: 'JAAR' } as const,
  'RapportagePeriodeSoort',
  'The kind of reporting period.',
  { MAAND: 'A calendar month ("2026-03").', KWARTAAL: 'A calendar quarter ("2026-Q1").', JAAR: 'A calendar year ("2026").' },
);
export type RapportagePeriodeSoort = (typeof RapportagePeriodeSoort)[keyof typeof RapportagePeriodeSoort];

@ObjectType({
  description:
    'The figures of the kwartaalrapportage for a month or a whole period. Flows count what happened in the month(s); the wachtlijsten are stocks at the last day.',
})
export class KwartaalCijfers {
  @Field(() => Int, { description: 'Adviezen received (all kinds: advies, consult, advies en ondersteuning; all channels).' })
  adviezen: number;

  @Field(() => Int, { description: 'Of the adviezen: received by chat.' })
  adviezenChat: number;

  @Field(() => Int, {
    description: 'Meldingen received (by ontvangstdatum); niet-unieke politiemeldingen are not meldingen and never counted.',
  })
  meldingen: number;

  @Field(() => Int, { description: 'Politiezorgmeldingen jeugd received.' })
  zorgmeldingenJeugd: number;

  @Field(() => Int, {
    description:
      'Meldingen including the politiezorgmeldingen jeugd that did not become a melding (a converted one is counted once, as melding).',
  })
  meldingenInclusiefZorgmeldingen: number;

  @Field(() => Int, { description: 'Veiligheidsbeoordelingen vastgesteld (after intercollegiale toetsing) in the month(s).' })
  veiligheidsbeoordelingen: number;

  @Field(() => Int, {
    description: "Of those: vastgesteld on or before the melding's uiterlijke beoordelingsdatum (5 werkdagen in the region's calendar).",
  })
  beoordelingenBinnenTermijn: number;

  @Field(() => Float, {
    nullable: true,
    description: 'beoordelingenBinnenTermijn / veiligheidsbeoordelingen × 100, one decimal; null without beoordelingen.',
  })
  percentageBeoordelingenBinnenTermijn: number | null;

  @Field(() => Int, { description: 'Outcome after beoordeling: geen vervolgstappen.' })
  besluitGeenVervolgstappen: number;

  @Field(() => Int, { description: 'Outcome after beoordeling: overdracht.' })
  besluitOverdracht: number;

  @Field(() => Int, { description: 'Outcome after beoordeling: onderzoek by Veilig Thuis.' })
  besluitOnderzoek: number;

  @Field(() => Int, { description: 'Outcome after beoordeling: voorwaarden en vervolg by Veilig Thuis.' })
  besluitVoorwaardenEnVervolg: number;

  @Field(() => Int, { description: 'Outcome after beoordeling: inzet regionaal maatwerk.' })
  besluitRegionaalMaatwerk: number;

  @Field(() => Int, { description: 'Crisisinterventies.' })
  crises: number;

  @Field(() => Int, { description: 'Tijdelijke huisverboden imposed (opgelegd).' })
  huisverboden: number;

  @Field(() => Int, { description: 'Of those huisverboden: extended (verlengd).' })
  huisverbodenVerlengd: number;

  @Field(() => Int, { description: 'Onderzoeken started.' })
  onderzoekenGestart: number;

  @Field(() => Int, { description: 'Voorwaarden en vervolg started.' })
  voorwaardenEnVervolgGestart: number;

  @Field(() => Int, { description: 'Onderzoeken closed (AFGESLOTEN; voortijdig afgesloten ones are not counted).' })
  onderzoekenAfgesloten: number;

  @Field(() => Float, {
    nullable: true,
    description: '% of the closed onderzoeken closed within 10 weken (70 days) of their start; null without any.',
  })
  percentageOnderzoekenBinnen10WekenNaStart: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "% of the closed onderzoeken closed within 10 weken of the melding's ontvangstdatum; null without any.",
  })
  percentageOnderzoekenBinnen10WekenNaMelding: number | null;

  @Field(() => Int, { description: 'Voorwaarden en vervolg closed (AFGESLOTEN).' })
  voorwaardenEnVervolgAfgesloten: number;

  @Field(() => Float, { nullable: true, description: '% of the closed V&V closed within 10 weken of their start; null without any.' })
  percentageVoorwaardenEnVervolgBinnen10WekenNaStart: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "% of the closed V&V closed within 10 weken of the melding's ontvangstdatum; null without any.",
  })
  percentageVoorwaardenEnVervolgBinnen10WekenNaMelding: number | null;

  @Field(() => Int, {
    description: 'Wachtlijst at the last day: meldingen past their beoordeling term still awaiting their veiligheidsbeoordeling.',
  })
  wachtlijstBeoordeling: number;

  @Field(() => Int, { description: 'Wachtlijst at the last day: onderzoeken and V&V decided but not yet started.' })
  wachtlijstStart: number;

  @Field(() => Int, { description: 'Wachtlijst at the last day: overdrachten without an agreed date.' })
  wachtlijstOverdracht: number;

  @Field(() => Int, { description: 'Monitoring contacts held (3 and 12 months).' })
  monitoringContacten: number;

  @Field(() => Float, { nullable: true, description: '% voldoende of the family scores at 3 months; null without scores.' })
  monitoringDrieMaandenGezin: number | null;

  @Field(() => Float, { nullable: true, description: '% voldoende of the professional scores at 3 months; null without scores.' })
  monitoringDrieMaandenProfessional: number | null;

  @Field(() => Float, { nullable: true, description: '% voldoende of the family scores at 12 months; null without scores.' })
  monitoringTwaalfMaandenGezin: number | null;

  @Field(() => Float, { nullable: true, description: '% voldoende of the professional scores at 12 months; null without scores.' })
  monitoringTwaalfMaandenProfessional: number | null;

  @Field(() => Int, {
    description: 'Number of scores behind the four monitoring percentages together (family and professional, 3 and 12 months).',
  })
  monitoringScores: number;

  @Field(() => Int, { description: 'Klachten received.' })
  klachtenOntvangen: number;

  @Field(() => Int, { description: 'Klachten closed.' })
  klachtenAfgesloten: number;

  @Field(() => Int, { description: 'Of the closed klachten: gegrond or deels gegrond.' })
  klachtenGegrond: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Ziekteverzuim: the unweighted mean of the recorded team percentages (over the teams and months); null when none was recorded.',
  })
  ziekteverzuim: number | null;
}

@ObjectType({ description: 'The figures of one month.' })
export class KwartaalMaand {
  @Field(() => String, { description: 'Month, "YYYY-MM".' })
  maand: string;

  @Field(() => KwartaalCijfers, { description: 'The figures of that month.' })
  cijfers: KwartaalCijfers;
}

@ObjectType({ description: 'The same period in an earlier year, for comparison.' })
export class KwartaalVergelijking {
  @Field(() => Int, { description: 'Year.' })
  jaar: number;

  @Field(() => String, { description: 'The period in that year ("2025-Q1").' })
  periode: string;

  @Field(() => [KwartaalMaand], { description: 'Per month.' })
  maanden: KwartaalMaand[];

  @Field(() => KwartaalCijfers, { description: 'The whole period.' })
  totaal: KwartaalCijfers;
}

@ObjectType({ description: 'Begroting and realisation of one product in one month.' })
export class KwartaalBegrotingMaand {
  @Field(() => String, { description: 'Month, "YYYY-MM".' })
  maand: string;

  @Field(() => Float, { nullable: true, description: 'Budgeted volume; null when the month has no begroting for the product.' })
  begroot: number | null;

  @Field(() => Int, { description: 'Realised volume.' })
  gerealiseerd: number;
}

@ObjectType({ description: 'Begroting and realisation of one product over the period.' })
export class KwartaalBegrotingsregel {
  @Field(() => BegrotingsProduct, { description: 'Product.' })
  product: BegrotingsProduct;

  @Field(() => String, { description: 'The product as the report names it, in Dutch.' })
  omschrijving: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Budgeted over the period (sum of the months); null when no month has a begroting for it.',
  })
  begroot: number | null;

  @Field(() => Int, { description: 'Realised over the period.' })
  gerealiseerd: number;

  @Field(() => Float, { nullable: true, description: 'gerealiseerd / begroot × 100, one decimal; null without a begroting.' })
  percentage: number | null;

  @Field(() => [KwartaalBegrotingMaand], { description: 'Per month.' })
  perMaand: KwartaalBegrotingMaand[];
}

@ObjectType({ description: "The year's costs: the begroting next to the jaarrekening." })
export class KwartaalKosten {
  @Field(() => Int, { description: 'The year of the period.' })
  jaar: number;

  @Field(() => Float, { description: "Budgeted total costs of the year (the begroting's totaleKosten; 0 without a begroting)." })
  begroteKosten: number;

  @Field(() => Float, { nullable: true, description: 'Realised total costs (jaarrekening); null until recorded.' })
  gerealiseerdeKosten: number | null;

  @Field(() => Float, { description: "Budgeted income of the year (the begroting's totaleInkomsten)." })
  begroteInkomsten: number;

  @Field(() => Float, { nullable: true, description: 'Realised income (jaarrekening); null until recorded.' })
  gerealiseerdeInkomsten: number | null;
}

@ObjectType({ description: 'Adviezen and meldingen of one gemeente over the period, absolute and per 100,000 inwoners.' })
export class KwartaalGemeente {
  @Field(() => String, { nullable: true, description: 'CBS gemeentecode (GMxxxx); null for the row of signals without a gemeente.' })
  gemeenteCode: string | null;

  @Field(() => String, { description: 'Name ("Onbekend" without a gemeente).' })
  naam: string;

  @Field(() => Boolean, { description: "Whether the gemeente belongs to the region (signals about others' residents are listed too)." })
  inRegio: boolean;

  @Field(() => Int, { nullable: true, description: 'Inwoners at the peildatum; null when unknown.' })
  inwoners: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Peildatum of the inwoners: the latest on or before 1 January of the period year, else the earliest known.',
  })
  peildatum: string | null;

  @Field(() => Int, { description: 'Adviezen.' })
  adviezen: number;

  @Field(() => Int, { description: 'Meldingen (niet-unieke politiemeldingen excluded).' })
  meldingen: number;

  @Field(() => Int, { description: 'Politiezorgmeldingen jeugd.' })
  zorgmeldingenJeugd: number;

  @Field(() => Float, { nullable: true, description: 'Adviezen per 100,000 inwoners, one decimal; null without inwoners.' })
  adviezenPer100000: number | null;

  @Field(() => Float, { nullable: true, description: 'Meldingen per 100,000 inwoners, one decimal; null without inwoners.' })
  meldingenPer100000: number | null;
}

@ObjectType({ description: 'Ziekteverzuim of one team in one month.' })
export class KwartaalZiekteverzuim {
  @Field(() => String, { description: 'Month, "YYYY-MM".' })
  maand: string;

  @Field(() => String, { description: 'Team.' })
  team: string;

  @Field(() => Float, { description: 'Verzuimpercentage.' })
  percentage: number;
}

@ObjectType({
  description:
    "A region's kwartaalrapportage to its gemeenten for a month, quarter or year, computed from live data in the region's own transaction. Aggregates only: no case data.",
})
export class Kwartaalrapportage {
  @Field(() => String, { description: 'The period as asked ("2026-03", "2026-Q1", "2026").' })
  periode: string;

  @Field(() => RapportagePeriodeSoort, { description: 'Month, quarter or year.' })
  soort: RapportagePeriodeSoort;

  @Field(() => String, { description: 'First day (YYYY-MM-DD).' })
  van: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD).' })
  tot: string;

  @Field(() => String, { description: 'Region code (VTnn).' })
  regioCode: string;

  @Field(() => String, { description: 'Region name.' })
  regioNaam: string;

  @Field(() => Boolean, { description: 'True while the period is not over (it contains today): the figures can still change.' })
  voorlopig: boolean;

  @Field(() => [KwartaalMaand], { description: 'The figures per month of the period.' })
  maanden: KwartaalMaand[];

  @Field(() => KwartaalCijfers, { description: 'The figures of the whole period (wachtlijsten: at its last day).' })
  totaal: KwartaalCijfers;

  @Field(() => [KwartaalVergelijking], { description: 'The same period in the two previous years, most recent first.' })
  vorigeJaren: KwartaalVergelijking[];

  @Field(() => [KwartaalBegrotingsregel], {
    description: 'Per budgeted product: begroting against realisation, per month and over the period.',
  })
  begroting: KwartaalBegrotingsregel[];

  @Field(() => KwartaalKosten, { description: "The period year's costs: begroting and jaarrekening." })
  kosten: KwartaalKosten;

  @Field(() => [KwartaalGemeente], { description: "Per gemeente: the region's gemeenten first (all of them), then others and unknown." })
  gemeenten: KwartaalGemeente[];

  @Field(() => KwartaalGemeente, {
    description: 'The region as a whole: all its adviezen and meldingen against the inwoners of its gemeenten.',
  })
  regioTotaal: KwartaalGemeente;

  @Field(() => [KwartaalZiekteverzuim], { description: 'Ziekteverzuim per month per team, as recorded.' })
  ziekteverzuim: KwartaalZiekteverzuim[];
}
