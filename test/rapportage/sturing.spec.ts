import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
import { telWachtlijsten } from '@vt/rapportage';
import { startApp, type RunningApp } from '../support/app.js';
import { errorCode, zetTeamRegelAan } from '../support/casework.js';
import { tenantIdOf } from '../support/db.js';
import { createBeoordeling, createCasus, createMelding } from '../support/factories.js';
import { startIntegration, type Integration } from '../support/integration.js';
import { tokenFor } from '../support/tokens.js';

/**
 * The sturingsinformatie (management view) on constructed data: region VT13 in 2017 (no other test
 * uses that year there) for the month figures, plus current work under team names and medewerker
 * ids of this file only, so every current figure asserted is scoped to these rows. The team rule is
 * tried on VT26 with teams of this file.
 */
const REGIO = 'VT13';
const uniek = randomUUID().slice(0, 8);
const TEAM_A = `Sturing-A-${uniek}`;
const TEAM_B = `Sturing-B-${uniek}`;
const MW_1 = `st-mw-1-${uniek}`;
const MW_2 = `st-mw-2-${uniek}`;

const QUERY = `query($jaar: Int!) { sturingsinformatie(jaar: $jaar) {
  jaar regioCode regioNaam peildatum teamBeperkt bereik eigenTeams
  werkvoorraad { team soort open takenBinnenkort takenVerlopen }
  wachtlijsten { peildatum beoordeling start overdracht }
  caseload { medewerker naam team meldingen interventies }
  teams { team maanden { maand meldingen } }
  maanden { maand cijfers { meldingen veiligheidsbeoordelingen beoordelingenBinnenTermijn percentageBeoordelingenBinnenTermijn
    wachtlijstBeoordeling wachtlijstStart wachtlijstOverdracht } }
  productie { product begroot gerealiseerd percentage perMaand { maand begroot gerealiseerd } } } }`;

interface Sturing {
  jaar: number;
  regioCode: string;
  peildatum: string;
  teamBeperkt: boolean;
  bereik: string;
  eigenTeams: string[];
  werkvoorraad: { team: string | null; soort: string; open: number; takenBinnenkort: number; takenVerlopen: number }[];
  wachtlijsten: { peildatum: string; beoordeling: number; start: number; overdracht: number } | null;
  caseload: { medewerker: string | null; naam: string | null; team: string | null; meldingen: number; interventies: number }[];
  teams: { team: string | null; maanden: { maand: string; meldingen: number }[] }[];
  maanden: { maand: string; cijfers: Record<string, number | null> }[] | null;
  productie: {
    product: string;
    begroot: number | null;
    gerealiseerd: number;
    percentage: number | null;
    perMaand: { maand: string; begroot: number | null; gerealiseerd: number }[];
  }[];
}

