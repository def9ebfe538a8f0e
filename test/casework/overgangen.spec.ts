import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { dag, nieuweMelding, type MeldingResult } from '../support/casework.js';
import { M, Proces, TAXATIE } from '../support/proces.js';

/** Every illegal transition gives ONGELDIGE_OVERGANG (or VERSIE_CONFLICT) and changes nothing. */
describe('illegal transitions and concurrent edits', () => {
  let api: RunningApp;
  let p: Proces;
  let admin: pg.Client;
  let mw: string;
  let mw2: string;

  beforeAll(async () => {
    [api, admin] = await Promise.all([startApp('api'), connectAs('admin')]);
    p = new Proces(api);
    mw = await tokenFor({ tenant: 'VT06', roles: ['medewerker'], user: 'mw-x' });
    mw2 = await tokenFor({ tenant: 'VT06', roles: ['medewerker'], user: 'mw-y' });
  });
  afterAll(() => Promise.all([api.close(), admin.end()]));

  /** Rows of the melding's process, to prove a refused call changed nothing. */
  async function snapshot(melding: MeldingResult) {
    const { rows } = await admin.query(
      `SELECT (SELECT row_to_json(m) FROM melding m WHERE m.id = $1) AS melding,
              (SELECT json_agg(b ORDER BY b.besloten_op) FROM veiligheidsbeoordeling b WHERE b.melding_id = $1) AS beoordelingen,
              (SELECT json_agg(i ORDER BY i.created_at) FROM interventie i WHERE i.melding_id = $1) AS interventies,
              (SELECT json_agg(o ORDER BY o.created_at) FROM overdracht o WHERE o.melding_id = $1) AS overdrachten,
              (SELECT count(*) FROM tijdlijn_gebeurtenis t WHERE t.casus_id = $2)::int AS gebeurtenissen`,
      [melding.id, melding.casus.id],
    );
    return rows[0];
  }

  async function expectRefused(melding: MeldingResult, code: string, call: () => Promise<string | undefined>) {
    const before = await snapshot(melding);
    expect(await call()).toBe(code);
    expect(await snapshot(melding)).toEqual(before);
  }

  async function voorgesteld(besluit = 'ONDERZOEK') {
    const melding = await nieuweMelding(api, mw);
    const b = await p.call<{ id: string; versie: number }>(mw, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit },
    });
    return { melding, beoordeling: b };
  }

  async function vastgesteld(besluit = 'ONDERZOEK') {
    const { melding, beoordeling } = await voorgesteld(besluit);
    await p.call(mw2, M.toets, { input: { beoordelingId: beoordeling.id, versie: beoordeling.versie, akkoord: true } });
    return { melding, state: await p.melding(mw, melding.id) };
  }

  it('refuses a second besluit while one awaits toetsing', async () => {
    const { melding } = await voorgesteld();
    const state = await p.melding(mw, melding.id);
    await expectRefused(melding, 'ONGELDIGE_OVERGANG', () =>
      p.code(mw, M.stelBesluitVoor, { input: { meldingId: melding.id, versie: state.versie, taxatie: TAXATIE, besluit: 'OVERDRACHT' } }),
    );
  });

  it('refuses to toets a besluit twice', async () => {
    const { melding, state } = await vastgesteld();
    const b = state.beoordelingen[0]!;
    await expectRefused(melding, 'ONGELDIGE_OVERGANG', () =>
      p.code(mw2, M.toets, { input: { beoordelingId: b.id, versie: b.versie, akkoord: true } }),
    );
  });

  it('refuses closing an intervention that has not started, and starting one twice', async () => {
    const { melding, state } = await vastgesteld();
    const i = state.interventies[0]!;
    await expectRefused(melding, 'ONGELDIGE_OVERGANG', () =>
      p.code(mw, M.sluitAf, { input: { interventieId: i.id, versie: i.versie, vervolg: 'AFSLUITEN', uitkomsten: [] } }),
    );
    const gestart = await p.call<{ versie: number }>(mw, M.start, { input: { interventieId: i.id, versie: i.versie } });
    await expectRefused(melding, 'ONGELDIGE_OVERGANG', () =>
      p.code(mw, M.start, { input: { interventieId: i.id, versie: gestart.versie } }),
    );
  });

  it('refuses closing an onderzoek without an outcome for every aard geweld (VALIDATIE)', async () => {
    const { melding, state } = await vastgesteld();
    const i = state.interventies[0]!;
    const gestart = await p.call<{ versie: number }>(mw, M.start, { input: { interventieId: i.id, versie: i.versie } });
    await expectRefused(melding, 'VALIDATIE', () =>
      p.code(mw, M.sluitAf, { input: { interventieId: i.id, versie: gestart.versie, vervolg: 'AFSLUITEN', uitkomsten: [] } }),
    );
  });

  it('refuses an overdracht before the beoordeling, and carrying out an overdracht still on the wachtlijst', async () => {
    const melding = await nieuweMelding(api, mw);
    await expectRefused(melding, 'ONGELDIGE_OVERGANG', () =>
      p.code(mw, M.overdracht, {
        input: { meldingId: melding.id, versie: melding.versie, partnerType: 'GGZ', partnerNaam: 'GGZ', warm: false },
      }),
    );
    const { melding: m2, state } = await vastgesteld('OVERDRACHT');
    const o = await p.call<{ id: string; versie: number }>(mw, M.overdracht, {
      input: { meldingId: m2.id, versie: state.versie, partnerType: 'GGZ', partnerNaam: 'GGZ', warm: false },
    });
    await expectRefused(m2, 'ONGELDIGE_OVERGANG', () => p.code(mw, M.voerUit, { input: { overdrachtId: o.id, versie: o.versie } }));
    const after = await p.melding(mw, m2.id);
    await expectRefused(m2, 'ONGELDIGE_OVERGANG', () =>
      p.code(mw, M.overdracht, {
        input: { meldingId: m2.id, versie: after.versie, partnerType: 'POLITIE', partnerNaam: 'Politie', warm: false },
      }),
    );
  });

  it('refuses feedback to the melder before the besluit is confirmed', async () => {
    const melding = await nieuweMelding(api, mw);
    await expectRefused(melding, 'ONGELDIGE_OVERGANG', () =>
      p.code(mw, M.terugkoppeling, { input: { meldingId: melding.id, moment: 'NA_BEOORDELING', samenvatting: 'x' } }),
    );
    await expectRefused(melding, 'ONGELDIGE_OVERGANG', () =>
      p.code(mw, M.terugkoppeling, { input: { meldingId: melding.id, moment: 'NA_ONDERZOEK', samenvatting: 'x' } }),
    );
  });

  it('refuses a lokaal team overdracht without a known gemeente', async () => {
    const { melding, state } = await vastgesteld('OVERDRACHT');
    await expectRefused(melding, 'VALIDATIE', () =>
      p.code(mw, M.overdracht, {
        input: { meldingId: melding.id, versie: state.versie, partnerType: 'LOKAAL_TEAM', partnerNaam: 'Wijkteam', warm: true },
      }),
    );
    await expectRefused(melding, 'VALIDATIE', () =>
      p.code(mw, M.overdracht, {
        input: {
          meldingId: melding.id,
          versie: state.versie,
          partnerType: 'LOKAAL_TEAM',
          partnerNaam: 'Wijkteam',
          warm: true,
          gemeenteCode: 'GM9999',
        },
      }),
    );
  });

  it('detects a stale version instead of overwriting', async () => {
    const melding = await nieuweMelding(api, mw);
    await p.call(mw, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
    });
    // Someone else read version 1 before the change above.
    expect(await p.code(mw2, M.wijsToe, { input: { meldingId: melding.id, versie: melding.versie, team: 'Noord' } })).toBe('FORBIDDEN');
    const manager = await tokenFor({ tenant: 'VT06', roles: ['teammanager'] });
    await expectRefused(melding, 'VERSIE_CONFLICT', () =>
      p.code(manager, M.wijsToe, { input: { meldingId: melding.id, versie: melding.versie, team: 'Noord' } }),
    );
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const melding = await nieuweMelding(api, mw);
    const codes = await Promise.all(
      ['ONDERZOEK', 'OVERDRACHT'].map((besluit) =>
        p.code(mw, M.stelBesluitVoor, { input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit } }),
      ),
    );
    expect(codes.sort()).toEqual(['VERSIE_CONFLICT', undefined].sort());
    const state = await p.melding(mw, melding.id);
    expect(state.beoordelingen).toHaveLength(1);
  });

  it('extends a huisverbod once, to 28 days', async () => {
    const melding = await nieuweMelding(api, mw);
    const hv = await p.call<{ id: string; versie: number; einddatum: string; opgelegdOp: string }>(mw, M.huisverbod, {
      input: { casusId: melding.casus.id, opgelegdOp: dag(-5) },
    });
    expect(hv.einddatum).toBe(dag(4));
    const verlengd = await p.call<{ versie: number; einddatum: string; status: string }>(mw, M.verleng, { id: hv.id, versie: hv.versie });
    expect(verlengd).toMatchObject({ status: 'VERLENGD', einddatum: dag(22) });
    expect(await p.code(mw, M.verleng, { id: hv.id, versie: verlengd.versie })).toBe('ONGELDIGE_OVERGANG');
    await p.call(mw, M.crisis, { input: { casusId: melding.casus.id, samenvatting: 'Crisisdienst ingezet' } });
    const casus = await api.gql<{ casus: { huisverboden: unknown[]; crisisinterventies: unknown[] } }>(
      `query($id: ID!) { casus(id: $id) { huisverboden { id } crisisinterventies { id } } }`,
      { token: mw, variables: { id: melding.casus.id } },
    );
    expect(casus.data!.casus.huisverboden).toHaveLength(1);
    expect(casus.data!.casus.crisisinterventies).toHaveLength(1);
  });
});

