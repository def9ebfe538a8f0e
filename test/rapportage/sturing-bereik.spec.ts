import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { startApp, type RunningApp } from '../support/app.js';
import { errorCode } from '../support/casework.js';
import { tenantIdOf } from '../support/db.js';
import { createBeoordeling, createCasus, createMelding } from '../support/factories.js';
import { startIntegration, type Integration } from '../support/integration.js';
import { tokenFor } from '../support/tokens.js';

/**
 * The scope of the sturingsinformatie (issue 18: "a teammanager sees the management view for the own
 * teams only"): VT20 and VT21 in 2018, teams and medewerkers named for this run only, so every count
 * asserted is scoped to these rows. VT21 has a team of the same name as VT20's team A: its work must
 * never count in VT20.
 */
const uniek = randomUUID().slice(0, 8);
const TEAM_A = `Bereik-A-${uniek}`;
const TEAM_B = `Bereik-B-${uniek}`;
const MW_A = `br-mw-a-${uniek}`;
const MW_B = `br-mw-b-${uniek}`;
const JAAR = 2018;

const QUERY = `query($jaar: Int!) { sturingsinformatie(jaar: $jaar) {
  regioCode bereik eigenTeams teamBeperkt
  werkvoorraad { team soort open takenBinnenkort takenVerlopen }
  caseload { medewerker team meldingen interventies }
  wachtlijsten { beoordeling start overdracht }
  maanden { maand }
  productie { product }
  teams { team wachtlijsten { peildatum beoordeling start overdracht }
    maanden { maand meldingen veiligheidsbeoordelingen beoordelingenBinnenTermijn percentageBeoordelingenBinnenTermijn
      wachtlijstBeoordeling wachtlijstStart wachtlijstOverdracht } } } }`;

interface TeamMaand {
  maand: string;
  meldingen: number;
  veiligheidsbeoordelingen: number;
  beoordelingenBinnenTermijn: number;
  percentageBeoordelingenBinnenTermijn: number | null;
  wachtlijstBeoordeling: number;
  wachtlijstStart: number;
  wachtlijstOverdracht: number;
}
interface Sturing {
  regioCode: string;
  bereik: 'REGIO' | 'TEAMS';
  eigenTeams: string[];
  teamBeperkt: boolean;
  werkvoorraad: { team: string | null; soort: string; open: number }[];
  caseload: { medewerker: string | null; team: string | null; meldingen: number; interventies: number }[];
  wachtlijsten: { beoordeling: number } | null;
  maanden: { maand: string }[] | null;
  productie: { product: string }[];
  teams: { team: string | null; wachtlijsten: { beoordeling: number; start: number; overdracht: number }; maanden: TeamMaand[] }[];
}

const op = (datum: string) => new Date(`${datum}T10:00:00+01:00`);

async function melding(
  m: EntityManager,
  team: string,
  ontvangen: string,
  termijn: string,
  velden: { fase: string; toegewezen_aan?: string; getoetst?: string },
): Promise<void> {
  const casus = await createCasus(m);
  const rij = await createMelding(m, casus.id, {
    ontvangen_op: op(ontvangen),
    ontvangstdatum: ontvangen,
    uiterlijke_beoordelingsdatum: termijn,
    melder_organisatie: 'NIET_BEROEPSMATIG',
    fase: velden.fase,
    team,
    toegewezen_aan: velden.toegewezen_aan ?? null,
  });
  if (velden.getoetst)
    await createBeoordeling(m, rij.id, {
      besluit: 'GEEN_VERVOLGSTAPPEN',
      status: 'VASTGESTELD',
      besloten_door: 'test-a',
      getoetst_door: 'test-b',
      besloten_op: op(velden.getoetst),
      getoetst_op: op(velden.getoetst),
    });
}

