import { sql, type ColumnName, type Database, type Selectable } from '@vt/database';
import type { Journaalregel } from './journaal.types.js';

/** The columns a journal entry is read with (alias j), with the id of the version that replaced it, if any. */
export const JOURNAALREGEL_COLUMNS = [
  'j.id',
  'j.casus_id',
  'j.melding_id',
  'j.soort',
  'j.contact_op',
  'j.tekst',
  'j.bron',
  'j.grondslag',
  'j.auteur',
  'j.auteur_naam',
  'j.vervangt_id',
  'j.reden',
  'j.created_at',
  sql<string | null>`(SELECT n.id FROM journaalregel n WHERE n.vervangt_id = j.id)`.as('vervangen_door_id'),
] as const;

export type JournaalregelRow = Pick<
  Selectable<Database['journaalregel']>,
  ColumnName<Extract<(typeof JOURNAALREGEL_COLUMNS)[number], string>>
> & { vervangen_door_id: string | null };

/** Maps a stored version of a journal entry. */
export function toJournaalregel(row: JournaalregelRow): Journaalregel {
  return {
    id: row.id,
    casusId: row.casus_id,
    meldingId: row.melding_id,
    soort: row.soort,
    contactOp: row.contact_op,
    tekst: row.tekst,
    bron: row.bron,
    grondslag: row.grondslag,
    auteurId: row.auteur,
    auteurNaam: row.auteur_naam,
    geregistreerdOp: row.created_at,
    vervangtId: row.vervangt_id,
    reden: row.reden,
    vervangenDoorId: row.vervangen_door_id,
    gecorrigeerd: row.vervangt_id !== null,
  };
}
