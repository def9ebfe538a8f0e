import type { Database, Selectable } from '@vt/database';
import { datumInNederland } from '@vt/werkdagen';
import type { Kennisgeving } from './kennisgeving.types.js';

/** The columns a notification is read with (alias k). */
export const KENNISGEVING_COLUMNS = [
  'k.id',
  'k.melding_id',
  'k.casus_id',
  'k.soort',
  'k.persoon_id',
  'k.overdracht_id',
  'k.verzoek_id',
  'k.ontvanger',
  'k.aanleiding',
  'k.ontstaan_op',
  'k.uiterlijke_datum',
  'k.status',
  'k.gedaan_op',
  'k.wijze',
  'k.toelichting',
  'k.reden',
  'k.afgehandeld_door_naam',
  'k.afgehandeld_op',
  'k.version',
  'k.created_at',
] as const;

export type KennisgevingRow = Pick<
  Selectable<Database['kennisgeving']>,
  | 'id'
  | 'melding_id'
  | 'casus_id'
  | 'soort'
  | 'persoon_id'
  | 'overdracht_id'
  | 'verzoek_id'
  | 'ontvanger'
  | 'aanleiding'
  | 'ontstaan_op'
  | 'uiterlijke_datum'
  | 'status'
  | 'gedaan_op'
  | 'wijze'
  | 'toelichting'
  | 'reden'
  | 'afgehandeld_door_naam'
  | 'afgehandeld_op'
  | 'version'
  | 'created_at'
>;

export function toKennisgeving(row: KennisgevingRow, vandaag = datumInNederland(new Date())): Kennisgeving {
  const afgehandeld = row.status === 'GEDAAN' ? row.gedaan_op : row.afgehandeld_op ? datumInNederland(row.afgehandeld_op) : null;
  return {
    id: row.id,
    meldingId: row.melding_id,
    soort: row.soort,
    persoonId: row.persoon_id,
    overdrachtId: row.overdracht_id,
    verzoekId: row.verzoek_id,
    ontvanger: row.ontvanger,
    aanleiding: row.aanleiding,
    ontstaanOp: row.ontstaan_op,
    uiterlijkeDatum: row.uiterlijke_datum,
    status: row.status,
    gedaanOp: row.gedaan_op,
    wijze: row.wijze,
    toelichting: row.toelichting,
    reden: row.reden,
    afgehandeldDoor: row.afgehandeld_door_naam,
    binnenTermijn: afgehandeld ? afgehandeld <= row.uiterlijke_datum : vandaag > row.uiterlijke_datum ? false : null,
    versie: row.version,
  };
}