const op = (datum: string) => new Date(`${datum}T10:00:00+01:00`);
const vandaag = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const plusDagen = (datum: string, n: number) => new Date(Date.parse(`${datum}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

/** A melding with its stored dates; no beroepsmatige melder, so no terugkoppeling work is due. */
async function melding(
  m: EntityManager,
  ontvangen: string,
  termijn: string,
  velden: { fase: string; team?: string | null; toegewezen_aan?: string | null },
): Promise<{ id: string; casusId: string }> {
  const casus = await createCasus(m);
  const rij = await createMelding(m, casus.id, {
    ontvangen_op: op(ontvangen),
    ontvangstdatum: ontvangen,
    uiterlijke_beoordelingsdatum: termijn,
    melder_organisatie: 'NIET_BEROEPSMATIG',
    ...velden,
  });
  return { id: rij.id, casusId: casus.id };
}

describe('sturingsinformatie (VT13, 2017)', () => {
  let api: RunningApp;
  let db: Integration;
  let manager: string;
  let beheerder: string;
  let sturing: (jaar: number, token?: string) => Promise<Sturing>;

  beforeAll(async () => {
    api = await startApp('api');
    db = await startIntegration();
    manager = await tokenFor({ tenant: REGIO, roles: ['teammanager'], user: `manager-${uniek}`, team: TEAM_A });
    beheerder = await tokenFor({ tenant: REGIO, roles: ['functioneel-beheerder'], user: `beheer-${uniek}` });
    sturing = async (jaar, token = beheerder) => {
      const res = await api.gql<{ sturingsinformatie: Sturing }>(QUERY, { token, variables: { jaar } });
      expect(res.errors).toBeUndefined();
      return res.data!.sturingsinformatie;
    };
    const tenant = await tenantIdOf(REGIO);
    const nu = vandaag();

    await db.withTenantManager(tenant, async (m) => {
      const k = kysely(m);
      // 2017. A: in January, beoordeeld within its term. B: term 27 January, beoordeeld 1 February (late,
      // waiting at the end of January). C: February, within its term; its overdracht has no date from
      // 10 February on. D: March, never beoordeeld: waiting from the end of March, and still open work now.
      const A = await melding(m, '2017-01-09', '2017-01-16', { fase: 'AFGESLOTEN' });
      const B = await melding(m, '2017-01-20', '2017-01-27', { fase: 'AFGESLOTEN' });
      const C = await melding(m, '2017-02-06', '2017-02-13', { fase: 'OVERDRACHT', team: TEAM_B, toegewezen_aan: MW_2 });
      const D = await melding(m, '2017-03-01', '2017-03-08', { fase: 'TE_BEOORDELEN', team: TEAM_A, toegewezen_aan: MW_1 });
      const beoordeling = (mld: { id: string }, besluit: string, getoetst: string) =>
        createBeoordeling(m, mld.id, {
          besluit: besluit as 'OVERDRACHT',
          status: 'VASTGESTELD',
          besloten_door: 'test-a',
          getoetst_door: 'test-b',
          besloten_op: op(getoetst),
          getoetst_op: op(getoetst),
        });
      await beoordeling(A, 'GEEN_VERVOLGSTAPPEN', '2017-01-13');
      await beoordeling(B, 'ONDERZOEK', '2017-02-01');
      await beoordeling(C, 'OVERDRACHT', '2017-02-10');
      // B's onderzoek: decided 1 February, started 6 March (waiting to start at the end of February), closed in May.
      await k
        .insertInto('interventie')
        .values({
          casus_id: B.casusId,
          melding_id: B.id,
          soort: 'ONDERZOEK',
          status: 'AFGESLOTEN',
          besloten_op: '2017-02-01',
          gestart_op: '2017-03-06',
          afgesloten_op: '2017-05-10',
          uiterlijke_startdatum: '2017-02-08',
          wettelijke_einddatum: '2017-04-12',
        })
        .execute();
      await k
        .insertInto('overdracht')
        .values({
          casus_id: C.casusId,
          melding_id: C.id,
          partner_naam: 'Wijkteam',
          partner_type: 'LOKAAL_TEAM',
          status: 'WACHTLIJST',
          warm: false,
          created_at: op('2017-02-10'),
        })
        .execute();
      // The 2017 begroting: meldingen in January and February, veiligheidsbeoordelingen in January.
      await k
        .insertInto('begroting')
        .values({ jaar: 2017 })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await k
        .insertInto('begroting_maand')
        .values([
          { jaar: 2017, maand: 1, product: 'MELDING', volume: '3' },
          { jaar: 2017, maand: 2, product: 'MELDING', volume: '1' },
          { jaar: 2017, maand: 1, product: 'VEILIGHEIDSBEOORDELING', volume: '2' },
        ])
        .execute();

      // Now: E awaits its beoordeling (term a month away: no task yet) and has an onderzoek that
      // should have started in January (overdue); D's beoordeling is long overdue.
      const E = await melding(m, nu, plusDagen(nu, 30), { fase: 'TE_BEOORDELEN', team: TEAM_A, toegewezen_aan: MW_1 });
      const I2 = await k
        .insertInto('interventie')
        .values({
          casus_id: E.casusId,
          melding_id: E.id,
          soort: 'ONDERZOEK',
          status: 'GEPLAND',
          besloten_op: '2026-01-02',
          uiterlijke_startdatum: '2026-01-09',
          wettelijke_einddatum: plusDagen(nu, 60),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The tasks exactly as the deadline watch makes them (a concurrent run writes the same).
      await k
        .insertInto('taak')
        .values([
          {
            soort: 'BEOORDELEN',
            object_id: D.id,
            melding_id: D.id,
            casus_id: D.casusId,
            team: TEAM_A,
            toegewezen_aan: MW_1,
            uiterlijke_datum: '2017-03-08',
            signaal: 'VERLOPEN',
            werkdagen_resterend: -2000,
          },
          {
            soort: 'INTERVENTIE_STARTEN',
            object_id: I2.id,
            melding_id: E.id,
            casus_id: E.casusId,
            team: TEAM_A,
            toegewezen_aan: MW_1,
            uiterlijke_datum: '2026-01-09',
            signaal: 'VERLOPEN',
            werkdagen_resterend: -200,
          },
        ])
        .onConflict((oc) => oc.doNothing())
        .execute();
      await k.insertInto('medewerker').values({ gebruiker_id: MW_1, naam: 'Sturing Een', team: TEAM_A }).execute();
    });
  });
  afterAll(async () => {
    await db?.close();
    await api?.close();
  });

  it('gives the % veiligheidsbeoordelingen within 5 werkdagen and the wachtlijsten at each month end of 2017', async () => {
    const s = await sturing(2017);
    expect(s).toMatchObject({ jaar: 2017, regioCode: REGIO });
    expect(s.maanden!.map((mc) => mc.maand)).toEqual(Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, '0')}`));
    const maand = (n: number) => s.maanden![n - 1]!.cijfers;
    expect(maand(1)).toMatchObject({
      meldingen: 2,
      veiligheidsbeoordelingen: 1,
      beoordelingenBinnenTermijn: 1,
      percentageBeoordelingenBinnenTermijn: 100,
    });
    expect(maand(2)).toMatchObject({
      meldingen: 1,
      veiligheidsbeoordelingen: 2,
      beoordelingenBinnenTermijn: 1,
      percentageBeoordelingenBinnenTermijn: 50,
    });
    expect(maand(3)).toMatchObject({ meldingen: 1, veiligheidsbeoordelingen: 0, percentageBeoordelingenBinnenTermijn: null });
    // Waiting at the month end: B in January; in February B's onderzoek waits to start and C's overdracht
    // has no date; from March D waits for its beoordeling and C's overdracht still has no date.
    const wacht = (n: number) => [maand(n).wachtlijstBeoordeling, maand(n).wachtlijstStart, maand(n).wachtlijstOverdracht];
    expect(wacht(1)).toEqual([1, 0, 0]);
    expect(wacht(2)).toEqual([0, 1, 1]);
    expect(wacht(3)).toEqual([1, 0, 1]);
    expect(wacht(12)).toEqual([1, 0, 1]);
  });

  it('counts the wachtlijsten at the end of any day (the definition the current figures use)', async () => {
    const rijen = await db.withTenantManager(await tenantIdOf(REGIO), (m) =>
      telWachtlijsten(m, ['2017-01-31', '2017-02-15', '2017-03-05', '2017-03-06', '2017-03-08', '2017-03-09']),
    );
    expect(rijen.map((r) => [r.dag, Number(r.wacht_beoordeling), Number(r.wacht_start), Number(r.wacht_overdracht)])).toEqual([
      ['2017-01-31', 1, 0, 0], // B: term 27 January passed, beoordeeld 1 February
      ['2017-02-15', 0, 1, 1], // B's onderzoek decided, not started; C's overdracht without a date
      ['2017-03-05', 0, 1, 1],
      ['2017-03-06', 0, 0, 1], // B's onderzoek started
      ['2017-03-08', 0, 0, 1], // D's term ends today: not yet waiting
      ['2017-03-09', 1, 0, 1],
    ]);
  });

  it('sets production against the begroting per month', async () => {
    const s = await sturing(2017, beheerder);
    const meldingen = s.productie.find((p) => p.product === 'MELDING')!;
    expect(meldingen.perMaand.slice(0, 3)).toEqual([
      { maand: '2017-01', begroot: 3, gerealiseerd: 2 },
      { maand: '2017-02', begroot: 1, gerealiseerd: 1 },
      { maand: '2017-03', begroot: null, gerealiseerd: 1 },
    ]);
    expect(meldingen).toMatchObject({ begroot: 4, gerealiseerd: 4, percentage: 100 });
    expect(s.productie.find((p) => p.product === 'VEILIGHEIDSBEOORDELING')).toMatchObject({ begroot: 2, gerealiseerd: 3, percentage: 150 });
    expect(s.productie.find((p) => p.product === 'ADVIES')).toMatchObject({ begroot: null, gerealiseerd: 0, percentage: null });
  });

  it('counts the current werkvoorraad and tasks per team and soort, and the caseload per medewerker', async () => {
    const jaar = Number(vandaag().slice(0, 4));
    const s = await sturing(jaar);
    expect(s.peildatum).toBe(vandaag());
    expect(s.teamBeperkt).toBe(false);
    expect(s).toMatchObject({ bereik: 'REGIO', eigenTeams: [] });
    expect(s.maanden!).toHaveLength(Number(vandaag().slice(5, 7)));
    const werk = s.werkvoorraad.filter((w) => w.team === TEAM_A || w.team === TEAM_B);
    expect(werk).toEqual([
      { team: TEAM_A, soort: 'BEOORDELEN', open: 2, takenBinnenkort: 0, takenVerlopen: 1 },
      { team: TEAM_A, soort: 'INTERVENTIE_AFRONDEN', open: 1, takenBinnenkort: 0, takenVerlopen: 0 },
      { team: TEAM_A, soort: 'INTERVENTIE_STARTEN', open: 1, takenBinnenkort: 0, takenVerlopen: 1 },
      { team: TEAM_B, soort: 'OVERDRACHT_PLANNEN', open: 1, takenBinnenkort: 0, takenVerlopen: 0 },
    ]);
    expect(s.caseload.filter((c) => c.team === TEAM_A || c.team === TEAM_B)).toEqual([
      { medewerker: MW_1, naam: 'Sturing Een', team: TEAM_A, meldingen: 2, interventies: 1 },
      { medewerker: MW_2, naam: null, team: TEAM_B, meldingen: 1, interventies: 0 },
    ]);
    // Region-wide stocks now: at least D (beoordeling), E's onderzoek (start) and C's overdracht.
    expect(s.wachtlijsten!.peildatum).toBe(vandaag());
    expect(s.wachtlijsten!.beoordeling).toBeGreaterThanOrEqual(1);
    expect(s.wachtlijsten!.start).toBeGreaterThanOrEqual(1);
    expect(s.wachtlijsten!.overdracht).toBeGreaterThanOrEqual(1);
  });

  it('refuses a year before 2000 or in the future with VALIDATIE naming jaar', async () => {
    for (const jaar of [1999, Number(vandaag().slice(0, 4)) + 1]) {
      const res = await api.gql(QUERY, { token: manager, variables: { jaar } });
      expect(errorCode(res)).toBe('VALIDATIE');
      expect(res.errors![0]!.extensions!.field).toBe('jaar');
    }
  });

  it('refuses a medewerker and the landelijk-analist', async () => {
    for (const token of [
      await tokenFor({ tenant: REGIO, roles: ['medewerker'], user: `mw-${uniek}` }),
      await tokenFor({ roles: ['landelijk-analist'], user: `analist-${uniek}` }),
    ])
      expect(errorCode(await api.gql(QUERY, { token, variables: { jaar: 2017 } }))).toBe('FORBIDDEN');
  });

  it("shows another region's teammanager none of VT13's figures", async () => {
    const ander = await tokenFor({ tenant: 'VT14', roles: ['functioneel-beheerder'], user: `beheer14-${uniek}` });
    const s = await sturing(2017, ander);
    expect(s.regioCode).toBe('VT14');
    expect(s.maanden![0]!.cijfers).toMatchObject({ meldingen: 0, veiligheidsbeoordelingen: 0 });
    expect(s.maanden![2]!.cijfers.wachtlijstBeoordeling).toBe(0);
    const jaar = Number(vandaag().slice(0, 4));
    const nu = await sturing(jaar, ander);
    expect(nu.werkvoorraad.filter((w) => w.team === TEAM_A || w.team === TEAM_B)).toEqual([]);
    expect(nu.caseload.filter((c) => c.medewerker === MW_1 || c.medewerker === MW_2)).toEqual([]);
  });
});

