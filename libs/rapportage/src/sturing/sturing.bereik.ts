import { registerEnumType } from '@nestjs/graphql';
import type { Actor } from '@vt/auth';
import { sql, type RawBuilder, type SqlBool } from '@vt/database';
import { ApiError, ErrorCode } from '@vt/platform';

/** Whose figures the management view shows: the whole region, or the caller's own teams. */
export enum SturingBereik {
  REGIO = 'REGIO',
  TEAMS = 'TEAMS',
}

registerEnumType(SturingBereik, {
  name: 'SturingBereik',
  description: 'Whose figures the management view (sturingsinformatie) shows.',
  valuesMap: {
    REGIO: { description: "The whole region, broken down by team (functioneel-beheerder; the region's team rule still applies to them)." },
    TEAMS: {
      description:
        "Only the caller's own teams (the token's team claim) and work not yet assigned to a team: a teammanager manages their teams, not the region.",
    },
  },
});

/** The scope of one caller's management view; `teams` is empty for REGIO. */
export interface Sturingsbereik {
  bereik: SturingBereik;
  teams: string[];
}

/**
 * The scope of the caller: a functioneel-beheerder sees the region (also when they are a teammanager
 * too), a teammanager their own teams. The token carries one `team` claim today; the scope is a list
 * so that a manager of several teams needs no change below this function. A teammanager without a
 * team has no scope: TEAM_ONTBREEKT, so the client can say why instead of showing empty tables.
 */
export function sturingsbereik(actor: Actor): Sturingsbereik {
  if (actor.rollen.includes('functioneel-beheerder') || !actor.rollen.includes('teammanager'))
    return { bereik: SturingBereik.REGIO, teams: [] };
  const teams = actor.team ? [actor.team] : [];
  if (teams.length === 0)
    throw new ApiError(
      ErrorCode.TEAM_ONTBREEKT,
      'Your token carries no team (claim "team"): a teammanager sees the management view of their own teams only. Ask your administrator to add your team to your account.',
    );
  return { bereik: SturingBereik.TEAMS, teams };
}

/**
 * The teams whose melding-level figures a caller sees (null: all): a teammanager's own teams, or,
 * for a region caller under the region's team rule (teamFilter of @vt/casus), their own team; work
 * not yet assigned to a team is always included, as under the team rule.
 */
export function zichtbareTeams(b: Sturingsbereik, teamRegelAan: boolean, actor: Actor): string[] | null {
  if (b.bereik === SturingBereik.TEAMS) return b.teams;
  return teamRegelAan ? (actor.team ? [actor.team] : []) : null;
}

/** The visible teams as a condition on a melding (alias `m` or `md`): "own team(s) or no team yet". */
export function teamsFilter(teams: string[] | null, alias: 'm' | 'md'): RawBuilder<SqlBool> {
  if (teams === null) return sql<SqlBool>`true`;
  const team = sql.ref(`${alias}.team`);
  return sql<SqlBool>`(${team} IS NULL OR ${team} = ANY (${teams}::text[]))`;
}
