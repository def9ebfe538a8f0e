import type { Actor } from '@vt/auth';
import type { Instellingen } from '@vt/instellingen';

/**
 * SQL condition (on alias m) that limits meldingen to the caller's team when the region restricts
 * work to teams. Teammanagers see all teams. $n is the parameter index of the team value.
 */
export function teamFilter(instellingen: Instellingen, actor: Actor, parameterIndex: number): { where: string; params: unknown[] } {
  if (!instellingen.werkBeperktTotTeam || actor.rollen.includes('teammanager')) return { where: 'true', params: [] };
  return { where: `(m.team IS NULL OR m.team = $${parameterIndex})`, params: [actor.team ?? null] };
}

/**
 * The team rule for a casus (alias c): a team member sees a casus when at least one of its
 * meldingen is of their team or not yet assigned to a team, i.e. exactly when `melding(id)` shows
 * them one of its meldingen. Teammanagers see all. Everything hanging off a casus (betrokkenen,
 * timeline, huisverboden, crisisinterventies) follows the casus.
 */
export function casusTeamFilter(instellingen: Instellingen, actor: Actor, parameterIndex: number, casusId = 'c.id'): { where: string; params: unknown[] } {
  if (!instellingen.werkBeperktTotTeam || actor.rollen.includes('teammanager')) return { where: 'true', params: [] };
  return {
    where: `EXISTS (SELECT 1 FROM melding tm WHERE tm.casus_id = ${casusId} AND (tm.team IS NULL OR tm.team = $${parameterIndex}))`,
    params: [actor.team ?? null],
  };
}

/** The team rule for a person (alias p): visible when one of the casussen it belongs to is. */
export function persoonTeamFilter(instellingen: Instellingen, actor: Actor, parameterIndex: number): { where: string; params: unknown[] } {
  if (!instellingen.werkBeperktTotTeam || actor.rollen.includes('teammanager')) return { where: 'true', params: [] };
  return {
    where: `EXISTS (SELECT 1 FROM casus_betrokkene tcb JOIN melding tm ON tm.casus_id = tcb.casus_id
                    WHERE tcb.persoon_id = p.id AND (tm.team IS NULL OR tm.team = $${parameterIndex}))`,
    params: [actor.team ?? null],
  };
}
