import type { Database, Selectable } from '@vt/database';
import type { Taak } from './taken.types.js';

/** The columns a task is read with (alias t). */
export const TAAK_COLUMNS = [
  't.id',
  't.soort',
  't.object_id',
  't.melding_id',
  't.casus_id',
  't.team',
  't.toegewezen_aan',
  't.uiterlijke_datum',
  't.signaal',
  't.werkdagen_resterend',
] as const;

export type TaakRow = Pick<
  Selectable<Database['taak']>,
  | 'id'
  | 'soort'
  | 'object_id'
  | 'melding_id'
  | 'casus_id'
  | 'team'
  | 'toegewezen_aan'
  | 'uiterlijke_datum'
  | 'signaal'
  | 'werkdagen_resterend'
>;

export function toTaak(row: TaakRow): Taak {
  return {
    id: row.id,
    soort: row.soort,
    objectId: row.object_id,
    meldingId: row.melding_id,
    casusId: row.casus_id,
    team: row.team,
    toegewezenAan: row.toegewezen_aan,
    uiterlijkeDatum: row.uiterlijke_datum,
    signaal: row.signaal,
    werkdagenResterend: row.werkdagen_resterend,
  };
}
