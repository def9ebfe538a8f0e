import { WerkdagKalender, datumInNederland, plusMaanden } from '@vt/werkdagen';
import { TakenService, verzoekTermijn } from '@vt/vervolg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { nieuweMelding, persoon, zetTeamRegelAan } from '../support/casework.js';
import { M, Proces } from '../support/proces.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Verzoek {
  id: string;
  soort: string;
  persoonId: string;
  verzoekerNaam: string;
  verzoekerRelatie: string;
  zienswijze: string | null;
  ontvangenOp: string;
  oorspronkelijkeTermijn: string;
  uiterlijkeDatum: string;
  verlengdMetMaanden: number | null;
  verlengingReden: string | null;
  status: string;
  beslissing: string | null;
  gronden: string | null;
  verzondenOp: string | null;
  wijzigingIds: string[];
  binnenTermijn: boolean | null;
  versie: number;
}
interface Klacht {
  id: string;
  casusId: string | null;
  route: string;
  status: string;
  uitkomst: string | null;
  afgeslotenOp: string | null;
  versie: number;
}

const V_VELDEN = `id soort persoonId verzoekerNaam verzoekerRelatie zienswijze ontvangenOp oorspronkelijkeTermijn uiterlijkeDatum
  verlengdMetMaanden verlengingReden status beslissing gronden verzondenOp wijzigingIds binnenTermijn versie`;
const K_VELDEN = `id casusId route status uitkomst afgeslotenOp versie`;
const Q = {
  registreer: `mutation($input: RegistreerVerzoekInput!) { registreerVerzoek(input: $input) { ${V_VELDEN} } }`,
  verleng: `mutation($input: VerlengVerzoekInput!) { verlengVerzoek(input: $input) { ${V_VELDEN} } }`,
  beslis: `mutation($input: BeslisVerzoekInput!) { beslisVerzoek(input: $input) { ${V_VELDEN} } }`,
  verzoeken: `query($status: VerzoekStatus, $persoonId: ID, $first: Int, $after: String) {
    verzoeken(status: $status, persoonId: $persoonId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${V_VELDEN} } } } }`,
  registreerKlacht: `mutation($input: RegistreerKlachtInput!) { registreerKlacht(input: $input) { ${K_VELDEN} } }`,
  wijzigKlacht: `mutation($input: WijzigKlachtInput!) { wijzigKlacht(input: $input) { ${K_VELDEN} } }`,
  sluitKlachtAf: `mutation($input: SluitKlachtAfInput!) { sluitKlachtAf(input: $input) { ${K_VELDEN} } }`,
  klachten: `query($van: Date, $tot: Date, $first: Int, $after: String) { klachten(van: $van, tot: $tot, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${K_VELDEN} } } } }`,
  telling: `query($van: Date!, $tot: Date!) { klachtenTelling(van: $van, tot: $tot) { uitkomst aantal } }`,
  casus: `query($id: ID!) { casus(id: $id) { id openVerzoeken } }`,
  werk: `query { werkvoorraad(first: 100, soorten: [VERZOEK_AFHANDELEN]) { edges { node { soort objectId casusId meldingId uiterlijkeDatum } } } }`,
  taken: `{ taken(first: 100) { edges { node { soort objectId uiterlijkeDatum } } } }`,
  wijzigPersoon: `mutation($input: WijzigPersoonInput!) { wijzigPersoon(input: $input) { id versie } }`,
  wijzigingen: `query($casusId: ID!) { wijzigingen(casusId: $casusId, first: 50) { edges { node { id persoonId veld } } } }`,
};

const SOORTEN = ['INZAGE', 'AFSCHRIFT', 'CORRECTIE', 'AANVULLING', 'VERNIETIGING', 'BEZWAAR'];

/**
 * Client rights (issue 16, points 1, 3, 6, 7) in VT05: the verzoeken register with its statutory
 * term of one month moved past days off, extension, decision and the open-work task; the
 * klachtenregister counted per outcome; roles; VT09 (team rule) and cross-tenant checks.
 */
