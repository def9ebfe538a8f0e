import { Rng } from './rng.js';

/** National yearly volumes (CBS 2023) the generator scales by inhabitants. */
export const LANDELIJK_PER_JAAR = { meldingen: 127_340, adviezen: 143_210, inwoners: 17_590_672 };

export const MELDER_MIX = {
  POLITIE: 67.2,
  GEZONDHEIDSZORG: 8.2,
  ONDERWIJS: 4.2,
  JEUGDZORG: 2.1,
  GEESTELIJKE_GEZONDHEIDSZORG: 1.7,
  KINDEROPVANG: 0.5,
  NIET_BEROEPSMATIG: 8.0,
  ANDERE_ORGANISATIE: 8.1,
} as const;
export const ADVIESVRAGER_MIX = {
  NIET_BEROEPSMATIG: 44.1,
  ONDERWIJS: 8.8,
  GEZONDHEIDSZORG: 8.4,
  JEUGDZORG: 7.4,
  ANDERE_ORGANISATIE: 31.3,
} as const;
export const AARD_MIX = {
  KINDERMISHANDELING: 50,
  EX_PARTNERGEWELD: 38,
  OUDERENMISHANDELING: 2,
  HUISELIJK_GEWELD_OVERIG: 6,
  GEWELD_TEGEN_OUDERS: 4,
} as const;
export const DUUR_MIX = {
  MAXIMAAL_EEN_WEEK: 20,
  EEN_WEEK_TOT_EEN_MAAND: 15,
  EEN_TOT_ZES_MAANDEN: 20,
  ZES_MAANDEN_TOT_EEN_JAAR: 10,
  EEN_TOT_VIJF_JAAR: 15,
  MEER_DAN_VIJF_JAAR: 5,
  ONBEKEND: 15,
} as const;
export const PARTNER_MIX = {
  LOKAAL_TEAM: 55,
  JEUGDBESCHERMING: 8,
  RAAD_VOOR_DE_KINDERBESCHERMING: 6,
  GGZ: 10,
  VROUWENOPVANG: 6,
  RECLASSERING: 5,
  HUISARTS: 4,
  POLITIE: 3,
  ANDERS: 3,
} as const;
export const LOONKOSTEN = {
  MW: 72_000,
  SC: 55_000,
  GD: 95_000,
  VA: 130_000,
  TEAMLEIDER: 90_000,
  MANAGEMENT: 120_000,
  STAF: 80_000,
  ONDERSTEUNING: 60_000,
} as const;

/** How one region works: the variation between regions the benchmark should show. */
export interface RegioProfiel {
  volumeFactor: number;
  /** Share of confirmed besluiten kept by Veilig Thuis (onderzoek or V&V): 25% to 70%. */
  behoudenDoorVt: number;
  /** Share of onderzoek among the kept cases. */
  onderzoekAandeel: number;
  /** Share of beoordelingen confirmed after the 5-werkdagen term. */
  laatAandeel: number;
  /** Mean days an overdracht waits for a partner's date (waiting lists). */
  wachtGemiddeld: number;
  ftePer1000Meldingen: number;
  niet_unieke_politie: number;
}

export function profielVoor(rng: Rng): RegioProfiel {
  return {
    volumeFactor: rng.between(0.85, 1.15),
    behoudenDoorVt: rng.between(0.25, 0.7),
    onderzoekAandeel: rng.between(0.3, 0.6),
    laatAandeel: rng.chance(0.3) ? rng.between(0.15, 0.35) : rng.between(0.02, 0.1),
    wachtGemiddeld: rng.chance(0.35) ? rng.between(15, 40) : rng.between(1, 6),
    ftePer1000Meldingen: rng.between(9, 14),
    niet_unieke_politie: rng.between(0.45, 0.6),
  };
}
