import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { teamFilter } from '@vt/casus';
import { TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { validatie } from '@vt/platform';
import { openWerkPerTeam, type WerkSoort } from '@vt/vervolg';
import { datumInNederland } from '@vt/werkdagen';
import { maandBegin } from '../kwartaal/kwartaal.periode.js';
import { begrotingsregels, cijfersVan } from '../kwartaal/kwartaal.service.js';
import { leesInvoer, leesRegio, telMaanden, telWachtlijsten } from '../kwartaal/kwartaal.sql.js';
import type { KwartaalMaand } from '../kwartaal/kwartaal.types.js';
import { telCaseload, telTaken } from './sturing.sql.js';
import type { Sturingsinformatie, WerkvoorraadTelling } from './sturing.types.js';

/** Sorts null teams last, then by name. */
const teamVolgorde = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * The management view of a region: a handful of set-based statements in one tenant transaction
 * (row-level security scopes them to the caller's region). The month figures reuse the
 * kwartaalrapportage's SQL and definitions; the werkvoorraad reuses the werkvoorraad's branches.
 * The current figures per team and medewerker follow the region's team rule.
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
    const laatsteMaand = jaar === ditJaar ? Number(vandaag.slice(5, 7)) : 12;
    const maandBegins = Array.from({ length: laatsteMaand }, (_, i) => maandBegin(jaar, i + 1));
    return this.db.run((m) => this.berekenIn(m, jaar, maandBegins, vandaag));
  }

  private async berekenIn(m: EntityManager, jaar: number, maandBegins: string[], vandaag: string): Promise<Sturingsinformatie> {
    const actor = this.current.actor;
    const instellingen = await this.instellingen.lees(m);
    const teamRegel = teamFilter(instellingen, actor);
    const regio = await leesRegio(m);
    const { rows: open } = await openWerkPerTeam(teamRegel).execute(kysely(m));
    const taken = await telTaken(m, teamRegel);
    const caseload = await telCaseload(m, teamRegel);
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

    return {
      jaar,
      regioCode: regio.code,
      regioNaam: regio.naam,
      peildatum: vandaag,
      teamBeperkt: instellingen.werkBeperktTotTeam && !actor.rollen.includes('teammanager'),
      werkvoorraad: [...werk.values()].sort((a, b) => teamVolgorde(a.team, b.team) || (a.soort < b.soort ? -1 : a.soort > b.soort ? 1 : 0)),
      wachtlijsten: {
        peildatum: vandaag,
        beoordeling: Number(nu?.wacht_beoordeling ?? 0),
        start: Number(nu?.wacht_start ?? 0),
        overdracht: Number(nu?.wacht_overdracht ?? 0),
      },
      caseload: caseload.map((c) => ({
        medewerker: c.medewerker,
        naam: c.naam,
        team: c.team,
        meldingen: Number(c.meldingen),
        interventies: Number(c.interventies),
      })),
      maanden,
      productie: begrotingsregels(maanden, totaal, begroting),
    };
  }
}
