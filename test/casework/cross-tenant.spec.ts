import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { meldingInput, nieuweMelding } from '../support/casework.js';
import { M, Proces, TAXATIE, casusMutaties, eersteKennisgeving } from '../support/proces.js';

/**
 * Another region's ids, used with a valid token of this region, give NIET_GEVONDEN (mutations) or
 * null (queries): never data, never a different error than an id that does not exist at all.
 */
describe('cross-tenant: every casework query and mutation', () => {
  let api: RunningApp;
  let p: Proces;
  let vt22: string;
  let vt22b: string;
  let vt23: string;
  const ids: Record<string, string | number> = {};

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    vt22 = await tokenFor({ tenant: 'VT22', roles: ['medewerker', 'teammanager'], user: 'eigen' });
    vt22b = await tokenFor({ tenant: 'VT22', roles: ['medewerker'], user: 'collega' });
    vt23 = await tokenFor({
      tenant: 'VT23',
      roles: ['medewerker', 'teammanager', 'vertrouwensarts', 'functioneel-beheerder'],
      user: 'vreemd',
    });

    // VT22 owns a melding in every state the mutations need.
    const m1 = await nieuweMelding(api, vt22);
    const b1 = await p.call<{ id: string; versie: number }>(vt22, M.stelBesluitVoor, {
      input: { meldingId: m1.id, versie: m1.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
    });
    const m2 = await nieuweMelding(api, vt22);
    const b2 = await p.call<{ id: string; versie: number }>(vt22, M.stelBesluitVoor, {
      input: { meldingId: m2.id, versie: m2.versie, taxatie: TAXATIE, besluit: 'OVERDRACHT' },
    });
    await p.call(vt22b, M.toets, { input: { beoordelingId: b2.id, versie: b2.versie, akkoord: true } });
    const s2 = await p.melding(vt22, m2.id);
    const o = await p.call<{ id: string; versie: number }>(vt22, M.overdracht, {
      input: { meldingId: m2.id, versie: s2.versie, partnerType: 'GGZ', partnerNaam: 'GGZ', warm: false, afgesprokenDatum: '2026-11-20' },
    });
    const m3 = await nieuweMelding(api, vt22);
    const b3 = await p.call<{ id: string; versie: number }>(vt22, M.stelBesluitVoor, {
      input: { meldingId: m3.id, versie: m3.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
    });
    await p.call(vt22b, M.toets, { input: { beoordelingId: b3.id, versie: b3.versie, akkoord: true } });
    const s3 = await p.melding(vt22, m3.id);
    const hv = await p.call<{ id: string; versie: number }>(vt22, M.huisverbod, {
      input: { casusId: m1.casus.id, opgelegdOp: '2026-11-20' },
    });
    const k1 = await eersteKennisgeving(api, vt22, m1.id);
    Object.assign(ids, {
      kennisgeving: k1.id,
      kennisgevingVersie: k1.versie,
      melding: m1.id,
      meldingVersie: m1.versie,
      casus: m1.casus.id,
      beoordeling: b1.id,
      beoordelingVersie: b1.versie,
      overdracht: o.id,
      overdrachtVersie: o.versie,
      interventie: s3.interventies[0]!.id,
      interventieVersie: s3.interventies[0]!.versie,
      huisverbod: hv.id,
      huisverbodVersie: hv.versie,
      melding3: m3.id,
    });
  });
  afterAll(() => api.close());

  const mutations: [string, string, () => Record<string, unknown>][] = [
    ...casusMutaties(ids),
    ['wijsToe', M.wijsToe, () => ({ input: { meldingId: ids.melding, versie: ids.meldingVersie, team: 'x' } })],
    [
      'zetAdviesOmInMelding',
      `mutation($id: ID!, $m: RegistreerMeldingInput!) { zetAdviesOmInMelding(adviesId: $id, versie: 1, melding: $m) { id } }`,
      () => ({ id: ids.melding, m: meldingInput() }),
    ],
    [
      'voegAdviesContactToe',
      `mutation($id: ID!) { voegAdviesContactToe(input: { adviesId: $id, kanaal: MAIL, samenvatting: "x", versie: 1 }) { id } }`,
      () => ({ id: ids.melding }),
    ],
  ];

  it.each(mutations)("%s with another region's id is NIET_GEVONDEN, exactly like an unknown id", async (_, mutation, variables) => {
    const foreign = await p.code(vt23, mutation, variables());
    expect(foreign).toBe('NIET_GEVONDEN');
    const unknown = JSON.parse(
      JSON.stringify(variables()).replaceAll(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        '00000000-0000-4000-8000-000000000000',
      ),
    );
    expect(await p.code(vt23, mutation, unknown)).toBe(foreign);
  });

  it("left the owner's data untouched", async () => {
    const state = await p.melding(vt22, String(ids.melding));
    expect(state.fase).toBe('TER_TOETSING');
    expect(state.beoordelingen).toHaveLength(1);
    expect(state.casus.tijdlijn.map((e) => e.soort)).toEqual(['MELDING_ONTVANGEN', 'BESLUIT_VOORGESTELD', 'HUISVERBOD']);
  });

  it.each([
    ['melding', `query($id: ID!) { melding(id: $id) { id } }`, 'melding'],
    ['casus', `query($id: ID!) { casus(id: $id) { id } }`, 'casus'],
    ['advies', `query($id: ID!) { advies(id: $id) { id } }`, 'melding'],
  ])("%s(id) with another region's id is null", async (name, query, key) => {
    expect(await api.gql(query, { token: vt23, variables: { id: ids[key] } })).toEqual({ data: { [name]: null } });
  });

  it('region settings and calendar adjustments stay within their region', async () => {
    const beheerder = await tokenFor({ tenant: 'VT22', roles: ['functioneel-beheerder'] });
    await p.call(
      beheerder,
      `mutation { pasKalenderAan(input: { datum: "2026-12-07", werkdag: false, omschrijving: "Alleen VT22" }) { datum } }`,
      {},
    );
    const kalender = async (token: string) =>
      (await api.gql<{ kalender: { datum: string }[] }>(`{ kalender(jaar: 2026) { datum } }`, { token })).data!.kalender.map(
        (d) => d.datum,
      );
    expect(await kalender(beheerder)).toContain('2026-12-07');
    expect(await kalender(vt23)).not.toContain('2026-12-07');
  });

  it("toegangslog of another region's casus shows nothing of theirs", async () => {
    const response = await api.gql<{ toegangslog: { totalCount: number; edges: { node: { gebruikerId: string } }[] } }>(
      `query($id: ID!) { toegangslog(casusId: $id, first: 100) { totalCount edges { node { gebruikerId } } } }`,
      { token: vt23, variables: { id: ids.casus } },
    );
    expect(response.data!.toegangslog.edges.every((e) => e.node.gebruikerId === 'vreemd')).toBe(true);
    // The count sees the same rows: the other region's entries are not counted either.
    expect(response.data!.toegangslog.totalCount).toBe(response.data!.toegangslog.edges.length);
  });
});
