/** Building blocks computed per organisation and period; kengetallen are ratios of their sums. */
export type Bouwsteen =
  | 'ADVIEZEN'
  | 'MELDINGEN'
  | 'HERMELDINGEN'
  | 'BEOORDELINGEN'
  | 'BEOORDELINGEN_BINNEN_TERMIJN'
  | 'BESLUITEN_OVERDRACHT'
  | 'ONDERZOEKEN_AFGESLOTEN'
  | 'ONDERZOEKEN_BINNEN_TERMIJN'
  | 'VV_AFGESLOTEN'
  | 'VV_BINNEN_TERMIJN'
  | 'ONDERZOEKEN_GESTART'
  | 'VV_GESTART'
  | 'HUISVERBODEN'
  | 'CRISISINTERVENTIES'
  | 'WACHTLIJST'
  | 'WACHTLIJST_BEOORDELING'
  | 'WACHTLIJST_START'
  | 'UREN_ONDERZOEK'
  | 'UREN_OVERIGE_INTERVENTIES'
  | 'UREN_DIRECT'
  | 'FTE_TOTAAL'
  | 'FTE_INDIRECT'
  | 'FTE_HBO'
  | 'FTE_GD'
  | 'FTE_VA'
  | 'FTE_JAREN_DIRECT'
  | 'KOSTEN'
  | 'INWONERS';

/** Where a building block comes from: what it counts, the tables it reads and what it leaves out. */
export interface BouwsteenDefinitie {
  omschrijving: string;
  tabellen: string[];
  uitgesloten: string[];
}

const NIET_UNIEK = 'niet-unieke politiemeldingen (melding.politie = NIET_UNIEK)';
const NIET_UNIEK_VIA_MELDING = 'anything of a niet-unieke politiemelding (melding.politie = NIET_UNIEK)';
const GEDEELD = 'shared definition with the kwartaalrapportage (telMaanden in libs/rapportage/src/kwartaal/kwartaal.sql.ts)';

/**
 * The building blocks, one definition each. The counts of cases and the three wachtlijsten are
 * taken from the kwartaalrapportage's month figures (libs/rapportage/src/kwartaal/kwartaal.sql.ts),
 * summed over the months of the period (stocks: at its last day), so a figure the region reports to
 * its gemeenten and the same figure in the benchmark have one definition. Dates are Dutch calendar
 * dates (Europe/Amsterdam).
 */
