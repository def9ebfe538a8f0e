import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';
import type { MeldingFase } from '../classificaties/index.js';

// Changes the process after intake (libs/vervolg) makes to a melding: the melding table is casus's,
// so others change it through these functions, in their own transaction (m). Every change bumps the
// version, so a change based on an older read is refused (optimistic locking).

/**
 * Locks the melding for the rest of the caller's transaction and returns its version after the lock
 * (null when it does not exist), so two changes cannot both pass a version check.
 */
export async function vergrendelMelding(m: EntityManager, id: string): Promise<number | null> {
  // Under READ COMMITTED a locking read returns the row as the transaction that held the lock left it.
  const row = await kysely(m).selectFrom('melding').select('version').where('id', '=', id).forUpdate().executeTakeFirst();
  return row?.version ?? null;
}

/** Moves a melding to another phase; which moves are allowed is the process's rule (vervolg's FASE_OVERGANGEN). */
export async function zetMeldingFase(m: EntityManager, id: string, fase: MeldingFase): Promise<void> {
  await kysely(m)
    .updateTable('melding')
    .set((eb) => ({ fase, updated_at: sql`now()`, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Assigns a melding to a team and/or medewerker (null clears either). */
export async function wijsMeldingToe(
  m: EntityManager,
  id: string,
  toewijzing: { team: string | null; medewerker: string | null },
): Promise<void> {
  await kysely(m)
    .updateTable('melding')
    .set((eb) => ({ team: toewijzing.team, toegewezen_aan: toewijzing.medewerker, updated_at: sql`now()`, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Records that something belonging to the melding changed (e.g. an overdracht was registered) without changing its own fields. */
export async function markeerMeldingGewijzigd(m: EntityManager, id: string): Promise<void> {
  await kysely(m)
    .updateTable('melding')
    .set((eb) => ({ updated_at: sql`now()`, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/**
 * Records the screening on the melding: it leaves the screening list, and an acute one is marked
 * (it leads every werkvoorraad) and gets the crisis team when the region names one.
 */
export async function markeerGescreend(m: EntityManager, id: string, acuut: { team: string | null } | null): Promise<void> {
  await kysely(m)
    .updateTable('melding')
    .set((eb) => ({
      uiterlijke_screeningsdatum: null,
      ...(acuut ? { acuut: true, ...(acuut.team ? { team: acuut.team } : {}) } : {}),
      updated_at: sql`now()`,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}
