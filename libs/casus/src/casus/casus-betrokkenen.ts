import type { EntityManager } from 'typeorm';
import { sql, kysely } from '@vt/database';

/**
 * Brings the betrokkenen of a casus in line with its meldingen, in the caller's transaction: a
 * person with a running involvement in one of its meldingen is a betrokkene (again); one without
 * any keeps the row with an end date and the reason (never deleted).
 */
export async function werkCasusBetrokkenenBij(m: EntityManager, casusId: string, reden: string): Promise<void> {
  const db = kysely(m);
  await sql`INSERT INTO casus_betrokkene (casus_id, persoon_id)
      SELECT DISTINCT ${casusId}::uuid, mb.persoon_id FROM melding_betrokkene mb JOIN melding md ON md.id = mb.melding_id
      WHERE md.casus_id = ${casusId} AND mb.beeindigd_op IS NULL
    ON CONFLICT (casus_id, persoon_id) DO UPDATE SET beeindigd_op = NULL, beeindigd_reden = NULL
      WHERE casus_betrokkene.beeindigd_op IS NOT NULL`.execute(db);
  await sql`UPDATE casus_betrokkene cb SET beeindigd_op = now(), beeindigd_reden = ${reden.slice(0, 2000)}
    WHERE cb.casus_id = ${casusId} AND cb.beeindigd_op IS NULL AND NOT EXISTS (
      SELECT 1 FROM melding_betrokkene mb JOIN melding md ON md.id = mb.melding_id
      WHERE md.casus_id = cb.casus_id AND mb.persoon_id = cb.persoon_id AND mb.beeindigd_op IS NULL)`.execute(db);
}
