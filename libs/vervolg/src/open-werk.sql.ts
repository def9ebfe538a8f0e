import type { WerkSoort } from './werkvoorraad.types.js';

/** Sort key for work without a deadline: it comes last. */
export const GEEN_DATUM = '9999-12-31';

interface Tak {
  soort: WerkSoort;
  van: string;
  waar: string;
  objectId: string;
  datum: string;
  /**
   * The branch's deadline is never null and a partial index (tenant_id, datum, id) orders it, so
   * a page reads only its first rows. Branches without one are small (or without a date) and sorted.
   */
  geindexeerd: boolean;
}

const MET_MELDING = (alias: string) => `JOIN melding m ON m.id = ${alias}.melding_id`;

/** Every kind of open work; each branch is served by a partial index (migration OpenWerkPagina). */
const TAKKEN: readonly Tak[] = [
  {
    soort: 'BEOORDELEN',
    van: 'melding m',
    waar: `m.fase = 'TE_BEOORDELEN'`,
    objectId: 'm.id',
    datum: 'm.uiterlijke_beoordelingsdatum',
    geindexeerd: true,
  },
  {
    soort: 'TOETSEN',
    van: `veiligheidsbeoordeling b ${MET_MELDING('b')}`,
    waar: `b.status = 'TER_TOETSING'`,
    objectId: 'b.id',
    datum: 'm.uiterlijke_beoordelingsdatum',
    geindexeerd: false,
  },
  {
    soort: 'INTERVENTIE_STARTEN',
    van: `interventie i ${MET_MELDING('i')}`,
    waar: `i.status = 'GEPLAND'`,
    objectId: 'i.id',
    datum: 'i.uiterlijke_startdatum',
    geindexeerd: true,
  },
  {
    soort: 'INTERVENTIE_AFRONDEN',
    van: `interventie i ${MET_MELDING('i')}`,
    waar: `i.status = 'GESTART'`,
    objectId: 'i.id',
    datum: 'i.uiterlijke_einddatum',
    geindexeerd: true,
  },
  {
    soort: 'OVERDRACHT_PLANNEN',
    van: `overdracht o ${MET_MELDING('o')}`,
    waar: `o.status = 'WACHTLIJST'`,
    objectId: 'o.id',
    datum: 'NULL::date',
    geindexeerd: false,
  },
  {
    soort: 'OVERDRACHT_UITVOEREN',
    van: `overdracht o ${MET_MELDING('o')}`,
    waar: `o.status = 'GEPLAND'`,
    objectId: 'o.id',
    datum: 'o.afgesproken_datum',
    geindexeerd: false,
  },
  {
    soort: 'MONITORING',
    // OFFSET 0 keeps the planner walking the contacts in index order (it misjudges the tenant-filtered join).
    van: `monitoring_contact mc CROSS JOIN LATERAL (SELECT o.melding_id FROM overdracht o WHERE o.id = mc.overdracht_id OFFSET 0) o ${MET_MELDING('o')}`,
    waar: `mc.status = 'GEPLAND'`,
    objectId: 'mc.id',
    datum: 'mc.gepland_op',
    geindexeerd: true,
  },
  {
    soort: 'TERUGKOPPELING',
    // At most one vastgestelde beoordeling per melding (unique index), walked in melding order.
    van: `veiligheidsbeoordeling b ${MET_MELDING('b')}`,
    waar: `b.status = 'VASTGESTELD' AND NOT EXISTS (SELECT 1 FROM terugkoppeling t WHERE t.melding_id = b.melding_id AND t.moment = 'NA_BEOORDELING')`,
    objectId: 'b.melding_id',
    datum: 'NULL::date',
    geindexeerd: false,
  },
];

const kolommen = (tak: Tak) =>
  `'${tak.soort}'::text AS soort, ${tak.objectId} AS object_id, m.id AS melding_id, m.nummer, m.casus_id, m.team, m.toegewezen_aan, ${tak.datum} AS datum`;

/**
 * All open work with a deadline on or before $1 (the deadline watch), optionally only that of the
 * casussen in $2 (uuid[]; null = the whole region).
 */
export const OPEN_WERK_TOT = TAKKEN.filter((t) => t.datum !== 'NULL::date')
  .map((t) => `SELECT ${kolommen(t)} FROM ${t.van} WHERE ${t.waar} AND ${t.datum} <= $1 AND ($2::uuid[] IS NULL OR m.casus_id = ANY($2))`)
  .join('\n  UNION ALL\n  ');

export interface WerkPaginaFilter {
  soorten: readonly WerkSoort[] | null;
  /** Extra condition on the melding `m` (the region's team restriction), with parameters from $7. */
  teamWhere: string;
}

/**
 * One page of open work ordered by deadline (none last), then id. Every branch takes its own first
 * $6 rows in index order before they are merged, so the cost follows the page size, not the size
 * of the werkvoorraad. Parameters: $1 team, $2 medewerker, $3 deadline on or before, $4/$5 the
 * cursor (deadline or GEEN_DATUM, id), $6 the limit.
 */
export function openWerkPagina(filter: WerkPaginaFilter): string {
  const takken = TAKKEN.filter((t) => !filter.soorten || filter.soorten.includes(t.soort));
  if (takken.length === 0) return `SELECT ${kolommen(TAKKEN[0])} FROM melding m WHERE false`;
  const delen = takken.map((t) => {
    const sorteer = t.geindexeerd ? t.datum : `COALESCE(${t.datum}, '${GEEN_DATUM}')`;
    // For indexed branches this is a row comparison on the index columns: the index starts at the cursor.
    const cursor = `(${sorteer}, ${t.objectId}) > ($4::date, $5::uuid)`;
    return `(SELECT ${kolommen(t)} FROM ${t.van}
      WHERE ${t.waar} AND ($1::text IS NULL OR m.team = $1) AND ($2::text IS NULL OR m.toegewezen_aan = $2)
        AND ($3::date IS NULL OR ${t.datum} <= $3) AND ($4::date IS NULL OR ${cursor}) AND ${filter.teamWhere}
      ORDER BY ${sorteer}, ${t.objectId} LIMIT $6)`;
  });
  return `SELECT soort, object_id, melding_id, nummer, casus_id, team, toegewezen_aan, datum::text AS datum
    FROM (${delen.join('\n    UNION ALL\n    ')}) w
    ORDER BY COALESCE(w.datum, '${GEEN_DATUM}'), w.object_id LIMIT $6`;
}
