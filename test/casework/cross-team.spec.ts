import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { dag, nieuweMelding, persoon, zetTeamRegelAan } from '../support/casework.js';
import { M, Proces, TAXATIE, casusMutaties, eersteKennisgeving } from '../support/proces.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * VT26 restricts work to teams. Everything of a Team Zuid casus (its meldingen, persons, timeline,
 * huisverboden, crisisinterventies) is, for a medewerker of Team Noord, exactly as unknown as an id
 * that does not exist; teammanagers see every team. Each refused attempt leaves a GEWEIGERD entry.
 */
describe('cross-team: every casework query and mutation obeys the team rule', () => {
  let api: RunningApp;
  let p: Proces;
  let manager: string;
  let zuid: string;
  let zuid2: string;
  let noord: string;
  let beheerder: string;
  const ids: Record<string, string | number> = {};
  const naam = `Teamtest Kind ${Date.now()}`;

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    beheerder = await tokenFor({ tenant: 'VT26', roles: ['functioneel-beheerder'], user: 'beheer-26' });
    manager = await tokenFor({ tenant: 'VT26', roles: ['teammanager'], user: 'manager-26' });
    zuid = await tokenFor({ tenant: 'VT26', roles: ['medewerker'], user: 'zuid-1', team: 'Zuid' });
    zuid2 = await tokenFor({ tenant: 'VT26', roles: ['medewerker'], user: 'zuid-2', team: 'Zuid' });
    // Every casework role, so the guard lets each call through and the team rule alone decides.
    noord = await tokenFor({ tenant: 'VT26', roles: ['medewerker', 'vertrouwensarts'], user: 'noord-1', team: 'Noord' });
    // Race-tolerant: klokken.spec turns VT26's team rule on as well.
    await zetTeamRegelAan(api, beheerder);

    /** A melding of Team Zuid (assigned by the teammanager) in its own casus. */
    const zuidMelding = async (extra: Record<string, unknown> = {}) => {
      const m = await nieuweMelding(api, zuid, extra);
      const toegewezen = await p.call<{ versie: number }>(manager, M.wijsToe, {
        input: { meldingId: m.id, versie: m.versie, team: 'Zuid', medewerker: 'zuid-1' },
      });
      return { ...m, versie: toegewezen.versie };
    };
    const m1 = await zuidMelding({ betrokkenen: [persoon('KIND', { naam, geboortedatum: '2016-03-04' })] });
    const b1 = await p.call<{ id: string; versie: number }>(zuid, M.stelBesluitVoor, {
      input: { meldingId: m1.id, versie: m1.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
    });
    const m2 = await zuidMelding();
    const b2 = await p.call<{ id: string; versie: number }>(zuid, M.stelBesluitVoor, {
      input: { meldingId: m2.id, versie: m2.versie, taxatie: TAXATIE, besluit: 'OVERDRACHT' },
    });
    await p.call(zuid2, M.toets, { input: { beoordelingId: b2.id, versie: b2.versie, akkoord: true } });
    const s2 = await p.melding(zuid, m2.id);
    const o = await p.call<{ id: string; versie: number }>(zuid, M.overdracht, {
      input: { meldingId: m2.id, versie: s2.versie, partnerType: 'GGZ', partnerNaam: 'GGZ', warm: false, afgesprokenDatum: '2026-11-20' },
    });
    const m3 = await zuidMelding();
    const b3 = await p.call<{ id: string; versie: number }>(zuid, M.stelBesluitVoor, {
      input: { meldingId: m3.id, versie: m3.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
    });
    await p.call(zuid2, M.toets, { input: { beoordelingId: b3.id, versie: b3.versie, akkoord: true } });
    const s3 = await p.melding(zuid, m3.id);
    const hv = await p.call<{ id: string; versie: number }>(zuid, M.huisverbod, {
      // Today: the huisverbod is LOPEND whatever day the test runs (an einddatum in the past shows AFGELOPEN).
      input: { casusId: m1.casus.id, opgelegdOp: dag(0) },
    });
    const casus = await api.gql<{ casus: { nummer: string } }>(`query($id: ID!) { casus(id: $id) { nummer } }`, {
      token: zuid,
      variables: { id: m1.casus.id },
    });
    const k1 = await eersteKennisgeving(api, zuid, m1.id);
    Object.assign(ids, {
      kennisgeving: k1.id,
      kennisgevingVersie: k1.versie,
      melding: m1.id,
      meldingVersie: m1.versie,
      casus: m1.casus.id,
      casusNummer: casus.data!.casus.nummer,
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

  // wijsToe is for teammanagers only, who see every team; adviezen carry no team (see README).
  const mutations = casusMutaties(ids);

  it.each(mutations)("%s on another team's casus is NIET_GEVONDEN, exactly like an unknown id", async (_, mutation, variables) => {
    const anderTeam = await p.code(noord, mutation, variables());
    expect(anderTeam).toBe('NIET_GEVONDEN');
    const unknown = JSON.parse(JSON.stringify(variables()).replaceAll(UUID, UNKNOWN));
    expect(await p.code(noord, mutation, unknown)).toBe(anderTeam);
  });

  it("left Team Zuid's casus untouched", async () => {
    const state = await p.melding(zuid, String(ids.melding));
    expect(state.fase).toBe('TER_TOETSING');
    expect(state.beoordelingen).toHaveLength(1);
    expect(state.casus.tijdlijn.map((e) => e.soort)).toEqual(['MELDING_ONTVANGEN', 'TOEGEWEZEN', 'BESLUIT_VOORGESTELD', 'HUISVERBOD']);
    const hv = await api.gql<{ casus: { huisverboden: { status: string }[]; crisisinterventies: unknown[] } }>(
      `query($id: ID!) { casus(id: $id) { huisverboden { status } crisisinterventies { id } } }`,
      { token: zuid, variables: { id: ids.casus } },
    );
    expect(hv.data!.casus).toEqual({ huisverboden: [{ status: 'LOPEND' }], crisisinterventies: [] });
  });

  it.each([
    ['melding', `query($id: ID!) { melding(id: $id) { id } }`, 'melding'],
    ['casus', `query($id: ID!) { casus(id: $id) { id betrokkenen { naam bsn } tijdlijn { soort } } }`, 'casus'],
  ])('%s(id) of another team is null, as for an unknown id; own team and teammanager see it', async (name, query, key) => {
    expect(await api.gql(query, { token: noord, variables: { id: ids[key] } })).toEqual({ data: { [name]: null } });
    expect(await api.gql(query, { token: noord, variables: { id: UNKNOWN } })).toEqual({ data: { [name]: null } });
    for (const token of [zuid, manager])
      expect((await api.gql<Record<string, { id: string } | null>>(query, { token, variables: { id: ids[key] } })).data![name]?.id).toBe(
        ids[key],
      );
  });

  it("zoekCasussen and zoekPersonen find (and count) nothing of another team's casus", async () => {
    const casussen = `query($nummer: String!) { zoekCasussen(nummer: $nummer) { totalCount edges { node { id } } } }`;
    const personen = `query($naam: String!) { zoekPersonen(naam: $naam) { totalCount edges { node { naam } } } }`;
    type Lijst = { totalCount: number; edges: unknown[] };
    const zoek = async (token: string) => {
      const c = (await api.gql<{ zoekCasussen: Lijst }>(casussen, { token, variables: { nummer: ids.casusNummer } })).data!.zoekCasussen;
      const p = (await api.gql<{ zoekPersonen: Lijst }>(personen, { token, variables: { naam } })).data!.zoekPersonen;
      return { casussen: [c.edges.length, c.totalCount], personen: [p.edges.length, p.totalCount] };
    };
    expect(await zoek(noord)).toEqual({ casussen: [0, 0], personen: [0, 0] });
    expect(await zoek(zuid)).toEqual({ casussen: [1, 1], personen: [1, 1] });
    expect(await zoek(manager)).toEqual({ casussen: [1, 1], personen: [1, 1] });
  });

  it('writes a GEWEIGERD access-log entry for each refused change, surviving its rollback', async () => {
    await p.code(noord, M.crisis, { input: { casusId: ids.casus, samenvatting: 'x' } });
    const log = await api.gql<{
      toegangslog: { edges: { node: { gebruikerId: string; actie: string; objectType: string; uitkomst: string } }[] };
    }>(`query($id: ID!) { toegangslog(casusId: $id, first: 100) { edges { node { gebruikerId actie objectType uitkomst } } } }`, {
      token: beheerder,
      variables: { id: ids.casus },
    });
    const geweigerd = log.data!.toegangslog.edges.map((e) => e.node).filter((n) => n.gebruikerId === 'noord-1');
    // registreerHuisverbod (it.each above) and registreerCrisisinterventie twice (it.each and here) name this casus.
    expect(geweigerd.filter((n) => n.uitkomst === 'GEWEIGERD').length).toBeGreaterThanOrEqual(3);
    expect(geweigerd).toContainEqual({ gebruikerId: 'noord-1', actie: 'UPDATE', objectType: 'Interventie', uitkomst: 'GEWEIGERD' });
    expect(geweigerd.every((n) => n.uitkomst !== 'GESLAAGD')).toBe(true);
  });
  // Last: it opens the casus to Team Noord through a new, unassigned melding about the same child.
  it("shows a casus opened by an unassigned melding without another team's meldingen and their events", async () => {
    const nieuw = await nieuweMelding(api, noord, { betrokkenen: [persoon('KIND', { naam, geboortedatum: '2016-03-04' })] });
    expect(nieuw.casus.id).toBe(ids.casus);
    const casus = await api.gql<{ casus: { meldingen: { id: string }[]; tijdlijn: { soort: string; objectType: string }[] } }>(
      `query($id: ID!) { casus(id: $id) { meldingen { id } tijdlijn { soort objectType } } }`,
      { token: noord, variables: { id: ids.casus } },
    );
    expect(casus.data!.casus.meldingen).toEqual([{ id: nieuw.id }]);
    // Team Zuid's melding, its assignment and its besluit are left out; the casus-wide huisverbod stays.
    expect(casus.data!.casus.tijdlijn.map((e) => e.soort).sort()).toEqual(['HUISVERBOD', 'MELDING_ONTVANGEN']);
    const zuidZiet = await api.gql<{ casus: { tijdlijn: unknown[] } }>(`query($id: ID!) { casus(id: $id) { tijdlijn { soort } } }`, {
      token: zuid,
      variables: { id: ids.casus },
    });
    expect(zuidZiet.data!.casus.tijdlijn).toHaveLength(5);
  });
});
