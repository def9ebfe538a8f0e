import type { Database, Selectable } from '@vt/database';
import type { MonitoringContact } from './monitoring.types.js';

/** The columns a monitoring contact is read with (alias mc). */
export const MONITORING_COLUMNS = [
  'mc.id',
  'mc.casus_id',
  'mc.overdracht_id',
  'mc.interventie_id',
  'mc.moment',
  'mc.gepland_op',
  'mc.uitgevoerd_op',
  'mc.score_gezin',
  'mc.score_professional',
  'mc.toelichting',
  'mc.status',
  'mc.nieuwe_interventie_id',
  'mc.version',
] as const;

export type MonitoringRow = Pick<
  Selectable<Database['monitoring_contact']>,
  | 'id'
  | 'casus_id'
  | 'overdracht_id'
  | 'interventie_id'
  | 'moment'
  | 'gepland_op'
  | 'uitgevoerd_op'
  | 'score_gezin'
  | 'score_professional'
  | 'toelichting'
  | 'status'
  | 'nieuwe_interventie_id'
  | 'version'
>;

export function toMonitoring(row: MonitoringRow): MonitoringContact {
  return {
    id: row.id,
    overdrachtId: row.overdracht_id,
    interventieId: row.interventie_id,
    moment: row.moment,
    geplandOp: row.gepland_op,
    uitgevoerdOp: row.uitgevoerd_op,
    scoreGezin: row.score_gezin,
    scoreProfessional: row.score_professional,
    toelichting: row.toelichting,
    status: row.status,
    nieuweInterventieId: row.nieuwe_interventie_id,
    versie: row.version,
  };
}
