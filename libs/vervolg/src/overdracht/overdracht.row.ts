import type { Database, Selectable } from '@vt/database';
import type { PartnerType } from '../vervolg.enums.js';
import type { Overdracht } from './overdracht.types.js';

/** The columns an overdracht is read with (alias o). */
export const OVERDRACHT_COLUMNS = [
  'o.id',
  'o.melding_id',
  'o.casus_id',
  'o.partner_type',
  'o.partner_naam',
  'o.gemeente_code',
  'o.warm',
  'o.afgesproken_datum',
  'o.uitgevoerd_op',
  'o.status',
  'o.version',
  'o.created_at',
] as const;

export type OverdrachtRow = Pick<
  Selectable<Database['overdracht']>,
  | 'id'
  | 'melding_id'
  | 'casus_id'
  | 'partner_type'
  | 'partner_naam'
  | 'gemeente_code'
  | 'warm'
  | 'afgesproken_datum'
  | 'uitgevoerd_op'
  | 'status'
  | 'version'
  | 'created_at'
>;

export function toOverdracht(row: OverdrachtRow): Omit<Overdracht, 'monitoring'> {
  return {
    id: row.id,
    meldingId: row.melding_id,
    // Written only from the PartnerType enum (the column has no CHECK list, so its type is text).
    partnerType: row.partner_type as PartnerType,
    partnerNaam: row.partner_naam,
    gemeenteCode: row.gemeente_code,
    warm: row.warm,
    afgesprokenDatum: row.afgesproken_datum,
    uitgevoerdOp: row.uitgevoerd_op,
    status: row.status,
    versie: row.version,
  };
}
