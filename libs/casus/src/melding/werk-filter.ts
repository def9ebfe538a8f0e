import type { Actor } from '@vt/auth';
import { sql, type RawBuilder, type SqlBool } from '@vt/database';
import type { Instellingen } from '@vt/instellingen';

/** Whether the team rule applies to this caller: the region restricts work and they are not a teammanager. */
function beperkt(instellingen: Instellingen, actor: Actor): boolean {
  return instellingen.werkBeperktTotTeam && !actor.rollen.includes('teammanager');
}

const ALLES = sql<SqlBool>`true`;

/** The team rule for meldingen (alias m): the caller's team or not yet assigned to a team. */
export function teamFilter(instellingen: Instellingen, actor: Actor): RawBuilder<SqlBool> {
  if (!beperkt(instellingen, actor)) return ALLES;
  return sql<SqlBool>`(m.team IS NULL OR m.team = ${actor.team ?? null})`;
}

/**
 * The team rule for a casus (by default alias c): a team member sees a casus when at least one of
 * its meldingen is of their team or not yet assigned to a team, i.e. exactly when `melding(id)`
 * shows them one of its meldingen. Teammanagers see all. Everything hanging off a casus
 * (betrokkenen, timeline, huisverboden, crisisinterventies) follows the casus.
 */
export function casusTeamFilter(
  instellingen: Instellingen,
  actor: Actor,
  casusId: 'c.id' | 'g.casus_id' | string = 'c.id',
): RawBuilder<SqlBool> {
  if (!beperkt(instellingen, actor)) return ALLES;
  // A merged casus (no meldingen of its own) is visible to whoever sees the casus it was merged into.
  return sql<SqlBool>`EXISTS (SELECT 1 FROM melding tm WHERE tm.casus_id = COALESCE((SELECT tc.samengevoegd_in FROM casus tc WHERE tc.id = ${sql.ref(casusId)}), ${sql.ref(casusId)})
    AND (tm.team IS NULL OR tm.team = ${actor.team ?? null}))`;
}

/** The team rule for a person (alias p): visible when one of the casussen it belongs to is. */
export function persoonTeamFilter(instellingen: Instellingen, actor: Actor): RawBuilder<SqlBool> {
  if (!beperkt(instellingen, actor)) return ALLES;
  return sql<SqlBool>`EXISTS (SELECT 1 FROM casus_betrokkene tcb JOIN melding tm ON tm.casus_id = tcb.casus_id
    WHERE tcb.persoon_id = p.id AND (tm.team IS NULL OR tm.team = ${actor.team ?? null}))`;
}

/** How a timeline event (alias g) about a record leads to the melding the record belongs to. */
const GEBEURTENIS_MELDING: readonly (readonly [objectType: string, meldingId: string])[] = [
  ['Melding', 'g.object_id'],
  ['Veiligheidsbeoordeling', '(SELECT melding_id FROM veiligheidsbeoordeling WHERE id = g.object_id)'],
  ['Interventie', '(SELECT melding_id FROM interventie WHERE id = g.object_id)'],
  ['Overdracht', '(SELECT melding_id FROM overdracht WHERE id = g.object_id)'],
  [
    'MonitoringContact',
    '(SELECT COALESCE(o.melding_id, i.melding_id) FROM monitoring_contact mc LEFT JOIN overdracht o ON o.id = mc.overdracht_id LEFT JOIN interventie i ON i.id = mc.interventie_id WHERE mc.id = g.object_id)',
  ],
  ['Terugkoppeling', '(SELECT melding_id FROM terugkoppeling WHERE id = g.object_id)'],
  ['Advies', '(SELECT melding_id FROM advies WHERE id = g.object_id)'],
  ['Journaalregel', '(SELECT melding_id FROM journaalregel WHERE id = g.object_id)'],
  ['Screening', '(SELECT melding_id FROM screening WHERE id = g.object_id)'],
  ['Kennisgeving', '(SELECT melding_id FROM kennisgeving WHERE id = g.object_id)'],
  // A crisis started by an acute screening belongs to that melding; one registered on its own is casus-wide.
  ['Crisisinterventie', '(SELECT melding_id FROM screening WHERE crisisinterventie_id = g.object_id LIMIT 1)'],
];

/**
 * The melding a timeline event (alias g) is about, or NULL for a casus-wide event: one mapping for
 * the team rule and for moving a melding's events on a split. `metDocumenten` also follows document
 * events to their melding (a split moves them; the team rule shows them, as it always did).
 */
export function gebeurtenisMelding(metDocumenten = false): RawBuilder<string | null> {
  const takken = metDocumenten
    ? [...GEBEURTENIS_MELDING, ['Document', '(SELECT melding_id FROM document WHERE id = g.object_id)'] as const]
    : GEBEURTENIS_MELDING;
  return sql<
    string | null
  >`(CASE g.object_type ${sql.raw(takken.map(([type, melding]) => `WHEN '${type}' THEN ${melding}`).join(' '))} END)`;
}

/**
 * The team rule for timeline events (alias g) of a visible casus: an event about a melding of
 * another team (the melding itself, its screening and the crisis it started, besluiten, interventions,
 * overdrachten, monitoring, terugkoppeling, kennisgevingen, journal entries, or the advies converted
 * into it) is left out; casus-wide events (huisverbod, documents of the casus) stay.
 */
export function tijdlijnTeamFilter(instellingen: Instellingen, actor: Actor): RawBuilder<SqlBool> {
  if (!beperkt(instellingen, actor)) return ALLES;
  return sql<SqlBool>`NOT EXISTS (SELECT 1 FROM melding tm WHERE tm.id = ${gebeurtenisMelding()}
    AND tm.team IS NOT NULL AND tm.team IS DISTINCT FROM ${actor.team ?? null})`;
}

/**
 * The team rule for history entries (alias w) of a visible casus: a correction of a melding of
 * another team is left out (as its timeline events are); corrections of persons stay.
 */
export function wijzigingTeamFilter(instellingen: Instellingen, actor: Actor): RawBuilder<SqlBool> {
  if (!beperkt(instellingen, actor)) return ALLES;
  return sql<SqlBool>`NOT EXISTS (SELECT 1 FROM melding tm WHERE w.object_type = 'Melding' AND tm.id = w.object_id
    AND tm.team IS NOT NULL AND tm.team IS DISTINCT FROM ${actor.team ?? null})`;
}

/** The team rule for journal entries (alias j) of a visible casus: an entry about a melding of another team is left out. */
export function journaalTeamFilter(instellingen: Instellingen, actor: Actor): RawBuilder<SqlBool> {
  if (!beperkt(instellingen, actor)) return ALLES;
  return sql<SqlBool>`(j.melding_id IS NULL OR EXISTS (SELECT 1 FROM melding tm WHERE tm.id = j.melding_id AND (tm.team IS NULL OR tm.team = ${actor.team ?? null})))`;
}
