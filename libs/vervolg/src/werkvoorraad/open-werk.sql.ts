import { sql, type Database, type RawBuilder, type Selectable, type SqlBool } from '@vt/database';
import type { Datum } from '@vt/werkdagen';
import type { WerkSoort } from './werkvoorraad.types.js';

// Reviewed, planner-tuned SQL (see the partial indexes of migration OpenWerkPagina), kept as Kysely
// `sql` templates: the fragments of TAKKEN are constants of this file (sql.raw), every value is bound.

/** Sort key for work without a deadline: it comes last. */
export const GEEN_DATUM = '9999-12-31';

/** An item of open work: what the deadline watch stores as a taak, with the melding number and the deadline (none for some kinds). */
export type OpenWerkRow = Pick<Selectable<Database['taak']>, 'object_id' | 'melding_id' | 'casus_id' | 'team' | 'toegewezen_aan'> & {
  soort: WerkSoort;
  nummer: Selectable<Database['melding']>['nummer'];
  datum: Selectable<Database['taak']>['uiterlijke_datum'] | null;
};

/** A branch of the open work: SQL fragments over the melding m, constants reviewed here. */
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
  /** Work that comes before all other work whatever its deadline (an acute melding): sorted on VOORRANG. */
  voorrang?: boolean;
}

/** Sort key of work with voorrang: before every real deadline. */
const VOORRANG = '0001-01-01';

const MET_MELDING = (alias: string) => `JOIN melding m ON m.id = ${alias}.melding_id`;

/** A melder with a right to feedback: beroepsmatig (isBeroepsmatig in @vt/casus names the same categories). */
const BEROEPSMATIG = `m.melder_organisatie NOT IN ('NIET_BEROEPSMATIG', 'NIET_VAN_TOEPASSING', 'ONBEKEND')`;

/** Every kind of open work; each branch is served by a partial index (migration OpenWerkPagina). */
const TAKKEN: readonly Tak[] = [
  {
    // Screened as acute: the crisis team's beoordeling leads every werkvoorraad (few rows at a time).
    soort: 'ACUUT_BEOORDELEN',
    van: 'melding m',
    waar: `m.fase = 'TE_BEOORDELEN' AND m.acuut`,
    objectId: 'm.id',
    datum: 'm.uiterlijke_beoordelingsdatum',
    geindexeerd: false,
    voorrang: true,
  },
  {
    // Not yet screened for acute danger; the screening clears the date, so the partial index holds only these.
    soort: 'SCREENEN',
    van: 'melding m',
    waar: `m.uiterlijke_screeningsdatum IS NOT NULL`,
    objectId: 'm.id',
    datum: 'm.uiterlijke_screeningsdatum',
    geindexeerd: true,
  },
  {
    soort: 'BEOORDELEN',
    van: 'melding m',
    waar: `m.fase = 'TE_BEOORDELEN' AND NOT m.acuut`,
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
    // The statutory term counts from the besluit, so an intervention that has not started is due too.
    van: `interventie i ${MET_MELDING('i')}`,
    waar: `i.status IN ('GEPLAND', 'GESTART')`,
    objectId: 'i.id',
    datum: 'i.wettelijke_einddatum',
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
    // A contact follows an overdracht or an intervention Veilig Thuis closed itself (exactly one is set).
    van: `monitoring_contact mc CROSS JOIN LATERAL (SELECT o.melding_id FROM overdracht o WHERE o.id = mc.overdracht_id
      UNION ALL SELECT iv.melding_id FROM interventie iv WHERE iv.id = mc.interventie_id OFFSET 0) o ${MET_MELDING('o')}`,
    waar: `mc.status = 'GEPLAND'`,
    objectId: 'mc.id',
    datum: 'mc.gepland_op',
    geindexeerd: true,
  },
  {
    soort: 'TERUGKOPPELING',
    // At most one vastgestelde beoordeling per melding (unique index). `teruggekoppeld` is kept by the
    // database from terugkoppeling (migration TerugkoppelingOpen), and the partial index
    // beoordeling_terugkoppeling_open_idx holds only the open ones in this branch's sort order.
    van: `veiligheidsbeoordeling b ${MET_MELDING('b')}`,
    // Only a professional melder has a right to hear back (the same categories as melder.beroepsmatig).
    waar: `b.status = 'VASTGESTELD' AND NOT b.teruggekoppeld AND ${BEROEPSMATIG}`,
    objectId: 'b.melding_id',
    datum: 'b.uiterlijke_terugkoppeldatum',
    geindexeerd: false,
  },
  {
    soort: 'TERUGKOPPELING_NA_ONDERZOEK',
    van: `interventie i ${MET_MELDING('i')}`,
    // interventie_terugkoppeling_open_idx holds only the open ones (`teruggekoppeld`, kept by the database).
    waar: `i.soort = 'ONDERZOEK' AND i.uiterlijke_terugkoppeldatum IS NOT NULL AND NOT i.teruggekoppeld AND ${BEROEPSMATIG}`,
    objectId: 'i.id',
    datum: 'i.uiterlijke_terugkoppeldatum',
    geindexeerd: true,
  },
  {
    soort: 'MAATWERK_AFRONDEN',
    van: `veiligheidsbeoordeling b ${MET_MELDING('b')}`,
    waar: `m.fase = 'REGIONAAL_MAATWERK' AND b.status = 'VASTGESTELD'`,
    objectId: 'b.melding_id',
    datum: 'b.uiterlijke_vervolgdatum',
    geindexeerd: false,
  },
  {
    soort: 'HUISVERBOD_EINDE',
    // A huisverbod hangs off the casus: its work goes with the casus' most recent open melding (or
    // its most recent one), so team, medewerker and the team rule are those of the casus' work.
    van: `huisverbod h JOIN melding m ON m.id = (SELECT hm.id FROM melding hm WHERE hm.casus_id = h.casus_id
      ORDER BY hm.fase = 'AFGESLOTEN', hm.ontvangen_op DESC, hm.id DESC LIMIT 1)`,
    // Until its end is recorded: first the advice on an extension, after the term the end itself.
    waar: `h.status IN ('LOPEND', 'VERLENGD')`,
    objectId: 'h.id',
    datum: 'h.einddatum',
    geindexeerd: false,
  },
  {
    soort: 'KENNISGEVING',
    // A statutory notification still to be given (partial index kennisgeving_open_idx, migration Kennisgeving).
    van: `kennisgeving k ${MET_MELDING('k')}`,
    waar: `k.status = 'OPEN'`,
    objectId: 'k.id',
    datum: 'k.uiterlijke_datum',
    geindexeerd: true,
  },
  {
    soort: 'VERZOEK_AFHANDELEN',
    // A request hangs off a person: its work goes with the person's most recent open melding (or its
    // most recent one), as HUISVERBOD_EINDE does for a casus; a person without meldingen has no team work.
    van: `verzoek v JOIN melding m ON m.id = (SELECT vm.id FROM melding_betrokkene vmb JOIN melding vm ON vm.id = vmb.melding_id
      WHERE vmb.persoon_id = v.persoon_id ORDER BY vm.fase = 'AFGESLOTEN', vm.ontvangen_op DESC, vm.id DESC LIMIT 1)`,
    waar: `v.status = 'OPEN'`,
    objectId: 'v.id',
    datum: 'v.uiterlijke_datum',
    geindexeerd: false,
  },
];