export const BOUWSTENEN: Record<Bouwsteen, BouwsteenDefinitie> = {
  ADVIEZEN: { omschrijving: `adviezen received in the period (by ontvangen_op); ${GEDEELD}`, tabellen: ['advies'], uitgesloten: [] },
  MELDINGEN: {
    omschrijving: `meldingen received in the period (by ontvangstdatum); ${GEDEELD}`,
    tabellen: ['melding'],
    uitgesloten: [NIET_UNIEK, 'politiezorgmeldingen jeugd (zorgmelding_jeugd)'],
  },
  HERMELDINGEN: {
    omschrijving: 'meldingen received in the period classified HERMELDING (CBS 85361)',
    tabellen: ['melding'],
    uitgesloten: [NIET_UNIEK],
  },
  BEOORDELINGEN: {
    omschrijving: `veiligheidsbeoordelingen vastgesteld in the period (by getoetst_op); ${GEDEELD}`,
    tabellen: ['veiligheidsbeoordeling', 'melding'],
    uitgesloten: ['beoordelingen not yet vastgesteld (TER_TOETSING)', NIET_UNIEK_VIA_MELDING],
  },
  BEOORDELINGEN_BINNEN_TERMIJN: {
    omschrijving: `of those, vastgesteld on or before the melding's uiterlijke_beoordelingsdatum (5 werkdagen, region calendar); ${GEDEELD}`,
    tabellen: ['veiligheidsbeoordeling', 'melding'],
    uitgesloten: [NIET_UNIEK_VIA_MELDING],
  },
  BESLUITEN_OVERDRACHT: {
    omschrijving: `of those, with besluit OVERDRACHT; ${GEDEELD}`,
    tabellen: ['veiligheidsbeoordeling', 'melding'],
    uitgesloten: [NIET_UNIEK_VIA_MELDING],
  },
  ONDERZOEKEN_AFGESLOTEN: {
    omschrijving: `onderzoeken AFGESLOTEN in the period (by afgesloten_op); ${GEDEELD}`,
    tabellen: ['interventie', 'melding'],
    uitgesloten: ['onderzoeken still open'],
  },
  ONDERZOEKEN_BINNEN_TERMIJN: {
    omschrijving: `of those, afgesloten_op at most 70 days (10 weken) after gestart_op; ${GEDEELD}`,
    tabellen: ['interventie', 'melding'],
    uitgesloten: [],
  },
  VV_AFGESLOTEN: {
    omschrijving: `voorwaarden en vervolg AFGESLOTEN in the period (by afgesloten_op); ${GEDEELD}`,
    tabellen: ['interventie', 'melding'],
    uitgesloten: ['V&V still open'],
  },
  VV_BINNEN_TERMIJN: {
    omschrijving: `of those, afgesloten_op at most 70 days (10 weken) after gestart_op; ${GEDEELD}`,
    tabellen: ['interventie', 'melding'],
    uitgesloten: [],
  },
  ONDERZOEKEN_GESTART: {
    omschrijving: `onderzoeken started in the period (by gestart_op); ${GEDEELD}`,
    tabellen: ['interventie'],
    uitgesloten: ['onderzoeken decided but not started'],
  },
  VV_GESTART: {
    omschrijving: `V&V started in the period (by gestart_op); ${GEDEELD}`,
    tabellen: ['interventie'],
    uitgesloten: ['V&V decided but not started'],
  },
  HUISVERBODEN: {
    omschrijving: `tijdelijke huisverboden imposed in the period (by opgelegd_op); ${GEDEELD}`,
    tabellen: ['huisverbod'],
    uitgesloten: [],
  },
  CRISISINTERVENTIES: {
    omschrijving: `crisisinterventies in the period (by datum); ${GEDEELD}`,
    tabellen: ['crisisinterventie'],
    uitgesloten: [],
  },
  WACHTLIJST: {
    omschrijving: `overdrachten created on or before the last day of the period with no agreed date (gepland_op) and not carried out by then; ${GEDEELD}`,
    tabellen: ['overdracht'],
    uitgesloten: ['overdrachten with a date agreed on or before the last day'],
  },
  WACHTLIJST_BEOORDELING: {
    omschrijving: `meldingen whose uiterlijke_beoordelingsdatum lies before the last day of the period and that have no beoordeling vastgesteld by then; ${GEDEELD}`,
    tabellen: ['melding', 'veiligheidsbeoordeling'],
    uitgesloten: [NIET_UNIEK, 'meldingen closed without a beoordeling (e.g. merged)'],
  },
  WACHTLIJST_START: {
    omschrijving: `onderzoeken and V&V decided (besloten_op) on or before the last day of the period, not started and not closed by then; ${GEDEELD}`,
    tabellen: ['interventie'],
    uitgesloten: [],
  },
  UREN_ONDERZOEK: {
    omschrijving: 'hours booked in the period on product ONDERZOEK (current entries: corrected ones replaced)',
    tabellen: ['tijdregistratie'],
    uitgesloten: ['entries replaced by a correction'],
  },
  UREN_OVERIGE_INTERVENTIES: {
    omschrijving: 'hours booked in the period on products VOORWAARDEN_EN_VERVOLG, HUISVERBOD and CRISIS',
    tabellen: ['tijdregistratie'],
    uitgesloten: ['entries replaced by a correction'],
  },
  UREN_DIRECT: {
    omschrijving:
      'hours booked in the period on direct products: every product except the indirect ones (INDIRECTE_PRODUCTEN in libs/formatie: SCHOLING, MANAGEMENT, ONDERSTEUNING by support staff); advies en ondersteuning (products ADVIES and ADVIES_EN_ONDERSTEUNING) is direct work',
    tabellen: ['tijdregistratie'],
    uitgesloten: [
      'hours on SCHOLING, MANAGEMENT and ONDERSTEUNING (support staff: facilitair, ICT, financiën)',
      'entries replaced by a correction',
    ],
  },
  FTE_TOTAAL: {
    omschrijving: 'FTE of all dienstverbanden, weighted by days in service in the period',
    tabellen: ['medewerker', 'dienstverband'],
    uitgesloten: [],
  },
  FTE_INDIRECT: {
    omschrijving: 'FTE of dienstverbanden with categorie MANAGEMENT, STAF or ONDERSTEUNING (support staff)',
    tabellen: ['dienstverband'],
    uitgesloten: [],
  },
  FTE_HBO: { omschrijving: 'FTE at opleidingsniveau HBO or WO', tabellen: ['dienstverband'], uitgesloten: [] },
  FTE_GD: { omschrijving: 'FTE with functie GD (gedragswetenschapper)', tabellen: ['dienstverband'], uitgesloten: [] },
  FTE_VA: { omschrijving: 'FTE with functie VA (vertrouwensarts)', tabellen: ['dienstverband'], uitgesloten: [] },
  FTE_JAREN_DIRECT: {
    omschrijving: "direct FTE (categorie DIRECT) × the period's share of its year",
    tabellen: ['dienstverband'],
    uitgesloten: [],
  },
  KOSTEN: {
    omschrijving:
      "the year's costs × the period's share of the year (days): realised costs (jaarrekening, begroting.gerealiseerde_kosten) when the year has ended and its jaarrekening is recorded, else the begroting's total costs (personnel from the formatie × loonkosten per FTE, plus direct and indirect cost items); the value says which (kostenbron)",
    tabellen: ['begroting', 'dienstverband'],
    uitgesloten: ['income (inkomsten)'],
  },
  INWONERS: {
    omschrijving: 'inhabitants of the gemeenten of the region (CBS, latest peildatum)',
    tabellen: ['referentie.gemeente', 'referentie.gemeente_inwoners'],
    uitgesloten: [],
  },
};

