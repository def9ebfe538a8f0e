import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding } from '../support/casework.js';

/** Formatie data of one region is invisible to and untouchable by another (VT01 owns, VT02 tries). */
describe('cross-tenant: formatie queries and mutations', () => {
  let api: RunningApp;
  let eigen: string;
  let vreemd: string;
  let medewerker: { id: string; dienstverbanden: { id: string; versie: number }[] };

  beforeAll(async () => {
    api = await startApp('api');
    eigen = await tokenFor({ tenant: 'VT01', roles: ['functioneel-beheerder'], user: 'fb01' });
    vreemd = await tokenFor({ tenant: 'VT02', roles: ['functioneel-beheerder'], user: 'fb02' });
    const response = await api.gql<{ registreerMedewerker: typeof medewerker }>(
      `mutation { registreerMedewerker(input: { gebruikerId: "mw01", naam: "Fictief Een", team: "A", dienstverband: { functie: MW, fte: 1, opleidingsniveau: HBO, categorie: DIRECT, van: "2024-01-01" } }) { id dienstverbanden { id versie } } }`,
      { token: eigen },
    );
    medewerker = response.data!.registreerMedewerker;
  });
  afterAll(() => api.close());

  it('medewerkers lists only the own region', async () => {
    const own = await api.gql<{ medewerkers: { edges: { node: { id: string } }[] } }>(
      `{ medewerkers(first: 100) { edges { node { id } } } }`,
      { token: eigen },
    );
    expect(own.data!.medewerkers.edges.map((e) => e.node.id)).toContain(medewerker.id);
    const other = await api.gql<{ medewerkers: { edges: { node: { id: string } }[] } }>(
      `{ medewerkers(first: 100) { edges { node { id } } } }`,
      { token: vreemd },
    );
    expect(other.data!.medewerkers.edges.map((e) => e.node.id)).not.toContain(medewerker.id);
  });

  it("beeindigDienstverband with another region's id is NIET_GEVONDEN", async () => {
    const dv = medewerker.dienstverbanden[0]!;
    expect(
      errorCode(
        await api.gql(
          `mutation($id: ID!, $v: Int!) { beeindigDienstverband(dienstverbandId: $id, tot: "2025-01-01", versie: $v) { id } }`,
          { token: vreemd, variables: { id: dv.id, v: dv.versie } },
        ),
      ),
    ).toBe('NIET_GEVONDEN');
  });

  it('a closed period binds only the region that closed it', async () => {
    await api.gql(`mutation { sluitPeriodeAf(jaar: 2026, maand: 3) }`, { token: eigen });
    await api.gql(
      `mutation { registreerMedewerker(input: { gebruikerId: "mw02", naam: "Fictief Twee", dienstverband: { functie: MW, fte: 1, opleidingsniveau: HBO, categorie: DIRECT, van: "2024-01-01" } }) { id } }`,
      { token: vreemd },
    );
    const mw01 = await tokenFor({ tenant: 'VT01', user: 'mw01' });
    const mw02 = await tokenFor({ tenant: 'VT02', user: 'mw02' });
    const boek = `mutation { boekUren(input: { datum: "2026-03-10", product: ADVIES, uren: 1 }) { id } }`;
    expect(errorCode(await api.gql(boek, { token: mw01 }))).toBe('VALIDATIE');
    expect((await api.gql(boek, { token: mw02 })).errors).toBeUndefined();
  });

  it('importeerUren refuses a casus of another region and a gebruiker of another region', async () => {
    const foreign = await nieuweMelding(api, await tokenFor({ tenant: 'VT01' }));
    const csv = [
      'gebruiker,datum,functie,product,uren,casus,omschrijving',
      `mw02,2026-04-01,MW,ONDERZOEK,2,${foreign.casus.id},`,
      'mw01,2026-04-01,MW,ONDERZOEK,2,,',
    ].join('\n');
    const result = await api.gql<{ importeerUren: { geimporteerd: number; fouten: { regel: number; veld: string }[] } }>(
      `mutation($csv: String!) { importeerUren(csv: $csv) { geimporteerd fouten { regel veld } } }`,
      { token: vreemd, variables: { csv } },
    );
    expect(result.data!.importeerUren).toEqual({
      geimporteerd: 0,
      fouten: [
        { regel: 2, veld: 'casus' },
        { regel: 3, veld: 'gebruiker' },
      ],
    });
  });
});
