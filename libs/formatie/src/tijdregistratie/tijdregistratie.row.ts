import { sql, type Database, type Selectable, type SqlBool } from '@vt/database';
import type { Product } from '../catalogus.js';
import type { Tijdregistratie } from './tijdregistratie.types.js';

/** The columns a time registration is read with (unqualified: also the RETURNING list of an insert). */
export const TIJDREGISTRATIE_COLUMNS = [
  'id',
  'medewerker_id',
  'datum',
  'functie',
  'product',
  'uren',
  'casus_id',
  'interventie_id',
  'omschrijving',
  'vervangt_id',
  'reden',
  'bron',
  'created_at',
] as const;

export type TijdregistratieRow = Pick<Selectable<Database['tijdregistratie']>, (typeof TIJDREGISTRATIE_COLUMNS)[number]>;

export function toTijdregistratie(row: TijdregistratieRow): Tijdregistratie {
  return {
    id: row.id,
    medewerkerId: row.medewerker_id,
    datum: row.datum,
    functie: row.functie,
    // The column has no CHECK: the catalogue is enforced on input (GraphQL enum, import validation).
    product: row.product as Product,
    uren: Number(row.uren),
    casusId: row.casus_id,
    interventieId: row.interventie_id,
    omschrijving: row.omschrijving,
    vervangtId: row.vervangt_id,
    reden: row.reden,
    bron: row.bron,
    geregistreerdOp: row.created_at,
  };
}

/** Current registrations (alias t): not replaced by a correction. */
export const HUIDIG = sql<SqlBool>`NOT EXISTS (SELECT 1 FROM tijdregistratie c WHERE c.vervangt_id = t.id)`;