/** Counts of cases are subject to disclosure control; measures (FTE, hours, euro, inhabitants) are not. */
export type Soort = 'AANTAL' | 'GROOTHEID';

export interface Grootheid {
  omschrijving: string;
  bouwstenen: Bouwsteen[];
  soort: Soort;
}

export interface KengetalDefinitie {
  code: string;
  naam: string;
  definitie: string;
  teller: Grootheid;
  /** Absent for plain volumes. */
  noemer: Grootheid | null;
  factor: number;
  eenheid: string;
  richting: 'HOGER' | 'LAGER' | 'NEUTRAAL';
  /** Set when the kengetal is going away (README, contract and deprecation policy): why, and what replaces it. */
  vervallen?: string;
}

const aantal = (omschrijving: string, ...bouwstenen: Bouwsteen[]): Grootheid => ({ omschrijving, bouwstenen, soort: 'AANTAL' });
const grootheid = (omschrijving: string, ...bouwstenen: Bouwsteen[]): Grootheid => ({ omschrijving, bouwstenen, soort: 'GROOTHEID' });

const MELDINGEN = aantal('meldingen received in the period (niet-unieke politiemeldingen excluded)', 'MELDINGEN');
const FTE = grootheid('total formatie (FTE, direct + indirect), weighted by days in service', 'FTE_TOTAAL');
const INWONERS = grootheid('inhabitants of the gemeenten served (CBS, latest peildatum)', 'INWONERS');

