import type { Database, Selectable } from '@vt/database';
import type { Veiligheidsvoorwaarde } from './voorwaarden.types.js';

/** The columns a veiligheidsvoorwaarde is read with (alias v). */
export const VOORWAARDE_COLUMNS = [
  'v.id',
  'v.interventie_id',
  'v.omschrijving',
  'v.verantwoordelijke',
  'v.uiterlijk',
  'v.status',
  'v.gecontroleerd_op',
  'v.monitoring_contact_id',
  'v.toelichting',
  'v.created_at',
  'v.version',
] as const;

export type VoorwaardeRow = Pick<
  Selectable<Database['veiligheidsvoorwaarde']>,
  | 'id'
  | 'interventie_id'
  | 'omschrijving'
  | 'verantwoordelijke'
  | 'uiterlijk'
  | 'status'
  | 'gecontroleerd_op'
  | 'monitoring_contact_id'
  | 'toelichting'
  | 'created_at'
  | 'version'
>;

export function toVoorwaarde(row: VoorwaardeRow): Veiligheidsvoorwaarde {
  return {
    id: row.id,
    interventieId: row.interventie_id,
    omschrijving: row.omschrijving,
    verantwoordelijke: row.verantwoordelijke,
    uiterlijk: row.uiterlijk,
    status: row.status,
    gecontroleerdOp: row.gecontroleerd_op,
    monitoringContactId: row.monitoring_contact_id,
    toelichting: row.toelichting,
    createdAt: row.created_at,
    versie: row.version,
  };
}
