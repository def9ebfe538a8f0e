import type { EntityManager } from 'typeorm';
import { kysely, sql, type RawBuilder, type SqlBool } from '@vt/database';
import type { Datum } from '@vt/werkdagen';

// Reviewed SQL of the kwartaalrapportage. Each statement is set-based over all months asked (the
// period and the same months of earlier years) and runs in the caller's tenant transaction, so
// row-level security scopes every table to the region. The benchmark's bouwstenen
// (libs/benchmark/src/bouwstenen.sql.ts) take their counts of cases and the wachtlijsten from
// telMaanden (exported as @vt/rapportage/definities), so a change here changes both:
// - a melding is any melding except a niet-unieke politiemelding (politie = 'NIET_UNIEK'), in every count;
// - a veiligheidsbeoordeling counts in the month it was vastgesteld (getoetst_op), "within 5 werkdagen"
//   when that Dutch date is on or before the melding's uiterlijke_beoordelingsdatum (computed at receipt
//   with the region's werkdagen calendar and beoordeling term);
// - an onderzoek or V&V counts when AFGESLOTEN in the month, within 10 weken when afgesloten_op is at
//   most 70 days after gestart_op (from start) or after the melding's ontvangstdatum (from melding);
// - the overdracht wachtlijst is an overdracht created on or before the day with no agreed date by then.
// Timestamps are read as Dutch calendar dates (Europe/Amsterdam). PostgreSQL sends counts as text.

/**
 * The three wachtlijsten as stocks at each day `eind` of \`mnd(maand, eind)\` (CTEs vastgesteld, laat,
 * wacht_b, wacht_s, wacht_o), given \`grens(na)\`, the day after the last one. One definition for the
 * month ends of the kwartaalrapportage and the days of the sturingsinformatie. With `perTeam` (a
 * condition on the melding `md`, e.g. the caller's teams) each stock is also grouped by the team of
 * the melding it hangs off (column `team`), for the sturingsinformatie's team figures.
 */
export function wachtlijstCtes(perTeam?: RawBuilder<SqlBool>): RawBuilder<unknown> {
  // Without perTeam the region's statement is the one the benchmark has always used (no melding join).
  const team = perTeam ? sql`, md.team` : sql``;
  const laatTeam = perTeam ? sql`, laat.team` : sql``;
  const waar = perTeam ?? sql<SqlBool>`true`;
  const melding = (koppeling: RawBuilder<unknown>) => (perTeam ? sql`JOIN melding md ON md.id = ${koppeling} AND ${perTeam}` : sql``);
  return sql`
-- Stocks at each month's last day.
    -- Only meldingen assessed late or not at all can be waiting at some month end (waiting means the
    -- term ended before that day and no beoordeling was vastgesteld by then); one never assessed that
    -- is closed (e.g. merged away) is not waiting. A melding vastgesteld on or before the first day
    -- counted waits on none of the days, so only later beoordelingen are read (an index range, not
    -- the region's whole history); a melding has at most one vastgestelde (beoordeling_vastgesteld_tenant_idx).
    eerste AS (SELECT min(eind) AS eind FROM mnd),
    vastgesteld AS (
      SELECT b.melding_id, min((b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date) AS op
      FROM veiligheidsbeoordeling b, eerste
      WHERE b.status = 'VASTGESTELD' AND b.getoetst_op >= ((eerste.eind + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
      GROUP BY b.melding_id),
    laat AS (
      SELECT md.uiterlijke_beoordelingsdatum AS termijn, v.op AS vastgesteld ${team}
      FROM vastgesteld v JOIN melding md ON md.id = v.melding_id, grens
      WHERE md.politie IS DISTINCT FROM 'NIET_UNIEK' AND md.uiterlijke_beoordelingsdatum < grens.na AND ${waar}
        AND v.op > md.uiterlijke_beoordelingsdatum
      UNION ALL
      SELECT md.uiterlijke_beoordelingsdatum, NULL::date ${team}
      FROM melding md, grens
      WHERE md.politie IS DISTINCT FROM 'NIET_UNIEK' AND md.uiterlijke_beoordelingsdatum < grens.na AND ${waar}
        AND md.fase IN ('TE_BEOORDELEN', 'TER_TOETSING')
        AND NOT EXISTS (SELECT 1 FROM veiligheidsbeoordeling b
                        WHERE b.melding_id = md.id AND b.status = 'VASTGESTELD' AND b.getoetst_op IS NOT NULL)),
    wacht_b AS (
      SELECT mnd.maand ${laatTeam}, count(*) AS wacht_beoordeling
      FROM mnd JOIN laat ON laat.termijn < mnd.eind AND (laat.vastgesteld IS NULL OR laat.vastgesteld > mnd.eind)
      GROUP BY mnd.maand ${laatTeam}),
    wacht_s AS (
      SELECT mnd.maand ${team}, count(i.id) AS wacht_start
      FROM mnd JOIN interventie i ON i.besloten_op <= mnd.eind AND (i.gestart_op IS NULL OR i.gestart_op > mnd.eind)
        AND (i.afgesloten_op IS NULL OR i.afgesloten_op > mnd.eind)
        ${melding(sql`i.melding_id`)}
      GROUP BY mnd.maand ${team}),
    wacht_o AS (
      SELECT mnd.maand ${team}, count(o.id) AS wacht_overdracht
      FROM mnd JOIN overdracht o ON (o.created_at AT TIME ZONE 'Europe/Amsterdam')::date <= mnd.eind
        AND (o.gepland_op IS NULL OR (o.gepland_op AT TIME ZONE 'Europe/Amsterdam')::date > mnd.eind)
        AND (o.uitgevoerd_op IS NULL OR o.uitgevoerd_op > mnd.eind)
        ${melding(sql`o.melding_id`)}
      GROUP BY mnd.maand ${team})`;
}

