import type { Database, Selectable } from '@vt/database';
import { datumInNederland } from '@vt/werkdagen';
import type { Verzoek } from './verzoek.types.js';

/** The columns a request is read with (alias v). */
export const VERZOEK_COLUMNS = [
  'v.id',
  'v.persoon_id',
  'v.soort',
  'v.verzoeker_naam',
  'v.verzoeker_relatie',
  'v.omschrijving',
  'v.zienswijze',
  'v.ontvangen_op',
  'v.oorspronkelijke_termijn',
  'v.uiterlijke_datum',
  'v.verlengd_met_maanden',
  'v.verlenging_reden',
  'v.status',
  'v.beslissing',
  'v.gronden',
  'v.beslist_op',
  'v.verzonden_op',
  'v.wijziging_ids',
  'v.version',
] as const;

export type VerzoekRow = Pick<
  Selectable<Database['verzoek']>,
  | 'id'
  | 'persoon_id'
  | 'soort'
  | 'verzoeker_naam'
  | 'verzoeker_relatie'
  | 'omschrijving'
  | 'zienswijze'
  | 'ontvangen_op'
  | 'oorspronkelijke_termijn'
  | 'uiterlijke_datum'
  | 'verlengd_met_maanden'
  | 'verlenging_reden'
  | 'status'
  | 'beslissing'
  | 'gronden'
  | 'beslist_op'
  | 'verzonden_op'
  | 'wijziging_ids'
  | 'version'
>;

export function toVerzoek(row: VerzoekRow, vandaag = datumInNederland(new Date())): Verzoek {
  return {
    id: row.id,
    persoonId: row.persoon_id,
    soort: row.soort,
    verzoekerNaam: row.verzoeker_naam,
    verzoekerRelatie: row.verzoeker_relatie,
    omschrijving: row.omschrijving,
    zienswijze: row.zienswijze,
    ontvangenOp: row.ontvangen_op,
    oorspronkelijkeTermijn: row.oorspronkelijke_termijn,
    uiterlijkeDatum: row.uiterlijke_datum,
    verlengdMetMaanden: row.verlengd_met_maanden,
    verlengingReden: row.verlenging_reden,
    status: row.status,
    beslissing: row.beslissing,
    gronden: row.gronden,
    beslistOp: row.beslist_op,
    verzondenOp: row.verzonden_op,
    wijzigingIds: row.wijziging_ids,
    binnenTermijn: row.verzonden_op ? row.verzonden_op <= row.uiterlijke_datum : vandaag > row.uiterlijke_datum ? false : null,
    versie: row.version,
  };
}
