import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';
import type { Datum } from '@vt/werkdagen';

/** The counts and sums of one organisation and period; PostgreSQL sends count and sum (bigint, numeric) as text. */
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
  | 'uren_onderzoek'
  | 'uren_overig'
  | 'uren_direct'
  | 'inwoners',
  string
>;

/**
 * Counts and hours of one organisation over a period, computed under its own row-level security
 * (van = first day, tot = last day, both inclusive; dates are Dutch calendar dates).
 */
export async function telBouwstenen(m: EntityManager, van: Datum, tot: Datum): Promise<BouwstenenRij> {
  const { rows } = await sql<BouwstenenRij>`
    WITH
      m AS (SELECT count(*) AS meldingen, count(*) FILTER (WHERE classificatie = 'HERMELDING') AS hermeldingen FROM melding WHERE ontvangstdatum BETWEEN ${van} AND ${tot}),
      a AS (SELECT count(*) AS adviezen FROM advies WHERE (ontvangen_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ${van} AND ${tot}),
      b AS (
        SELECT count(*) AS beoordelingen,
               count(*) FILTER (WHERE (b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date <= m.uiterlijke_beoordelingsdatum) AS binnen_termijn,
               count(*) FILTER (WHERE b.besluit = 'OVERDRACHT') AS overdracht
        FROM veiligheidsbeoordeling b JOIN melding m ON m.id = b.melding_id
        WHERE b.status = 'VASTGESTELD' AND (b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ${van} AND ${tot}),
      i AS (
        SELECT count(*) FILTER (WHERE soort = 'ONDERZOEK' AND status = 'AFGESLOTEN' AND afgesloten_op BETWEEN ${van} AND ${tot}) AS oz_af,
               count(*) FILTER (WHERE soort = 'ONDERZOEK' AND status = 'AFGESLOTEN' AND afgesloten_op BETWEEN ${van} AND ${tot} AND afgesloten_op <= gestart_op + 70) AS oz_tijdig,
               count(*) FILTER (WHERE soort = 'VOORWAARDEN_EN_VERVOLG' AND status = 'AFGESLOTEN' AND afgesloten_op BETWEEN ${van} AND ${tot}) AS vv_af,
               count(*) FILTER (WHERE soort = 'VOORWAARDEN_EN_VERVOLG' AND status = 'AFGESLOTEN' AND afgesloten_op BETWEEN ${van} AND ${tot} AND afgesloten_op <= gestart_op + 70) AS vv_tijdig,
               count(*) FILTER (WHERE soort = 'ONDERZOEK' AND gestart_op BETWEEN ${van} AND ${tot}) AS oz_gestart,
               count(*) FILTER (WHERE soort = 'VOORWAARDEN_EN_VERVOLG' AND gestart_op BETWEEN ${van} AND ${tot}) AS vv_gestart
        FROM interventie WHERE (afgesloten_op BETWEEN ${van} AND ${tot}) OR (gestart_op BETWEEN ${van} AND ${tot})),
      h AS (SELECT count(*) AS huisverboden FROM huisverbod WHERE opgelegd_op BETWEEN ${van} AND ${tot}),
      c AS (SELECT count(*) AS crises FROM crisisinterventie WHERE (datum AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ${van} AND ${tot}),
      w AS (SELECT count(*) AS wachtlijst FROM overdracht
            WHERE (created_at AT TIME ZONE 'Europe/Amsterdam')::date <= ${tot} AND (gepland_op IS NULL OR (gepland_op AT TIME ZONE 'Europe/Amsterdam')::date > ${tot})),
      u AS (
        SELECT COALESCE(sum(t.uren) FILTER (WHERE t.product = 'ONDERZOEK'), 0) AS onderzoek,
               COALESCE(sum(t.uren) FILTER (WHERE t.product IN ('VOORWAARDEN_EN_VERVOLG', 'HUISVERBOD', 'CRISIS')), 0) AS overig,
               COALESCE(sum(t.uren) FILTER (WHERE t.product NOT IN ('SCHOLING', 'MANAGEMENT', 'ONDERSTEUNING')), 0) AS direct
        FROM tijdregistratie t
        WHERE t.datum BETWEEN ${van} AND ${tot} AND NOT EXISTS (SELECT 1 FROM tijdregistratie n WHERE n.vervangt_id = t.id)),
      inw AS (
        SELECT COALESCE(sum(i.inwoners), 0) AS inwoners
        FROM referentie.regio r JOIN referentie.gemeente g ON g.regio_code = r.code
        JOIN LATERAL (SELECT inwoners FROM referentie.gemeente_inwoners gi WHERE gi.gemeente_code = g.code ORDER BY peildatum DESC LIMIT 1) i ON true
        WHERE r.organisatie_id = public.current_tenant_id())
    SELECT m.meldingen, m.hermeldingen, a.adviezen, b.beoordelingen, b.binnen_termijn, b.overdracht, i.oz_af, i.oz_tijdig, i.vv_af, i.vv_tijdig,
           i.oz_gestart, i.vv_gestart, h.huisverboden, c.crises, w.wachtlijst, u.onderzoek AS uren_onderzoek, u.overig AS uren_overig,
           u.direct AS uren_direct, inw.inwoners
    FROM m, a, b, i, h, c, w, u, inw`.execute(kysely(m));
  return rows[0]!;
}
