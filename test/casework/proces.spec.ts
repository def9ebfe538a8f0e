import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { nieuweMelding } from '../support/casework.js';
import { M, Proces, TAXATIE } from '../support/proces.js';

function vandaag(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

function plusMaanden(datum: string, maanden: number): string {
  const [y, m, d] = datum.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + maanden, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** A melding from intake to closed monitoring, through GraphQL alone. */
describe('the primary process, end to end', () => {
  let api: RunningApp;
  let p: Proces;
  let mwA: string;
  let mwB: string;
  let gd: string;

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    [mwA, mwB, gd] = await Promise.all([
      tokenFor({ tenant: 'VT05', roles: ['medewerker'], user: 'mw-a' }),
      tokenFor({ tenant: 'VT05', roles: ['medewerker'], user: 'mw-b' }),
      tokenFor({ tenant: 'VT05', roles: ['gedragswetenschapper'], user: 'gd-1' }),
    ]);
  });
  afterAll(() => api.close());

  it('takes a melding from intake through onderzoek, overdracht and monitoring to closure', async () => {
    const melding = await nieuweMelding(api, mwA, { aardGeweld: ['KINDERMISHANDELING', 'EX_PARTNERGEWELD'] });

    const voorstel = await p.call<{ id: string; versie: number; status: string }>(mwA, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK', toelichting: 'Onderzoek nodig' },
    });
    expect(voorstel.status).toBe('TER_TOETSING');
    expect((await p.melding(mwA, melding.id)).fase).toBe('TER_TOETSING');

    // The decider can never confirm their own besluit.
    expect(await p.code(mwA, M.toets, { input: { beoordelingId: voorstel.id, versie: voorstel.versie, akkoord: true } })).toBe(
      'ONGELDIGE_OVERGANG',
    );
    // Only a gedragswetenschapper or vertrouwensarts records a multidisciplinary review.
    expect(await p.code(mwB, M.md, { input: { beoordelingId: voorstel.id, versie: voorstel.versie, advies: 'x' } })).toBe('FORBIDDEN');
    const md = await p.call<{ versie: number; multidisciplinair: { rol: string } }>(gd, M.md, {
      input: { beoordelingId: voorstel.id, versie: voorstel.versie, advies: 'Eens met onderzoek' },
    });
    expect(md.multidisciplinair.rol).toBe('gedragswetenschapper');
    const getoetst = await p.call<{ status: string; binnenTermijn: boolean }>(mwB, M.toets, {
      input: { beoordelingId: voorstel.id, versie: md.versie, akkoord: true },
    });
    expect(getoetst).toMatchObject({ status: 'VASTGESTELD', binnenTermijn: true });

    let state = await p.melding(mwA, melding.id);
    expect(state.fase).toBe('ONDERZOEK');
    const onderzoek = state.interventies[0]!;
    expect(onderzoek).toMatchObject({ soort: 'ONDERZOEK', status: 'GEPLAND', gestartOp: null });
    expect(onderzoek.uiterlijkeStartdatum > vandaag()).toBe(true);

    await p.call(mwA, M.terugkoppeling, {
      input: { meldingId: melding.id, moment: 'NA_BEOORDELING', samenvatting: 'Melder geïnformeerd over onderzoek' },
    });
    const gestart = await p.call<{ versie: number; gestartOp: string; uiterlijkeEinddatum: string }>(mwA, M.start, {
      input: { interventieId: onderzoek.id, versie: onderzoek.versie },
    });
    expect(gestart.gestartOp).toBe(vandaag());
    const plannen = await p.call<{ versie: number }>(mwA, M.plannen, {
      input: { interventieId: onderzoek.id, versie: gestart.versie, veiligheidsplan: 'Afspraken', herstelplan: 'Hulp' },
    });
    await p.call(mwA, M.sluitAf, {
      input: {
        interventieId: onderzoek.id,
        versie: plannen.versie,
        vervolg: 'OVERDRACHT',
        uitkomsten: [
          { aardGeweld: 'KINDERMISHANDELING', uitkomst: 'BEVESTIGD' },
          { aardGeweld: 'EX_PARTNERGEWELD', uitkomst: 'NIET_BEVESTIGD' },
        ],
      },
    });
    state = await p.melding(mwA, melding.id);
    expect(state.fase).toBe('OVERDRACHT');
    expect(state.interventies[0]!.termijn).toEqual({
      tijdigGestart: true,
      dagenSindsBesluit: 0,
      binnenTermijnVanafBesluit: true,
      dagenSindsStart: 0,
      dagenSindsMelding: 0,
      binnenTienWekenVanafStart: true,
      binnenTienWekenVanafMelding: true,
    });
    await p.call(mwA, M.terugkoppeling, { input: { meldingId: melding.id, moment: 'NA_ONDERZOEK', samenvatting: 'Uitkomst gedeeld' } });

    state = await p.melding(mwA, melding.id);
    const overdracht = await p.call<{ id: string; status: string; versie: number }>(mwA, M.overdracht, {
      input: {
        meldingId: melding.id,
        versie: state.versie,
        partnerType: 'LOKAAL_TEAM',
        partnerNaam: 'Wijkteam Arnhem',
        gemeenteCode: 'GM0202',
        warm: true,
      },
    });
    expect(overdracht.status).toBe('WACHTLIJST');
    const wachtlijst = await api.gql<{ wachtlijst: { edges: { node: { overdrachtId: string } }[] } }>(
      `{ wachtlijst(first: 100) { edges { node { overdrachtId } } } }`,
      { token: mwA },
    );
    expect(wachtlijst.data!.wachtlijst.edges.map((e) => e.node.overdrachtId)).toContain(overdracht.id);

    const gepland = await p.call<{ status: string; versie: number }>(mwA, M.plan, {
      input: { overdrachtId: overdracht.id, versie: overdracht.versie, afgesprokenDatum: vandaag() },
    });
    expect(gepland.status).toBe('GEPLAND');
    await p.call(mwA, M.voerUit, { input: { overdrachtId: overdracht.id, versie: gepland.versie } });

    state = await p.melding(mwA, melding.id);
    expect(state.fase).toBe('MONITORING');
    const contacten = state.overdrachten[0]!.monitoring;
    expect(contacten.map((c) => [c.moment, c.geplandOp, c.status])).toEqual([
      ['DRIE_MAANDEN', plusMaanden(vandaag(), 3), 'GEPLAND'],
      ['TWAALF_MAANDEN', plusMaanden(vandaag(), 12), 'GEPLAND'],
    ]);
    for (const contact of contacten) {
      await p.call(mwA, M.monitoring, {
        input: { monitoringId: contact.id, versie: contact.versie, scoreGezin: 'VOLDOENDE', scoreProfessional: 'VOLDOENDE' },
      });
    }

    state = await p.melding(mwA, melding.id);
    expect(state.fase).toBe('AFGESLOTEN');
    expect(state.casus.status).toBe('GESLOTEN');
    expect(state.terugkoppelingen.map((t) => t.moment)).toEqual(['NA_BEOORDELING', 'NA_ONDERZOEK']);
    expect(state.casus.tijdlijn.map((e) => e.soort)).toEqual([
      'MELDING_ONTVANGEN',
      'BESLUIT_VOORGESTELD',
      'MULTIDISCIPLINAIR_GETOETST',
      'BESLUIT_VASTGESTELD',
      'TERUGKOPPELING',
      'INTERVENTIE_GESTART',
      'PLANNEN_VASTGELEGD',
      'INTERVENTIE_AFGESLOTEN',
      'TERUGKOPPELING',
      'OVERDRACHT_GEREGISTREERD',
      'OVERDRACHT_GEPLAND',
      'OVERDRACHT_UITGEVOERD',
      'MONITORING_UITGEVOERD',
      'MONITORING_UITGEVOERD',
    ]);
  });

  it('closes a melding directly on GEEN_VERVOLGSTAPPEN, and a rejected besluit goes back to be assessed', async () => {
    const melding = await nieuweMelding(api, mwA);
    const eerste = await p.call<{ id: string; versie: number }>(mwA, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
    });
    expect(await p.code(mwB, M.toets, { input: { beoordelingId: eerste.id, versie: eerste.versie, akkoord: false } })).toBe('VALIDATIE');
    await p.call(mwB, M.toets, {
      input: { beoordelingId: eerste.id, versie: eerste.versie, akkoord: false, toelichting: 'Onvoldoende onderbouwd' },
    });
    let state = await p.melding(mwA, melding.id);
    expect(state.fase).toBe('TE_BEOORDELEN');
    const tweede = await p.call<{ id: string; versie: number }>(mwA, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: state.versie, taxatie: TAXATIE, besluit: 'GEEN_VERVOLGSTAPPEN' },
    });
    await p.call(mwB, M.toets, { input: { beoordelingId: tweede.id, versie: tweede.versie, akkoord: true } });
    state = await p.melding(mwA, melding.id);
    expect(state.fase).toBe('AFGESLOTEN');
    expect(state.casus.status).toBe('GESLOTEN');
    expect(state.beoordelingen.map((b) => b.status)).toEqual(['AFGEWEZEN', 'VASTGESTELD']);
  });

  it('handles voorwaarden en vervolg closed early', async () => {
    const melding = await nieuweMelding(api, mwA);
    const b = await p.call<{ id: string; versie: number }>(mwA, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit: 'VOORWAARDEN_EN_VERVOLG' },
    });
    await p.call(mwB, M.toets, { input: { beoordelingId: b.id, versie: b.versie, akkoord: true } });
    const vv = (await p.melding(mwA, melding.id)).interventies[0]!;
    expect(vv.soort).toBe('VOORWAARDEN_EN_VERVOLG');
    await p.call(mwA, M.voortijdig, { input: { interventieId: vv.id, versie: vv.versie, reden: 'Gezin verhuisd naar het buitenland' } });
    const state = await p.melding(mwA, melding.id);
    expect(state.fase).toBe('AFGESLOTEN');
    expect(state.interventies[0]!.status).toBe('VOORTIJDIG_AFGESLOTEN');
  });

  it('starts a new intervention from a monitoring contact', async () => {
    const melding = await nieuweMelding(api, mwA);
    const b = await p.call<{ id: string; versie: number }>(mwA, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit: 'OVERDRACHT' },
    });
    await p.call(mwB, M.toets, { input: { beoordelingId: b.id, versie: b.versie, akkoord: true } });
    let state = await p.melding(mwA, melding.id);
    const o = await p.call<{ id: string; versie: number }>(mwA, M.overdracht, {
      input: {
        meldingId: melding.id,
        versie: state.versie,
        partnerType: 'GGZ',
        partnerNaam: 'GGZ Instelling',
        warm: false,
        afgesprokenDatum: vandaag(),
      },
    });
    await p.call(mwA, M.voerUit, { input: { overdrachtId: o.id, versie: o.versie } });
    const drie = (await p.melding(mwA, melding.id)).overdrachten[0]!.monitoring[0]!;
    await p.call(mwA, M.monitoring, {
      input: {
        monitoringId: drie.id,
        versie: drie.versie,
        scoreGezin: 'ONVOLDOENDE',
        scoreProfessional: 'ONVOLDOENDE',
        nieuweInterventie: 'ONDERZOEK',
      },
    });
    state = await p.melding(mwA, melding.id);
    expect(state.fase).toBe('ONDERZOEK');
    expect(state.interventies.map((i) => i.status)).toEqual(['GEPLAND']);
    expect(state.overdrachten[0]!.monitoring.map((c) => c.status)).toEqual(['UITGEVOERD', 'VERVALLEN']);
  });
});