/** Region policy: multidisciplinary review required, and work restricted to teams (VT11 only, so other tests are not affected). */
describe('region policy', () => {
  let api: RunningApp;
  let p: Proces;

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
  });
  afterAll(() => api.close());

  it('requires a multidisciplinary review when the region says so, and applies its own holidays', async () => {
    const beheerder = await tokenFor({ tenant: 'VT11', roles: ['functioneel-beheerder'] });
    const mw = await tokenFor({ tenant: 'VT11', roles: ['medewerker'], user: 'a', team: 'Zuid' });
    const mw2 = await tokenFor({ tenant: 'VT11', roles: ['medewerker'], user: 'b', team: 'Zuid' });
    const va = await tokenFor({ tenant: 'VT11', roles: ['vertrouwensarts'], user: 'va' });
    expect(
      await p.code(
        mw,
        `mutation { wijzigInstellingen(input: { mdToetsingVerplicht: true, werkBeperktTotTeam: false, versie: 0 }) { version } }`,
        {},
      ),
    ).toBe('FORBIDDEN');
    await p.call(
      beheerder,
      `mutation { wijzigInstellingen(input: { mdToetsingVerplicht: true, werkBeperktTotTeam: true, versie: 0 }) { version } }`,
      {},
    );
    expect(
      await p.code(
        beheerder,
        `mutation { wijzigInstellingen(input: { mdToetsingVerplicht: true, werkBeperktTotTeam: true, versie: 0 }) { version } }`,
        {},
      ),
    ).toBe('VERSIE_CONFLICT');

    // A region-specific day off moves the deadline: Mon 2 Nov 2026 + 5 werkdagen = Mon 9 Nov, with Tue 3 Nov off = Tue 10 Nov.
    await p.call(
      beheerder,
      `mutation { pasKalenderAan(input: { datum: "2026-11-03", werkdag: false, omschrijving: "Regionale studiedag" }) { datum } }`,
      {},
    );
    const melding = await nieuweMelding(api, mw, { ontvangenOp: '2026-11-02T09:00:00+01:00' });
    expect(melding.uiterlijkeBeoordelingsdatum).toBe('2026-11-10');

    const b = await p.call<{ id: string; versie: number }>(mw, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
    });
    expect(await p.code(mw2, M.toets, { input: { beoordelingId: b.id, versie: b.versie, akkoord: true } })).toBe('ONGELDIGE_OVERGANG');
    const md = await p.call<{ versie: number }>(va, M.md, { input: { beoordelingId: b.id, versie: b.versie, advies: 'Akkoord' } });
    const t = await p.call<{ status: string }>(mw2, M.toets, { input: { beoordelingId: b.id, versie: md.versie, akkoord: true } });
    expect(t.status).toBe('VASTGESTELD');
  });

  it('hides meldingen of other teams from medewerkers, not from teammanagers', async () => {
    const manager = await tokenFor({ tenant: 'VT11', roles: ['teammanager'] });
    const zuid = await tokenFor({ tenant: 'VT11', roles: ['medewerker'], team: 'Zuid' });
    const noord = await tokenFor({ tenant: 'VT11', roles: ['medewerker'], team: 'Noord' });
    const melding = await nieuweMelding(api, zuid);
    await p.call(manager, M.wijsToe, { input: { meldingId: melding.id, versie: melding.versie, team: 'Zuid', medewerker: 'a' } });
    const query = `query($id: ID!) { melding(id: $id) { id team } }`;
    expect((await api.gql(query, { token: zuid, variables: { id: melding.id } })).data).toEqual({
      melding: { id: melding.id, team: 'Zuid' },
    });
    expect((await api.gql(query, { token: noord, variables: { id: melding.id } })).data).toEqual({ melding: null });
    expect((await api.gql(query, { token: manager, variables: { id: melding.id } })).data).toEqual({
      melding: { id: melding.id, team: 'Zuid' },
    });
    const werk = await api.gql<{ werkvoorraad: { edges: { node: { meldingId: string } }[] } }>(
      `{ werkvoorraad(first: 100) { edges { node { meldingId } } } }`,
      { token: noord },
    );
    expect(werk.data!.werkvoorraad.edges.map((e) => e.node.meldingId)).not.toContain(melding.id);
  });
});