describe('sturingsinformatie: a teammanager sees the own teams only (VT20, VT21, 2018)', () => {
  let api: RunningApp;
  let db: Integration;
  let managerA: string;
  let managerB: string;
  let beheerder: string;

  const lees = async (token: string): Promise<Sturing> => {
    const res = await api.gql<{ sturingsinformatie: Sturing }>(QUERY, { token, variables: { jaar: JAAR } });
    expect(res.errors).toBeUndefined();
    return res.data!.sturingsinformatie;
  };
  const eigen = (_s: Sturing) => [TEAM_A, TEAM_B];
  const teamsVan = (s: Sturing) =>
    [...new Set([...s.werkvoorraad.map((w) => w.team), ...s.caseload.map((c) => c.team), ...s.teams.map((t) => t.team)])]
      .filter((t): t is string => t !== null && eigen(s).includes(t))
      .sort();
  const maand = (s: Sturing, team: string, n: number) => s.teams.find((t) => t.team === team)!.maanden[n - 1]!;

  beforeAll(async () => {
    api = await startApp('api');
    db = await startIntegration();
    managerA = await tokenFor({ tenant: 'VT20', roles: ['teammanager'], user: `tm-a-${uniek}`, team: TEAM_A });
    managerB = await tokenFor({ tenant: 'VT20', roles: ['teammanager'], user: `tm-b-${uniek}`, team: TEAM_B });
    beheerder = await tokenFor({ tenant: 'VT20', roles: ['functioneel-beheerder'], user: `fb-${uniek}` });
    await db.withTenantManager(await tenantIdOf('VT20'), async (m) => {
      // Team A: one beoordeeld in time in January, one late (February 2nd, so waiting at the end of
      // January), one never beoordeeld (waiting from the end of February on, and open work now).
      await melding(m, TEAM_A, '2018-01-08', '2018-01-15', { fase: 'AFGESLOTEN', getoetst: '2018-01-12' });
      await melding(m, TEAM_A, '2018-01-10', '2018-01-17', { fase: 'AFGESLOTEN', getoetst: '2018-02-02' });
      await melding(m, TEAM_A, '2018-02-01', '2018-02-08', { fase: 'TE_BEOORDELEN', toegewezen_aan: MW_A });
      // Team B: three meldingen in January, two never beoordeeld, one in time.
      await melding(m, TEAM_B, '2018-01-09', '2018-01-16', { fase: 'TE_BEOORDELEN', toegewezen_aan: MW_B });
      await melding(m, TEAM_B, '2018-01-11', '2018-01-18', { fase: 'TE_BEOORDELEN', toegewezen_aan: MW_B });
      await melding(m, TEAM_B, '2018-01-09', '2018-01-16', { fase: 'AFGESLOTEN', getoetst: '2018-01-10' });
    });
    // VT21: a team with team A's name and medewerker: counted in VT20 only if a query crossed regions.
    await db.withTenantManager(await tenantIdOf('VT21'), async (m) => {
      await melding(m, TEAM_A, '2018-01-08', '2018-01-15', { fase: 'TE_BEOORDELEN', toegewezen_aan: MW_A });
      await melding(m, TEAM_A, '2018-01-09', '2018-01-16', { fase: 'AFGESLOTEN', getoetst: '2018-01-20' });
    });
  });
  afterAll(async () => {
    await db?.close();
    await api?.close();
  });

  it("gives team A's teammanager team A's figures and none of team B's, nor any region-wide stocks or month figures", async () => {
    const s = await lees(managerA);
    expect(s).toMatchObject({
      regioCode: 'VT20',
      bereik: 'TEAMS',
      eigenTeams: [TEAM_A],
      teamBeperkt: false,
      wachtlijsten: null,
      maanden: null,
    });
    expect(teamsVan(s)).toEqual([TEAM_A]);
    // Only the own team and work not yet assigned to a team, whoever else's work the region has.
    expect(s.teams.every((t) => t.team === null || t.team === TEAM_A)).toBe(true);
    expect(s.werkvoorraad.every((w) => w.team === null || w.team === TEAM_A)).toBe(true);
    expect(s.caseload.every((c) => c.team === null || c.team === TEAM_A)).toBe(true);
    expect(s.caseload.filter((c) => c.medewerker === MW_A || c.medewerker === MW_B)).toEqual([
      { medewerker: MW_A, team: TEAM_A, meldingen: 1, interventies: 0 },
    ]);
    expect(s.werkvoorraad.filter((w) => w.team === TEAM_A)).toEqual([
      { team: TEAM_A, soort: 'BEOORDELEN', open: 1, takenBinnenkort: 0, takenVerlopen: 0 },
    ]);
    expect(maand(s, TEAM_A, 1)).toEqual({
      maand: '2018-01',
      meldingen: 2,
      veiligheidsbeoordelingen: 1,
      beoordelingenBinnenTermijn: 1,
      percentageBeoordelingenBinnenTermijn: 100,
      wachtlijstBeoordeling: 1,
      wachtlijstStart: 0,
      wachtlijstOverdracht: 0,
    });
    expect(maand(s, TEAM_A, 2)).toMatchObject({
      meldingen: 1,
      veiligheidsbeoordelingen: 1,
      percentageBeoordelingenBinnenTermijn: 0,
      wachtlijstBeoordeling: 1,
    });
    expect(maand(s, TEAM_A, 12)).toMatchObject({
      meldingen: 0,
      veiligheidsbeoordelingen: 0,
      percentageBeoordelingenBinnenTermijn: null,
      wachtlijstBeoordeling: 1,
    });
    expect(s.teams.find((t) => t.team === TEAM_A)!.wachtlijsten).toEqual({
      peildatum: expect.any(String),
      beoordeling: 1,
      start: 0,
      overdracht: 0,
    });
    // Production against begroting is the region's (labelled so in the portal), for every caller.
    expect(s.productie.length).toBeGreaterThan(0);
  });

  it("gives team B's teammanager team B's figures only", async () => {
    const s = await lees(managerB);
    expect(s).toMatchObject({ bereik: 'TEAMS', eigenTeams: [TEAM_B] });
    expect(teamsVan(s)).toEqual([TEAM_B]);
    expect(maand(s, TEAM_B, 1)).toMatchObject({
      meldingen: 3,
      veiligheidsbeoordelingen: 1,
      beoordelingenBinnenTermijn: 1,
      wachtlijstBeoordeling: 2,
    });
    expect(s.caseload.filter((c) => c.medewerker === MW_A || c.medewerker === MW_B)).toEqual([
      { medewerker: MW_B, team: TEAM_B, meldingen: 2, interventies: 0 },
    ]);
  });

  it('gives the functioneel-beheerder the whole region broken down by team, with the region-wide figures', async () => {
    const s = await lees(beheerder);
    expect(s).toMatchObject({ bereik: 'REGIO', eigenTeams: [], teamBeperkt: false });
    expect(s.maanden).toHaveLength(12);
    expect(s.wachtlijsten).not.toBeNull();
    expect(teamsVan(s)).toEqual([TEAM_A, TEAM_B].sort());
    // The same team figures the teammanagers get: one definition, only the scope differs.
    expect(s.teams.find((t) => t.team === TEAM_A)).toEqual((await lees(managerA)).teams.find((t) => t.team === TEAM_A));
    expect(s.teams.find((t) => t.team === TEAM_B)).toEqual((await lees(managerB)).teams.find((t) => t.team === TEAM_B));
  });

  it("never counts VT21's work in VT20, and VT21's teammanager of a same-named team sees only VT21's", async () => {
    const ander = await lees(await tokenFor({ tenant: 'VT21', roles: ['teammanager'], user: `tm21-${uniek}`, team: TEAM_A }));
    expect(ander).toMatchObject({ regioCode: 'VT21', bereik: 'TEAMS' });
    expect(maand(ander, TEAM_A, 1)).toMatchObject({
      meldingen: 2,
      veiligheidsbeoordelingen: 1,
      beoordelingenBinnenTermijn: 0,
      wachtlijstBeoordeling: 1,
    });
    expect(ander.caseload.filter((c) => c.medewerker === MW_A)).toEqual([
      { medewerker: MW_A, team: TEAM_A, meldingen: 1, interventies: 0 },
    ]);
    expect(teamsVan(ander)).toEqual([TEAM_A]);
    // And VT20's team A is unchanged by VT21's rows (asserted exactly in the first test).
    expect(maand(await lees(managerA), TEAM_A, 1).meldingen).toBe(2);
  });

  it('refuses a teammanager whose token carries no team with TEAM_ONTBREEKT, before any figures', async () => {
    const zonderTeam = await tokenFor({ tenant: 'VT20', roles: ['teammanager'], user: `tm-geen-${uniek}` });
    const res = await api.gql(QUERY, { token: zonderTeam, variables: { jaar: JAAR } });
    expect(errorCode(res)).toBe('TEAM_ONTBREEKT');
    expect(res.errors![0]!.message).toMatch(/no team/);
    expect(res.data?.sturingsinformatie ?? null).toBeNull();
    // A bad year is still VALIDATIE first (input before scope).
    expect(errorCode(await api.gql(QUERY, { token: zonderTeam, variables: { jaar: 1999 } }))).toBe('VALIDATIE');
  });

  it('lists a teammanager their own team even when it has no figures at all', async () => {
    const leeg = `Bereik-Leeg-${uniek}`;
    const s = await lees(await tokenFor({ tenant: 'VT20', roles: ['teammanager'], user: `tm-leeg-${uniek}`, team: leeg }));
    expect(s.teams.filter((t) => t.team !== null).map((t) => t.team)).toEqual([leeg]);
    expect(s.teams.find((t) => t.team === leeg)!.maanden.every((mc) => mc.meldingen === 0 && mc.veiligheidsbeoordelingen === 0)).toBe(true);
    expect(teamsVan(s)).toEqual([]);
  });
});
