import type { AppAbility } from '@vt/auth';
import type { ColumnName, Database, Selectable } from '@vt/database';
import type { Persoon } from './persoon.types.js';

/** The columns a person is read with (alias p). */
export const PERSOON_COLUMNS = [
  'p.id',
  'p.naam',
  'p.geboortedatum',
  'p.bsn',
  'p.geslacht',
  'p.woonplaats',
  'p.gemeente_code',
  'p.telefoon',
  'p.email',
  'p.version',
] as const;

export type PersoonRow = Pick<Selectable<Database['persoon']>, ColumnName<(typeof PERSOON_COLUMNS)[number]>>;

/** Hides the BSN and the contact details from roles that may not see them. */
export function toPersoon(row: PersoonRow, ability: AppAbility): Persoon {
  const contact = ability.can('read', 'Contactgegevens');
  return {
    id: row.id,
    naam: row.naam,
    geboortedatum: row.geboortedatum,
    bsn: ability.can('read', 'Bsn') ? row.bsn : null,
    geslacht: row.geslacht,
    woonplaats: row.woonplaats,
    gemeenteCode: row.gemeente_code,
    telefoon: contact ? row.telefoon : null,
    email: contact ? row.email : null,
    versie: row.version,
  };
}