const WACHTLIJSTEN = wachtlijstCtes();

/** Raw counts of one month (first day in `maand`); stocks are at the month's last day. */
export type MaandRij = Record<
  | 'maand'
  | 'adviezen'
  | 'adviezen_chat'
  | 'meldingen'
  | 'zorgmeldingen'
  | 'zorgmeldingen_zonder_melding'
  | 'beoordelingen'
  | 'binnen_termijn'
  | 'geen_vervolgstappen'
  | 'overdracht'
  | 'onderzoek'
  | 'voorwaarden_en_vervolg'
  | 'regionaal_maatwerk'
  | 'crises'
  | 'huisverboden'
  | 'huisverboden_verlengd'
  | 'oz_gestart'
  | 'vv_gestart'
  | 'oz_af'
  | 'oz_tijdig_start'
  | 'oz_tijdig_melding'
  | 'vv_af'
  | 'vv_tijdig_start'
  | 'vv_tijdig_melding'
  | 'wacht_beoordeling'
  | 'wacht_start'
  | 'wacht_overdracht'
  | 'mon3_gezin_voldoende'
  | 'mon3_gezin'
  | 'mon3_prof_voldoende'
  | 'mon3_prof'
  | 'mon12_gezin_voldoende'
  | 'mon12_gezin'
  | 'mon12_prof_voldoende'
  | 'mon12_prof'
  | 'monitoring'
  | 'klachten_ontvangen'
  | 'klachten_afgesloten'
  | 'klachten_gegrond',
  string
>;

