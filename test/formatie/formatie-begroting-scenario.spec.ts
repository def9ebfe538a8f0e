import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding } from '../support/casework.js';

const REGISTREER = `mutation($input: RegistreerMedewerkerInput!) { registreerMedewerker(input: $input) { id dienstverbanden { id versie } } }`;
const FORMATIE = `{ formatie(van: "2025-01-01", tot: "2025-12-31") { totaalFte directFte indirectFte perFunctie { groep fte } perOpleidingsniveau { groep fte } } }`;

describe('formatie, begroting and scenarios', () => {
  let api: RunningApp;
  let fb: string;

  beforeAll(async () => {
    api = await startApp('api');
    fb = await tokenFor({ tenant: 'VT17', roles: ['functioneel-beheerder'], user: 'fb17' });
  });
  afterAll(() => api.close());

  async function registreer(gebruikerId: string | null, dienstverband: Record<string, unknown>) {
    const response = await api.gql<{ registreerMedewerker: { id: string; dienstverbanden: { id: string; versie: number }[] } }>(
      REGISTREER,
      {
        token: fb,
        variables: { input: { gebruikerId, naam: `Fictief ${gebruikerId ?? 'staf'}`, dienstverband } },
      },
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.registreerMedewerker;
  }

  it('computes the FTE of a year from in- and out-of-service dates, per functie and opleidingsniveau', async () => {
    await registreer('f-mw', { functie: 'MW', fte: 0.8, opleidingsniveau: 'HBO', categorie: 'DIRECT', van: '2025-07-01' });
    const gd = await registreer('f-gd', { functie: 'GD', fte: 1, opleidingsniveau: 'WO', categorie: 'DIRECT', van: '2024-01-01' });
    await registreer(null, { functie: 'MANAGEMENT', fte: 0.5, opleidingsniveau: 'WO', categorie: 'MANAGEMENT', van: '2025-01-01' });
    // GD leaves on 31 March 2025: 90 of 365 days.
    const end = await api.gql(
      `mutation($id: ID!, $versie: Int!) { beeindigDienstverband(dienstverbandId: $id, tot: "2025-03-31", versie: $versie) { id } }`,
      {
        token: fb,
        variables: { id: gd.dienstverbanden[0]!.id, versie: gd.dienstverbanden[0]!.versie },
      },
    );
    expect(end.errors).toBeUndefined();
    const response = await api.gql<{
      formatie: {
        totaalFte: number;
        directFte: number;
        indirectFte: number;
        perFunctie: { groep: string; fte: number }[];
        perOpleidingsniveau: { groep: string; fte: number }[];
      };
    }>(FORMATIE, { token: fb });
    const f = response.data!.formatie;
    expect(f.perFunctie.find((g) => g.groep === 'MW')!.fte).toBeCloseTo((0.8 * 184) / 365, 10);
    expect(f.perFunctie.find((g) => g.groep === 'GD')!.fte).toBeCloseTo(90 / 365, 10);
    expect(f.indirectFte).toBeCloseTo(0.5, 10);
    expect(f.totaalFte).toBeCloseTo((0.8 * 184) / 365 + 90 / 365 + 0.5, 10);
    expect(f.perOpleidingsniveau.find((g) => g.groep === 'HBO')!.fte).toBeCloseTo((0.8 * 184) / 365, 10);
    expect(errorCode(await api.gql(FORMATIE, { token: await tokenFor({ tenant: 'VT17', roles: ['medewerker'] }) }))).toBe('FORBIDDEN');
    const other = await api.gql<{ formatie: { totaalFte: number } }>(FORMATIE, {
      token: await tokenFor({ tenant: 'VT16', roles: ['functioneel-beheerder'] }),
    });
    expect(other.data!.formatie.totaalFte).toBe(0);
  });

  it('refuses an overlapping dienstverband and an indirect functie marked direct', async () => {
    const mw = await registreer('f-overlap', { functie: 'MW', fte: 1, opleidingsniveau: 'MBO', categorie: 'DIRECT', van: '2025-01-01' });
    const add = `mutation($id: ID!, $d: DienstverbandInput!) { voegDienstverbandToe(medewerkerId: $id, dienstverband: $d) { id } }`;
    expect(
      errorCode(
        await api.gql(add, {
          token: fb,
          variables: { id: mw.id, d: { functie: 'MW', fte: 0.5, opleidingsniveau: 'MBO', categorie: 'DIRECT', van: '2025-06-01' } },
        }),
      ),
    ).toBe('VALIDATIE');
    expect(
      errorCode(
        await api.gql(REGISTREER, {
          token: fb,
          variables: {
            input: {
              naam: 'x',
              dienstverband: { functie: 'STAF', fte: 1, opleidingsniveau: 'HBO', categorie: 'DIRECT', van: '2025-01-01' },
            },
          },
        }),
      ),
    ).toBe('VALIDATIE');
    const other = await tokenFor({ tenant: 'VT16', roles: ['functioneel-beheerder'] });
    expect(
      errorCode(
        await api.gql(add, {
          token: other,
          variables: { id: mw.id, d: { functie: 'MW', fte: 0.5, opleidingsniveau: 'MBO', categorie: 'DIRECT', van: '2027-06-01' } },
        }),
      ),
    ).toBe('NIET_GEVONDEN');
  });

  it("keeps a year's begroting with personnel costs from the formatie, with version checks", async () => {
    const input = {
      jaar: 2025,
      versie: 0,
      loonkosten: [
        { functie: 'MW', bedragPerFte: 70_000 },
        { functie: 'GD', bedragPerFte: 90_000 },
        { functie: 'MANAGEMENT', bedragPerFte: 110_000 },
      ],
      kosten: [
        { soort: 'INDIRECT', categorie: 'Huisvesting', bedrag: 200_000 },
        { soort: 'DIRECT', categorie: 'Tolken', bedrag: 15_000 },
      ],
      inkomsten: [{ categorie: 'Subsidie gemeenten', bedrag: 2_000_000 }],
      volumes: [{ product: 'ADVIES', volume: 1000 }],
    };
    const save = `mutation($input: LegBegrotingVastInput!) { legBegrotingVast(input: $input) { versie personeelskosten indirecteKosten overigeDirecteKosten totaleKosten totaleInkomsten } }`;
    const saved = await api.gql<{
      legBegrotingVast: { versie: number; personeelskosten: number; totaleKosten: number; totaleInkomsten: number };
    }>(save, { token: fb, variables: { input } });
    expect(saved.errors).toBeUndefined();
    // MW 0.8 from July, GD until March, management 0.5, and the full-year MW of the previous test.
    const personeel = ((0.8 * 184) / 365) * 70_000 + (90 / 365) * 90_000 + 0.5 * 110_000 + 1 * 70_000;
    expect(saved.data!.legBegrotingVast.personeelskosten).toBeCloseTo(personeel, 6);
    expect(saved.data!.legBegrotingVast.totaleKosten).toBeCloseTo(personeel + 215_000, 6);
    expect(saved.data!.legBegrotingVast.totaleInkomsten).toBe(2_000_000);
    expect(errorCode(await api.gql(save, { token: fb, variables: { input } }))).toBe('VERSIE_CONFLICT');
    expect(
      errorCode(
        await api.gql(save, {
          token: fb,
          variables: { input: { ...input, versie: 1, kosten: [{ soort: 'DIRECT', categorie: 'x', bedrag: -1 }] } },
        }),
      ),
    ).toBe('VALIDATIE');
    const other = await api.gql<{ begroting: { versie: number; totaleInkomsten: number } }>(
      `{ begroting(jaar: 2025) { versie totaleInkomsten } }`,
      { token: await tokenFor({ tenant: 'VT16', roles: ['functioneel-beheerder'] }) },
    );
    expect(other.data!.begroting).toEqual({ versie: 0, totaleInkomsten: 0 });
  });

  it('saves scenarios, compares them side by side, and makes werkelijk and norm scenarios from own data', async () => {
    const save = `mutation($input: SlaScenarioOpInput!) { slaScenarioOp(input: $input) { id naam versie berekening { totaalFte } } }`;
    const invoer = (onderzoek: number, vv: number) => ({
      productieveUrenPerFte: 1300,
      producten: [
        { code: 'ONDERZOEK', volume: onderzoek },
        { code: 'VOORWAARDEN_EN_VERVOLG', volume: vv },
      ],
      normtijden: [
        { product: 'ONDERZOEK', functie: 'MW', uren: 20 },
        { product: 'VOORWAARDEN_EN_VERVOLG', functie: 'MW', uren: 10 },
      ],
    });
    const a = (
      await api.gql<{ slaScenarioOp: { id: string; berekening: { totaalFte: number } } }>(save, {
        token: fb,
        variables: { input: { naam: 'OZ/V&V 60/40', invoer: invoer(600, 400) } },
      })
    ).data!.slaScenarioOp;
    const b = (
      await api.gql<{ slaScenarioOp: { id: string; berekening: { totaalFte: number } } }>(save, {
        token: fb,
        variables: { input: { naam: 'OZ/V&V 40/60', invoer: invoer(400, 600) } },
      })
    ).data!.slaScenarioOp;
    expect(a.berekening.totaalFte).toBeCloseTo(16_000 / 1300, 10);
    expect(b.berekening.totaalFte).toBeCloseTo(14_000 / 1300, 10);
    expect(errorCode(await api.gql(save, { token: fb, variables: { input: { naam: 'OZ/V&V 60/40', invoer: invoer(1, 1) } } }))).toBe(
      'VALIDATIE',
    );
    const compare = await api.gql<{ vergelijkScenarios: { naam: string; berekening: { totaalFte: number } }[] }>(
      `query($ids: [ID!]!) { vergelijkScenarios(ids: $ids) { naam berekening { totaalFte } } }`,
      { token: fb, variables: { ids: [b.id, a.id] } },
    );
    expect(compare.data!.vergelijkScenarios.map((s) => s.naam)).toEqual(['OZ/V&V 40/60', 'OZ/V&V 60/40']);
    // A repeated id is answered once; more than 20 ids is VALIDATIE naming the field, before any lookup.
    const dubbel = await api.gql<{ vergelijkScenarios: { naam: string }[] }>(
      `query($ids: [ID!]!) { vergelijkScenarios(ids: $ids) { naam } }`,
      { token: fb, variables: { ids: [b.id, a.id, b.id, a.id] } },
    );
    expect(dubbel.data!.vergelijkScenarios.map((s) => s.naam)).toEqual(['OZ/V&V 40/60', 'OZ/V&V 60/40']);
    const teVeel = await api.gql(`query($ids: [ID!]!) { vergelijkScenarios(ids: $ids) { naam } }`, {
      token: fb,
      variables: { ids: Array.from({ length: 21 }, () => a.id) },
    });
    expect(teVeel.errors![0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'ids' });

    // Own data: 2 adviezen, 3 meldingen and booked hours in the current year.
    const jaar = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).slice(0, 4));
    const mw = await tokenFor({ tenant: 'VT17', roles: ['medewerker'], user: 'f-mw' });
    for (let i = 0; i < 3; i++) await nieuweMelding(api, mw);
    for (let i = 0; i < 2; i++) {
      await api.gql(
        `mutation { registreerAdvies(input: { soort: ADVIES, kanaal: TELEFOON, adviesvrager: { organisatie: NIET_BEROEPSMATIG, anoniem: true }, aardGeweld: [KINDERMISHANDELING], samenvatting: "Advies", gemeenteCode: "GM0361" }) { id } }`,
        { token: mw },
      );
    }
    const boek = `mutation($input: BoekUrenInput!) { boekUren(input: $input) { id } }`;
    await api.gql(boek, { token: mw, variables: { input: { datum: `${jaar}-01-02`, product: 'ADVIES', uren: 3 } } });
    await api.gql(boek, { token: mw, variables: { input: { datum: `${jaar}-01-02`, product: 'MELDING_AANNEMEN', uren: 1.5 } } });
    const made = await api.gql<{
      maakScenariosUitEigenData: {
        naam: string;
        bron: string;
        invoer: { producten: { code: string; volume: number }[]; normtijden: { product: string; functie: string; uren: number }[] };
      }[];
    }>(
      `mutation($jaar: Int!) { maakScenariosUitEigenData(jaar: $jaar, naam: "Eigen") { naam bron invoer { producten { code volume } normtijden { product functie uren } } berekening { totaalUren } } }`,
      { token: fb, variables: { jaar } },
    );
    expect(made.errors).toBeUndefined();
    const [werkelijk, norm] = made.data!.maakScenariosUitEigenData;
    expect([werkelijk!.naam, werkelijk!.bron, norm!.naam, norm!.bron]).toEqual(['Eigen (werkelijk)', 'WERKELIJK', 'Eigen (norm)', 'NORM']);
    const volume = (code: string) => werkelijk!.invoer.producten.find((p) => p.code === code)?.volume;
    expect(volume('ADVIES')).toBe(2);
    expect(volume('MELDING_AANNEMEN')).toBe(3);
    expect(werkelijk!.invoer.normtijden).toEqual(
      expect.arrayContaining([
        { product: 'ADVIES', functie: 'MW', uren: 1.5 },
        { product: 'MELDING_AANNEMEN', functie: 'MW', uren: 0.5 },
      ]),
    );
    expect(norm!.invoer.producten).toEqual(werkelijk!.invoer.producten);

    const other = await tokenFor({ tenant: 'VT16', roles: ['functioneel-beheerder'] });
    expect((await api.gql<{ scenarios: unknown[] }>(`{ scenarios { id } }`, { token: other })).data!.scenarios).toEqual([]);
    expect(
      errorCode(
        await api.gql(`query($ids: [ID!]!) { vergelijkScenarios(ids: $ids) { id } }`, { token: other, variables: { ids: [a.id] } }),
      ),
    ).toBe('NIET_GEVONDEN');
    expect(
      errorCode(await api.gql(`mutation($id: ID!) { verwijderScenario(id: $id, versie: 1) }`, { token: other, variables: { id: a.id } })),
    ).toBe('NIET_GEVONDEN');
    expect(
      errorCode(
        await api.gql(save, { token: other, variables: { input: { id: a.id, versie: 1, naam: 'overgenomen', invoer: invoer(1, 1) } } }),
      ),
    ).toBe('NIET_GEVONDEN');
    expect(errorCode(await api.gql(`{ scenarios { id } }`, { token: mw }))).toBe('FORBIDDEN');
    expect(await api.gql(`mutation($id: ID!) { verwijderScenario(id: $id, versie: 1) }`, { token: fb, variables: { id: a.id } })).toEqual({
      data: { verwijderScenario: true },
    });
  });
});
