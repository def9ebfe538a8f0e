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
