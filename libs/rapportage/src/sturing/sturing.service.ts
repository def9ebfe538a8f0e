import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { teamFilter } from '@vt/casus';
import { TenantDb, kysely, sql, type SqlBool } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { validatie } from '@vt/platform';
import { openWerkPerTeam, type WerkSoort } from '@vt/vervolg';
import { datumInNederland } from '@vt/werkdagen';
import { maandBegin } from '../kwartaal/kwartaal.periode.js';
import { begrotingsregels, cijfersVan } from '../kwartaal/kwartaal.service.js';
import { leesInvoer, leesRegio, telMaanden, telWachtlijsten } from '../kwartaal/kwartaal.sql.js';
import type { KwartaalMaand } from '../kwartaal/kwartaal.types.js';
import { SturingBereik, sturingsbereik, teamsFilter, zichtbareTeams } from './sturing.bereik.js';
import { telCaseload, telTaken, telTeamMaanden, telTeamWachtlijsten, type TeamMaandRij } from './sturing.sql.js';
import type { SturingTeam, Sturingsinformatie, WerkvoorraadTelling } from './sturing.types.js';

/** Sorts null teams last, then by name. */
const teamVolgorde = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * The management view of a region: a handful of set-based statements in one tenant transaction
 * (row-level security scopes them to the caller's region). The month figures reuse the
 * kwartaalrapportage's SQL and definitions; the werkvoorraad reuses the werkvoorraad's branches.
 * The current figures per team and medewerker follow the region's team rule and the caller's scope
 * (sturingsbereik): a teammanager's figures are those of their own teams only, never the region's.
 */
@Injectable()
export class SturingService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
  ) {}

  /** Validates the year (VALIDATIE on `jaar` before any database work) and computes the view. */
  bereken(jaar: number, nu: Date = new Date()): Promise<Sturingsinformatie> {
    const vandaag = datumInNederland(nu);
    const ditJaar = Number(vandaag.slice(0, 4));
    if (!Number.isInteger(jaar) || jaar < 2000) throw validatie('jaar', 'must be a year from 2000');
    if (jaar > ditJaar) throw validatie('jaar', 'must not lie in the future');
    // Before any database work: a teammanager without a team has nothing to see (TEAM_ONTBREEKT).
    sturingsbereik(this.current.actor);
    const laatsteMaand = jaar === ditJaar ? Number(vandaag.slice(5, 7)) : 12;
    const maandBegins = Array.from({ length: laatsteMaand }, (_, i) => maandBegin(jaar, i + 1));
    return this.db.run((m) => this.berekenIn(m, jaar, maandBegins, vandaag));
  }

  private async berekenIn(m: EntityManager, jaar: number, maandBegins: string[], vandaag: string): Promise<Sturingsinformatie> {
    const actor = this.current.actor;
    const bereik = sturingsbereik(actor);
    const instellingen = await this.instellingen.lees(m);
    const teamBeperkt = instellingen.werkBeperktTotTeam && !actor.rollen.includes('teammanager');
    const teams = zichtbareTeams(bereik, teamBeperkt, actor);
    // The region's team rule (as werkvoorraad applies it) and the scope, both on the melding m.
    const zichtbaar = sql<SqlBool>`(${teamFilter(instellingen, actor)} AND ${teamsFilter(teams, 'm')})`;
    const regio = await leesRegio(m);
    const { rows: open } = await openWerkPerTeam(zichtbaar).execute(kysely(m));
    const taken = await telTaken(m, zichtbaar);
    const caseload = await telCaseload(m, zichtbaar);
    const teamRijen = await telTeamMaanden(m, maandBegins, teamsFilter(teams, 'md'));
    const teamNu = await telTeamWachtlijsten(m, vandaag, teamsFilter(teams, 'md'));
    // Region-wide figures: the production against begroting always (the begroting is the region's);
    // the month figures and wachtlijsten only for a region caller.
    const [nu] = await telWachtlijsten(m, [vandaag]);
    const rijen = await telMaanden(m, maandBegins);
    const { begroting, verzuim } = await leesInvoer(m, maandBegins);

    // The running month's stocks at its last day would count terms that have not yet passed: today's instead.
    const huidig = vandaag.slice(0, 7) + '-01';
    const maandRijen = rijen.map((r) =>
      r.maand === huidig && nu
        ? { ...r, wacht_beoordeling: nu.wacht_beoordeling, wacht_start: nu.wacht_start, wacht_overdracht: nu.wacht_overdracht }
        : r,
    );
    const maanden: KwartaalMaand[] = maandRijen.map((r) => ({
      maand: r.maand.slice(0, 7),
      cijfers: cijfersVan(
        [r],
        verzuim.filter((v) => v.maand === r.maand).map((v) => Number(v.percentage)),
      ),
    }));
    const totaal = cijfersVan(
      maandRijen,
      verzuim.map((v) => Number(v.percentage)),
    );

    const werk = new Map<string, WerkvoorraadTelling>();
    const regel = (team: string | null, soort: string): WerkvoorraadTelling => {
      const sleutel = `${team ?? ''}\u0000${soort}`;
      let r = werk.get(sleutel);
      if (!r) werk.set(sleutel, (r = { team, soort: soort as WerkSoort, open: 0, takenBinnenkort: 0, takenVerlopen: 0 }));
      return r;
    };
    for (const o of open) if (Number(o.open) > 0) regel(o.team, o.soort).open += Number(o.open);
    for (const t of taken) {
      const r = regel(t.team, t.soort);
      r.takenBinnenkort += Number(t.binnenkort);
      r.takenVerlopen += Number(t.verlopen);
    }

    const teamLijst = teamFiguren(maandBegins, vandaag, teamRijen, teamNu, [
      ...(bereik.bereik === SturingBereik.TEAMS ? bereik.teams : []),
      ...[...werk.values()].map((w) => w.team),
      ...caseload.map((c) => c.team),
    ]);
    const regioBreed = bereik.bereik === SturingBereik.REGIO;

    return {
      jaar,
      regioCode: regio.code,
      regioNaam: regio.naam,
      peildatum: vandaag,
      bereik: bereik.bereik,
      eigenTeams: bereik.teams,
      teamBeperkt,
      werkvoorraad: [...werk.values()].sort((a, b) => teamVolgorde(a.team, b.team) || (a.soort < b.soort ? -1 : a.soort > b.soort ? 1 : 0)),
      wachtlijsten: regioBreed
        ? {
            peildatum: vandaag,
            beoordeling: Number(nu?.wacht_beoordeling ?? 0),
            start: Number(nu?.wacht_start ?? 0),
            overdracht: Number(nu?.wacht_overdracht ?? 0),
          }
        : null,
      teams: teamLijst,
      caseload: caseload.map((c) => ({
        medewerker: c.medewerker,
        naam: c.naam,
        team: c.team,
        meldingen: Number(c.meldingen),
        interventies: Number(c.interventies),
      })),
      maanden: regioBreed ? maanden : null,
      productie: begrotingsregels(maanden, totaal, begroting),
    };
  }
}

