import { defineEnum } from '@vt/platform';

/** CBS Beleidsinformatie Veilig Thuis: organisation of the melder or adviesvrager. */
export const OrganisatieCategorie = defineEnum(
  {
    NIET_BEROEPSMATIG: 'NIET_BEROEPSMATIG',
    GEZONDHEIDSZORG: 'GEZONDHEIDSZORG',
    GEESTELIJKE_GEZONDHEIDSZORG: 'GEESTELIJKE_GEZONDHEIDSZORG',
    KINDEROPVANG: 'KINDEROPVANG',
    ONDERWIJS: 'ONDERWIJS',
    BUREAU_LEERPLICHT: 'BUREAU_LEERPLICHT',
    JEUGDZORG: 'JEUGDZORG',
    POLITIE: 'POLITIE',
    OPENBAAR_MINISTERIE: 'OPENBAAR_MINISTERIE',
    RECLASSERING: 'RECLASSERING',
    JUSTITIE_EN_VEILIGHEID_ANDERS: 'JUSTITIE_EN_VEILIGHEID_ANDERS',
    VEILIG_THUIS_ANDERE_REGIO: 'VEILIG_THUIS_ANDERE_REGIO',
    ANDERE_ORGANISATIE: 'ANDERE_ORGANISATIE',
    NIET_VAN_TOEPASSING: 'NIET_VAN_TOEPASSING',
    ONBEKEND: 'ONBEKEND',
  } as const,
  'OrganisatieCategorie',
  'Organisation of the melder or adviesvrager, as CBS classifies it (Beleidsinformatie Veilig Thuis).',
  {
    NIET_BEROEPSMATIG: 'Niet beroepsmatig: a private person (family, neighbour, the person concerned).',
    GEZONDHEIDSZORG: 'Beroepsmatig: gezondheidszorg.',
    GEESTELIJKE_GEZONDHEIDSZORG: 'Beroepsmatig: geestelijke gezondheidszorg.',
    KINDEROPVANG: 'Beroepsmatig: kinderopvang.',
    ONDERWIJS: 'Beroepsmatig: onderwijs.',
    BUREAU_LEERPLICHT: 'Beroepsmatig: bureau leerplicht.',
    JEUGDZORG: 'Beroepsmatig: jeugdzorg.',
    POLITIE: 'Beroepsmatig: justitie en veiligheid, politie.',
    OPENBAAR_MINISTERIE: 'Beroepsmatig: justitie en veiligheid, openbaar ministerie.',
    RECLASSERING: 'Beroepsmatig: justitie en veiligheid, reclassering.',
    JUSTITIE_EN_VEILIGHEID_ANDERS: 'Beroepsmatig: justitie en veiligheid, anders.',
    VEILIG_THUIS_ANDERE_REGIO: 'Beroepsmatig: Veilig Thuis of another region.',
    ANDERE_ORGANISATIE: 'Beroepsmatig: another organisation.',
    NIET_VAN_TOEPASSING: 'Niet van toepassing.',
    ONBEKEND: 'Onbekend.',
  },
);
export type OrganisatieCategorie = (typeof OrganisatieCategorie)[keyof typeof OrganisatieCategorie];

export const AardGeweld = defineEnum(
  {
    KINDERMISHANDELING: 'KINDERMISHANDELING',
    GEWELD_TEGEN_OUDERS: 'GEWELD_TEGEN_OUDERS',
    EX_PARTNERGEWELD: 'EX_PARTNERGEWELD',
    OUDERENMISHANDELING: 'OUDERENMISHANDELING',
    HUISELIJK_GEWELD_OVERIG: 'HUISELIJK_GEWELD_OVERIG',
    ANDERE_PROBLEMATIEK: 'ANDERE_PROBLEMATIEK',
    GEEN_KINDERMISHANDELING_HUISELIJK_GEWELD: 'GEEN_KINDERMISHANDELING_HUISELIJK_GEWELD',
    ONBEKEND: 'ONBEKEND',
  } as const,
  'AardGeweld',
  'Nature of the violence (CBS classification).',
  {
    KINDERMISHANDELING: 'Kindermishandeling.',
    GEWELD_TEGEN_OUDERS: 'Geweld tegen ouders.',
    EX_PARTNERGEWELD: '(Ex-)partnergeweld.',
    OUDERENMISHANDELING: 'Ouderenmishandeling (older than 65).',
    HUISELIJK_GEWELD_OVERIG: 'Huiselijk geweld overig.',
    ANDERE_PROBLEMATIEK: 'Andere problematiek.',
    GEEN_KINDERMISHANDELING_HUISELIJK_GEWELD: 'Geen kindermishandeling of huiselijk geweld.',
    ONBEKEND: 'Onbekend.',
  },
);
export type AardGeweld = (typeof AardGeweld)[keyof typeof AardGeweld];

