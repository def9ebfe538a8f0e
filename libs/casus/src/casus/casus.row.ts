import type { Database, Selectable } from '@vt/database';
import type { Casus } from './casus.types.js';

/** The columns a casus is read with (alias c). */
export const CASUS_COLUMNS = [
  'c.id',
  'c.nummer',
  'c.status',
  'c.created_at',
  'c.version',
  'c.samengevoegd_in',
  'c.vernietigd_op',
  'c.bewaarplicht_reden',
  'c.bewaarplicht_sinds',
] as const;

export type CasusRow = Pick<
  Selectable<Database['casus']>,
  'id' | 'nummer' | 'status' | 'created_at' | 'version' | 'samengevoegd_in' | 'vernietigd_op' | 'bewaarplicht_reden' | 'bewaarplicht_sinds'
>;

export function toCasus(row: CasusRow): Casus {
  return {
    id: row.id,
    nummer: row.nummer,
    status: row.status,
    aangemaaktOp: row.created_at,
    versie: row.version,
    samengevoegdInId: row.samengevoegd_in,
    vernietigdOp: row.vernietigd_op,
    bewaarplichtReden: row.bewaarplicht_reden,
    bewaarplichtSinds: row.bewaarplicht_sinds,
  };
}
