import type { Database, Selectable } from '@vt/database';
import type { Document } from './document.types.js';

/** The columns a document is read with. */
export const DOCUMENT_COLUMNS = [
  'id',
  'casus_id',
  'melding_id',
  'soort',
  'titel',
  'bestandsnaam',
  'content_type',
  'grootte',
  'sha256',
  'status',
  'geupload_door_naam',
  'created_at',
  'ingetrokken_op',
  'ingetrokken_reden',
  'version',
] as const;

export type DocumentRow = Pick<Selectable<Database['document']>, (typeof DOCUMENT_COLUMNS)[number]>;

export function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    casusId: row.casus_id,
    meldingId: row.melding_id,
    soort: row.soort,
    titel: row.titel,
    bestandsnaam: row.bestandsnaam,
    contentType: row.content_type,
    grootte: row.grootte === null ? null : Number(row.grootte),
    sha256: row.sha256,
    status: row.status,
    geuploadDoor: row.geupload_door_naam,
    geuploadOp: row.created_at,
    ingetrokkenOp: row.ingetrokken_op,
    ingetrokkenReden: row.ingetrokken_reden,
    downloadPad: row.status === 'BESCHIKBAAR' ? `/documenten/${row.id}/inhoud` : null,
    versie: row.version,
  };
}
