import type { EntityManager } from 'typeorm';
import { kysely, sql, type RawBuilder, type SqlBool } from '@vt/database';

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