/**
 * Per team (the ones with figures plus `ook`: the caller's own teams and those with open work) the
 * wachtlijsten now and every month, zeros filled in; the running month's stocks are today's.
 */
function teamFiguren(
  maandBegins: string[],
  vandaag: string,
  rijen: TeamMaandRij[],
  nu: Pick<TeamMaandRij, 'team' | 'wacht_beoordeling' | 'wacht_start' | 'wacht_overdracht'>[],
  ook: (string | null)[],
): SturingTeam[] {
  const namen = [...new Set([...rijen.map((r) => r.team), ...nu.map((r) => r.team), ...ook])].sort(teamVolgorde);
  const huidig = vandaag.slice(0, 7) + '-01';
  return namen.map((team) => {
    const vandaagRij = nu.find((r) => r.team === team);
    const wacht = {
      peildatum: vandaag,
      beoordeling: Number(vandaagRij?.wacht_beoordeling ?? 0),
      start: Number(vandaagRij?.wacht_start ?? 0),
      overdracht: Number(vandaagRij?.wacht_overdracht ?? 0),
    };
    return {
      team,
      wachtlijsten: wacht,
      maanden: maandBegins.map((maand) => {
        const r = rijen.find((x) => x.maand === maand && x.team === team);
        const beoordelingen = Number(r?.beoordelingen ?? 0);
        const binnen = Number(r?.binnen_termijn ?? 0);
        const lopend = maand === huidig;
        return {
          maand: maand.slice(0, 7),
          meldingen: Number(r?.meldingen ?? 0),
          veiligheidsbeoordelingen: beoordelingen,
          beoordelingenBinnenTermijn: binnen,
          percentageBeoordelingenBinnenTermijn: beoordelingen > 0 ? Math.round((binnen / beoordelingen) * 1000) / 10 : null,
          wachtlijstBeoordeling: lopend ? wacht.beoordeling : Number(r?.wacht_beoordeling ?? 0),
          wachtlijstStart: lopend ? wacht.start : Number(r?.wacht_start ?? 0),
          wachtlijstOverdracht: lopend ? wacht.overdracht : Number(r?.wacht_overdracht ?? 0),
        };
      }),
    };
  });
}
