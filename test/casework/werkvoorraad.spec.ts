import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding, zetTeamRegelAan } from '../support/casework.js';
import { M, Proces, TAXATIE } from '../support/proces.js';

interface Item {
  soort: string;
  objectId: string;
  meldingId: string;
  uiterlijkeDatum: string | null;
  verlopen: boolean;
  werkdagenResterend: number | null;
}

const WERK = `query($first: Int, $after: String, $soorten: [WerkSoort!]) { werkvoorraad(first: $first, after: $after, soorten: $soorten) {
  edges { node { soort objectId meldingId uiterlijkeDatum verlopen werkdagenResterend } } pageInfo { hasNextPage endCursor } } }`;

describe('werkvoorraad, termijnen and wachtlijst', () => {
  let api: RunningApp;
  let p: Proces;
  let mw: string;

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    mw = await tokenFor({ tenant: 'VT13', roles: ['medewerker'], user: 'werk-1' });
  });
  afterAll(() => api.close());

  async function alles(token = mw, soorten?: string[]): Promise<Item[]> {
    const items: Item[] = [];
    let after: string | null = null;
    for (;;) {
      const response: Awaited<
        ReturnType<typeof api.gql<{ werkvoorraad: { edges: { node: Item }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>
      > = await api.gql(WERK, { token, variables: { first: 3, after, soorten } });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      items.push(...response.data!.werkvoorraad.edges.map((e) => e.node));
      if (!response.data!.werkvoorraad.pageInfo.hasNextPage) return items;
      after = response.data!.werkvoorraad.pageInfo.endCursor;
    }
  }

  it('lists open work overdue first, with werkdagen left, and follows the work as it moves', async () => {
    const oud = await nieuweMelding(api, mw, { ontvangenOp: '2026-01-05T10:00:00+01:00' });
    const geregistreerd = await nieuweMelding(api, mw);
    // Both await their screening first (the old one overdue since its day of receipt); screened, the beoordeling follows.
    let items = await alles();
    expect(items.find((i) => i.meldingId === oud.id && i.soort === 'SCREENEN')).toMatchObject({
      soort: 'SCREENEN',
      uiterlijkeDatum: '2026-01-05',
      verlopen: true,
    });
    for (const m of [oud, geregistreerd])
      m.versie = (
        await p.call<{ versie: number }>(mw, M.screen, { input: { meldingId: m.id, versie: m.versie, uitkomst: 'NIET_ACUUT' } })
      ).versie;
    const nieuw = geregistreerd;
    items = await alles();
    // Each melding also brings its statutory notifications (KENNISGEVING, see kennisgeving.spec).
    const oudItem = items.find((i) => i.meldingId === oud.id && i.soort === 'BEOORDELEN')!;
    const nieuwItem = items.find((i) => i.meldingId === nieuw.id && i.soort === 'BEOORDELEN')!;
    expect(oudItem).toMatchObject({ soort: 'BEOORDELEN', uiterlijkeDatum: '2026-01-12', verlopen: true });
    expect(oudItem.werkdagenResterend!).toBeLessThan(-100);
    expect(nieuwItem).toMatchObject({ soort: 'BEOORDELEN', verlopen: false, werkdagenResterend: 5 });
    expect(items.indexOf(oudItem)).toBeLessThan(items.indexOf(nieuwItem));
    const dates = items.map((i) => i.uiterlijkeDatum ?? '9999-12-31');
    expect(dates).toEqual([...dates].sort());
    // Pages of 3 (each branch limited on its own, then merged) still list every item exactly once.
    expect(new Set(items.map((i) => `${i.soort}:${i.objectId}`)).size).toBe(items.length);

    const b = await p.call<{ id: string; versie: number }>(mw, M.stelBesluitVoor, {
      input: { meldingId: nieuw.id, versie: nieuw.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
    });
    items = await alles();
    expect(items.filter((i) => i.meldingId === nieuw.id && i.soort !== 'KENNISGEVING').map((i) => i.soort)).toEqual(['TOETSEN']);
    await p.call(await tokenFor({ tenant: 'VT13', roles: ['medewerker'], user: 'werk-2' }), M.toets, {
      input: { beoordelingId: b.id, versie: b.versie, akkoord: true },
    });
    items = await alles();
    expect(
      items
        .filter((i) => i.meldingId === nieuw.id && i.soort !== 'KENNISGEVING')
        .map((i) => i.soort)
        .sort(),
    ).toEqual(['INTERVENTIE_AFRONDEN', 'INTERVENTIE_STARTEN', 'TERUGKOPPELING']);
    // Feedback to the professional melder is due within the region's term (5 werkdagen by default).
    expect((await alles(mw, ['TERUGKOPPELING'])).find((i) => i.meldingId === nieuw.id)).toMatchObject({
      verlopen: false,
      werkdagenResterend: 5,
    });
  });

  it('termijnen lists work due within N werkdagen plus everything overdue', async () => {
    const oud = await nieuweMelding(api, mw, { ontvangenOp: '2026-02-02T10:00:00+01:00' });
    const nieuw = await nieuweMelding(api, mw);
    const termijnen = async (n: number) =>
      (
        await api.gql<{ termijnen: { edges: { node: Item }[] } }>(
          `query($n: Int!) { termijnen(binnenWerkdagen: $n, first: 100) { edges { node { meldingId verlopen } } } }`,
          { token: mw, variables: { n } },
        )
      ).data!.termijnen.edges.map((e) => e.node.meldingId);
    expect(await termijnen(0)).toContain(oud.id);
    expect(await termijnen(0)).not.toContain(nieuw.id);
    expect(await termijnen(5)).toContain(nieuw.id);
    expect(errorCode(await api.gql(`{ termijnen(binnenWerkdagen: -1) { edges { cursor } } }`, { token: mw }))).toBe('VALIDATIE');
    expect(errorCode(await api.gql(`{ werkvoorraad(first: 0) { edges { cursor } } }`, { token: mw }))).toBe('VALIDATIE');
  });

  it('refuses an oversized soorten list with VALIDATIE naming the field, and counts a repeated kind once', async () => {
    await nieuweMelding(api, mw);
    const eenmaal = await alles(mw, ['BEOORDELEN']);
    expect(eenmaal.length).toBeGreaterThan(0);
    expect(await alles(mw, ['BEOORDELEN', 'BEOORDELEN', 'BEOORDELEN'])).toEqual(eenmaal);
    const te = await api.gql(WERK, { token: mw, variables: { first: 3, soorten: Array.from({ length: 1000 }, () => 'BEOORDELEN') } });
    expect(te.errors![0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'soorten' });
  });

  it('serves the default page (kept prepared on the connection) per region and team exactly as the paged list', async () => {
    // The default page (no soorten, 20 items) runs as a prepared statement that PostgreSQL may plan
    // once per connection; requests one after another reuse one pooled connection, so alternating
    // regions and teams proves that a cached plan carries no region's or team's rows into another's.
    const beheerder = await tokenFor({ tenant: 'VT26', roles: ['functioneel-beheerder'], user: 'werk-beheer-26' });
    const manager = await tokenFor({ tenant: 'VT26', roles: ['teammanager'], user: 'werk-manager-26' });
    await zetTeamRegelAan(api, beheerder);
    const noord = await tokenFor({ tenant: 'VT26', roles: ['medewerker'], user: 'werk-noord', team: 'Noord' });
    const zuid = await tokenFor({ tenant: 'VT26', roles: ['medewerker'], user: 'werk-zuid', team: 'Zuid' });
    const vt13 = await nieuweMelding(api, mw, { ontvangenOp: '2020-03-02T10:00:00+01:00' });
    const zuidMelding = await nieuweMelding(api, zuid, { ontvangenOp: '2020-03-02T10:00:00+01:00' });
    await p.call(manager, M.wijsToe, {
      input: { meldingId: zuidMelding.id, versie: zuidMelding.versie, team: 'Zuid', medewerker: 'werk-zuid' },
    });

    const pagina = async (token: string) => {
      const res = await api.gql<{ werkvoorraad: { edges: { node: Item }[] } }>(WERK, { token, variables: {} });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.werkvoorraad.edges.map((e) => e.node);
    };
    const verwacht = new Map<string, Item[]>();
    for (const token of [mw, noord, zuid]) verwacht.set(token, (await alles(token)).slice(0, 20));
    expect(verwacht.get(mw)!.map((i) => i.meldingId)).toContain(vt13.id);
    expect(verwacht.get(zuid)!.map((i) => i.meldingId)).toContain(zuidMelding.id);
    expect(verwacht.get(noord)!.map((i) => i.meldingId)).not.toContain(zuidMelding.id);
    // More rounds than PostgreSQL's five custom plans before it may switch to the generic one.
    for (let ronde = 0; ronde < 7; ronde++) {
      for (const token of [mw, noord, zuid]) expect(await pagina(token)).toEqual(verwacht.get(token));
    }
  });

  it('shows another region none of it', async () => {
    const melding = await nieuweMelding(api, mw);
    const other = await tokenFor({ tenant: 'VT26', roles: ['medewerker'] });
    const items = await alles(other);
    expect(items.map((i) => i.meldingId)).not.toContain(melding.id);
    const wachtlijst = await api.gql<{ wachtlijst: { edges: { node: { meldingId: string } }[] } }>(
      `{ wachtlijst(first: 100) { edges { node { meldingId } } } }`,
      { token: other },
    );
    expect(wachtlijst.data!.wachtlijst.edges.every((e) => e.node.meldingId !== melding.id)).toBe(true);
  });
});
