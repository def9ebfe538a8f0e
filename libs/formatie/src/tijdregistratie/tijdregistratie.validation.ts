import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';
import type { Datum } from '@vt/werkdagen';
import { HUIDIG } from './tijdregistratie.row.js';

export const MAX_UREN_PER_DAG = 24;

/** Hours must be a finite number of at most two decimals within [min, 24]. */
export function geldigeUren(uren: number, min: number): boolean {
  return Number.isFinite(uren) && uren >= min && uren <= MAX_UREN_PER_DAG && Math.abs(Math.round(uren * 100) - uren * 100) < 1e-6;
}

/** The (year, month) pairs among these dates that the region has closed. */
export async function geslotenMaanden(m: EntityManager, datums: Datum[]): Promise<Set<string>> {
  const maanden = [...new Set(datums.map((d) => d.slice(0, 7)))];
  if (maanden.length === 0) return new Set();
  const maand = sql<string>`to_char(make_date(jaar, maand, 1), 'YYYY-MM')`;
  const found = await kysely(m)
    .selectFrom('periode_afsluiting')
    .select(maand.as('maand'))
    .where(maand, '=', sql<string>`any(${maanden}::text[])`)
    .execute();
  return new Set(found.map((r) => r.maand));
}

/** Current (not corrected) hours per medewerker and date, for the 24-hour check. */
export async function urenPerDag(
  m: EntityManager,
  paren: { medewerkerId: string; datum: Datum }[],
  zonder: string[] = [],
): Promise<Map<string, number>> {
  // Each pair once: a pair named twice (an import with several rows for one day) would count that day's hours twice.
  const uniek = [...new Map(paren.map((p) => [`${p.medewerkerId}|${p.datum}`, p])).values()];
  if (uniek.length === 0) return new Map();
  // One range read per import, filtered to the asked pairs here: its cost is linear whatever the
  // planner believes. A join against the pairs as arrays was planned as a nested loop over a
  // sequential scan when the statistics had not yet seen a bulk import just committed, and ran
  // into the statement timeout on a re-import.
  const medewerkers = [...new Set(uniek.map((p) => p.medewerkerId))];
  const datums = uniek.map((p) => p.datum).sort();
  const found = await kysely(m)
    .selectFrom('tijdregistratie as t')
    .select(['t.medewerker_id', 't.datum', (eb) => eb.fn.sum<string>('t.uren').as('uren')])
    .where('t.medewerker_id', '=', sql<string>`any(${medewerkers}::uuid[])`)
    .where('t.datum', '>=', datums[0]!)
    .where('t.datum', '<=', datums.at(-1)!)
    .where(HUIDIG)
    .where((eb) => eb.not(eb('t.id', '=', sql<string>`any(${zonder}::uuid[])`)))
    .groupBy(['t.medewerker_id', 't.datum'])
    .execute();
  const gevraagd = new Set(uniek.map((p) => `${p.medewerkerId}|${p.datum}`));
  return new Map(
    found.filter((r) => gevraagd.has(`${r.medewerker_id}|${r.datum}`)).map((r) => [`${r.medewerker_id}|${r.datum}`, Number(r.uren)]),
  );
}

/** Ids of casussen and interventies that exist in the caller's region (RLS applies; a foreign key alone would not check that). */
export async function bestaandeIds(m: EntityManager, tabel: 'casus' | 'interventie', ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await kysely(m)
    .selectFrom(tabel)
    .select('id')
    .where('id', '=', sql<string>`any(${ids}::uuid[])`)
    .execute();
  return new Set(found.map((r) => r.id));
}
