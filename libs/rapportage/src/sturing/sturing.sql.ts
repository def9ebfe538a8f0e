import type { EntityManager } from 'typeorm';
import { kysely, sql, type RawBuilder, type SqlBool } from '@vt/database';
import { wachtlijstCtes } from '../kwartaal/kwartaal.sql.js';

// Reviewed SQL of the sturingsinformatie's current figures: set-based, one statement each, in the
// caller's tenant transaction (row-level security scopes every table to the region), under the
// team rule `teamRegel` on the melding m (teamFilter of @vt/casus).

/** Open tasks of the deadline watch per team and kind. */
export type TakenTelling = { team: string | null; soort: string; binnenkort: string; verlopen: string };

/** Open tasks per team and kind, split by signal; the team rule applies to the task's melding. */
export async function telTaken(m: EntityManager, teamRegel: RawBuilder<SqlBool>): Promise<TakenTelling[]> {
  const { rows } = await sql<TakenTelling>`
    SELECT t.team, t.soort, count(*) FILTER (WHERE t.signaal = 'BINNENKORT')::text AS binnenkort,
           count(*) FILTER (WHERE t.signaal = 'VERLOPEN')::text AS verlopen
    FROM taak t JOIN melding m ON m.id = t.melding_id
    WHERE ${teamRegel}
    GROUP BY t.team, t.soort`.execute(kysely(m));
  return rows;
}

/** Caseload of one medewerker (null: nobody) in one team (null: none). */
export type CaseloadRij = { medewerker: string | null; naam: string | null; team: string | null; meldingen: string; interventies: string };

/**
 * Per assigned medewerker and team: open meldingen (not AFGESLOTEN; a niet-unieke politiemelding is
 * no melding, as in the kwartaalrapportage) and the planned or running interventions on them. The
 * name comes from the region's medewerker register where the user is registered.
 */
export async function telCaseload(m: EntityManager, teamRegel: RawBuilder<SqlBool>): Promise<CaseloadRij[]> {
  const { rows } = await sql<CaseloadRij>`
    WITH
      mel AS (
        SELECT m.toegewezen_aan, m.team, count(*) AS n FROM melding m
        WHERE m.fase <> 'AFGESLOTEN' AND m.politie IS DISTINCT FROM 'NIET_UNIEK' AND ${teamRegel}
        GROUP BY 1, 2),
      itv AS (
        SELECT m.toegewezen_aan, m.team, count(*) AS n FROM interventie i JOIN melding m ON m.id = i.melding_id
        WHERE i.status IN ('GEPLAND', 'GESTART') AND m.politie IS DISTINCT FROM 'NIET_UNIEK' AND ${teamRegel}
        GROUP BY 1, 2),
      sleutel AS (SELECT toegewezen_aan, team FROM mel UNION SELECT toegewezen_aan, team FROM itv)
    SELECT k.toegewezen_aan AS medewerker, mw.naam, k.team, COALESCE(mel.n, 0)::text AS meldingen, COALESCE(itv.n, 0)::text AS interventies
    FROM sleutel k
    LEFT JOIN mel ON mel.toegewezen_aan IS NOT DISTINCT FROM k.toegewezen_aan AND mel.team IS NOT DISTINCT FROM k.team
    LEFT JOIN itv ON itv.toegewezen_aan IS NOT DISTINCT FROM k.toegewezen_aan AND itv.team IS NOT DISTINCT FROM k.team
    LEFT JOIN LATERAL (SELECT naam FROM medewerker WHERE gebruiker_id = k.toegewezen_aan ORDER BY created_at LIMIT 1) mw ON true
    ORDER BY k.team NULLS LAST, k.toegewezen_aan IS NULL, mw.naam NULLS LAST, k.toegewezen_aan`.execute(kysely(m));
  return rows;
}

/** One team's figures of one month (first day) or day: counts as text, team null: no team yet. */
export type TeamMaandRij = {
  maand: string;
  team: string | null;
  meldingen: string;
  beoordelingen: string;
  binnen_termijn: string;
  wacht_beoordeling: string;
  wacht_start: string;
  wacht_overdracht: string;
};

/**
 * Per month and team (of the melding, as it is assigned now) within `bereik` (a condition on the
 * melding md): meldingen received, veiligheidsbeoordelingen vastgesteld and those within term, and
 * the wachtlijsten at the month end. The kwartaalrapportage's definitions (telMaanden): the same
 * month buckets, the same wachtlijst CTEs, grouped by team. Only (month, team) pairs with a figure.
 */
