import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';

/** Closes the casus when none of its meldingen is still in progress, in the caller's transaction. */
export async function sluitCasusAlsKlaar(m: EntityManager, casusId: string): Promise<void> {
  await kysely(m)
    .updateTable('casus')
    .set((eb) => ({ status: 'GESLOTEN', gesloten_op: sql`now()`, updated_at: sql`now()`, version: eb('version', '+', 1) }))
    .where('id', '=', casusId)
    .where('status', '=', 'OPEN')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('melding').select('melding.id').where('melding.casus_id', '=', casusId).where('melding.fase', '<>', 'AFGESLOTEN'),
        ),
      ),
    )
    .execute();
}