export const AanvullendKenmerk = defineEnum(
  {
    MENSENHANDEL: 'MENSENHANDEL',
    EERGERELATEERD_GEWELD: 'EERGERELATEERD_GEWELD',
    HUWELIJKSDWANG: 'HUWELIJKSDWANG',
    EX_PARTNER_STALKING: 'EX_PARTNER_STALKING',
    VROUWELIJKE_GENITALE_VERMINKING: 'VROUWELIJKE_GENITALE_VERMINKING',
    ACHTERLATING: 'ACHTERLATING',
  } as const,
  'AanvullendKenmerk',
  'Aanvullende informatie about the violence (CBS flags).',
  {
    MENSENHANDEL: 'Mensenhandel.',
    EERGERELATEERD_GEWELD: 'Eergerelateerd geweld.',
    HUWELIJKSDWANG: 'Huwelijksdwang.',
    EX_PARTNER_STALKING: 'Ex-partner stalking.',
    VROUWELIJKE_GENITALE_VERMINKING: 'Vrouwelijke genitale verminking.',
    ACHTERLATING: 'Achterlating (abandonment abroad).',
  },
);
export type AanvullendKenmerk = (typeof AanvullendKenmerk)[keyof typeof AanvullendKenmerk];

export const DuurGeweld = defineEnum(
  {
    MAXIMAAL_EEN_WEEK: 'MAXIMAAL_EEN_WEEK',
    EEN_WEEK_TOT_EEN_MAAND: 'EEN_WEEK_TOT_EEN_MAAND',
    EEN_TOT_ZES_MAANDEN: 'EEN_TOT_ZES_MAANDEN',
    ZES_MAANDEN_TOT_EEN_JAAR: 'ZES_MAANDEN_TOT_EEN_JAAR',
    EEN_TOT_VIJF_JAAR: 'EEN_TOT_VIJF_JAAR',
    MEER_DAN_VIJF_JAAR: 'MEER_DAN_VIJF_JAAR',
    ONBEKEND: 'ONBEKEND',
  } as const,
  'DuurGeweld',
  'How long the violence has been going on (CBS classification).',
  {
    MAXIMAAL_EEN_WEEK: 'One week or less.',
    EEN_WEEK_TOT_EEN_MAAND: 'More than a week, less than a month.',
    EEN_TOT_ZES_MAANDEN: 'More than one, less than six months.',
    ZES_MAANDEN_TOT_EEN_JAAR: 'More than six months, less than a year.',
    EEN_TOT_VIJF_JAAR: 'More than a year, less than five years.',
    MEER_DAN_VIJF_JAAR: 'More than five years.',
    ONBEKEND: 'Unknown.',
  },
);
export type DuurGeweld = (typeof DuurGeweld)[keyof typeof DuurGeweld];