describe('clientrechten: verzoeken and klachten', () => {
  let api: RunningApp;
  let p: Proces;
  let tenant: string;
  let mw: string;
  let privacy: string;
  let beheerder: string;

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    tenant = await tenantIdOf('VT05');
    mw = await tokenFor({ tenant: 'VT05', roles: ['medewerker'], user: 'cr-mw' });
    privacy = await tokenFor({ tenant: 'VT05', roles: ['privacyfunctionaris'], user: 'cr-privacy' });
    beheerder = await tokenFor({ tenant: 'VT05', roles: ['functioneel-beheerder'], user: 'cr-beheer' });
  }, 60_000);
  afterAll(() => api.close());

  /** A melding with a child and a parent in VT05; returns the melding and the two person ids. */
  async function gezin() {
    const melding = await nieuweMelding(api, mw, { betrokkenen: [persoon('KIND'), persoon('OUDER_VERZORGER')] });
    return { melding, kind: melding.betrokkenen[0]!.persoon.id, ouder: melding.betrokkenen[1]!.persoon.id };
  }
  const registreer = (token: string, input: Record<string, unknown>) => p.call<Verzoek>(token, Q.registreer, { input });
  const werk = async (token = mw) =>
    (await p.call<{ edges: { node: { objectId: string; casusId: string; uiterlijkeDatum: string } }[] }>(token, Q.werk, {})).edges.map(
      (e) => e.node,
    );
  const taken = async () => {
    await api.app.get(TakenService, { strict: false }).herbereken(tenant);
    return (await p.call<{ edges: { node: { soort: string; objectId: string; uiterlijkeDatum: string } }[] }>(mw, Q.taken, {})).edges.map(
      (e) => e.node,
    );
  };
  const openVerzoeken = async (token: string, casusId: string) =>
    (await p.call<{ openVerzoeken: number } | null>(token, Q.casus, { id: casusId }))?.openVerzoeken;

  it('registers every kind of request with its term of one month, moved to the next werkdag when it ends on a day off', async () => {
    const { kind, ouder } = await gezin();
    // 14 April 2026 + 1 month = Thursday 14 May, Hemelvaartsdag: the term moves to Friday 15 May.
    for (const soort of SOORTEN) {
      const v = await registreer(privacy, {
        soort,
        persoonId: kind,
        verzoekerNaam: 'J. de Vries',
        verzoekerRelatie: 'OUDER_VOOGD',
        ontvangenOp: '2026-04-14',
        omschrijving: `Verzoek ${soort}`,
      });
      expect(v).toMatchObject({
        soort,
        persoonId: kind,
        verzoekerNaam: 'J. de Vries',
        verzoekerRelatie: 'OUDER_VOOGD',
        ontvangenOp: '2026-04-14',
        oorspronkelijkeTermijn: '2026-05-15',
        uiterlijkeDatum: '2026-05-15',
        status: 'OPEN',
        beslissing: null,
        binnenTermijn: false, // open past its term (the test runs later)
        versie: 1,
      });
    }
    // 31 January + 1 month = 28 February 2026 (clamped), a Saturday: Monday 2 March. The person's own statement goes with it.
    const eigen = await registreer(beheerder, {
      soort: 'AANVULLING',
      persoonId: ouder,
      verzoekerNaam: 'P. de Vries',
      verzoekerRelatie: 'BETROKKENE_ZELF',
      ontvangenOp: '2026-01-31',
      zienswijze: 'Ik ben het niet eens met de weergave van het gesprek.',
    });
    expect(eigen).toMatchObject({ uiterlijkeDatum: '2026-03-02', zienswijze: 'Ik ben het niet eens met de weergave van het gesprek.' });

    const lijst = await p.call<{ totalCount: number; edges: { node: Verzoek }[] }>(privacy, Q.verzoeken, { persoonId: kind, first: 4 });
    expect(lijst.totalCount).toBe(6);
    expect(lijst.edges).toHaveLength(4);
    const rest = await p.call<{ edges: { node: Verzoek }[]; pageInfo: { hasNextPage: boolean } }>(privacy, Q.verzoeken, {
      persoonId: kind,
      first: 4,
      after: (lijst as unknown as { pageInfo: { endCursor: string } }).pageInfo.endCursor,
    });
    expect(rest.edges).toHaveLength(2);
    expect(new Set([...lijst.edges, ...rest.edges].map((e) => e.node.soort))).toEqual(new Set(SOORTEN));
  });

  it('refuses bad input with the field named and changes nothing', async () => {
    const { kind } = await gezin();
    const basis = { soort: 'INZAGE', persoonId: kind, verzoekerNaam: 'A', verzoekerRelatie: 'BETROKKENE_ZELF' };
    const fout = async (input: Record<string, unknown>) => {
      const res = await api.gql(Q.registreer, { token: privacy, variables: { input } });
      return [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];
    };
    expect(await fout({ ...basis, verzoekerNaam: '  ' })).toEqual(['VALIDATIE', 'verzoekerNaam']);
    expect(await fout({ ...basis, ontvangenOp: '2999-01-01' })).toEqual(['VALIDATIE', 'ontvangenOp']);
    expect((await fout({ ...basis, persoonId: UNKNOWN }))[0]).toBe('NIET_GEVONDEN');
    expect((await fout({ ...basis, persoonId: 'geen-id' }))[0]).toBe('NIET_GEVONDEN');
    expect((await p.call<{ totalCount: number }>(privacy, Q.verzoeken, { persoonId: kind })).totalCount).toBe(0);
  });

  it('extends the term once, within the first term, by at most two months, with reasons; a stale version conflicts', async () => {
    const { kind } = await gezin();
    const vandaag = datumInNederland(new Date());
    const kalender = new WerkdagKalender();
    const v = await registreer(privacy, {
      soort: 'INZAGE',
      persoonId: kind,
      verzoekerNaam: 'Mr. K. Jansen',
      verzoekerRelatie: 'VERTEGENWOORDIGER',
      ontvangenOp: vandaag,
    });
    expect(v.uiterlijkeDatum).toBe(verzoekTermijn(kalender, vandaag, 1));
    expect(await p.code(privacy, Q.verleng, { input: { verzoekId: v.id, versie: v.versie, maanden: 3, reden: 'Complex' } })).toBe(
      'VALIDATIE',
    );
    expect(await p.code(privacy, Q.verleng, { input: { verzoekId: v.id, versie: v.versie, maanden: 2, reden: ' ' } })).toBe('VALIDATIE');
    const verlengd = await p.call<Verzoek>(privacy, Q.verleng, {
      input: { verzoekId: v.id, versie: v.versie, maanden: 2, reden: 'Omvangrijk dossier met vele documenten' },
    });
    // Three months after receipt in all, moved to a werkdag (verzoekTermijn's own cases are in its unit test).
    expect(verlengd).toMatchObject({
      oorspronkelijkeTermijn: v.uiterlijkeDatum,
      uiterlijkeDatum: verzoekTermijn(kalender, vandaag, 3),
      verlengdMetMaanden: 2,
      verlengingReden: 'Omvangrijk dossier met vele documenten',
      binnenTermijn: null,
      versie: 2,
    });
    expect(verlengd.uiterlijkeDatum >= plusMaanden(vandaag, 3)).toBe(true);
    expect(await p.code(privacy, Q.verleng, { input: { verzoekId: v.id, versie: 1, maanden: 1, reden: 'x' } })).toBe('VERSIE_CONFLICT');
    expect(await p.code(privacy, Q.verleng, { input: { verzoekId: v.id, versie: 2, maanden: 1, reden: 'x' } })).toBe('ONGELDIGE_OVERGANG');
    // A request whose first term has passed can no longer be extended: the requester had to hear of it in time.
    const oud = await registreer(privacy, {
      soort: 'INZAGE',
      persoonId: kind,
      verzoekerNaam: 'A',
      verzoekerRelatie: 'BETROKKENE_ZELF',
      ontvangenOp: '2026-04-14',
    });
    expect(await p.code(privacy, Q.verleng, { input: { verzoekId: oud.id, versie: 1, maanden: 1, reden: 'x' } })).toBe(
      'ONGELDIGE_OVERGANG',
    );
  });

  it('an open request is a task with the person’s melding and shows on the casus as a count; the decision closes it, with the corrections made for it', async () => {
    const { melding, kind, ouder } = await gezin();
    const v = await registreer(privacy, {
      soort: 'CORRECTIE',
      persoonId: kind,
      verzoekerNaam: 'J. de Vries',
      verzoekerRelatie: 'OUDER_VOOGD',
      ontvangenOp: '2026-04-14',
      omschrijving: 'De geboortedatum klopt niet',
    });
    expect(await openVerzoeken(mw, melding.casus.id)).toBe(1);
    expect(await werk()).toContainEqual(
      expect.objectContaining({ objectId: v.id, casusId: melding.casus.id, uiterlijkeDatum: '2026-05-15' }),
    );
    expect(await taken()).toContainEqual({ soort: 'VERZOEK_AFHANDELEN', objectId: v.id, uiterlijkeDatum: '2026-05-15' });

    // The correction itself goes through the dossier's operations; the decision links it.
    await p.call(mw, Q.wijzigPersoon, {
      input: { persoonId: kind, versie: 1, geboortedatum: '2016-03-04', reden: 'Verzoek tot correctie' },
    });
    await p.call(mw, Q.wijzigPersoon, { input: { persoonId: ouder, versie: 1, woonplaats: 'Utrecht', reden: 'Verhuisd' } });
    const history = (
      await p.call<{ edges: { node: { id: string; persoonId: string } }[] }>(mw, Q.wijzigingen, { casusId: melding.casus.id })
    ).edges;
    const vanKind = history.filter((e) => e.node.persoonId === kind).map((e) => e.node.id);
    const vanOuder = history.filter((e) => e.node.persoonId === ouder).map((e) => e.node.id);
    expect(vanKind).toHaveLength(1);

    const beslis = (input: Record<string, unknown>) =>
      api.gql(Q.beslis, { token: privacy, variables: { input: { verzoekId: v.id, versie: 1, ...input } } });
    // The caseworker cannot decide; the grounds of a refusal are required; another person's history is refused.
    expect(await p.code(mw, Q.beslis, { input: { verzoekId: v.id, versie: 1, beslissing: 'TOEGEWEZEN' } })).toBe('FORBIDDEN');
    expect((await beslis({ beslissing: 'AFGEWEZEN' })).errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATIE', field: 'gronden' });
    expect((await beslis({ beslissing: 'DEELS', gronden: 'x', wijzigingIds: vanOuder })).errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATIE',
      field: 'wijzigingIds',
    });
    expect((await beslis({ beslissing: 'TOEGEWEZEN', verzondenOp: '2026-04-01' })).errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATIE',
      field: 'verzondenOp',
    });
    expect(await openVerzoeken(mw, melding.casus.id)).toBe(1);

    const besloten = await p.call<Verzoek>(privacy, Q.beslis, {
      input: {
        verzoekId: v.id,
        versie: 1,
        beslissing: 'DEELS',
        gronden: 'Alleen de geboortedatum',
        verzondenOp: '2026-05-13',
        wijzigingIds: vanKind,
      },
    });
    expect(besloten).toMatchObject({
      status: 'BESLOTEN',
      beslissing: 'DEELS',
      gronden: 'Alleen de geboortedatum',
      verzondenOp: '2026-05-13',
      wijzigingIds: vanKind,
      binnenTermijn: true,
      versie: 2,
    });
    expect(await p.code(privacy, Q.beslis, { input: { verzoekId: v.id, versie: 2, beslissing: 'TOEGEWEZEN' } })).toBe('ONGELDIGE_OVERGANG');
    expect(await openVerzoeken(mw, melding.casus.id)).toBe(0);
    expect((await werk()).map((w) => w.objectId)).not.toContain(v.id);
    expect((await taken()).map((t) => t.objectId)).not.toContain(v.id);
    const gesloten = await p.call<{ edges: { node: Verzoek }[] }>(beheerder, Q.verzoeken, { persoonId: kind, status: 'BESLOTEN' });
    expect(gesloten.edges.map((e) => e.node.id)).toEqual([v.id]);

    // NEN 7513: the registration, the decision and the read are logged against the person; refused attempts too.
    const admin = await connectAs('admin');
    try {
      const { rows } = await admin.query<{ actie: string; uitkomst: string; persoon_id: string; gebruiker_id: string }>(
        `SELECT actie, uitkomst, persoon_id::text, gebruiker_id FROM toegangslog WHERE object_type = 'Verzoek' AND object_id = $1 ORDER BY tijdstip, id`,
        [v.id],
      );
      expect(rows.filter((r) => r.uitkomst === 'GESLAAGD').map((r) => [r.actie, r.persoon_id, r.gebruiker_id])).toEqual(
        expect.arrayContaining([
          ['CREATE', kind, 'cr-privacy'],
          ['UPDATE', kind, 'cr-privacy'],
          ['READ', kind, 'cr-beheer'],
        ]),
      );
    } finally {
      await admin.end();
    }
  });

  it('roles: medewerkers neither read nor handle requests and klachten; the privacyfunctionaris and the functioneel-beheerder do', async () => {
    const { kind } = await gezin();
    const input = { soort: 'INZAGE', persoonId: kind, verzoekerNaam: 'A', verzoekerRelatie: 'BETROKKENE_ZELF' };
    for (const rol of ['medewerker', 'teammanager', 'administratief-medewerker', 'vertrouwensarts']) {
      const token = await tokenFor({ tenant: 'VT05', roles: [rol], user: `cr-${rol}` });
      expect(await p.code(token, Q.registreer, { input })).toBe('FORBIDDEN');
      expect(await p.code(token, Q.verzoeken, {})).toBe('FORBIDDEN');
      expect(await p.code(token, Q.klachten, {})).toBe('FORBIDDEN');
      expect(await p.code(token, Q.telling, { van: '2026-01-01', tot: '2026-04-01' })).toBe('FORBIDDEN');
      expect(
        await p.code(token, Q.registreerKlacht, {
          input: { klagerNaam: 'A', klagerRelatie: 'BETROKKENE_ZELF', onderwerp: 'x', route: 'INTERNE_BEMIDDELING' },
        }),
      ).toBe('FORBIDDEN');
    }
    expect(await p.code(privacy, Q.verzoeken, {})).toBeUndefined();
    expect(await p.code(beheerder, Q.klachten, {})).toBeUndefined();
    // The privacy officer handles requests, not cases.
    const { melding } = await gezin();
    expect(await p.code(privacy, Q.casus, { id: melding.casus.id })).toBe('FORBIDDEN');
  });

  it('klachten: registered, changed, closed with an outcome and counted per outcome for the quarterly report', async () => {
    const { melding } = await gezin();
    const nieuw = (ontvangenOp: string, casusId: string | null = null) =>
      p.call<Klacht>(privacy, Q.registreerKlacht, {
        input: {
          ontvangenOp,
          klagerNaam: 'B. Bakker',
          klagerRelatie: 'OUDER_VOOGD',
          onderwerp: 'Bejegening tijdens huisbezoek',
          casusId,
          route: 'INTERNE_BEMIDDELING',
        },
      });
    // The first quarter of 2025: nothing else in VT05 is received then.
    const a = await nieuw('2025-01-10', melding.casus.id);
    const b = await nieuw('2025-02-10');
    const c = await nieuw('2025-03-10');
    const d = await nieuw('2025-03-31');
    const buiten = await nieuw('2025-04-01');
    expect(a).toMatchObject({ casusId: melding.casus.id, status: 'OPEN', uitkomst: null, versie: 1 });
    expect(
      await p.code(privacy, Q.registreerKlacht, {
        input: { klagerNaam: 'B', klagerRelatie: 'OUDER_VOOGD', onderwerp: 'x', casusId: UNKNOWN, route: 'INTERNE_BEMIDDELING' },
      }),
    ).toBe('NIET_GEVONDEN');

    const extern = await p.call<Klacht>(beheerder, Q.wijzigKlacht, {
      input: { klachtId: a.id, versie: 1, route: 'EXTERNE_KLACHTENCOMMISSIE' },
    });
    expect(extern).toMatchObject({ route: 'EXTERNE_KLACHTENCOMMISSIE', casusId: melding.casus.id, versie: 2 });
    expect(await p.code(privacy, Q.wijzigKlacht, { input: { klachtId: a.id, versie: 1, onderwerp: 'y' } })).toBe('VERSIE_CONFLICT');
    const sluit = (k: Klacht, uitkomst: string, afgeslotenOp = '2025-04-15') =>
      p.call<Klacht>(privacy, Q.sluitKlachtAf, { input: { klachtId: k.id, versie: k.versie, uitkomst, afgeslotenOp } });
    expect(await sluit(extern, 'GEGROND')).toMatchObject({ status: 'AFGESLOTEN', uitkomst: 'GEGROND', afgeslotenOp: '2025-04-15' });
    await sluit(b, 'ONGEGROND');
    await sluit(c, 'ONGEGROND');
    expect(
      await p.code(privacy, Q.sluitKlachtAf, { input: { klachtId: d.id, versie: 1, uitkomst: 'INGETROKKEN', afgeslotenOp: '2025-01-01' } }),
    ).toBe('VALIDATIE');
    expect(await p.code(privacy, Q.sluitKlachtAf, { input: { klachtId: b.id, versie: 2, uitkomst: 'GEGROND' } })).toBe(
      'ONGELDIGE_OVERGANG',
    );

    const telling = await p.call<{ uitkomst: string | null; aantal: number }[]>(privacy, Q.telling, {
      van: '2025-01-01',
      tot: '2025-04-01',
    });
    expect(telling).toEqual(
      expect.arrayContaining([
        { uitkomst: 'GEGROND', aantal: 1 },
        { uitkomst: 'ONGEGROND', aantal: 2 },
        { uitkomst: null, aantal: 1 },
      ]),
    );
    expect(telling).toHaveLength(3);
    const kwartaal = await p.call<{ totalCount: number; edges: { node: Klacht }[] }>(beheerder, Q.klachten, {
      van: '2025-01-01',
      tot: '2025-04-01',
    });
    expect(kwartaal.totalCount).toBe(4);
    expect(kwartaal.edges.map((e) => e.node.id)).toEqual([d.id, c.id, b.id, a.id]);
    expect(kwartaal.edges.map((e) => e.node.id)).not.toContain(buiten.id);
    expect(await p.code(privacy, Q.telling, { van: '2025-04-01', tot: '2025-01-01' })).toBe('VALIDATIE');
  });

  it('cross-tenant: another region neither sees nor changes VT05’s requests and klachten, exactly like an unknown id', async () => {
    const { melding, kind } = await gezin();
    const v = await registreer(privacy, {
      soort: 'INZAGE',
      persoonId: kind,
      verzoekerNaam: 'A',
      verzoekerRelatie: 'BETROKKENE_ZELF',
      ontvangenOp: '2024-06-03',
    });
    const k = await p.call<Klacht>(privacy, Q.registreerKlacht, {
      input: {
        ontvangenOp: '2024-06-03',
        klagerNaam: 'A',
        klagerRelatie: 'BETROKKENE_ZELF',
        onderwerp: 'x',
        casusId: melding.casus.id,
        route: 'INTERNE_BEMIDDELING',
      },
    });
    const ander = await tokenFor({ tenant: 'VT09', roles: ['privacyfunctionaris', 'functioneel-beheerder'], user: 'cr-ander' });
    expect(
      await p.code(ander, Q.registreer, {
        input: { soort: 'INZAGE', persoonId: kind, verzoekerNaam: 'A', verzoekerRelatie: 'BETROKKENE_ZELF' },
      }),
    ).toBe('NIET_GEVONDEN');
    expect(await p.code(ander, Q.verleng, { input: { verzoekId: v.id, versie: 1, maanden: 1, reden: 'x' } })).toBe('NIET_GEVONDEN');
    expect(await p.code(ander, Q.beslis, { input: { verzoekId: v.id, versie: 1, beslissing: 'TOEGEWEZEN' } })).toBe('NIET_GEVONDEN');
    expect((await p.call<{ totalCount: number }>(ander, Q.verzoeken, { persoonId: kind })).totalCount).toBe(0);
    expect(
      await p.code(ander, Q.registreerKlacht, {
        input: {
          klagerNaam: 'A',
          klagerRelatie: 'BETROKKENE_ZELF',
          onderwerp: 'x',
          casusId: melding.casus.id,
          route: 'INTERNE_BEMIDDELING',
        },
      }),
    ).toBe('NIET_GEVONDEN');
    expect(await p.code(ander, Q.wijzigKlacht, { input: { klachtId: k.id, versie: 1, onderwerp: 'y' } })).toBe('NIET_GEVONDEN');
    expect(await p.code(ander, Q.sluitKlachtAf, { input: { klachtId: k.id, versie: 1, uitkomst: 'GEGROND' } })).toBe('NIET_GEVONDEN');
    const zijnKlachten = await p.call<{ totalCount: number }>(ander, Q.klachten, { van: '2024-06-01', tot: '2024-07-01' });
    expect(zijnKlachten.totalCount).toBe(0);
    expect(await p.call(ander, Q.telling, { van: '2024-06-01', tot: '2024-07-01' })).toEqual([]);
    // Unchanged in VT05.
    const eigen = await p.call<{ edges: { node: Verzoek }[] }>(privacy, Q.verzoeken, { persoonId: kind });
    expect(eigen.edges[0]!.node).toMatchObject({ id: v.id, status: 'OPEN', versie: 1 });
    expect(await p.call(privacy, Q.telling, { van: '2024-06-01', tot: '2024-07-01' })).toEqual([{ uitkomst: null, aantal: 1 }]);
  });

  describe('team rule (VT09)', () => {
    it("a request or klacht about another team's casus is NIET_GEVONDEN, exactly like an unknown id; the own team may", async () => {
      const beheer9 = await tokenFor({ tenant: 'VT09', roles: ['functioneel-beheerder'], user: 'cr-beheer-9' });
      await zetTeamRegelAan(api, beheer9);
      const manager = await tokenFor({ tenant: 'VT09', roles: ['teammanager'], user: 'cr-manager-9' });
      const zuidMw = await tokenFor({ tenant: 'VT09', roles: ['medewerker'], user: 'cr-zuid-mw', team: 'Zuid' });
      const zuid = await tokenFor({ tenant: 'VT09', roles: ['privacyfunctionaris'], user: 'cr-zuid', team: 'Zuid' });
      const noord = await tokenFor({ tenant: 'VT09', roles: ['privacyfunctionaris'], user: 'cr-noord', team: 'Noord' });
      const noordMw = await tokenFor({ tenant: 'VT09', roles: ['medewerker'], user: 'cr-noord-mw', team: 'Noord' });
      const melding = await nieuweMelding(api, zuidMw, { betrokkenen: [persoon('KIND')] });
      await p.call(manager, M.wijsToe, {
        input: { meldingId: melding.id, versie: melding.versie, team: 'Zuid', medewerker: 'cr-zuid-mw' },
      });
      const kind = melding.betrokkenen[0]!.persoon.id;
      const input = {
        soort: 'INZAGE',
        persoonId: kind,
        verzoekerNaam: 'A',
        verzoekerRelatie: 'BETROKKENE_ZELF',
        ontvangenOp: '2026-04-14',
      };

      expect(await p.code(noord, Q.registreer, { input })).toBe('NIET_GEVONDEN');
      expect(await p.code(noord, Q.registreer, { input: { ...input, persoonId: UNKNOWN } })).toBe('NIET_GEVONDEN');
      const v = await registreer(zuid, input);
      const klachtInput = {
        klagerNaam: 'A',
        klagerRelatie: 'OUDER_VOOGD',
        onderwerp: 'x',
        casusId: melding.casus.id,
        route: 'INTERNE_BEMIDDELING',
        ontvangenOp: '2023-02-01',
      };
      expect(await p.code(noord, Q.registreerKlacht, { input: klachtInput })).toBe('NIET_GEVONDEN');
      const k = await p.call<Klacht>(zuid, Q.registreerKlacht, { input: klachtInput });

      for (const [query, variables] of [
        [Q.verleng, { input: { verzoekId: v.id, versie: 1, maanden: 1, reden: 'x' } }],
        [Q.beslis, { input: { verzoekId: v.id, versie: 1, beslissing: 'TOEGEWEZEN' } }],
        [Q.wijzigKlacht, { input: { klachtId: k.id, versie: 1, onderwerp: 'y' } }],
        [Q.sluitKlachtAf, { input: { klachtId: k.id, versie: 1, uitkomst: 'GEGROND' } }],
      ] as const) {
        expect(await p.code(noord, query, variables)).toBe('NIET_GEVONDEN');
        const unknown = JSON.parse(JSON.stringify(variables).replaceAll(v.id, UNKNOWN).replaceAll(k.id, UNKNOWN));
        expect(await p.code(noord, query, unknown)).toBe('NIET_GEVONDEN');
      }
      expect((await p.call<{ totalCount: number }>(noord, Q.verzoeken, { persoonId: kind })).totalCount).toBe(0);
      expect((await p.call<{ totalCount: number }>(noord, Q.klachten, { van: '2023-02-01', tot: '2023-02-02' })).totalCount).toBe(0);
      expect((await werk(noordMw)).map((w) => w.objectId)).not.toContain(v.id);
      // The own team sees and handles them; the team's caseworker sees the request pending on the casus.
      expect((await p.call<{ totalCount: number }>(zuid, Q.verzoeken, { persoonId: kind })).totalCount).toBe(1);
      expect((await p.call<{ totalCount: number }>(zuid, Q.klachten, { van: '2023-02-01', tot: '2023-02-02' })).totalCount).toBe(1);
      expect(await openVerzoeken(zuidMw, melding.casus.id)).toBe(1);
      expect((await p.call<Verzoek>(zuid, Q.beslis, { input: { verzoekId: v.id, versie: 1, beslissing: 'TOEGEWEZEN' } })).status).toBe(
        'BESLOTEN',
      );
    });
  });
});
