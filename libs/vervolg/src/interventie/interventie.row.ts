import { sql, type Database, type Selectable } from '@vt/database';
import { dagenTussen, plusDagen, type Datum } from '@vt/werkdagen';
import type { Interventie, UitkomstPerAard } from './interventie.types.js';

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
  'i.wettelijke_einddatum',
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
  | 'wettelijke_einddatum'
  | 'veiligheidsplan'
  | 'herstelplan'
  | 'afgesloten_op'
  | 'uitkomsten'
  | 'voortijdig_reden'
  | 'version'
> & { ontvangstdatum: Selectable<Database['melding']>['ontvangstdatum'] };

/**
 * Maps an intervention with its clocks, measured to its closing date or to today: the statutory one
 * from the besluit, and the region's performance clocks from the start and from the melding. Each
 * uses the term the region had set at the besluit (wettelijke_einddatum - besloten_op) or at the
 * start (uiterlijke_einddatum), so a later change of the setting does not rewrite closed figures.
 */
export function toInterventie(row: InterventieRow, vandaag: Datum): Interventie {
  const einde = row.afgesloten_op ?? vandaag;
  const gesloten = row.afgesloten_op !== null;
  const termijnDagen = dagenTussen(row.besloten_op, row.wettelijke_einddatum);
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
    wettelijkeEinddatum: row.wettelijke_einddatum,
    veiligheidsplan: row.veiligheidsplan,
    herstelplan: row.herstelplan,
    afgeslotenOp: row.afgesloten_op,
    // jsonb written by sluitAf: one outcome per aard geweld.
    uitkomsten: (row.uitkomsten as UitkomstPerAard[] | null) ?? [],
    voortijdigReden: row.voortijdig_reden,
    termijn: {
      tijdigGestart: row.gestart_op ? row.gestart_op <= row.uiterlijke_startdatum : vandaag > row.uiterlijke_startdatum ? false : null,
      dagenSindsBesluit: dagenTussen(row.besloten_op, einde),
      dagenSindsStart: row.gestart_op ? dagenTussen(row.gestart_op, einde) : null,
      dagenSindsMelding: dagenTussen(row.ontvangstdatum, einde),
      binnenTermijnVanafBesluit: gesloten
        ? row.afgesloten_op! <= row.wettelijke_einddatum
        : vandaag > row.wettelijke_einddatum
          ? false
          : null,
      binnenTienWekenVanafStart:
        gesloten && row.gestart_op ? row.afgesloten_op! <= (row.uiterlijke_einddatum ?? plusDagen(row.gestart_op, termijnDagen)) : null,
      binnenTienWekenVanafMelding: gesloten ? row.afgesloten_op! <= plusDagen(row.ontvangstdatum, termijnDagen) : null,
    },
    versie: row.version,
  };
}