export const MeldingClassificatie = defineEnum(
  {
    EERSTE_MELDING: 'EERSTE_MELDING',
    HERMELDING: 'HERMELDING',
    VERVOLGMELDING_TIJDENS_BEOORDELING: 'VERVOLGMELDING_TIJDENS_BEOORDELING',
    VERVOLGMELDING_NA_BEOORDELING: 'VERVOLGMELDING_NA_BEOORDELING',
    VERVOLGMELDING_TIJDENS_MONITORING: 'VERVOLGMELDING_TIJDENS_MONITORING',
    NIET_INGEDEELD: 'NIET_INGEDEELD',
  } as const,
  'MeldingClassificatie',
  'Prior involvement of Veilig Thuis with the betrokkenen when the melding arrived (CBS 85361).',
  {
    EERSTE_MELDING: 'No betrokkene was known to this region.',
    HERMELDING: 'One or more betrokkenen were known, but Veilig Thuis was no longer involved.',
    VERVOLGMELDING_TIJDENS_BEOORDELING: 'Veilig Thuis was involved: an earlier melding was still being assessed.',
    VERVOLGMELDING_NA_BEOORDELING: 'Veilig Thuis was involved after the beoordeling: onderzoek, V&V or overdracht under way.',
    VERVOLGMELDING_TIJDENS_MONITORING: 'Veilig Thuis was involved: the casus was being monitored.',
    NIET_INGEDEELD: 'Cannot be classified: no identifiable betrokkene (e.g. a niet-unieke politiemelding).',
  },
);
export type MeldingClassificatie = (typeof MeldingClassificatie)[keyof typeof MeldingClassificatie];

export const BetrokkeneRol = defineEnum(
  { SLACHTOFFER: 'SLACHTOFFER', PLEGER: 'PLEGER', KIND: 'KIND', OUDER_VERZORGER: 'OUDER_VERZORGER', OVERIG: 'OVERIG' } as const,
  'BetrokkeneRol',
  'Role of a directbetrokkene in a melding.',
  {
    SLACHTOFFER: 'Victim.',
    PLEGER: 'Perpetrator (suspected).',
    KIND: 'Child in the household.',
    OUDER_VERZORGER: 'Parent or carer.',
    OVERIG: 'Other person involved.',
  },
);
export type BetrokkeneRol = (typeof BetrokkeneRol)[keyof typeof BetrokkeneRol];

export const Kanaal = defineEnum(
  { TELEFOON: 'TELEFOON', CHAT: 'CHAT', MAIL: 'MAIL', FYSIEK: 'FYSIEK' } as const,
  'Kanaal',
  'Channel through which a contact came in.',
  { TELEFOON: 'Telephone.', CHAT: 'Chat.', MAIL: 'E-mail.', FYSIEK: 'In person.' },
);
export type Kanaal = (typeof Kanaal)[keyof typeof Kanaal];

export const PolitieMelding = defineEnum(
  { UNIEK: 'UNIEK', NIET_UNIEK: 'NIET_UNIEK' } as const,
  'PolitieMelding',
  'For meldingen from the police: only unique ones get a full beoordeling.',
  {
    UNIEK: 'A unique police melding: assessed like any melding.',
    NIET_UNIEK: 'A niet-unieke politiemelding: processed administratively, no beoordeling.',
  },
);
export type PolitieMelding = (typeof PolitieMelding)[keyof typeof PolitieMelding];

/** Hoedanigheden of a niet-beroepsmatige melder or adviesvrager (the rest are beroepen, and ONBEKEND). */
const PARTICULIER = ['BETROKKENE_ZELF', 'FAMILIELID', 'BUURTBEWONER_OF_KENNIS', 'ANDERE_PARTICULIER'] as const;

