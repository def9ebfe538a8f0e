import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';

/**
 * The hours of [begin, eind) per calendar day in the Netherlands: a night shift is booked on the
 * two days it spans, and a day with a clock change counts its real hours (23 or 25).
 */
export async function urenPerDagInNederland(m: EntityManager, begin: Date, eind: Date): Promise<{ datum: string; uren: number }[]> {
  const { rows } = await sql<{ datum: string; uren: number }>`
    SELECT to_char(d, 'YYYY-MM-DD') AS datum,
           round((extract(epoch FROM least(${eind}::timestamptz, (d + interval '1 day') AT TIME ZONE 'Europe/Amsterdam')
                                     - greatest(${begin}::timestamptz, d AT TIME ZONE 'Europe/Amsterdam')) / 3600)::numeric, 2)::float8 AS uren
    FROM generate_series((${begin}::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date::timestamp,
                         ((${eind}::timestamptz - interval '1 microsecond') AT TIME ZONE 'Europe/Amsterdam')::date::timestamp,
                         interval '1 day') AS d
    ORDER BY d`.execute(kysely(m));
  return rows.filter((r) => r.uren > 0);
}