const kolommen = (tak: Tak) =>
  sql.raw(
    `'${tak.soort}'::text AS soort, ${tak.objectId} AS object_id, m.id AS melding_id, m.nummer, m.casus_id, m.team, m.toegewezen_aan, ${tak.datum} AS datum`,
  );

/** The sort key of a branch: VOORRANG, its indexed deadline, or its deadline with none last. */
const sorteerSleutel = (tak: Tak) =>
  tak.voorrang ? `'${VOORRANG}'::date` : tak.geindexeerd ? tak.datum : `COALESCE(${tak.datum}, '${GEEN_DATUM}')`;

/**
 * All open work with a deadline on or before `grens` (the deadline watch), optionally only that of
 * the casussen named (null = the whole region).
 */
export function openWerkTot(grens: Datum, casusIds: readonly string[] | null): RawBuilder<OpenWerkRow & { datum: string }> {
  const ids = casusIds ? [...casusIds] : null;
  const delen = TAKKEN.filter((t) => t.datum !== 'NULL::date').map(
    (t) =>
      sql`SELECT ${kolommen(t)} FROM ${sql.raw(t.van)} WHERE ${sql.raw(t.waar)} AND ${sql.raw(t.datum)} <= ${grens}::date
        AND (${ids}::uuid[] IS NULL OR m.casus_id = ANY(${ids}::uuid[]))`,
  );
  return sql<OpenWerkRow & { datum: string }>`${sql.join(delen, sql`\n  UNION ALL\n  `)}`;
}

export interface WerkPaginaFilter {
  soorten: readonly WerkSoort[] | null;
  team: string | null;
  medewerker: string | null;
  /** Only work with a deadline on or before this day (null: all). */
  tot: Datum | null;
  /** The cursor: the sort key (VOORRANG, the deadline or GEEN_DATUM) and object id of the last item of the previous page. */
  na: readonly [string, string] | null;
  limit: number;
  /** The region's team rule on the melding m (teamFilter). */
  teamRegel: RawBuilder<SqlBool>;
}