/** The kengetallen catalogue (domain brief §5). */
export const KENGETALLEN: readonly KengetalDefinitie[] = [
  {
    code: 'FTE_PER_1000_MELDINGEN',
    naam: 'FTE per 1000 meldingen',
    definitie: 'Total formatie per 1000 meldingen received.',
    teller: FTE,
    noemer: MELDINGEN,
    factor: 1000,
    eenheid: 'FTE per 1000 meldingen',
    richting: 'LAGER',
  },
  {
    code: 'PERCENTAGE_INDIRECT',
    naam: '% indirect',
    definitie: 'Indirect FTE (management, staf, ondersteuning) as a share of total FTE.',
    teller: grootheid('indirect FTE', 'FTE_INDIRECT'),
    noemer: FTE,
    factor: 100,
    eenheid: '%',
    richting: 'LAGER',
  },
  {
    code: 'SIGNALEN_PER_1000_INWONERS',
    naam: 'Signalen per 1000 inwoners',
    definitie: '(Adviezen + meldingen) per 1000 inhabitants.',
    teller: aantal('adviezen and meldingen received', 'ADVIEZEN', 'MELDINGEN'),
    noemer: INWONERS,
    factor: 1000,
    eenheid: 'per 1000 inwoners',
    richting: 'NEUTRAAL',
  },
  {
    code: 'KOSTEN_PER_1000_INWONERS',
    naam: 'Kosten per 1000 inwoners',
    definitie:
      'Costs per 1000 inhabitants: the realised costs of the jaarrekening when the year has ended and its jaarrekening is recorded, else the begroting (personnel from the formatie, plus other direct and indirect costs); pro rata for part of a year. Each value says which it used (kostenbron).',
    teller: grootheid('costs in euro (jaarrekening when the year is closed, else begroting)', 'KOSTEN'),
    noemer: INWONERS,
    factor: 1000,
    eenheid: 'euro per 1000 inwoners',
    richting: 'NEUTRAAL',
  },
  {
    code: 'ONDERZOEK_VS_OVERIGE_INTERVENTIES',
    naam: 'Onderzoek / overige interventies',
    definitie: 'Share of onderzoek among the interventions started: onderzoek, V&V, tijdelijk huisverbod and crisisinterventie.',
    teller: aantal('onderzoeken started', 'ONDERZOEKEN_GESTART'),
    noemer: aantal('interventions started', 'ONDERZOEKEN_GESTART', 'VV_GESTART', 'HUISVERBODEN', 'CRISISINTERVENTIES'),
    factor: 100,
    eenheid: '% onderzoek',
    richting: 'NEUTRAAL',
    vervallen:
      'Mixes huisverboden and crises into the denominator, unlike the regions and the Q-consult model. Use PERCENTAGE_ONDERZOEK_VS_VV (onderzoek versus V&V), AANTAL_HUISVERBODEN and AANTAL_CRISISINTERVENTIES; computed until at least 2027-06-01, then removed.',
  },
  {
    code: 'PERCENTAGE_ONDERZOEK_VS_VV',
    naam: 'Onderzoek / V&V',
    definitie:
      'Share of onderzoek among the onderzoeken and V&V started in the period (the rest is V&V), as regions report "41%/59%". Huisverboden and crises are their own figures.',
    teller: aantal('onderzoeken started', 'ONDERZOEKEN_GESTART'),
    noemer: aantal('onderzoeken and V&V started', 'ONDERZOEKEN_GESTART', 'VV_GESTART'),
    factor: 100,
    eenheid: '% onderzoek (rest V&V)',
    richting: 'NEUTRAAL',
  },
  {
    code: 'AANTAL_HUISVERBODEN',
    naam: 'Tijdelijke huisverboden',
    definitie: 'Tijdelijke huisverboden imposed in the period (VT does the case management).',
    teller: aantal('huisverboden imposed', 'HUISVERBODEN'),
    noemer: null,
    factor: 1,
    eenheid: 'aantal',
    richting: 'NEUTRAAL',
  },
  {
    code: 'AANTAL_CRISISINTERVENTIES',
    naam: 'Crisisinterventies',
    definitie: 'Crisisinterventies in the period.',
    teller: aantal('crisisinterventies', 'CRISISINTERVENTIES'),
    noemer: null,
    factor: 1,
    eenheid: 'aantal',
    richting: 'NEUTRAAL',
  },
  {
    code: 'UREN_PER_ONDERZOEK',
    naam: 'Uren per onderzoek',
    definitie: 'Hours booked on onderzoek per onderzoek closed.',
    teller: grootheid('hours booked on onderzoek', 'UREN_ONDERZOEK'),
    noemer: aantal('onderzoeken closed', 'ONDERZOEKEN_AFGESLOTEN'),
    factor: 1,
    eenheid: 'uren',
    richting: 'NEUTRAAL',
  },
  {
    code: 'UREN_PER_OVERIGE_INTERVENTIE',
    naam: 'Uren per overige interventie',
    definitie: 'Hours booked on V&V, huisverbod and crisis per such intervention (V&V closed, huisverboden and crises registered).',
    teller: grootheid('hours booked on V&V, huisverbod and crisis', 'UREN_OVERIGE_INTERVENTIES'),
    noemer: aantal('other interventions', 'VV_AFGESLOTEN', 'HUISVERBODEN', 'CRISISINTERVENTIES'),
    factor: 1,
    eenheid: 'uren',
    richting: 'NEUTRAAL',
  },
  {
    code: 'PERCENTAGE_HBO',
    naam: '% HBO personeel',
    definitie: 'FTE at HBO level or higher as a share of total FTE.',
    teller: grootheid('FTE at HBO or WO level', 'FTE_HBO'),
    noemer: FTE,
    factor: 100,
    eenheid: '%',
    richting: 'HOGER',
  },
  {
    code: 'PERCENTAGE_GEDRAGSWETENSCHAPPERS',
    naam: '% gedragswetenschappers',
    definitie: 'Gedragswetenschapper FTE as a share of total FTE.',
    teller: grootheid('GD FTE', 'FTE_GD'),
    noemer: FTE,
    factor: 100,
    eenheid: '%',
    richting: 'NEUTRAAL',
  },
  {
    code: 'PERCENTAGE_VERTROUWENSARTSEN',
    naam: '% vertrouwensartsen',
    definitie: 'Vertrouwensarts FTE as a share of total FTE.',
    teller: grootheid('VA FTE', 'FTE_VA'),
    noemer: FTE,
    factor: 100,
    eenheid: '%',
    richting: 'NEUTRAAL',
  },
  {
    code: 'NETTO_PRODUCTIEVE_UREN',
    naam: 'Netto productieve uren',
    definitie:
      'Hours booked on direct products per direct FTE-year (typical 1,250 to 1,350). Advies en ondersteuning is direct work; scholing, management and support staff (ondersteuning) are not.',
    teller: grootheid('hours booked on direct products', 'UREN_DIRECT'),
    noemer: grootheid('direct FTE × share of the year', 'FTE_JAREN_DIRECT'),
    factor: 1,
    eenheid: 'uren per FTE per jaar',
    richting: 'HOGER',
  },
  {
    code: 'PERCENTAGE_BEOORDELING_BINNEN_TERMIJN',
    naam: '% veiligheidsbeoordelingen binnen 5 werkdagen',
    definitie: 'Besluiten confirmed in the period on or before the 5th werkdag after receipt, as a share of all confirmed.',
    teller: aantal('confirmed within 5 werkdagen', 'BEOORDELINGEN_BINNEN_TERMIJN'),
    noemer: aantal('besluiten confirmed', 'BEOORDELINGEN'),
    factor: 100,
    eenheid: '%',
    richting: 'HOGER',
  },
  {
    code: 'PERCENTAGE_ONDERZOEK_BINNEN_TERMIJN',
    naam: '% onderzoek binnen 10 weken',
    definitie: 'Onderzoeken closed in the period within 10 weken of their start, as a share of all closed.',
    teller: aantal('closed within 10 weken', 'ONDERZOEKEN_BINNEN_TERMIJN'),
    noemer: aantal('onderzoeken closed', 'ONDERZOEKEN_AFGESLOTEN'),
    factor: 100,
    eenheid: '%',
    richting: 'HOGER',
  },
  {
    code: 'PERCENTAGE_VV_BINNEN_TERMIJN',
    naam: '% V&V binnen 10 weken',
    definitie: 'V&V closed in the period within 10 weken of their start, as a share of all closed.',
    teller: aantal('closed within 10 weken', 'VV_BINNEN_TERMIJN'),
    noemer: aantal('V&V closed', 'VV_AFGESLOTEN'),
    factor: 100,
    eenheid: '%',
    richting: 'HOGER',
  },
  {
    code: 'WACHTLIJST_PER_100000_INWONERS',
    naam: 'Wachtlijst overdracht per 100.000 inwoners',
    definitie:
      'Overdrachten waiting for an agreed date (not carried out) at the last day of the period per 100,000 inhabitants; the same wachtlijst as the kwartaalrapportage.',
    teller: aantal('overdrachten without a date at the end of the period', 'WACHTLIJST'),
    noemer: INWONERS,
    factor: 100_000,
    eenheid: 'per 100.000 inwoners',
    richting: 'LAGER',
  },
  {
    code: 'WACHTLIJST_BEOORDELING_PER_100000_INWONERS',
    naam: 'Meldingen na termijn niet beoordeeld per 100.000 inwoners',
    definitie:
      'Meldingen past their beoordeling term (5 werkdagen) without a vastgestelde veiligheidsbeoordeling at the last day of the period, per 100,000 inhabitants; the same wachtlijst as the kwartaalrapportage.',
    teller: aantal('meldingen awaiting beoordeling beyond the term at the end of the period', 'WACHTLIJST_BEOORDELING'),
    noemer: INWONERS,
    factor: 100_000,
    eenheid: 'per 100.000 inwoners',
    richting: 'LAGER',
  },
  {
    code: 'WACHTLIJST_START_PER_100000_INWONERS',
    naam: 'Interventies wachtend op start per 100.000 inwoners',
    definitie:
      'Onderzoeken and V&V decided but not started (nor closed) at the last day of the period, per 100,000 inhabitants; the same wachtlijst as the kwartaalrapportage.',
    teller: aantal('interventions waiting to start at the end of the period', 'WACHTLIJST_START'),
    noemer: INWONERS,
    factor: 100_000,
    eenheid: 'per 100.000 inwoners',
    richting: 'LAGER',
  },
  {
    code: 'PERCENTAGE_HERMELDINGEN',
    naam: '% hermeldingen',
    definitie:
      'Meldingen classified as hermelding (CBS 85361) as a share of all meldingen (niet-unieke politiemeldingen count in neither).',
    teller: aantal('hermeldingen', 'HERMELDINGEN'),
    noemer: MELDINGEN,
    factor: 100,
    eenheid: '%',
    richting: 'NEUTRAAL',
  },
  {
    code: 'PERCENTAGE_OVERDRACHT_NA_BEOORDELING',
    naam: '% overdracht na beoordeling',
    definitie:
      'Confirmed besluiten handing the case over, as a share of all confirmed besluiten (the rest is kept by Veilig Thuis or closed).',
    teller: aantal('besluiten OVERDRACHT', 'BESLUITEN_OVERDRACHT'),
    noemer: aantal('besluiten confirmed', 'BEOORDELINGEN'),
    factor: 100,
    eenheid: '%',
    richting: 'NEUTRAAL',
  },
  {
    code: 'AANTAL_ADVIEZEN',
    naam: 'Adviezen',
    definitie: 'Adviezen received in the period.',
    teller: aantal('adviezen', 'ADVIEZEN'),
    noemer: null,
    factor: 1,
    eenheid: 'aantal',
    richting: 'NEUTRAAL',
  },
  {
    code: 'AANTAL_MELDINGEN',
    naam: 'Meldingen',
    definitie: 'Meldingen received in the period; niet-unieke politiemeldingen are not meldingen.',
    teller: MELDINGEN,
    noemer: null,
    factor: 1,
    eenheid: 'aantal',
    richting: 'NEUTRAAL',
  },
  {
    code: 'AANTAL_ONDERZOEKEN',
    naam: 'Onderzoeken',
    definitie: 'Onderzoeken closed in the period.',
    teller: aantal('onderzoeken closed', 'ONDERZOEKEN_AFGESLOTEN'),
    noemer: null,
    factor: 1,
    eenheid: 'aantal',
    richting: 'NEUTRAAL',
  },
  {
    code: 'AANTAL_VV',
    naam: 'Voorwaarden en vervolg',
    definitie: 'V&V trajecten closed in the period.',
    teller: aantal('V&V closed', 'VV_AFGESLOTEN'),
    noemer: null,
    factor: 1,
    eenheid: 'aantal',
    richting: 'NEUTRAAL',
  },
];

