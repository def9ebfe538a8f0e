import type { AppAbility } from '@vt/auth';
import type { Persoon } from './persoon.types.js';

export interface PersoonRow {
  id: string;
  naam: string;
  geboortedatum: string | null;
  bsn: string | null;
}

export const PERSOON_COLUMNS = `p.id, p.naam, p.geboortedatum::text AS geboortedatum, p.bsn`;

/** Hides the BSN from roles that may not see it. */
export function toPersoon(row: PersoonRow, ability: AppAbility): Persoon {
  return { id: row.id, naam: row.naam, geboortedatum: row.geboortedatum, bsn: ability.can('read', 'Bsn') ? row.bsn : null };
}
