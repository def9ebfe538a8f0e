import { sql, type Database, type Selectable } from '@vt/database';
import type { Veiligheidsbeoordeling } from './beoordeling.types.js';

/** The columns a beoordeling is read with (alias b), with what binnenTermijn needs. */
export const BEOORDELING_COLUMNS = [
  'b.id',
  'b.melding_id',
  'b.acute_onveiligheid',
  'b.structurele_onveiligheid',
  'b.taxatie_toelichting',
  'b.besluit',
  'b.besluit_toelichting',
  'b.besloten_door',
  'b.besloten_op',
  'b.md_door',
  'b.md_rol',
  'b.md_op',
  'b.md_advies',
  'b.getoetst_door',
  'b.getoetst_op',
  'b.toetsing_toelichting',
  'b.status',
  'b.uiterlijke_terugkoppeldatum',
  'b.uiterlijke_vervolgdatum',
  'b.version',
  sql<
    Selectable<Database['melding']>['uiterlijke_beoordelingsdatum']
  >`(SELECT uiterlijke_beoordelingsdatum FROM melding WHERE id = b.melding_id)`.as('uiterlijke_beoordelingsdatum'),
  // The day of the toetsing as the region counts it (Dutch time), compared with the deadline.
  sql<string | null>`(b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date`.as('getoetst_datum'),
] as const;

export type BeoordelingRow = Pick<
  Selectable<Database['veiligheidsbeoordeling']>,
  | 'id'
  | 'melding_id'
  | 'acute_onveiligheid'
  | 'structurele_onveiligheid'
  | 'taxatie_toelichting'
  | 'besluit'
  | 'besluit_toelichting'
  | 'besloten_door'
  | 'besloten_op'
  | 'md_door'
  | 'md_rol'
  | 'md_op'
  | 'md_advies'
  | 'getoetst_door'
  | 'getoetst_op'
  | 'toetsing_toelichting'
  | 'status'
  | 'uiterlijke_terugkoppeldatum'
  | 'uiterlijke_vervolgdatum'
  | 'version'
> & {
  uiterlijke_beoordelingsdatum: Selectable<Database['melding']>['uiterlijke_beoordelingsdatum'];
  getoetst_datum: string | null;
};

export function toBeoordeling(row: BeoordelingRow): Veiligheidsbeoordeling {
  return {
    id: row.id,
    meldingId: row.melding_id,
    taxatie: {
      acuteOnveiligheid: row.acute_onveiligheid,
      structureleOnveiligheid: row.structurele_onveiligheid,
      toelichting: row.taxatie_toelichting,
    },
    besluit: row.besluit,
    besluitToelichting: row.besluit_toelichting,
    beslotenDoor: row.besloten_door,
    beslotenOp: row.besloten_op,
    multidisciplinair: row.md_door ? { door: row.md_door, rol: row.md_rol!, op: row.md_op!, advies: row.md_advies! } : null,
    getoetstDoor: row.getoetst_door,
    getoetstOp: row.getoetst_op,
    toetsingToelichting: row.toetsing_toelichting,
    status: row.status,
    binnenTermijn: row.status === 'VASTGESTELD' && row.getoetst_datum ? row.getoetst_datum <= row.uiterlijke_beoordelingsdatum : null,
    uiterlijkeTerugkoppeldatum: row.uiterlijke_terugkoppeldatum,
    uiterlijkeVervolgdatum: row.uiterlijke_vervolgdatum,
    versie: row.version,
  };
}
