import { APP_DATA_SOURCE } from '@vt/database';
import type { DataSource, QueryRunner } from 'typeorm';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding, persoon } from '../support/casework.js';

const CASUS_QUERY = `query($id: ID!) { casus(id: $id) {
  id nummer status versie
  betrokkenen { id naam bsn }
  meldingen { id nummer fase betrokkenen { rol persoon { id naam } } casus { id } }
  tijdlijn { soort omschrijving door }
} }`;

describe('casus, timeline and search', () => {
  let api: RunningApp;
  let token: string;
  let queries = 0;
  let runners = 0;

  beforeAll(async () => {
    api = await startApp('api');
    token = await tokenFor({ tenant: 'VT14', roles: ['medewerker'] });
    // Count every statement the app sends, to prove loading a casus is not N+1.
    const dataSource = api.app.get<DataSource>(APP_DATA_SOURCE);
    const create = dataSource.createQueryRunner.bind(dataSource);
    dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
      const runner = create(...args);
      runners += 1;
      const query = runner.query.bind(runner);
      runner.query = ((...q: Parameters<QueryRunner['query']>) => {
        queries += 1;
        return query(...q);
      }) as QueryRunner['query'];
      return runner;
    };
  });
  afterAll(() => api.close());

  async function casusMet(meldingen: number) {
    const gezin = [persoon('KIND', { geboortedatum: '2016-01-01' }), persoon('OUDER_VERZORGER', { geboortedatum: '1980-01-01' })];
    let casusId = '';
    for (let i = 0; i < meldingen; i++)
      casusId = (await nieuweMelding(api, token, { betrokkenen: [...gezin, persoon('OVERIG')] })).casus.id;
    return casusId;
  }

  async function countQueries(id: string) {
    queries = 0;
    const response = await api.gql<{ casus: { meldingen: unknown[]; tijdlijn: unknown[] } }>(CASUS_QUERY, { token, variables: { id } });
    expect(response.errors).toBeUndefined();
    return { queries, meldingen: response.data!.casus.meldingen.length, gebeurtenissen: response.data!.casus.tijdlijn.length };
  }

  it('groups meldingen about the same family in one casus with a timeline of everything', async () => {
    const id = await casusMet(3);
    const response = await api.gql<{
      casus: { betrokkenen: unknown[]; meldingen: { fase: string }[]; tijdlijn: { soort: string; door: string }[] };
    }>(CASUS_QUERY, { token, variables: { id } });
    const casus = response.data!.casus;
    expect(casus.meldingen).toHaveLength(3);
    expect(casus.betrokkenen).toHaveLength(5);
    expect(casus.tijdlijn.map((e) => e.soort)).toEqual(['MELDING_ONTVANGEN', 'MELDING_ONTVANGEN', 'MELDING_ONTVANGEN']);
  });

  it('loads a casus with betrokkenen, meldingen and timeline in a fixed number of SQL statements, whatever its size', async () => {
    const small = await countQueries(await casusMet(1));
    const large = await countQueries(await casusMet(6));
    expect(small.meldingen).toBe(1);
    expect(large.meldingen).toBe(6);
    expect(large.gebeurtenissen).toBe(6);
    expect(large.queries).toBe(small.queries);
  });

  it('runs all fields of one query in a single transaction on one connection', async () => {
    const id = await casusMet(2);
    await countQueries(id); // warm the caches (organisation directory)
    runners = 0;
    const { queries: statements } = await countQueries(id);
    expect(runners).toBe(1);
    // BEGIN+tenant, settings, casus, access log, betrokkenen, meldingen, melding betrokkenen, casus of meldingen, tijdlijn, COMMIT.
    expect(statements).toBeLessThanOrEqual(10);
  });

  it('casus(id) is null for another region', async () => {
    const id = await casusMet(1);
    const other = await tokenFor({ tenant: 'VT19', roles: ['medewerker'] });
    expect(await api.gql(CASUS_QUERY, { token: other, variables: { id } })).toEqual({ data: { casus: null } });
  });

  it('finds persons and casussen of the own region only, page by page', async () => {
    const naam = `Zoekbaar ${Date.now()}`;
    for (let i = 0; i < 3; i++)
      await nieuweMelding(api, token, { betrokkenen: [{ naam: `${naam} ${i}`, geboortedatum: '2010-01-0' + (i + 1), rol: 'KIND' }] });
    const search = `query($naam: String!, $after: String) { zoekPersonen(naam: $naam, first: 2, after: $after) { edges { cursor node { naam } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { zoekPersonen: { edges: { node: { naam: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const page1 = await api.gql<Page>(search, { token, variables: { naam } });
    expect(page1.data!.zoekPersonen.edges.map((e) => e.node.naam)).toEqual([`${naam} 0`, `${naam} 1`]);
    expect(page1.data!.zoekPersonen.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.gql<Page>(search, { token, variables: { naam, after: page1.data!.zoekPersonen.pageInfo.endCursor } });
    expect(page2.data!.zoekPersonen.edges.map((e) => e.node.naam)).toEqual([`${naam} 2`]);
    expect(page2.data!.zoekPersonen.pageInfo.hasNextPage).toBe(false);

    const other = await tokenFor({ tenant: 'VT19', roles: ['medewerker'] });
    const elsewhere = await api.gql<Page>(search, { token: other, variables: { naam } });
    expect(elsewhere.data!.zoekPersonen.edges).toEqual([]);

    const casussen = await api.gql<{ zoekCasussen: { edges: unknown[] } }>(
      `query($naam: String!) { zoekCasussen(betrokkeneNaam: $naam) { edges { node { id } } } }`,
      { token, variables: { naam } },
    );
    expect(casussen.data!.zoekCasussen.edges).toHaveLength(3);
    const casussenElsewhere = await api.gql<{ zoekCasussen: { edges: unknown[] } }>(
      `query($naam: String!) { zoekCasussen(betrokkeneNaam: $naam) { edges { node { id } } } }`,
      { token: other, variables: { naam } },
    );
    expect(casussenElsewhere.data!.zoekCasussen.edges).toEqual([]);
  });

  it('matches % and _ in a searched name as themselves, in persons and in casussen', async () => {
    const stam = `Letterlijk ${Date.now()}`;
    const namen = [`${stam} 100% A`, `${stam} 1000 B`, `${stam} x_y`, `${stam} xzy`];
    await nieuweMelding(api, token, {
      betrokkenen: namen.map((naam, i) => ({ naam, geboortedatum: `2011-02-0${i + 1}`, rol: i === 0 ? 'KIND' : 'OVERIG' })),
    });
    const personen = async (naam: string) =>
      (
        await api.gql<{ zoekPersonen: { edges: { node: { naam: string } }[] } }>(
          `query($naam: String!) { zoekPersonen(naam: $naam) { edges { node { naam } } } }`,
          { token, variables: { naam } },
        )
      ).data!.zoekPersonen.edges.map((e) => e.node.naam);
    expect(await personen(`${stam} 100%`)).toEqual([`${stam} 100% A`]);
    expect(await personen(`${stam} x_y`)).toEqual([`${stam} x_y`]);
    expect((await personen(stam)).sort()).toEqual([...namen].sort());
    const casussen = async (naam: string) =>
      (
        await api.gql<{ zoekCasussen: { edges: unknown[] } }>(
          `query($naam: String!) { zoekCasussen(betrokkeneNaam: $naam) { edges { node { id } } } }`,
          { token, variables: { naam } },
        )
      ).data!.zoekCasussen.edges;
    expect(await casussen(`${stam} 1000%`)).toEqual([]);
    expect(await casussen(`${stam} x_y`)).toHaveLength(1);
  });

  it('refuses a tampered cursor and searching by BSN for roles that may not see BSNs', async () => {
    expect(errorCode(await api.gql(`{ zoekPersonen(naam: "ab", after: "bm90IGEgY3Vyc29y") { edges { cursor } } }`, { token }))).toBe(
      'VALIDATIE',
    );
    const gd = await tokenFor({ tenant: 'VT14', roles: ['gedragswetenschapper'] });
    expect(errorCode(await api.gql(`{ zoekPersonen(bsn: "111222333") { edges { cursor } } }`, { token: gd }))).toBe('FORBIDDEN');
  });
});
