import type { Database, Selectable } from '@vt/database';
import type { Klacht } from './klacht.types.js';

/** The columns a complaint is read with (alias k). */
export const KLACHT_COLUMNS = [
  'k.id',
  'k.ontvangen_op',
  'k.klager_naam',
  'k.klager_relatie',
  'k.onderwerp',
  'k.casus_id',
  'k.route',
  'k.status',
  'k.uitkomst',
  'k.toelichting',
  'k.afgesloten_op',
  'k.version',
] as const;

export type KlachtRow = Pick<
  Selectable<Database['klacht']>,
  | 'id'
  | 'ontvangen_op'
  | 'klager_naam'
  | 'klager_relatie'
  | 'onderwerp'
  | 'casus_id'
  | 'route'
  | 'status'
  | 'uitkomst'
  | 'toelichting'
  | 'afgesloten_op'
  | 'version'
>;

export function toKlacht(row: KlachtRow): Klacht {
  return {
    id: row.id,
    ontvangenOp: row.ontvangen_op,
    klagerNaam: row.klager_naam,
    klagerRelatie: row.klager_relatie,
    onderwerp: row.onderwerp,
    casusId: row.casus_id,
    route: row.route,
    status: row.status,
    uitkomst: row.uitkomst,
    toelichting: row.toelichting,
    afgeslotenOp: row.afgesloten_op,
    versie: row.version,
  };
}
