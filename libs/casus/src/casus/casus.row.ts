import type { Casus, CasusStatus } from './casus.types.js';

export const CASUS_COLUMNS = `c.id, c.nummer, c.status, c.created_at, c.version`;

export interface CasusRow {
  id: string;
  nummer: string;
  status: CasusStatus;
  created_at: Date;
  version: number;
}

export function toCasus(row: CasusRow): Casus {
  return { id: row.id, nummer: row.nummer, status: row.status, aangemaaktOp: row.created_at, versie: row.version };
}
