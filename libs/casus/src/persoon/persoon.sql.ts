import { sql, type Db } from '@vt/database';
import type { PersoonRow } from './persoon.row.js';

/** What matching needs of a known person. */
export type BekendePersoon = Pick<PersoonRow, 'id' | 'naam' | 'geboortedatum' | 'bsn'>;

interface MatchGegevens {
  naam: string;
  geboortedatum: string | null;
  bsn: string | null;
}

/**
 * The known persons matching any of the betrokkenen: two index lookups (BSN; stored lowercase name
 * + date of birth). lower() is applied to the input in a fenced subquery: under row-level security
 * a non-leakproof function in the join condition would keep the planner from using the index.
 */
export async function bekendePersonen(db: Db, betrokkenen: MatchGegevens[]): Promise<BekendePersoon[]> {
  const bsns = betrokkenen.map((b) => b.bsn).filter(Boolean);
  const { rows } = await sql<BekendePersoon>`SELECT p.id, p.naam, p.geboortedatum, p.bsn FROM persoon p WHERE p.bsn = ANY(${bsns}::text[])
     UNION
     SELECT p.id, p.naam, p.geboortedatum, p.bsn
       FROM (SELECT lower(n) AS sleutel, g FROM unnest(${betrokkenen.map((b) => b.naam)}::text[], ${betrokkenen.map((b) => b.geboortedatum)}::date[]) AS t(n, g) OFFSET 0) t
       JOIN persoon p ON p.naam_sleutel = t.sleutel AND p.geboortedatum = t.g`.execute(db);
  return rows;
}

/** Gives known persons their BSN where they have none yet (one statement for all of them). */
export async function vulBsnAan(db: Db, aanvullingen: { persoonId: string; bsn: string }[]): Promise<void> {
  await sql`UPDATE persoon p SET bsn = t.b
    FROM unnest(${aanvullingen.map((a) => a.persoonId)}::uuid[], ${aanvullingen.map((a) => a.bsn)}::text[]) AS t(id, b)
    WHERE p.id = t.id AND p.bsn IS NULL`.execute(db);
}

/**
 * Serialises registrations about the same people: a transaction-scoped advisory lock per match key
 * (BSN; stored-lowercase name + date of birth), namespaced by the tenant. Without it concurrent
 * registrations about a new person both miss it and both create it (or hit the unique BSN).
 * Taken in sorted order, so registrations sharing several persons cannot deadlock; under READ
 * COMMITTED the statements after the lock see what the previous holder committed, its casus too.
 * The keys are hashed inside PostgreSQL: no personal data leaves the query parameters.
 */
export async function vergrendelMatchSleutels(db: Db, betrokkenen: MatchGegevens[]): Promise<void> {
  await sql`SELECT count(pg_advisory_xact_lock(k)) FROM (
       SELECT DISTINCT hashtextextended(current_setting('app.tenant_id') || s, 0) AS k
       FROM (SELECT ':bsn:' || b FROM unnest(${betrokkenen.map((b) => b.bsn)}::text[]) AS b WHERE b IS NOT NULL
             UNION ALL
             SELECT ':np:' || lower(n) || '|' || g::text FROM unnest(${betrokkenen.map((b) => b.naam)}::text[], ${betrokkenen.map((b) => b.geboortedatum)}::date[]) AS t(n, g) WHERE g IS NOT NULL) AS x(s)
       ORDER BY k OFFSET 0) AS sleutels`.execute(db);
}
