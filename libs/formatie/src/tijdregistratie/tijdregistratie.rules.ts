import type { EntityManager } from 'typeorm';
import { rows } from '@vt/database';
import type { Datum } from '@vt/werkdagen';

export const MAX_UREN_PER_DAG = 24;

/** Hours must be a finite number of at most two decimals within [min, 24]. */
export function geldigeUren(uren: number, min: number): boolean {
  return Number.isFinite(uren) && uren >= min && uren <= MAX_UREN_PER_DAG && Math.abs(Math.round(uren * 100) - uren * 100) < 1e-6;
}

/** The (year, month) pairs among these dates that the region has closed. */
export async function geslotenMaanden(m: EntityManager, datums: Datum[]): Promise<Set<string>> {
  const maanden = [...new Set(datums.map((d) => d.slice(0, 7)))];
  if (maanden.length === 0) return new Set();
  const found = await rows<{ maand: string }>(
    m,
    `SELECT to_char(make_date(jaar, maand, 1), 'YYYY-MM') AS maand FROM periode_afsluiting WHERE to_char(make_date(jaar, maand, 1), 'YYYY-MM') = ANY($1::text[])`,
    [maanden],
  );
  return new Set(found.map((r) => r.maand));
}

/** Current (not corrected) hours per medewerker and date, for the 24-hour check. */
export async function urenPerDag(
  m: EntityManager,
  paren: { medewerkerId: string; datum: Datum }[],
  zonder: string[] = [],
): Promise<Map<string, number>> {
  if (paren.length === 0) return new Map();
  const found = await rows<{ medewerker_id: string; datum: string; uren: string }>(
    m,
    `SELECT t.medewerker_id, t.datum::text AS datum, sum(t.uren) AS uren
     FROM tijdregistratie t
     JOIN unnest($1::uuid[], $2::date[]) AS p(medewerker_id, datum) ON p.medewerker_id = t.medewerker_id AND p.datum = t.datum
     WHERE NOT EXISTS (SELECT 1 FROM tijdregistratie c WHERE c.vervangt_id = t.id) AND NOT (t.id = ANY($3::uuid[]))
     GROUP BY t.medewerker_id, t.datum`,
    [paren.map((p) => p.medewerkerId), paren.map((p) => p.datum), zonder],
  );
  return new Map(found.map((r) => [`${r.medewerker_id}|${r.datum}`, Number(r.uren)]));
}

/** Ids of casussen and interventies that exist in the caller's region (RLS applies; a foreign key alone would not check that). */
export async function bestaandeIds(m: EntityManager, tabel: 'casus' | 'interventie', ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await rows<{ id: string }>(m, `SELECT id FROM ${tabel} WHERE id = ANY($1::uuid[])`, [ids]);
  return new Set(found.map((r) => r.id));
}
