import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
import { validatie } from '@vt/platform';

/** A gemeente code must exist in the CBS reference list (referentie.gemeente). */
export async function vereisGemeente(m: EntityManager, field: string, code: string): Promise<void> {
  const gemeente = await kysely(m).selectFrom('referentie.gemeente').select('code').where('code', '=', code).executeTakeFirst();
  if (!gemeente) throw validatie(field, 'is not a known CBS gemeente code');
}
