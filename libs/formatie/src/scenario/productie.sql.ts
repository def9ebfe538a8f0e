import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';
import type { Datum } from '@vt/werkdagen';
import type { Product } from '../catalogus.js';

/** Registered volume of one product in a period. */
export interface Productie {
  product: Product;
  volume: number;
}

/**
 * Products with a registered volume between two Dutch calendar dates (both inclusive); hours on
 * the others count as vaste uren. One pass per table under the region's row-level security.
 */
export async function productie(m: EntityManager, van: Datum, tot: Datum): Promise<Productie[]> {
  const { rows } = await sql<Productie>`
    SELECT 'ADVIES' AS product, count(*)::float8 AS volume FROM advies WHERE (ontvangen_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ${van} AND ${tot}
    UNION ALL SELECT 'MELDING_AANNEMEN', count(*) FROM melding WHERE ontvangstdatum BETWEEN ${van} AND ${tot}
    UNION ALL SELECT 'VEILIGHEIDSBEOORDELING', count(*) FROM veiligheidsbeoordeling WHERE status = 'VASTGESTELD' AND (getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ${van} AND ${tot}
    UNION ALL SELECT soort, count(*) FROM interventie WHERE status IN ('AFGESLOTEN', 'VOORTIJDIG_AFGESLOTEN') AND afgesloten_op BETWEEN ${van} AND ${tot} GROUP BY soort
    UNION ALL SELECT 'OVERDRACHT', count(*) FROM overdracht WHERE uitgevoerd_op BETWEEN ${van} AND ${tot}
    UNION ALL SELECT 'MONITORING', count(*) FROM monitoring_contact WHERE uitgevoerd_op BETWEEN ${van} AND ${tot}
    UNION ALL SELECT 'HUISVERBOD', count(*) FROM huisverbod WHERE opgelegd_op BETWEEN ${van} AND ${tot}
    UNION ALL SELECT 'CRISIS', count(*) FROM crisisinterventie WHERE (datum AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ${van} AND ${tot}`.execute(
    kysely(m),
  );
  return rows;
}