describe('sturingsinformatie under the team rule (VT26)', () => {
  let api: RunningApp;
  let db: Integration;

  beforeAll(async () => {
    api = await startApp('api');
    db = await startIntegration();
  });
  afterAll(async () => {
    await db?.close();
    await api?.close();
  });

  it('limits a functioneel-beheerder to the own team and unassigned work; a teammanager sees the own team, rule or not', async () => {
    const noord = `Noord-${uniek}`;
    const zuid = `Zuid-${uniek}`;
    const tenant = await tenantIdOf('VT26');
    await db.withTenantManager(tenant, async (m) => {
      await melding(m, '2017-06-01', '2099-01-01', { fase: 'TE_BEOORDELEN', team: noord, toegewezen_aan: `n-${uniek}` });
      await melding(m, '2017-06-01', '2099-01-01', { fase: 'TE_BEOORDELEN', team: zuid, toegewezen_aan: `z-${uniek}` });
    });
    const beheerderZuid = await tokenFor({ tenant: 'VT26', roles: ['functioneel-beheerder'], user: `fb26-${uniek}`, team: zuid });
    const managerZuid = await tokenFor({ tenant: 'VT26', roles: ['teammanager'], user: `tm26-${uniek}`, team: zuid });
    const jaar = Number(vandaag().slice(0, 4));
    const lees = async (token: string) => {
      const res = await api.gql<{ sturingsinformatie: Sturing }>(QUERY, { token, variables: { jaar } });
      expect(res.errors).toBeUndefined();
      return res.data!.sturingsinformatie;
    };
    const teams = (s: Sturing) =>
      [...new Set([...s.werkvoorraad.map((w) => w.team), ...s.caseload.map((c) => c.team), ...s.teams.map((t) => t.team)])]
        .filter((t) => t === noord || t === zuid)
        .sort();

    await zetTeamRegelAan(api, await tokenFor({ tenant: 'VT26', roles: ['functioneel-beheerder'], user: `fb26-regel-${uniek}` }));
    const beperkt = await lees(beheerderZuid);
    expect(beperkt.teamBeperkt).toBe(true);
    expect(teams(beperkt)).toEqual([zuid]);
    expect(beperkt.caseload.find((c) => c.team === zuid)).toMatchObject({ medewerker: `z-${uniek}`, meldingen: 1 });
    // The team rule never limits a teammanager (as everywhere else); the management view's scope does.
    const eigen = await lees(managerZuid);
    expect(eigen).toMatchObject({ teamBeperkt: false, bereik: 'TEAMS', eigenTeams: [zuid] });
    expect(teams(eigen)).toEqual([zuid]);
  });
});
