import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';
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
  // planner believes (a join against the pairs as arrays was planned as a nested loop).
  const medewerkers = [...new Set(uniek.map((p) => p.medewerkerId))];
  const datums = uniek.map((p) => p.datum).sort();
  // Rows first, replaced ones second, summed here: the NOT EXISTS anti-join was planned as a nested
  // loop over a sequential scan when the statistics had not yet seen a bulk import just committed
  // (57014 statement timeout on a re-import of a year under CI load). Two index reads stay linear.
  const rijen = await kysely(m)
    .selectFrom('tijdregistratie as t')
    .select(['t.id', 't.medewerker_id', 't.datum', 't.uren'])
    .where('t.medewerker_id', '=', sql<string>`any(${medewerkers}::uuid[])`)
    .where('t.datum', '>=', datums[0]!)
    .where('t.datum', '<=', datums.at(-1)!)
    .execute();
  const vervangen =
    rijen.length === 0
      ? new Set<string>()
      : new Set(
          (
            await kysely(m)
              .selectFrom('tijdregistratie as c')
              .select('c.vervangt_id')
              .where('c.vervangt_id', '=', sql<string>`any(${rijen.map((r) => r.id)}::uuid[])`)
              .execute()
          ).map((r) => r.vervangt_id!),
        );
  const buiten = new Set(zonder);
  const gevraagd = new Set(uniek.map((p) => `${p.medewerkerId}|${p.datum}`));
  const totaal = new Map<string, number>();
  for (const r of rijen) {
    const key = `${r.medewerker_id}|${r.datum}`;
    if (vervangen.has(r.id) || buiten.has(r.id) || !gevraagd.has(key)) continue;
    // Hours have at most two decimals: summing in hundredths keeps the total exact.
    totaal.set(key, (totaal.get(key) ?? 0) + Math.round(Number(r.uren) * 100));
  }
  return new Map([...totaal].map(([key, honderdsten]) => [key, honderdsten / 100]));
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
