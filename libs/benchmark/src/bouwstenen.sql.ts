import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';
import { INDIRECTE_PRODUCTEN } from '@vt/formatie';
import { telMaanden, type MaandRij } from '@vt/rapportage/definities';
import type { Datum } from '@vt/werkdagen';

/** The counts and sums of one organisation and period (numbers; PostgreSQL's text is converted here). */
export type BouwstenenRij = Record<
  | 'meldingen'
  | 'hermeldingen'
  | 'adviezen'
  | 'beoordelingen'
  | 'binnen_termijn'
  | 'overdracht'
  | 'oz_af'
  | 'oz_tijdig'
  | 'vv_af'
  | 'vv_tijdig'
  | 'oz_gestart'
  | 'vv_gestart'
  | 'huisverboden'
  | 'crises'
  | 'wachtlijst'
  | 'wacht_beoordeling'
  | 'wacht_start'
  | 'uren_onderzoek'
  | 'uren_overig'
  | 'uren_direct'
  | 'inwoners',
  number
>;

/** The first days of the months from van to tot (van is a first day). */
export function maandenVan(van: Datum, tot: Datum): Datum[] {
  const maanden: Datum[] = [];
  for (let jaar = Number(van.slice(0, 4)), maand = Number(van.slice(5, 7)); ; maand++) {
    if (maand > 12) [jaar, maand] = [jaar + 1, 1];
    const eerste = `${jaar}-${String(maand).padStart(2, '0')}-01`;
    if (eerste > tot) return maanden;
    maanden.push(eerste);
  }
}

/**
 * Counts and hours of one organisation over a period, computed under its own row-level security
 * (van = first day of a month, tot = last day of a month, both inclusive; Dutch calendar dates).
 *
 * The counts of cases and the three wachtlijsten come from the kwartaalrapportage's month figures
 * (`telMaanden`), summed over the months of the period, with the stocks at its last day: one
 * definition for the figure a region reports to its gemeenten and the same figure in the benchmark
 * (niet-unieke politiemeldingen are never meldingen there). Hermeldingen, hours and inhabitants,
 * which the kwartaalrapportage does not report, are counted here.
 */
export async function telBouwstenen(m: EntityManager, van: Datum, tot: Datum): Promise<BouwstenenRij> {
  // No parallel query workers for this transaction: one region's period is thousands of rows, where
  // starting a worker cost more than it saved (EXPLAIN ANALYZE of telMaanden for a year: the Gather
  // of the beoordelingen took 116 ms, 40 of them work), and the snapshot jobs already run side by side.
  await sql`SET LOCAL max_parallel_workers_per_gather = 0`.execute(kysely(m));
  const maanden = await telMaanden(m, maandenVan(van, tot));
  const som = (veld: keyof MaandRij) => maanden.reduce((t, r) => t + Number(r[veld]), 0);
  const laatste = (veld: keyof MaandRij) => Number(maanden.at(-1)?.[veld] ?? 0);
  const { rows } = await sql<Record<'hermeldingen' | 'uren_onderzoek' | 'uren_overig' | 'uren_direct' | 'inwoners', string>>`
    WITH
      m AS (SELECT count(*) FILTER (WHERE classificatie = 'HERMELDING') AS hermeldingen FROM melding
            WHERE ontvangstdatum BETWEEN ${van} AND ${tot} AND politie IS DISTINCT FROM 'NIET_UNIEK'),
      u AS (
        SELECT COALESCE(sum(t.uren) FILTER (WHERE t.product = 'ONDERZOEK'), 0) AS onderzoek,
               COALESCE(sum(t.uren) FILTER (WHERE t.product IN ('VOORWAARDEN_EN_VERVOLG', 'HUISVERBOD', 'CRISIS')), 0) AS overig,
               COALESCE(sum(t.uren) FILTER (WHERE NOT (t.product = ANY (${[...INDIRECTE_PRODUCTEN]}::text[]))), 0) AS direct
        FROM tijdregistratie t
        WHERE t.datum BETWEEN ${van} AND ${tot}
          -- IS NOT NULL lets the replacements be read from the vervangt_id index instead of every registration of the region.
          AND NOT EXISTS (SELECT 1 FROM tijdregistratie n WHERE n.vervangt_id = t.id AND n.vervangt_id IS NOT NULL)),
      inw AS (
        SELECT COALESCE(sum(i.inwoners), 0) AS inwoners
        FROM referentie.regio r JOIN referentie.gemeente g ON g.regio_code = r.code
        JOIN LATERAL (SELECT inwoners FROM referentie.gemeente_inwoners gi WHERE gi.gemeente_code = g.code ORDER BY peildatum DESC LIMIT 1) i ON true
        WHERE r.organisatie_id = public.current_tenant_id())
    SELECT m.hermeldingen, u.onderzoek AS uren_onderzoek, u.overig AS uren_overig, u.direct AS uren_direct, inw.inwoners
    FROM m, u, inw`.execute(kysely(m));
  const eigen = rows[0]!;
  return {
    meldingen: som('meldingen'),
    hermeldingen: Number(eigen.hermeldingen),
    adviezen: som('adviezen'),
    beoordelingen: som('beoordelingen'),
    binnen_termijn: som('binnen_termijn'),
    overdracht: som('overdracht'),
    oz_af: som('oz_af'),
    oz_tijdig: som('oz_tijdig_start'),
    vv_af: som('vv_af'),
    vv_tijdig: som('vv_tijdig_start'),
    oz_gestart: som('oz_gestart'),
    vv_gestart: som('vv_gestart'),
    huisverboden: som('huisverboden'),
    crises: som('crises'),
    wachtlijst: laatste('wacht_overdracht'),
    wacht_beoordeling: laatste('wacht_beoordeling'),
    wacht_start: laatste('wacht_start'),
    uren_onderzoek: Number(eigen.uren_onderzoek),
    uren_overig: Number(eigen.uren_overig),
    uren_direct: Number(eigen.uren_direct),
    inwoners: Number(eigen.inwoners),
  };
}