/** The per-month figures of the given months (first days), one row per month in ascending order. */
export async function telMaanden(m: EntityManager, maanden: Datum[]): Promise<MaandRij[]> {
  // The outer bounds as sargable ranges next to each month filter, so the (tenant, date) indexes serve
  // every table and a year costs the same however many years the region holds.
  const gesorteerd = [...maanden].sort();
  const { rows } = await sql<MaandRij>`
    WITH
      grens AS (SELECT ${gesorteerd[0]}::date AS van, (${gesorteerd.at(-1)}::date + interval '1 month')::date AS na),
      mnd AS (SELECT b::date AS maand, (b + interval '1 month' - interval '1 day')::date AS eind FROM unnest(${maanden}::date[]) AS b),
      adv AS (
        SELECT date_trunc('month', ontvangen_op AT TIME ZONE 'Europe/Amsterdam')::date AS maand,
               count(*) AS adviezen, count(*) FILTER (WHERE kanaal = 'CHAT') AS adviezen_chat
        FROM advies, grens
        WHERE ontvangen_op >= (grens.van::timestamp AT TIME ZONE 'Europe/Amsterdam') AND ontvangen_op < (grens.na::timestamp AT TIME ZONE 'Europe/Amsterdam')
          AND date_trunc('month', ontvangen_op AT TIME ZONE 'Europe/Amsterdam')::date = ANY (${maanden}::date[])
        GROUP BY 1),
      mel AS (
        SELECT date_trunc('month', ontvangstdatum)::date AS maand, count(*) AS meldingen
        FROM melding, grens
        WHERE ontvangstdatum >= grens.van AND ontvangstdatum < grens.na AND politie IS DISTINCT FROM 'NIET_UNIEK'
          AND date_trunc('month', ontvangstdatum)::date = ANY (${maanden}::date[])
        GROUP BY 1),
      zorg AS (
        SELECT date_trunc('month', ontvangstdatum)::date AS maand, count(*) AS zorgmeldingen,
               count(*) FILTER (WHERE melding_id IS NULL) AS zorgmeldingen_zonder_melding
        FROM zorgmelding_jeugd, grens WHERE ontvangstdatum >= grens.van AND ontvangstdatum < grens.na
          AND date_trunc('month', ontvangstdatum)::date = ANY (${maanden}::date[]) GROUP BY 1),
      beo AS (
        SELECT date_trunc('month', b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date AS maand, count(*) AS beoordelingen,
               count(*) FILTER (WHERE (b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date <= md.uiterlijke_beoordelingsdatum) AS binnen_termijn,
               count(*) FILTER (WHERE b.besluit = 'GEEN_VERVOLGSTAPPEN') AS geen_vervolgstappen,
               count(*) FILTER (WHERE b.besluit = 'OVERDRACHT') AS overdracht,
               count(*) FILTER (WHERE b.besluit = 'ONDERZOEK') AS onderzoek,
               count(*) FILTER (WHERE b.besluit = 'VOORWAARDEN_EN_VERVOLG') AS voorwaarden_en_vervolg,
               count(*) FILTER (WHERE b.besluit = 'REGIONAAL_MAATWERK') AS regionaal_maatwerk
        FROM veiligheidsbeoordeling b JOIN melding md ON md.id = b.melding_id, grens
        WHERE b.status = 'VASTGESTELD' AND b.getoetst_op >= (grens.van::timestamp AT TIME ZONE 'Europe/Amsterdam') AND b.getoetst_op < (grens.na::timestamp AT TIME ZONE 'Europe/Amsterdam')
          AND md.politie IS DISTINCT FROM 'NIET_UNIEK'
          AND date_trunc('month', b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date = ANY (${maanden}::date[])
        GROUP BY 1),
      cri AS (
        SELECT date_trunc('month', datum AT TIME ZONE 'Europe/Amsterdam')::date AS maand, count(*) AS crises
        FROM crisisinterventie, grens WHERE datum >= (grens.van::timestamp AT TIME ZONE 'Europe/Amsterdam') AND datum < (grens.na::timestamp AT TIME ZONE 'Europe/Amsterdam')
          AND date_trunc('month', datum AT TIME ZONE 'Europe/Amsterdam')::date = ANY (${maanden}::date[]) GROUP BY 1),
      thv AS (
        SELECT date_trunc('month', opgelegd_op)::date AS maand, count(*) AS huisverboden, count(*) FILTER (WHERE verlengd) AS huisverboden_verlengd
        FROM huisverbod, grens WHERE opgelegd_op >= grens.van AND opgelegd_op < grens.na AND date_trunc('month', opgelegd_op)::date = ANY (${maanden}::date[]) GROUP BY 1),
      gestart AS (
        SELECT date_trunc('month', gestart_op)::date AS maand,
               count(*) FILTER (WHERE soort = 'ONDERZOEK') AS oz_gestart, count(*) FILTER (WHERE soort = 'VOORWAARDEN_EN_VERVOLG') AS vv_gestart
        FROM interventie, grens WHERE gestart_op >= grens.van AND gestart_op < grens.na AND date_trunc('month', gestart_op)::date = ANY (${maanden}::date[]) GROUP BY 1),
      af AS (
        SELECT date_trunc('month', i.afgesloten_op)::date AS maand,
               count(*) FILTER (WHERE i.soort = 'ONDERZOEK') AS oz_af,
               count(*) FILTER (WHERE i.soort = 'ONDERZOEK' AND i.afgesloten_op <= i.gestart_op + 70) AS oz_tijdig_start,
               count(*) FILTER (WHERE i.soort = 'ONDERZOEK' AND i.afgesloten_op <= md.ontvangstdatum + 70) AS oz_tijdig_melding,
               count(*) FILTER (WHERE i.soort = 'VOORWAARDEN_EN_VERVOLG') AS vv_af,
               count(*) FILTER (WHERE i.soort = 'VOORWAARDEN_EN_VERVOLG' AND i.afgesloten_op <= i.gestart_op + 70) AS vv_tijdig_start,
               count(*) FILTER (WHERE i.soort = 'VOORWAARDEN_EN_VERVOLG' AND i.afgesloten_op <= md.ontvangstdatum + 70) AS vv_tijdig_melding
        FROM interventie i JOIN melding md ON md.id = i.melding_id, grens
        WHERE i.status = 'AFGESLOTEN' AND i.afgesloten_op >= grens.van AND i.afgesloten_op < grens.na AND date_trunc('month', i.afgesloten_op)::date = ANY (${maanden}::date[]) GROUP BY 1),
      mon AS (
        SELECT date_trunc('month', uitgevoerd_op)::date AS maand, count(*) AS monitoring,
               count(*) FILTER (WHERE moment = 'DRIE_MAANDEN' AND score_gezin = 'VOLDOENDE') AS mon3_gezin_voldoende,
               count(*) FILTER (WHERE moment = 'DRIE_MAANDEN' AND score_gezin IS NOT NULL) AS mon3_gezin,
               count(*) FILTER (WHERE moment = 'DRIE_MAANDEN' AND score_professional = 'VOLDOENDE') AS mon3_prof_voldoende,
               count(*) FILTER (WHERE moment = 'DRIE_MAANDEN' AND score_professional IS NOT NULL) AS mon3_prof,
               count(*) FILTER (WHERE moment = 'TWAALF_MAANDEN' AND score_gezin = 'VOLDOENDE') AS mon12_gezin_voldoende,
               count(*) FILTER (WHERE moment = 'TWAALF_MAANDEN' AND score_gezin IS NOT NULL) AS mon12_gezin,
               count(*) FILTER (WHERE moment = 'TWAALF_MAANDEN' AND score_professional = 'VOLDOENDE') AS mon12_prof_voldoende,
               count(*) FILTER (WHERE moment = 'TWAALF_MAANDEN' AND score_professional IS NOT NULL) AS mon12_prof
        FROM monitoring_contact, grens
        WHERE status = 'UITGEVOERD' AND uitgevoerd_op >= grens.van AND uitgevoerd_op < grens.na AND date_trunc('month', uitgevoerd_op)::date = ANY (${maanden}::date[]) GROUP BY 1),
      kl_in AS (
        SELECT date_trunc('month', ontvangen_op)::date AS maand, count(*) AS klachten_ontvangen
        FROM klacht, grens WHERE ontvangen_op >= grens.van AND ontvangen_op < grens.na AND date_trunc('month', ontvangen_op)::date = ANY (${maanden}::date[]) GROUP BY 1),
      kl_af AS (
        SELECT date_trunc('month', afgesloten_op)::date AS maand, count(*) AS klachten_afgesloten,
               count(*) FILTER (WHERE uitkomst IN ('GEGROND', 'DEELS_GEGROND')) AS klachten_gegrond
        FROM klacht, grens WHERE status = 'AFGESLOTEN' AND afgesloten_op >= grens.van AND afgesloten_op < grens.na AND date_trunc('month', afgesloten_op)::date = ANY (${maanden}::date[]) GROUP BY 1),
      ${WACHTLIJSTEN}
    SELECT to_char(mnd.maand, 'YYYY-MM-DD') AS maand,
           COALESCE(adv.adviezen, 0) AS adviezen, COALESCE(adv.adviezen_chat, 0) AS adviezen_chat,
           COALESCE(mel.meldingen, 0) AS meldingen,
           COALESCE(zorg.zorgmeldingen, 0) AS zorgmeldingen, COALESCE(zorg.zorgmeldingen_zonder_melding, 0) AS zorgmeldingen_zonder_melding,
           COALESCE(beo.beoordelingen, 0) AS beoordelingen, COALESCE(beo.binnen_termijn, 0) AS binnen_termijn,
           COALESCE(beo.geen_vervolgstappen, 0) AS geen_vervolgstappen, COALESCE(beo.overdracht, 0) AS overdracht,
           COALESCE(beo.onderzoek, 0) AS onderzoek, COALESCE(beo.voorwaarden_en_vervolg, 0) AS voorwaarden_en_vervolg,
           COALESCE(beo.regionaal_maatwerk, 0) AS regionaal_maatwerk,
           COALESCE(cri.crises, 0) AS crises, COALESCE(thv.huisverboden, 0) AS huisverboden, COALESCE(thv.huisverboden_verlengd, 0) AS huisverboden_verlengd,
           COALESCE(gestart.oz_gestart, 0) AS oz_gestart, COALESCE(gestart.vv_gestart, 0) AS vv_gestart,
           COALESCE(af.oz_af, 0) AS oz_af, COALESCE(af.oz_tijdig_start, 0) AS oz_tijdig_start, COALESCE(af.oz_tijdig_melding, 0) AS oz_tijdig_melding,
           COALESCE(af.vv_af, 0) AS vv_af, COALESCE(af.vv_tijdig_start, 0) AS vv_tijdig_start, COALESCE(af.vv_tijdig_melding, 0) AS vv_tijdig_melding,
           COALESCE(wacht_b.wacht_beoordeling, 0) AS wacht_beoordeling, COALESCE(wacht_s.wacht_start, 0) AS wacht_start,
           COALESCE(wacht_o.wacht_overdracht, 0) AS wacht_overdracht,
           COALESCE(mon.monitoring, 0) AS monitoring,
           COALESCE(mon.mon3_gezin_voldoende, 0) AS mon3_gezin_voldoende, COALESCE(mon.mon3_gezin, 0) AS mon3_gezin,
           COALESCE(mon.mon3_prof_voldoende, 0) AS mon3_prof_voldoende, COALESCE(mon.mon3_prof, 0) AS mon3_prof,
           COALESCE(mon.mon12_gezin_voldoende, 0) AS mon12_gezin_voldoende, COALESCE(mon.mon12_gezin, 0) AS mon12_gezin,
           COALESCE(mon.mon12_prof_voldoende, 0) AS mon12_prof_voldoende, COALESCE(mon.mon12_prof, 0) AS mon12_prof,
           COALESCE(kl_in.klachten_ontvangen, 0) AS klachten_ontvangen, COALESCE(kl_af.klachten_afgesloten, 0) AS klachten_afgesloten,
           COALESCE(kl_af.klachten_gegrond, 0) AS klachten_gegrond
    FROM mnd
    LEFT JOIN adv USING (maand) LEFT JOIN mel USING (maand) LEFT JOIN zorg USING (maand) LEFT JOIN beo USING (maand)
    LEFT JOIN cri USING (maand) LEFT JOIN thv USING (maand) LEFT JOIN gestart USING (maand) LEFT JOIN af USING (maand)
    LEFT JOIN mon USING (maand) LEFT JOIN kl_in USING (maand) LEFT JOIN kl_af USING (maand)
    LEFT JOIN wacht_b USING (maand) LEFT JOIN wacht_s USING (maand) LEFT JOIN wacht_o USING (maand)
    ORDER BY mnd.maand`.execute(kysely(m));
  return rows;
}

