/**
 * The CBS StatLine tables of the Beleidsinformatie Veilig Thuis this platform computes, with the
 * subjects (onderwerp) and categories (categorie) of their cells. Category values are the
 * platform's enum values (OrganisatieCategorie, AardGeweld, ...), named after CBS's categories.
 *
 * Counting rules, for every table: the half year's cohort of adviezen and meldingen, by the date of
 * receipt (Europe/Amsterdam). An advies converted into a melding counts once, as the melding;
 * niet-unieke politiemeldingen are no meldingen and count nowhere. What happened to a melding
 * (beoordeling, onderzoek, overdracht) is its state when the figures are computed.
 */
export interface CbsTabelDefinitie {
  code: string;
  titel: string;
  omschrijving: string;
  /** CBS publishes this table per gemeente too (the gemeente of the household; ONBEKEND when not recorded). */
  perGemeente: boolean;
}

export const CBS_TABELLEN: readonly CbsTabelDefinitie[] = [
  {
    code: '84847',
    titel: 'Kerncijfers: adviezen en meldingen',
    omschrijving: 'onderwerp ADVIEZEN or MELDINGEN, categorie TOTAAL.',
    perGemeente: true,
  },
  {
    code: '84848',
    titel: 'Adviezen en meldingen naar organisatie en hoedanigheid van de adviesvrager of melder',
    omschrijving:
      'onderwerp ADVIEZEN or MELDINGEN: categorie an OrganisatieCategorie value; onderwerp ADVIEZEN_NAAR_HOEDANIGHEID or MELDINGEN_NAAR_HOEDANIGHEID: categorie a Hoedanigheid value (rol or beroep; ONBEKEND when not recorded).',
    perGemeente: false,
  },
  {
    code: '84849',
    titel: 'Meldingen naar duur van het geweld',
    omschrijving: 'onderwerp MELDINGEN, categorie a DuurGeweld value.',
    perGemeente: false,
  },
  {
    code: '84850',
    titel: 'Adviezen en meldingen naar aard van het geweld',
    omschrijving:
      'onderwerp ADVIEZEN or MELDINGEN, categorie an AardGeweld value; an advies or melding counts once for each of its aarden, so the categories add up to more than the total.',
    perGemeente: false,
  },
  {
    code: '84851',
    titel: 'Meldingen naar aanvullende informatie',
    omschrijving: 'onderwerp MELDINGEN, categorie an AanvullendKenmerk value; a melding counts once for each flag it has.',
    perGemeente: false,
  },
  {
    code: '84852',
    titel: 'Meldingen naar veiligheidsbeoordeling en veiligheidstaxatie',
    omschrijving:
      'onderwerp VERVOLG: categorie the Besluit of the vastgestelde (intercollegiaal getoetste) veiligheidsbeoordeling, or NOG_NIET_BEOORDEELD; onderwerp VEILIGHEIDSTAXATIE: ACUTE_EN_STRUCTURELE_ONVEILIGHEID, ALLEEN_ACUTE_ONVEILIGHEID, ALLEEN_STRUCTURELE_ONVEILIGHEID, GEEN_ONVEILIGHEID or NOG_NIET_BEOORDEELD.',
    perGemeente: false,
  },
  {
    code: '84853',
    titel: 'Onderzoeken naar uitkomst',
    omschrijving:
      "Closed onderzoeken of the half year's meldingen (the last one per melding). onderwerp ONDERZOEKEN: categorie AFGESLOTEN or VOORTIJDIG_AFGESLOTEN; onderwerp an AardGeweld value: categorie the OnderzoekUitkomst for that aard (closed onderzoeken only).",
    perGemeente: false,
  },
  {
    code: '84854',
    titel: 'Meldingen naar overdracht',
    omschrijving:
      'Meldingen handed over (their first overdracht, on the wachtlijst, planned or done). onderwerp OVERDRACHTEN: categorie NA_VEILIGHEIDSBEOORDELING, NA_ONDERZOEK or NA_VOORWAARDEN_EN_VERVOLG (the intervention before it, if any); onderwerp WIJZE: WARM or KOUD.',
    perGemeente: false,
  },
  {
    code: '84855',
    titel: 'Overdrachten naar type hulp',
    omschrijving: 'onderwerp OVERDRACHTEN, categorie the PartnerType of the first overdracht.',
    perGemeente: false,
  },
  {
    code: '85361',
    titel: 'Meldingen naar eerdere betrokkenheid Veilig Thuis',
    omschrijving:
      'onderwerp MELDINGEN, categorie a MeldingClassificatie value (eerste melding, hermelding, vervolgmelding, niet ingedeeld).',
    perGemeente: false,
  },
];

/** Codes of the tables CBS publishes per gemeente. */
export const PER_GEMEENTE: readonly string[] = CBS_TABELLEN.filter((t) => t.perGemeente).map((t) => t.code);

/** The region-level or gemeente-level place of a cell: null is the whole VT-regio. */
export const ONBEKENDE_GEMEENTE = 'ONBEKEND';
