import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode } from '../support/casework.js';

const QUERY = `query($input: FormatieberekeningInput!) { formatieberekening(input: $input) {
  totaalUren totaalFte directeKosten totaleKosten functies { functie uren fte kosten } producten { product volume uren kosten kostenPerStuk } } }`;

const KENNEMERLAND_2016 = {
  productieveUrenPerFte: 1257,
  producten: [
    { code: 'Advies', volume: 1298 },
    { code: 'Triage / kort onderzoek', volume: 3900 },
    { code: 'Tijdelijk huisverbod', volume: 70 },
    { code: 'Vervolgonderzoek kort', volume: 880 },
    { code: 'Vervolgonderzoek lang', volume: 110 },
  ],
  normtijden: [
    { product: 'Advies', functie: 'MW', uren: 1 },
    { product: 'Triage / kort onderzoek', functie: 'MW', uren: 5 },
    { product: 'Tijdelijk huisverbod', functie: 'MW', uren: 26 },
    { product: 'Vervolgonderzoek kort', functie: 'MW', uren: 10 },
    { product: 'Vervolgonderzoek lang', functie: 'MW', uren: 20 },
  ],
  vasteUren: [{ functie: 'MW', uren: 600 }],
};

describe('formatieberekening through GraphQL', () => {
  let api: RunningApp;
  let token: string;

  beforeAll(async () => {
    api = await startApp('api');
    token = await tokenFor({ tenant: 'VT15', roles: ['teammanager'] });
  });
  afterAll(() => api.close());

  it('refuses more products or norm times than documented with VALIDATIE naming the list', async () => {
    const producten = Array.from({ length: 101 }, (_, i) => ({ code: `P${i}`, volume: 1 }));
    const te = await api.gql(QUERY, { token, variables: { input: { ...KENNEMERLAND_2016, producten } } });
    expect(te.errors![0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'producten' });
    const normtijden = Array.from({ length: 2001 }, () => KENNEMERLAND_2016.normtijden[0]);
    const teVeelNormen = await api.gql(QUERY, { token, variables: { input: { ...KENNEMERLAND_2016, normtijden } } });
    expect(teVeelNormen.errors![0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'normtijden' });
  });

  it('computes the Kennemerland 2016 example: 34,218 hours and 27.22 FTE', async () => {
    const response = await api.gql<{ formatieberekening: { totaalUren: number; totaalFte: number } }>(QUERY, {
      token,
      variables: { input: KENNEMERLAND_2016 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.formatieberekening.totaalUren).toBe(34_218);
    expect(response.data!.formatieberekening.totaalFte.toFixed(2)).toBe('27.22');
    expect(response.data!.formatieberekening.totaalFte).toBeCloseTo(34_218 / 1257, 12); // unrounded
  });

  it('models what-if: warm overdrachten from 10% to 20% (inzetPercentage) with costs', async () => {
    const scenario = (warm: number) => ({
      productieveUrenPerFte: 1300,
      producten: [{ code: 'Overdracht', volume: 2000 }],
      normtijden: [
        { product: 'Overdracht', functie: 'MW', uren: 2 },
        { product: 'Overdracht', functie: 'MW', uren: 6, inzetPercentage: warm },
      ],
      loonkosten: [{ functie: 'MW', bedragPerFte: 75_000 }],
    });
    const [a, b] = await Promise.all(
      [10, 20].map(
        async (warm) =>
          (
            await api.gql<{ formatieberekening: { totaalFte: number; totaleKosten: number } }>(QUERY, {
              token,
              variables: { input: scenario(warm) },
            })
          ).data!.formatieberekening,
      ),
    );
    // 2000 × 6 h × 10% = 1,200 extra hours = 0.923 FTE more.
    expect(b.totaalFte - a.totaalFte).toBeCloseTo(1200 / 1300, 10);
    expect(b.totaleKosten - a.totaleKosten).toBeCloseTo((1200 / 1300) * 75_000, 6);
  });

  it.each([
    [{ ...KENNEMERLAND_2016, productieveUrenPerFte: 0 }, 'productieveUrenPerFte'],
    [{ ...KENNEMERLAND_2016, producten: [{ code: 'Advies', volume: -5 }] }, 'producten[0].volume'],
    [{ ...KENNEMERLAND_2016, normtijden: [{ product: 'Onbekend', functie: 'MW', uren: 1 }] }, 'normtijden[0].product'],
    [
      { ...KENNEMERLAND_2016, normtijden: [{ product: 'Advies', functie: 'MW', uren: 1, inzetPercentage: 150 }] },
      'normtijden[0].inzetPercentage',
    ],
  ])('refuses bad input with VALIDATIE naming %#', async (input, field) => {
    const response = await api.gql(QUERY, { token, variables: { input } });
    expect(errorCode(response)).toBe('VALIDATIE');
    expect(response.errors![0]!.extensions!.field).toBe(field);
  });

  it('is not available to a landelijk-analist', async () => {
    expect(
      errorCode(await api.gql(QUERY, { token: await tokenFor({ roles: ['landelijk-analist'] }), variables: { input: KENNEMERLAND_2016 } })),
    ).toBe('FORBIDDEN');
  });
});