/** Adviezen, meldingen and zorgmeldingen of one gemeente (code null: none recorded) over the period, with its inwoners. */
export type GemeenteRij = {
  gemeente_code: string | null;
  naam: string | null;
  in_regio: boolean;
  inwoners: number | null;
  peildatum: string | null;
  adviezen: string;
  meldingen: string;
  zorgmeldingen: string;
};

/**
 * Per gemeente over [van, tot]: every gemeente of the region (also with nothing), plus the
 * gemeenten outside the region and "unknown" (null) that occur. Inwoners are those at the latest
 * peildatum on or before `peildatum` (1 January of the period's year, as CBS counts population);
 * when the reference data has none that early, the earliest one there is (its date is reported).
 */
export async function telPerGemeente(m: EntityManager, van: Datum, tot: Datum, peildatum: Datum): Promise<GemeenteRij[]> {
  const { rows } = await sql<GemeenteRij>`
    WITH
      regio AS (SELECT code FROM referentie.regio WHERE organisatie_id = public.current_tenant_id()),
      a AS (SELECT gemeente_code, count(*) AS n FROM advies
            WHERE (ontvangen_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ${van} AND ${tot} GROUP BY 1),
      md AS (SELECT gemeente_code, count(*) AS n FROM melding
             WHERE politie IS DISTINCT FROM 'NIET_UNIEK' AND ontvangstdatum BETWEEN ${van} AND ${tot} GROUP BY 1),
      z AS (SELECT gemeente_code, count(*) AS n FROM zorgmelding_jeugd WHERE ontvangstdatum BETWEEN ${van} AND ${tot} GROUP BY 1),
      codes AS (
        SELECT g.code FROM referentie.gemeente g JOIN regio r ON r.code = g.regio_code
        UNION SELECT gemeente_code FROM a UNION SELECT gemeente_code FROM md UNION SELECT gemeente_code FROM z)
    SELECT c.code AS gemeente_code, g.naam, COALESCE(g.regio_code IN (SELECT code FROM regio), false) AS in_regio,
           i.inwoners, to_char(i.peildatum, 'YYYY-MM-DD') AS peildatum,
           COALESCE(a.n, 0) AS adviezen, COALESCE(md.n, 0) AS meldingen, COALESCE(z.n, 0) AS zorgmeldingen
    FROM codes c
    LEFT JOIN referentie.gemeente g ON g.code = c.code
    LEFT JOIN LATERAL (
      SELECT gi.inwoners, gi.peildatum FROM referentie.gemeente_inwoners gi WHERE gi.gemeente_code = c.code
      ORDER BY gi.peildatum <= ${peildatum}::date DESC, CASE WHEN gi.peildatum <= ${peildatum}::date THEN gi.peildatum END DESC NULLS LAST, gi.peildatum
      LIMIT 1) i ON true
    LEFT JOIN a ON a.gemeente_code IS NOT DISTINCT FROM c.code
    LEFT JOIN md ON md.gemeente_code IS NOT DISTINCT FROM c.code
    LEFT JOIN z ON z.gemeente_code IS NOT DISTINCT FROM c.code
    ORDER BY in_regio DESC, g.naam NULLS LAST, c.code NULLS LAST`.execute(kysely(m));
  return rows;
}

