import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely } from '@vt/database';
import { begrensdeLijst, check, validatie } from '@vt/platform';
import type { LegZiekteverzuimVastInput, Ziekteverzuim } from './ziekteverzuim.types.js';

/** Ziekteverzuim per month per team: input for the kwartaalrapportage, kept by the functioneel-beheerder. */
@Injectable()
export class ZiekteverzuimService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
  ) {}

  lees(jaar: number): Promise<Ziekteverzuim[]> {
    check.geheel('jaar', jaar, 2000, 2100);
    return this.db.run((m) => this.leesJaar(m, jaar));
  }

  /**
   * Replaces the month's figures: the month is entered as one form (all teams at once), so a
   * whole-month replace is the natural unit and a team left out is removed.
   */
  legVast(input: LegZiekteverzuimVastInput): Promise<Ziekteverzuim[]> {
    check.geheel('jaar', input.jaar, 2000, 2100);
    check.geheel('maand', input.maand, 1, 12);
    begrensdeLijst('teams', input.teams, 100);
    const seen = new Set<string>();
    const rijen = input.teams.map((t, i) => {
      const team = check.tekst(`teams[${i}].team`, t.team, { max: 200 });
      if (seen.has(team)) throw validatie(`teams[${i}].team`, 'is listed twice');
      seen.add(team);
      if (!Number.isFinite(t.percentage) || t.percentage < 0 || t.percentage > 100)
        throw validatie(`teams[${i}].percentage`, 'must be from 0 to 100');
      return {
        jaar: input.jaar,
        maand: input.maand,
        team,
        percentage: t.percentage.toFixed(2),
        geregistreerd_door: this.current.actor.userId,
      };
    });
    return this.db.run(async (m) => {
      await kysely(m).deleteFrom('ziekteverzuim').where('jaar', '=', input.jaar).where('maand', '=', input.maand).execute();
      if (rijen.length) await kysely(m).insertInto('ziekteverzuim').values(rijen).execute();
      return (await this.leesJaar(m, input.jaar)).filter((z) => z.maand === input.maand);
    });
  }

  private async leesJaar(m: EntityManager, jaar: number): Promise<Ziekteverzuim[]> {
    const rows = await kysely(m)
      .selectFrom('ziekteverzuim')
      .select(['jaar', 'maand', 'team', 'percentage'])
      .where('jaar', '=', jaar)
      .orderBy('maand')
      .orderBy('team')
      .execute();
    return rows.map((r) => ({ ...r, percentage: Number(r.percentage) }));
  }
}
