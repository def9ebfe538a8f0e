import { sql, type Database, type Selectable } from '@vt/database';
import { dagenTussen, plusDagen, type Datum } from '@vt/werkdagen';
import type { Interventie, UitkomstPerAard } from './interventie.types.js';

export const TIEN_WEKEN = 70;

/** The columns an intervention is read with (alias i), with the melding date its second clock counts from. */
export const INTERVENTIE_COLUMNS = [
  'i.id',
  'i.melding_id',
  'i.casus_id',
  'i.soort',
  'i.status',
  'i.besloten_op',
  'i.uiterlijke_startdatum',
  'i.gestart_op',
  'i.uiterlijke_einddatum',
  'i.veiligheidsplan',
  'i.herstelplan',
  'i.afgesloten_op',
  'i.uitkomsten',
  'i.voortijdig_reden',
  'i.version',
  sql<Selectable<Database['melding']>['ontvangstdatum']>`(SELECT ontvangstdatum FROM melding WHERE id = i.melding_id)`.as('ontvangstdatum'),
] as const;

export type InterventieRow = Pick<
  Selectable<Database['interventie']>,
  | 'id'
  | 'melding_id'
  | 'casus_id'
  | 'soort'
  | 'status'
  | 'besloten_op'
  | 'uiterlijke_startdatum'
  | 'gestart_op'
  | 'uiterlijke_einddatum'
  | 'veiligheidsplan'
  | 'herstelplan'
  | 'afgesloten_op'
  | 'uitkomsten'
  | 'voortijdig_reden'
  | 'version'
> & { ontvangstdatum: Selectable<Database['melding']>['ontvangstdatum'] };

/** Maps an intervention with both clocks, measured to its closing date or to today. */
export function toInterventie(row: InterventieRow, vandaag: Datum): Interventie {
  const einde = row.afgesloten_op ?? vandaag;
  const gesloten = row.afgesloten_op !== null;
  return {
    id: row.id,
    meldingId: row.melding_id,
    casusId: row.casus_id,
    soort: row.soort,
    status: row.status,
    beslotenOp: row.besloten_op,
    uiterlijkeStartdatum: row.uiterlijke_startdatum,
    gestartOp: row.gestart_op,
    uiterlijkeEinddatum: row.uiterlijke_einddatum,
    veiligheidsplan: row.veiligheidsplan,
    herstelplan: row.herstelplan,
    afgeslotenOp: row.afgesloten_op,
    // jsonb written by sluitAf: one outcome per aard geweld.
    uitkomsten: (row.uitkomsten as UitkomstPerAard[] | null) ?? [],
    voortijdigReden: row.voortijdig_reden,
    termijn: {
      tijdigGestart: row.gestart_op ? row.gestart_op <= row.uiterlijke_startdatum : vandaag > row.uiterlijke_startdatum ? false : null,
      dagenSindsStart: row.gestart_op ? dagenTussen(row.gestart_op, einde) : null,
      dagenSindsMelding: dagenTussen(row.ontvangstdatum, einde),
      binnenTienWekenVanafStart: gesloten && row.gestart_op ? row.afgesloten_op! <= plusDagen(row.gestart_op, TIEN_WEKEN) : null,
      binnenTienWekenVanafMelding: gesloten ? row.afgesloten_op! <= plusDagen(row.ontvangstdatum, TIEN_WEKEN) : null,
    },
    versie: row.version,
  };
}