/** The region of the transaction's tenant. */
export async function leesRegio(m: EntityManager): Promise<{ code: string; naam: string }> {
  const { rows } = await sql<{ code: string; naam: string }>`
    SELECT code, naam FROM referentie.regio WHERE organisatie_id = public.current_tenant_id() ORDER BY code LIMIT 1`.execute(kysely(m));
  return rows[0] ?? { code: '', naam: '' };
}

/** Budgeted volumes and ziekteverzuim of the given months (first days). */
export async function leesInvoer(
  m: EntityManager,
  maanden: Datum[],
): Promise<{
  begroting: { maand: string; product: string; volume: string }[];
  verzuim: { maand: string; team: string; percentage: string }[];
}> {
  const begroting = await sql<{ maand: string; product: string; volume: string }>`
    SELECT to_char(make_date(jaar, maand, 1), 'YYYY-MM-DD') AS maand, product, volume::text AS volume FROM begroting_maand
    WHERE make_date(jaar, maand, 1) = ANY (${maanden}::date[]) ORDER BY jaar, maand, product`.execute(kysely(m));
  const verzuim = await sql<{ maand: string; team: string; percentage: string }>`
    SELECT to_char(make_date(jaar, maand, 1), 'YYYY-MM-DD') AS maand, team, percentage::text AS percentage FROM ziekteverzuim
    WHERE make_date(jaar, maand, 1) = ANY (${maanden}::date[]) ORDER BY jaar, maand, team`.execute(kysely(m));
  return { begroting: begroting.rows, verzuim: verzuim.rows };
}