/** The tables a kengetal reads, from its building blocks, sorted. */
export function bronTabellen(k: KengetalDefinitie): string[] {
  const bouwstenen = [...k.teller.bouwstenen, ...(k.noemer?.bouwstenen ?? [])];
  return [...new Set(bouwstenen.flatMap((b) => BOUWSTENEN[b].tabellen))].sort();
}

/** What a kengetal leaves out, from its building blocks, in catalogue order without duplicates. */
export function uitgesloten(k: KengetalDefinitie): string[] {
  const bouwstenen = [...k.teller.bouwstenen, ...(k.noemer?.bouwstenen ?? [])];
  return [...new Set(bouwstenen.flatMap((b) => BOUWSTENEN[b].uitgesloten))];
}

/** Whether a kengetal's value depends on the costs (and so has a kostenbron). */
export const gebruiktKosten = (k: KengetalDefinitie): boolean =>
  k.teller.bouwstenen.includes('KOSTEN') || (k.noemer?.bouwstenen.includes('KOSTEN') ?? false);

export function kengetal(code: string): KengetalDefinitie | undefined {
  return KENGETALLEN.find((k) => k.code === code);
}

/** Numerator and denominator of every kengetal from the building blocks of one organisation and period. */
export function tellersEnNoemers(bouwstenen: Record<Bouwsteen, number>): { kengetal: string; teller: number; noemer: number | null }[] {
  const som = (g: Grootheid) => g.bouwstenen.reduce((total, b) => total + bouwstenen[b], 0);
  return KENGETALLEN.map((k) => ({ kengetal: k.code, teller: som(k.teller), noemer: k.noemer ? som(k.noemer) : null }));
}