/**
 * One page of open work ordered by deadline (none last), then id. Every branch takes its own first
 * `limit` rows in index order before they are merged, so the cost follows the page size, not the
 * size of the werkvoorraad. A filter that is not set leaves no predicate behind and the page size
 * is part of the text (a validated integer), so the statement's text depends only on which filters
 * are set and its plan never on a value: the caller can keep it prepared (runPrepared).
 */
export function openWerkPagina(filter: WerkPaginaFilter): RawBuilder<OpenWerkRow & { volgorde: string }> {
  const takken = TAKKEN.filter((t) => !filter.soorten || filter.soorten.includes(t.soort));
  if (takken.length === 0)
    return sql<OpenWerkRow & { volgorde: string }>`SELECT ${kolommen(TAKKEN[0]!)}, '' AS volgorde FROM melding m WHERE false`;
  const { team, medewerker, tot, limit } = filter;
  if (!Number.isInteger(limit) || limit < 1) throw new Error('limit must be a positive integer');
  const delen = takken.map((t) => {
    const datum = sql.raw(t.datum);
    const objectId = sql.raw(t.objectId);
    const sorteer = sql.raw(sorteerSleutel(t));
    const voorwaarden: RawBuilder<unknown>[] = [sql.raw(t.waar), filter.teamRegel];
    if (team !== null) voorwaarden.push(sql`m.team = ${team}`);
    if (medewerker !== null) voorwaarden.push(sql`m.toegewezen_aan = ${medewerker}`);
    if (tot !== null) voorwaarden.push(sql`${datum} <= ${tot}::date`);
    // For indexed branches this is a row comparison on the index columns: the index starts at the cursor.
    if (filter.na) voorwaarden.push(sql`(${sorteer}, ${objectId}) > (${filter.na[0]}::date, ${filter.na[1]}::uuid)`);
    return sql`(SELECT ${kolommen(t)}, ${sorteer} AS volgorde FROM ${sql.raw(t.van)}
      WHERE ${sql.join(voorwaarden, sql` AND `)}
      ORDER BY ${sorteer}, ${objectId} LIMIT ${sql.lit(limit)})`;
  });
  return sql<
    OpenWerkRow & { volgorde: string }
  >`SELECT soort, object_id, melding_id, nummer, casus_id, team, toegewezen_aan, datum, volgorde::text
    FROM (${sql.join(delen, sql`\n    UNION ALL\n    `)}) w
    ORDER BY w.volgorde, w.object_id LIMIT ${sql.lit(limit)}`;
}

/** The number of open-work items under the filter of a page (the cursor and limit ignored): totalCount. */
export function openWerkAantal(filter: Omit<WerkPaginaFilter, 'na' | 'limit'>): RawBuilder<{ n: string }> {
  const takken = TAKKEN.filter((t) => !filter.soorten || filter.soorten.includes(t.soort));
  if (takken.length === 0) return sql<{ n: string }>`SELECT '0' AS n`;
  const { team, medewerker, tot } = filter;
  const delen = takken.map(
    (t) => sql`(SELECT count(*) FROM ${sql.raw(t.van)}
      WHERE ${sql.raw(t.waar)} AND (${team}::text IS NULL OR m.team = ${team}) AND (${medewerker}::text IS NULL OR m.toegewezen_aan = ${medewerker})
        AND (${tot}::date IS NULL OR ${sql.raw(t.datum)} <= ${tot}::date) AND ${filter.teamRegel})`,
  );
  return sql<{ n: string }>`SELECT (${sql.join(delen, sql` + `)})::text AS n`;
}

/** Open work of one kind and team (null: not yet assigned to a team), counted. */
export type OpenWerkTelling = { soort: WerkSoort; team: string | null; open: string };

/**
 * All open work counted per kind and team under the team rule, in one statement: every branch
 * of the werkvoorraad (the same definitions as the list) grouped by the melding's team.
 */
export function openWerkPerTeam(teamRegel: RawBuilder<SqlBool>): RawBuilder<OpenWerkTelling> {
  const delen = TAKKEN.map(
    (t) => sql`SELECT ${sql.raw(`'${t.soort}'::text`)} AS soort, m.team, count(*) AS open FROM ${sql.raw(t.van)}
      WHERE ${sql.raw(t.waar)} AND ${teamRegel} GROUP BY m.team`,
  );
  return sql<OpenWerkTelling>`SELECT soort, team, open::text AS open FROM (${sql.join(delen, sql`\n  UNION ALL\n  `)}) w`;
}
