/**
 * Counts and hours of one organisation over a period, computed under its own row-level security
 * ($1 = first day, $2 = last day, both inclusive; dates are Dutch calendar dates).
 */
export const BOUWSTENEN_SQL = `
WITH
  m AS (SELECT count(*) AS meldingen, count(*) FILTER (WHERE classificatie = 'HERMELDING') AS hermeldingen FROM melding WHERE ontvangstdatum BETWEEN $1 AND $2),
  a AS (SELECT count(*) AS adviezen FROM advies WHERE (ontvangen_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1 AND $2),
  b AS (
    SELECT count(*) AS beoordelingen,
           count(*) FILTER (WHERE (b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date <= m.uiterlijke_beoordelingsdatum) AS binnen_termijn,
           count(*) FILTER (WHERE b.besluit = 'OVERDRACHT') AS overdracht
    FROM veiligheidsbeoordeling b JOIN melding m ON m.id = b.melding_id
    WHERE b.status = 'VASTGESTELD' AND (b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1 AND $2),
  i AS (
    SELECT count(*) FILTER (WHERE soort = 'ONDERZOEK' AND status = 'AFGESLOTEN' AND afgesloten_op BETWEEN $1 AND $2) AS oz_af,
           count(*) FILTER (WHERE soort = 'ONDERZOEK' AND status = 'AFGESLOTEN' AND afgesloten_op BETWEEN $1 AND $2 AND afgesloten_op <= gestart_op + 70) AS oz_tijdig,
           count(*) FILTER (WHERE soort = 'VOORWAARDEN_EN_VERVOLG' AND status = 'AFGESLOTEN' AND afgesloten_op BETWEEN $1 AND $2) AS vv_af,
           count(*) FILTER (WHERE soort = 'VOORWAARDEN_EN_VERVOLG' AND status = 'AFGESLOTEN' AND afgesloten_op BETWEEN $1 AND $2 AND afgesloten_op <= gestart_op + 70) AS vv_tijdig,
           count(*) FILTER (WHERE soort = 'ONDERZOEK' AND gestart_op BETWEEN $1 AND $2) AS oz_gestart,
           count(*) FILTER (WHERE soort = 'VOORWAARDEN_EN_VERVOLG' AND gestart_op BETWEEN $1 AND $2) AS vv_gestart
    FROM interventie WHERE (afgesloten_op BETWEEN $1 AND $2) OR (gestart_op BETWEEN $1 AND $2)),
  h AS (SELECT count(*) AS huisverboden FROM huisverbod WHERE opgelegd_op BETWEEN $1 AND $2),
  c AS (SELECT count(*) AS crises FROM crisisinterventie WHERE (datum AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1 AND $2),
  w AS (SELECT count(*) AS wachtlijst FROM overdracht
        WHERE (created_at AT TIME ZONE 'Europe/Amsterdam')::date <= $2 AND (gepland_op IS NULL OR (gepland_op AT TIME ZONE 'Europe/Amsterdam')::date > $2)),
  u AS (
    SELECT COALESCE(sum(t.uren) FILTER (WHERE t.product = 'ONDERZOEK'), 0) AS onderzoek,
           COALESCE(sum(t.uren) FILTER (WHERE t.product IN ('VOORWAARDEN_EN_VERVOLG', 'HUISVERBOD', 'CRISIS')), 0) AS overig,
           COALESCE(sum(t.uren) FILTER (WHERE t.product NOT IN ('SCHOLING', 'MANAGEMENT', 'ONDERSTEUNING')), 0) AS direct
    FROM tijdregistratie t
    WHERE t.datum BETWEEN $1 AND $2 AND NOT EXISTS (SELECT 1 FROM tijdregistratie n WHERE n.vervangt_id = t.id)),
  inw AS (
    SELECT COALESCE(sum(i.inwoners), 0) AS inwoners
    FROM referentie.regio r JOIN referentie.gemeente g ON g.regio_code = r.code
    JOIN LATERAL (SELECT inwoners FROM referentie.gemeente_inwoners gi WHERE gi.gemeente_code = g.code ORDER BY peildatum DESC LIMIT 1) i ON true
    WHERE r.organisatie_id = public.current_tenant_id())
SELECT m.meldingen, m.hermeldingen, a.adviezen, b.beoordelingen, b.binnen_termijn, b.overdracht, i.oz_af, i.oz_tijdig, i.vv_af, i.vv_tijdig,
       i.oz_gestart, i.vv_gestart, h.huisverboden, c.crises, w.wachtlijst, u.onderzoek AS uren_onderzoek, u.overig AS uren_overig,
       u.direct AS uren_direct, inw.inwoners
FROM m, a, b, i, h, c, w, u, inw`;