export const Hoedanigheid = defineEnum(
  {
    BETROKKENE_ZELF: 'BETROKKENE_ZELF',
    FAMILIELID: 'FAMILIELID',
    BUURTBEWONER_OF_KENNIS: 'BUURTBEWONER_OF_KENNIS',
    ANDERE_PARTICULIER: 'ANDERE_PARTICULIER',
    HUISARTS: 'HUISARTS',
    MEDISCH_SPECIALIST: 'MEDISCH_SPECIALIST',
    JEUGDARTS_OF_JEUGDVERPLEEGKUNDIGE: 'JEUGDARTS_OF_JEUGDVERPLEEGKUNDIGE',
    VERPLEEGKUNDIGE_OF_VERZORGENDE: 'VERPLEEGKUNDIGE_OF_VERZORGENDE',
    GGZ_BEHANDELAAR: 'GGZ_BEHANDELAAR',
    LEERKRACHT_OF_INTERN_BEGELEIDER: 'LEERKRACHT_OF_INTERN_BEGELEIDER',
    PEDAGOGISCH_MEDEWERKER: 'PEDAGOGISCH_MEDEWERKER',
    LEERPLICHTAMBTENAAR: 'LEERPLICHTAMBTENAAR',
    JEUGD_OF_GEZINSHULPVERLENER: 'JEUGD_OF_GEZINSHULPVERLENER',
    MAATSCHAPPELIJK_WERKER: 'MAATSCHAPPELIJK_WERKER',
    POLITIEAMBTENAAR: 'POLITIEAMBTENAAR',
    JURIDISCH_PROFESSIONAL: 'JURIDISCH_PROFESSIONAL',
    ANDERE_BEROEPSKRACHT: 'ANDERE_BEROEPSKRACHT',
    ONBEKEND: 'ONBEKEND',
  } as const,
  'Hoedanigheid',
  "Hoedanigheid (rol or beroep) of the melder or adviesvrager, as CBS's tables by hoedanigheid count it: for a niet-beroepsmatige one their relation to the family, for a professional their beroep. Must fit the organisatie (a particulier value only with NIET_BEROEPSMATIG, a beroep only with a professional organisatie); ONBEKEND fits any.",
  {
    BETROKKENE_ZELF: 'Niet beroepsmatig: a directbetrokkene themself (slachtoffer, pleger or a member of the household).',
    FAMILIELID: 'Niet beroepsmatig: a relative outside the household.',
    BUURTBEWONER_OF_KENNIS: 'Niet beroepsmatig: a neighbour, friend or acquaintance.',
    ANDERE_PARTICULIER: 'Niet beroepsmatig: another private person.',
    HUISARTS: 'Beroep: huisarts.',
    MEDISCH_SPECIALIST: 'Beroep: medisch specialist (e.g. kinderarts, SEH-arts).',
    JEUGDARTS_OF_JEUGDVERPLEEGKUNDIGE: 'Beroep: jeugdarts or jeugdverpleegkundige.',
    VERPLEEGKUNDIGE_OF_VERZORGENDE: 'Beroep: verpleegkundige or verzorgende.',
    GGZ_BEHANDELAAR: 'Beroep: behandelaar in de GGZ (psychiater, psycholoog, ...).',
    LEERKRACHT_OF_INTERN_BEGELEIDER: 'Beroep: leerkracht, mentor or intern begeleider.',
    PEDAGOGISCH_MEDEWERKER: 'Beroep: pedagogisch medewerker (kinderopvang).',
    LEERPLICHTAMBTENAAR: 'Beroep: leerplichtambtenaar.',
    JEUGD_OF_GEZINSHULPVERLENER: 'Beroep: hulpverlener in jeugdzorg or gezinshulp (incl. wijkteam).',
    MAATSCHAPPELIJK_WERKER: 'Beroep: maatschappelijk werker.',
    POLITIEAMBTENAAR: 'Beroep: politieambtenaar.',
    JURIDISCH_PROFESSIONAL: 'Beroep: officier van justitie, reclasseringswerker, advocaat or another juridisch professional.',
    ANDERE_BEROEPSKRACHT: 'Beroep: another professional.',
    ONBEKEND: 'Unknown.',
  },
);
export type Hoedanigheid = (typeof Hoedanigheid)[keyof typeof Hoedanigheid];

/** Whether a hoedanigheid fits the organisatie category: particulier with NIET_BEROEPSMATIG, a beroep with a professional one; ONBEKEND with any. */
export function hoedanigheidPastBij(hoedanigheid: Hoedanigheid, organisatie: OrganisatieCategorie): boolean {
  if (hoedanigheid === 'ONBEKEND') return true;
  const particulier = (PARTICULIER as readonly string[]).includes(hoedanigheid);
  if (organisatie === 'NIET_BEROEPSMATIG') return particulier;
  if (organisatie === 'NIET_VAN_TOEPASSING' || organisatie === 'ONBEKEND') return true;
  return !particulier;
}
