import type { AppAbility } from '@vt/auth';
import type { ColumnName, Database, Selectable } from '@vt/database';
import type { Persoon } from './persoon.types.js';

/** The columns a person is read with (alias p). */
export const PERSOON_COLUMNS = ['p.id', 'p.naam', 'p.geboortedatum', 'p.bsn'] as const;

export type PersoonRow = Pick<Selectable<Database['persoon']>, ColumnName<(typeof PERSOON_COLUMNS)[number]>>;

/** Hides the BSN from roles that may not see it. */
export function toPersoon(row: PersoonRow, ability: AppAbility): Persoon {
  return { id: row.id, naam: row.naam, geboortedatum: row.geboortedatum, bsn: ability.can('read', 'Bsn') ? row.bsn : null };
}
