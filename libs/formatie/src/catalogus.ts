import { defineEnum } from '@vt/platform';

export const Functie = defineEnum(
  {
    MW: 'MW',
    SC: 'SC',
    GD: 'GD',
    VA: 'VA',
    TEAMLEIDER: 'TEAMLEIDER',
    MANAGEMENT: 'MANAGEMENT',
    STAF: 'STAF',
    ONDERSTEUNING: 'ONDERSTEUNING',
  } as const,
  'Functie',
  'Functie of a staff member (formatie and tijdregistratie).',
  {
    MW: 'Maatschappelijk werker / medewerker (case worker).',
    SC: 'Administratief medewerker / secretariaat.',
    GD: 'Gedragswetenschapper or gedragsdeskundige.',
    VA: 'Vertrouwensarts.',
    TEAMLEIDER: 'Teamleider / teammanager.',
    MANAGEMENT: 'Management (indirect).',
    STAF: 'Staf, e.g. beleid, kwaliteit, functioneel beheer (indirect).',
    ONDERSTEUNING: 'Ondersteuning, e.g. facilitair, ICT, financiën (indirect).',
  },
);
export type Functie = (typeof Functie)[keyof typeof Functie];

export const Opleidingsniveau = defineEnum(
  { MBO: 'MBO', HBO: 'HBO', WO: 'WO' } as const,
  'Opleidingsniveau',
  'Education level (for % HBO personeel).',
  {
    MBO: 'MBO.',
    HBO: 'HBO.',
    WO: 'WO (university).',
  },
);
export type Opleidingsniveau = (typeof Opleidingsniveau)[keyof typeof Opleidingsniveau];

export const FormatieCategorie = defineEnum(
  { DIRECT: 'DIRECT', MANAGEMENT: 'MANAGEMENT', STAF: 'STAF', ONDERSTEUNING: 'ONDERSTEUNING' } as const,
  'FormatieCategorie',
  'Direct (primary process) or indirect formatie.',
  {
    DIRECT: 'Direct: works in the primary process.',
    MANAGEMENT: 'Indirect: management.',
    STAF: 'Indirect: staf.',
    ONDERSTEUNING: 'Indirect: ondersteuning.',
  },
);
export type FormatieCategorie = (typeof FormatieCategorie)[keyof typeof FormatieCategorie];

export const Product = defineEnum(
  {
    ADVIES: 'ADVIES',
    ADVIES_EN_ONDERSTEUNING: 'ADVIES_EN_ONDERSTEUNING',
    MELDING_AANNEMEN: 'MELDING_AANNEMEN',
    VEILIGHEIDSBEOORDELING: 'VEILIGHEIDSBEOORDELING',
    ONDERZOEK: 'ONDERZOEK',
    VOORWAARDEN_EN_VERVOLG: 'VOORWAARDEN_EN_VERVOLG',
    OVERDRACHT: 'OVERDRACHT',
    MONITORING: 'MONITORING',
    HUISVERBOD: 'HUISVERBOD',
    CRISIS: 'CRISIS',
    BEREIKBAARHEIDSDIENST: 'BEREIKBAARHEIDSDIENST',
    VOORLICHTING: 'VOORLICHTING',
    ZSM: 'ZSM',
    OVERLEG: 'OVERLEG',
    SCHOLING: 'SCHOLING',
    MANAGEMENT: 'MANAGEMENT',
    ONDERSTEUNING: 'ONDERSTEUNING',
  } as const,
  'Product',
  'Standard catalogue of products and activities hours are booked on.',
  {
    ADVIES: 'Advies (incl. consult; advies en ondersteuning may also be booked on ADVIES_EN_ONDERSTEUNING).',
    ADVIES_EN_ONDERSTEUNING: 'Advies en ondersteuning: several contacts guiding a professional. Direct work, as in the Q-consult model.',
    MELDING_AANNEMEN: 'Taking in a melding.',
    VEILIGHEIDSBEOORDELING: 'Veiligheidsbeoordeling (triage).',
    ONDERZOEK: 'Onderzoek.',
    VOORWAARDEN_EN_VERVOLG: 'Voorwaarden en vervolg.',
    OVERDRACHT: 'Overdracht.',
    MONITORING: 'Monitoring.',
    HUISVERBOD: 'Tijdelijk huisverbod (case management).',
    CRISIS: 'Crisisinterventie.',
    BEREIKBAARHEIDSDIENST: 'Bereikbaarheidsdienst (24/7 on call).',
    VOORLICHTING: 'Voorlichting.',
    ZSM: 'ZSM tables.',
    OVERLEG: 'Afstemmings- and casusoverleg.',
    SCHOLING: 'Indirect: scholing.',
    MANAGEMENT: 'Indirect: management.',
    ONDERSTEUNING:
      'Indirect: ondersteuning by support staff (facilitair, ICT, financiën). Advies en ondersteuning is ADVIES_EN_ONDERSTEUNING (direct).',
  },
);
export type Product = (typeof Product)[keyof typeof Product];

/** Products whose hours are indirect work; every other product is direct (also ADVIES_EN_ONDERSTEUNING). */
export const INDIRECTE_PRODUCTEN: readonly Product[] = ['SCHOLING', 'MANAGEMENT', 'ONDERSTEUNING'];

/**
 * Example norm set for the "norm" scenario: hours per unit per functie with inzet%. These are
 * illustrative starting values (the Kennemerland example and common practice), not a national
 * standard; a region replaces them with its own in a scenario.
 */
export const VOORBEELD_NORMTIJDEN: readonly { product: Product; functie: Functie; uren: number; inzetPercentage: number }[] = [
  { product: 'ADVIES', functie: 'MW', uren: 1, inzetPercentage: 100 },
  { product: 'MELDING_AANNEMEN', functie: 'SC', uren: 0.5, inzetPercentage: 100 },
  { product: 'VEILIGHEIDSBEOORDELING', functie: 'MW', uren: 5, inzetPercentage: 100 },
  { product: 'VEILIGHEIDSBEOORDELING', functie: 'GD', uren: 1, inzetPercentage: 30 },
  { product: 'ONDERZOEK', functie: 'MW', uren: 20, inzetPercentage: 100 },
  { product: 'ONDERZOEK', functie: 'GD', uren: 4, inzetPercentage: 50 },
  { product: 'ONDERZOEK', functie: 'VA', uren: 3, inzetPercentage: 20 },
  { product: 'VOORWAARDEN_EN_VERVOLG', functie: 'MW', uren: 10, inzetPercentage: 100 },
  { product: 'VOORWAARDEN_EN_VERVOLG', functie: 'GD', uren: 2, inzetPercentage: 30 },
  { product: 'OVERDRACHT', functie: 'MW', uren: 3, inzetPercentage: 100 },
  { product: 'MONITORING', functie: 'MW', uren: 1.5, inzetPercentage: 100 },
  { product: 'HUISVERBOD', functie: 'MW', uren: 26, inzetPercentage: 100 },
  { product: 'CRISIS', functie: 'MW', uren: 6, inzetPercentage: 100 },
];

export const VOORBEELD_PRODUCTIEVE_UREN = 1300;