export async function telTeamMaanden(m: EntityManager, maanden: string[], bereik: RawBuilder<SqlBool>): Promise<TeamMaandRij[]> {
  const gesorteerd = [...maanden].sort();
  const { rows } = await sql<TeamMaandRij>`
    WITH
      grens AS (SELECT ${gesorteerd[0]}::date AS van, (${gesorteerd.at(-1)}::date + interval '1 month')::date AS na),
      mnd AS (SELECT b::date AS maand, (b + interval '1 month' - interval '1 day')::date AS eind FROM unnest(${maanden}::date[]) AS b),
      mel AS (
        SELECT date_trunc('month', md.ontvangstdatum)::date AS maand, md.team, count(*) AS meldingen
        FROM melding md, grens
        WHERE md.ontvangstdatum >= grens.van AND md.ontvangstdatum < grens.na AND md.politie IS DISTINCT FROM 'NIET_UNIEK'
          AND date_trunc('month', md.ontvangstdatum)::date = ANY (${maanden}::date[]) AND ${bereik}
        GROUP BY 1, 2),
      beo AS (
        SELECT date_trunc('month', b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date AS maand, md.team, count(*) AS beoordelingen,
               count(*) FILTER (WHERE (b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date <= md.uiterlijke_beoordelingsdatum) AS binnen_termijn
        FROM veiligheidsbeoordeling b JOIN melding md ON md.id = b.melding_id
        WHERE b.status = 'VASTGESTELD' AND md.politie IS DISTINCT FROM 'NIET_UNIEK'
          AND date_trunc('month', b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date = ANY (${maanden}::date[]) AND ${bereik}
        GROUP BY 1, 2),
      ${wachtlijstCtes(bereik)},
      sleutel AS (
        SELECT maand, team FROM mel UNION SELECT maand, team FROM beo UNION SELECT maand, team FROM wacht_b
        UNION SELECT maand, team FROM wacht_s UNION SELECT maand, team FROM wacht_o)
    SELECT to_char(k.maand, 'YYYY-MM-DD') AS maand, k.team,
           COALESCE(mel.meldingen, 0)::text AS meldingen, COALESCE(beo.beoordelingen, 0)::text AS beoordelingen,
           COALESCE(beo.binnen_termijn, 0)::text AS binnen_termijn, COALESCE(wacht_b.wacht_beoordeling, 0)::text AS wacht_beoordeling,
           COALESCE(wacht_s.wacht_start, 0)::text AS wacht_start, COALESCE(wacht_o.wacht_overdracht, 0)::text AS wacht_overdracht
    FROM sleutel k
    LEFT JOIN mel ON mel.maand = k.maand AND mel.team IS NOT DISTINCT FROM k.team
    LEFT JOIN beo ON beo.maand = k.maand AND beo.team IS NOT DISTINCT FROM k.team
    LEFT JOIN wacht_b ON wacht_b.maand = k.maand AND wacht_b.team IS NOT DISTINCT FROM k.team
    LEFT JOIN wacht_s ON wacht_s.maand = k.maand AND wacht_s.team IS NOT DISTINCT FROM k.team
    LEFT JOIN wacht_o ON wacht_o.maand = k.maand AND wacht_o.team IS NOT DISTINCT FROM k.team
    ORDER BY k.maand, k.team NULLS LAST`.execute(kysely(m));
  return rows;
}

/** The wachtlijsten per team (within `bereik`, a condition on the melding md) at the end of one day. */
export async function telTeamWachtlijsten(
  m: EntityManager,
  dag: string,
  bereik: RawBuilder<SqlBool>,
): Promise<Pick<TeamMaandRij, 'team' | 'wacht_beoordeling' | 'wacht_start' | 'wacht_overdracht'>[]> {
  const { rows } = await sql<Pick<TeamMaandRij, 'team' | 'wacht_beoordeling' | 'wacht_start' | 'wacht_overdracht'>>`
    WITH
      grens AS (SELECT (${dag}::date + 1)::date AS na),
      mnd AS (SELECT ${dag}::date AS maand, ${dag}::date AS eind),
      ${wachtlijstCtes(bereik)},
      sleutel AS (SELECT team FROM wacht_b UNION SELECT team FROM wacht_s UNION SELECT team FROM wacht_o)
    SELECT k.team, COALESCE(wacht_b.wacht_beoordeling, 0)::text AS wacht_beoordeling,
           COALESCE(wacht_s.wacht_start, 0)::text AS wacht_start, COALESCE(wacht_o.wacht_overdracht, 0)::text AS wacht_overdracht
    FROM sleutel k
    LEFT JOIN wacht_b ON wacht_b.team IS NOT DISTINCT FROM k.team
    LEFT JOIN wacht_s ON wacht_s.team IS NOT DISTINCT FROM k.team
    LEFT JOIN wacht_o ON wacht_o.team IS NOT DISTINCT FROM k.team
    ORDER BY k.team NULLS LAST`.execute(kysely(m));
  return rows;
}
