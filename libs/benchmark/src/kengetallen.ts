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
}

const aantal = (omschrijving: string, ...bouwstenen: Bouwsteen[]): Grootheid => ({ omschrijving, bouwstenen, soort: 'AANTAL' });
const grootheid = (omschrijving: string, ...bouwstenen: Bouwsteen[]): Grootheid => ({ omschrijving, bouwstenen, soort: 'GROOTHEID' });

const MELDINGEN = aantal('meldingen received in the period', 'MELDINGEN');
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
      'Total costs (personnel from the formatie, plus other direct and indirect costs; pro rata for part of a year) per 1000 inhabitants.',
    teller: grootheid('total costs in euro', 'KOSTEN'),
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
    definitie: 'Hours booked on direct products per direct FTE-year (typical 1,250 to 1,350).',
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
    naam: 'Wachtlijst per 100.000 inwoners',
    definitie: 'Cases waiting for an overdracht date at the end of the period per 100,000 inhabitants.',
    teller: aantal('cases on the wachtlijst at the end of the period', 'WACHTLIJST'),
    noemer: INWONERS,
    factor: 100_000,
    eenheid: 'per 100.000 inwoners',
    richting: 'LAGER',
  },
  {
    code: 'PERCENTAGE_HERMELDINGEN',
    naam: '% hermeldingen',
    definitie: 'Meldingen classified as hermelding (CBS 85361) as a share of all meldingen.',
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
    definitie: 'Meldingen received in the period.',
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

export function kengetal(code: string): KengetalDefinitie | undefined {
  return KENGETALLEN.find((k) => k.code === code);
}

/** Numerator and denominator of every kengetal from the building blocks of one organisation and period. */
export function tellersEnNoemers(bouwstenen: Record<Bouwsteen, number>): { kengetal: string; teller: number; noemer: number | null }[] {
  const som = (g: Grootheid) => g.bouwstenen.reduce((total, b) => total + bouwstenen[b], 0);
  return KENGETALLEN.map((k) => ({ kengetal: k.code, teller: som(k.teller), noemer: k.noemer ? som(k.noemer) : null }));
}
