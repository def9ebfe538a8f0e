import { randomUUID } from 'node:crypto';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, meldingInput, nieuweMelding, persoon, registreerMelding } from '../support/casework.js';

/** Contract additions of issue 13: totalCount, orderBy, and every invalid field of a call at once. */
describe('lists and validation as region clients expect them', () => {
  let api: RunningApp;
  let token: string;
  let beheerder: string;
  const merk = `Lijsttest${randomUUID().slice(0, 8)}`;
  const casusIds: string[] = [];

  beforeAll(async () => {
    api = await startApp('api');
    token = await tokenFor({ tenant: 'VT21', roles: ['medewerker'] });
    beheerder = await tokenFor({ tenant: 'VT21', roles: ['functioneel-beheerder'] });
    // Three unrelated families whose names share a mark: three casussen only this test can find.
    for (const letter of ['A', 'B', 'C']) {
      const melding = await nieuweMelding(api, token, { betrokkenen: [persoon('KIND', { naam: `${merk} ${letter}` })] });
      casusIds.push(melding.casus.id);
    }
  });
  afterAll(() => api.close());

  const ZOEK = `query($naam: String, $first: Int, $after: String, $orderBy: CasusOrder) {
    zoekCasussen(betrokkeneNaam: $naam, first: $first, after: $after, orderBy: $orderBy) {
      totalCount edges { node { id nummer } } pageInfo { hasNextPage endCursor }
    } }`;
  type Pagina = {
    zoekCasussen: {
      totalCount: number;
      edges: { node: { id: string; nummer: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };

  async function alles(orderBy?: Record<string, string>) {
    const gezien: string[] = [];
    let after: string | null = null;
    let totaal = -1;
    for (let i = 0; i < 5; i++) {
      const res = await api.gql<Pagina>(ZOEK, { token, variables: { naam: merk, first: 2, after, orderBy } });
      expect(res.errors).toBeUndefined();
      const page: Pagina['zoekCasussen'] = res.data!.zoekCasussen;
      totaal = page.totalCount;
      gezien.push(...page.edges.map((e) => e.node.nummer));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { gezien, totaal };
  }

  it('totalCount counts the whole filtered list, on every page', async () => {
    const { gezien, totaal } = await alles();
    expect(totaal).toBe(3);
    expect(gezien).toHaveLength(3);
  });

  it('orderBy orders and pages in both directions; the default is newest first', async () => {
    const oplopend = (await alles({ field: 'NUMMER', direction: 'ASC' })).gezien;
    const aflopend = (await alles({ field: 'NUMMER', direction: 'DESC' })).gezien;
    expect(oplopend).toEqual([...oplopend].sort());
    expect(aflopend).toEqual([...oplopend].reverse());
    const standaard = (await alles()).gezien;
    const nieuwsteEerst = (await alles({ field: 'AANGEMAAKT_OP', direction: 'DESC' })).gezien;
    expect(standaard).toEqual(nieuwsteEerst);
    // Registered A, B, C in that order: the newest casus comes first.
    expect(standaard).toEqual([...oplopend].reverse());
  });

  it('a cursor of one order is refused under another, naming after', async () => {
    const res = await api.gql<Pagina>(ZOEK, { token, variables: { naam: merk, first: 1, orderBy: { field: 'NUMMER', direction: 'ASC' } } });
    const cursor = res.data!.zoekCasussen.pageInfo.endCursor;
    const ander = await api.gql(ZOEK, {
      token,
      variables: { naam: merk, first: 1, after: cursor, orderBy: { field: 'NUMMER', direction: 'DESC' } },
    });
    expect(errorCode(ander)).toBe('VALIDATIE');
    expect(ander.errors![0]!.extensions!.field).toBe('after');
  });

  it('werkvoorraad and the access log carry totalCount; the access log orders oldest first on request', async () => {
    const werk = await api.gql<{ werkvoorraad: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      `{ werkvoorraad(first: 5) { totalCount edges { cursor } pageInfo { hasNextPage } } }`,
      { token },
    );
    expect(werk.errors).toBeUndefined();
    const { totalCount, edges, pageInfo } = werk.data!.werkvoorraad;
    expect(totalCount).toBeGreaterThanOrEqual(edges.length);
    expect(pageInfo.hasNextPage).toBe(totalCount > edges.length);

    const LOG = `query($casusId: ID!, $orderBy: ToegangslogOrder) {
      toegangslog(casusId: $casusId, first: 100, orderBy: $orderBy) { totalCount edges { node { tijdstip actie } } } }`;
    type Log = { toegangslog: { totalCount: number; edges: { node: { tijdstip: string; actie: string } }[] } };
    const oud = await api.gql<Log>(LOG, {
      token: beheerder,
      variables: { casusId: casusIds[0], orderBy: { field: 'TIJDSTIP', direction: 'ASC' } },
    });
    expect(oud.errors).toBeUndefined();
    const tijden = oud.data!.toegangslog.edges.map((e) => e.node.tijdstip);
    expect(tijden).toEqual([...tijden].sort());
    expect(oud.data!.toegangslog.edges[0]!.node.actie).toBe('CREATE');
    expect(oud.data!.toegangslog.totalCount).toBe(tijden.length);
  });

  it('a call with several invalid fields gets all of them at once, and nothing is stored', async () => {
    const naam = `${merk} fout`;
    const input = meldingInput({
      melder: { naam: ' ', organisatie: 'ONDERWIJS', telefoon: 'geen nummer', email: 'geen-adres' },
      betrokkenen: [persoon('KIND', { naam, bsn: '123456789' })],
      aardGeweld: [],
      gemeenteCode: ' ',
    });
    const res = await registreerMelding(api, token, input);
    expect(errorCode(res)).toBe('VALIDATIE');
    const extensions = res.errors![0]!.extensions!;
    expect(extensions.field).toBe('melder.naam');
    expect((extensions.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual([
      'melder.naam',
      'melder.telefoon',
      'melder.email',
      'betrokkenen[0].bsn',
      'aardGeweld',
      'gemeenteCode',
    ]);
    const gezocht = await api.gql<Pagina>(ZOEK, { token, variables: { naam } });
    expect(gezocht.data!.zoekCasussen.totalCount).toBe(0);
  });
});
