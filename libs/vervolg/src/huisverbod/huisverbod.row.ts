import type { Database, Selectable } from '@vt/database';
import { plusDagen, type Datum } from '@vt/werkdagen';
import type { HuisverbodStatus } from '../vervolg.enums.js';
import type { Huisverbod } from './huisverbod.types.js';

/** Days in force of a tijdelijk huisverbod (Wet tijdelijk huisverbod art. 2). */
export const HUISVERBOD_DAGEN = 10;
/** Most days in force in total after the one extension (art. 9). */
export const HUISVERBOD_MAX_DAGEN = 28;

// Without a table alias: the same tuple serves selects and the RETURNING of inserts and updates.
/** The columns a huisverbod is read with. */
export const HUISVERBOD_COLUMNS = [
  'id',
  'casus_id',
  'opgelegd_op',
  'einddatum',
  'status',
  'version',
  'besluitdatum',
  'gemeente_code',
  'kenmerk_gemeente',
  'verlengd',
  'verlenging_besluitdatum',
  'beeindigd_op',
  'einde_reden',
  'casusregie_medewerker',
  'casusregie_gestart_op',
  'casusregie_beeindigd_op',
  'casusregie_resultaat',
] as const;
export type HuisverbodRow = Pick<Selectable<Database['huisverbod']>, (typeof HUISVERBOD_COLUMNS)[number]>;

/** The columns of a person named in a huisverbod. */
export const HUISVERBOD_BETROKKENE_COLUMNS = ['huisverbod_id', 'persoon_id', 'rol'] as const;
export type HuisverbodBetrokkeneRow = Pick<Selectable<Database['huisverbod_betrokkene']>, (typeof HUISVERBOD_BETROKKENE_COLUMNS)[number]>;

/** A huisverbod still in force by what is recorded (no end recorded). */
export function inWerking(row: Pick<HuisverbodRow, 'status'>): boolean {
  return row.status === 'LOPEND' || row.status === 'VERLENGD';
}

/**
 * The status as shown: derived at read time, so a huisverbod whose term has passed is AFGELOPEN
 * on the first day after its einddatum whatever ran or did not run that night; recording the end
 * stays a deliberate act of the team (beeindigHuisverbod).
 */
export function getoondeStatus(row: Pick<HuisverbodRow, 'status' | 'einddatum'>, vandaag: Datum): HuisverbodStatus {
  return inWerking(row) && row.einddatum < vandaag ? 'AFGELOPEN' : row.status;
}

export function toHuisverbod(row: HuisverbodRow, vandaag: Datum): Huisverbod {
  return {
    id: row.id,
    casusId: row.casus_id,
    opgelegdOp: row.opgelegd_op,
    einddatum: row.einddatum,
    oorspronkelijkeEinddatum: plusDagen(row.opgelegd_op, HUISVERBOD_DAGEN - 1),
    status: getoondeStatus(row, vandaag),
    besluitdatum: row.besluitdatum,
    gemeenteCode: row.gemeente_code,
    kenmerkGemeente: row.kenmerk_gemeente,
    verlengd: row.verlengd,
    verlengingBesluitdatum: row.verlenging_besluitdatum,
    eindeVastgelegd: row.beeindigd_op !== null,
    beeindigdOp: row.beeindigd_op,
    eindeReden: row.einde_reden,
    casusregie:
      row.casusregie_medewerker !== null && row.casusregie_gestart_op !== null
        ? {
            medewerker: row.casusregie_medewerker,
            gestartOp: row.casusregie_gestart_op,
            beeindigdOp: row.casusregie_beeindigd_op,
            resultaat: row.casusregie_resultaat,
          }
        : null,
    versie: row.version,
  };
}
