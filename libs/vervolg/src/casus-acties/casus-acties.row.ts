import type { Database, Selectable } from '@vt/database';
import type { Crisisinterventie, Terugkoppeling } from './casus-acties.types.js';

// Without a table alias: the same tuples serve selects and the RETURNING of inserts and updates.

/** The columns a terugkoppeling is read with. */
export const TERUGKOPPELING_COLUMNS = ['id', 'melding_id', 'moment', 'datum', 'samenvatting'] as const;
export type TerugkoppelingRow = Pick<Selectable<Database['terugkoppeling']>, (typeof TERUGKOPPELING_COLUMNS)[number]>;

export function toTerugkoppeling(row: TerugkoppelingRow): Terugkoppeling {
  return { id: row.id, meldingId: row.melding_id, moment: row.moment, datum: row.datum, samenvatting: row.samenvatting };
}

/** The columns a crisisinterventie is read with. */
export const CRISIS_COLUMNS = ['id', 'casus_id', 'datum', 'samenvatting'] as const;
export type CrisisRow = Pick<Selectable<Database['crisisinterventie']>, (typeof CRISIS_COLUMNS)[number]>;

export function toCrisisinterventie(row: CrisisRow): Crisisinterventie {
  return { id: row.id, casusId: row.casus_id, datum: row.datum, samenvatting: row.samenvatting };
}