/** The three wachtlijsten at the end of a day. */
export type WachtlijstRij = { dag: string; wacht_beoordeling: string; wacht_start: string; wacht_overdracht: string };

/** The wachtlijsten at the end of each given day (the same definition as the month ends of telMaanden). */
export async function telWachtlijsten(m: EntityManager, dagen: Datum[]): Promise<WachtlijstRij[]> {
  const { rows } = await sql<WachtlijstRij>`
    WITH
      grens AS (SELECT (max(d) + 1)::date AS na FROM unnest(${dagen}::date[]) AS d),
      mnd AS (SELECT d::date AS maand, d::date AS eind FROM unnest(${dagen}::date[]) AS d),
      ${WACHTLIJSTEN}
    SELECT to_char(mnd.maand, 'YYYY-MM-DD') AS dag, COALESCE(wacht_b.wacht_beoordeling, 0) AS wacht_beoordeling,
           COALESCE(wacht_s.wacht_start, 0) AS wacht_start, COALESCE(wacht_o.wacht_overdracht, 0) AS wacht_overdracht
    FROM mnd LEFT JOIN wacht_b USING (maand) LEFT JOIN wacht_s USING (maand) LEFT JOIN wacht_o USING (maand)
    ORDER BY mnd.maand`.execute(kysely(m));
  return rows;
}
