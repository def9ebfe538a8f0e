import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rows } from '@vt/database';

export interface BetrokkeneGegevens {
  naam: string;
  geboortedatum: string | null;
  bsn: string | null;
}

export interface GevondenPersoon {
  persoonId: string;
  bekend: boolean;
}

/**
 * Radarfunctie within the region: a betrokkene is the known person with the same BSN, or (without
 * a BSN match) with the same name (case-insensitive) and date of birth. Unknown ones are created.
 * Two queries for a whole melding, however many betrokkenen.
 */
export async function matchPersonen(m: EntityManager, betrokkenen: BetrokkeneGegevens[]): Promise<GevondenPersoon[]> {
  await vergrendelMatchSleutels(m, betrokkenen);
  const known = await rows<{ id: string; naam: string; geboortedatum: string | null; bsn: string | null }>(
    m,
    // Two index lookups (BSN; stored lowercase name + date of birth). lower() is applied to the input
    // in a fenced subquery: under row-level security a non-leakproof function in the join condition
    // would keep the planner from using the index.
    `SELECT p.id, p.naam, p.geboortedatum::text AS geboortedatum, p.bsn FROM persoon p WHERE p.bsn = ANY($1::text[])
     UNION
     SELECT p.id, p.naam, p.geboortedatum::text, p.bsn
       FROM (SELECT lower(n) AS sleutel, g FROM unnest($2::text[], $3::date[]) AS t(n, g) OFFSET 0) t
       JOIN persoon p ON p.naam_sleutel = t.sleutel AND p.geboortedatum = t.g`,
    [betrokkenen.map((b) => b.bsn).filter(Boolean), betrokkenen.map((b) => b.naam), betrokkenen.map((b) => b.geboortedatum)],
  );
  const result: (GevondenPersoon | null)[] = betrokkenen.map((b) => {
    const byBsn = b.bsn ? known.find((p) => p.bsn === b.bsn) : undefined;
    const byNaam = b.geboortedatum
      ? known.find(
          (p) =>
            p.naam.toLowerCase() === b.naam.toLowerCase() && p.geboortedatum === b.geboortedatum && (!b.bsn || !p.bsn || p.bsn === b.bsn),
        )
      : undefined;
    const match = byBsn ?? byNaam;
    return match ? { persoonId: match.id, bekend: true } : null;
  });
  const nieuw = betrokkenen.filter((_, i) => result[i] === null);
  if (nieuw.length > 0) {
    // Ids are made here so each new person is tied to its input without relying on RETURNING order.
    const ids = nieuw.map(() => randomUUID());
    await m.query(
      `INSERT INTO persoon (id, naam, geboortedatum, bsn) SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[])`,
      [ids, nieuw.map((b) => b.naam), nieuw.map((b) => b.geboortedatum), nieuw.map((b) => b.bsn)],
    );
    let next = 0;
    for (let i = 0; i < result.length; i++) if (result[i] === null) result[i] = { persoonId: ids[next++]!, bekend: false };
  }
  // A known person matched by name may now get its BSN.
  const aanvullen = betrokkenen.map((b, i) => ({ b, r: result[i]! })).filter(({ b, r }) => r.bekend && b.bsn);
  if (aanvullen.length > 0) {
    await m.query(`UPDATE persoon p SET bsn = t.b FROM unnest($1::uuid[], $2::text[]) AS t(id, b) WHERE p.id = t.id AND p.bsn IS NULL`, [
      aanvullen.map(({ r }) => r.persoonId),
      aanvullen.map(({ b }) => b.bsn),
    ]);
  }
  return result as GevondenPersoon[];
}

/**
 * Serialises registrations about the same people: a transaction-scoped advisory lock per match key
 * (BSN; stored-lowercase name + date of birth), namespaced by the tenant. Without it concurrent
 * registrations about a new person both miss it and both create it (or hit the unique BSN).
 * Taken in sorted order, so registrations sharing several persons cannot deadlock; under READ
 * COMMITTED the statements after the lock see what the previous holder committed, its casus too.
 * The keys are hashed inside PostgreSQL: no personal data leaves the query parameters.
 */
async function vergrendelMatchSleutels(m: EntityManager, betrokkenen: BetrokkeneGegevens[]): Promise<void> {
  await m.query(
    `SELECT count(pg_advisory_xact_lock(k)) FROM (
       SELECT DISTINCT hashtextextended(current_setting('app.tenant_id') || s, 0) AS k
       FROM (SELECT ':bsn:' || b FROM unnest($1::text[]) AS b WHERE b IS NOT NULL
             UNION ALL
             SELECT ':np:' || lower(n) || '|' || g::text FROM unnest($2::text[], $3::date[]) AS t(n, g) WHERE g IS NOT NULL) AS x(s)
       ORDER BY k OFFSET 0) AS sleutels`,
    [betrokkenen.map((b) => b.bsn), betrokkenen.map((b) => b.naam), betrokkenen.map((b) => b.geboortedatum)],
  );
}
