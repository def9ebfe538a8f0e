import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { connectAs } from '../support/db.js';
import { errorCode, meldingInput, nieuweMelding } from '../support/casework.js';

const REGISTREER_MELDING = 'mutation($input: RegistreerMeldingInput!) { registreerMelding(input: $input) { id gemeenteCode } }';
const REGISTREER_ADVIES = 'mutation($input: RegistreerAdviesInput!) { registreerAdvies(input: $input) { id versie status gemeenteCode } }';
const ZET_OM = `mutation($id: ID!, $versie: Int!, $melding: RegistreerMeldingInput!) {
  zetAdviesOmInMelding(adviesId: $id, versie: $versie, melding: $melding) { id gemeenteCode } }`;
const WIJZIG_MELDING = 'mutation($input: WijzigMeldingInput!) { wijzigMelding(input: $input) { versie gemeenteCode } }';

/** Raw POST: the HTTP status too, since a refusal by GraphQL itself is a request-level error. */
async function post(api: RunningApp, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, body };
}

/** An anonymous, niet-beroepsmatig advies; `samenvatting` marks it so the test can count what was stored. */
function adviesInput(samenvatting: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    soort: 'ADVIES',
    kanaal: 'TELEFOON',
    adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true },
    aardGeweld: ['KINDERMISHANDELING'],
    samenvatting,
    ...extra,
  };
}

/** Issue 14, point 1: every new melding and advies names the gemeente of the household; nothing is stored without a valid one. */
describe('gemeenteCode is required on new meldingen and adviezen', () => {
  let api: RunningApp;
  let admin: pg.Client;
  let mw: string;

  beforeAll(async () => {
    api = await startApp('api');
    admin = await connectAs('admin');
    mw = await tokenFor({ tenant: 'VT18', roles: ['medewerker'] });
  });
  afterAll(async () => {
    await admin.end();
    await api.close();
  });

  const meldingenVan = async (melder: string) =>
    (await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM melding WHERE melder_naam = $1', [melder])).rows[0]!.n;
  const adviezenMet = async (samenvatting: string) =>
    (await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM advies WHERE samenvatting = $1', [samenvatting])).rows[0]!.n;
  const melder = (naam: string) => ({ naam, functie: 'leerkracht', organisatie: 'ONDERWIJS', telefoon: '010-1234567' });

  it('a melding without gemeenteCode is refused by GraphQL (BAD_USER_INPUT, HTTP 400) and stores nothing', async () => {
    const naam = `Zonder gemeente ${randomUUID()}`;
    const { gemeenteCode: _weg, ...input } = meldingInput({ melder: melder(naam) });
    const response = await post(api, mw, REGISTREER_MELDING, { input });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toContain('gemeenteCode');
    expect(response.body.data).toBeUndefined();
    expect(await meldingenVan(naam)).toBe(0);
  });

  it('an advies without gemeenteCode is refused by GraphQL, as a variable and written in the query, and stores nothing', async () => {
    const samenvatting = `Zonder gemeente ${randomUUID()}`;
    const alsVariabele = await post(api, mw, REGISTREER_ADVIES, { input: adviesInput(samenvatting) });
    expect(alsVariabele.status).toBe(400);
    expect(alsVariabele.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inDeQuery = await post(
      api,
      mw,
      `mutation { registreerAdvies(input: { soort: ADVIES, kanaal: TELEFOON, adviesvrager: { organisatie: NIET_BEROEPSMATIG, anoniem: true },
        aardGeweld: [KINDERMISHANDELING], samenvatting: "${samenvatting}" }) { id } }`,
    );
    expect(inDeQuery.status).toBe(400);
    expect(inDeQuery.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(inDeQuery.body.errors?.[0]?.message).toContain('gemeenteCode');
    expect(await adviezenMet(samenvatting)).toBe(0);
  });

  it.each([
    ['empty', '', 'is required'],
    ['only spaces', '   ', 'is required'],
    ['not a CBS code', 'Rotterdam', 'GM followed by 4 digits'],
    ['unknown', 'GM9999', 'not a known CBS gemeente code'],
  ])('a melding whose gemeenteCode is %s is VALIDATIE on gemeenteCode and stores nothing', async (_, gemeenteCode, bericht) => {
    const naam = `Foute gemeente ${randomUUID()}`;
    const response = await api.gql(REGISTREER_MELDING, {
      token: mw,
      variables: { input: meldingInput({ melder: melder(naam), gemeenteCode }) },
    });
    expect(errorCode(response)).toBe('VALIDATIE');
    expect(response.errors![0]!.extensions!.field).toBe('gemeenteCode');
    expect(response.errors![0]!.message).toContain(bericht);
    expect(await meldingenVan(naam)).toBe(0);
  });

  it.each([
    ['empty', ''],
    ['unknown', 'GM9999'],
  ])('an advies whose gemeenteCode is %s is VALIDATIE on gemeenteCode and stores nothing', async (_, gemeenteCode) => {
    const samenvatting = `Foute gemeente ${randomUUID()}`;
    const response = await api.gql(REGISTREER_ADVIES, { token: mw, variables: { input: adviesInput(samenvatting, { gemeenteCode }) } });
    expect(errorCode(response)).toBe('VALIDATIE');
    expect(response.errors![0]!.extensions!.field).toBe('gemeenteCode');
    expect(await adviezenMet(samenvatting)).toBe(0);
  });

  it("an anonymous caller's advies takes the caller's own gemeente, also outside the region (no code for unknown)", async () => {
    const samenvatting = `Beller uit Utrecht ${randomUUID()}`;
    const response = await api.gql<{ registreerAdvies: { gemeenteCode: string } }>(REGISTREER_ADVIES, {
      token: mw,
      variables: { input: adviesInput(samenvatting, { gemeenteCode: ' gm0344 ' }) },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.registreerAdvies.gemeenteCode).toBe('GM0344');
    const { rows } = await admin.query<{ gemeente_code: string }>('SELECT gemeente_code FROM advies WHERE samenvatting = $1', [
      samenvatting,
    ]);
    expect(rows).toEqual([{ gemeente_code: 'GM0344' }]);
  });

  it('zetAdviesOmInMelding without or with an unknown gemeenteCode converts nothing: the advies stays OPEN', async () => {
    const advies = await api.gql<{ registreerAdvies: { id: string; versie: number; status: string } }>(REGISTREER_ADVIES, {
      token: mw,
      variables: { input: adviesInput(`Om te zetten ${randomUUID()}`, { gemeenteCode: 'GM0599' }) },
    });
    const { id, versie } = advies.data!.registreerAdvies;
    const naam = `Omzetting ${randomUUID()}`;
    const { gemeenteCode: _weg, ...zonder } = meldingInput({ melder: melder(naam) });
    const missend = await post(api, mw, ZET_OM, { id, versie, melding: zonder });
    expect(missend.status).toBe(400);
    expect(missend.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const onbekend = await api.gql(ZET_OM, {
      token: mw,
      variables: { id, versie, melding: meldingInput({ melder: melder(naam), gemeenteCode: 'GM9999' }) },
    });
    expect(errorCode(onbekend)).toBe('VALIDATIE');
    expect(onbekend.errors![0]!.extensions!.field).toBe('gemeenteCode');
    expect(await meldingenVan(naam)).toBe(0);
    const { rows } = await admin.query('SELECT status, version, melding_id FROM advies WHERE id = $1', [id]);
    expect(rows).toEqual([{ status: 'OPEN', version: versie, melding_id: null }]);
    // Control: with a known gemeente the same conversion goes through and the melding carries it.
    const ok = await api.gql<{ zetAdviesOmInMelding: { gemeenteCode: string } }>(ZET_OM, {
      token: mw,
      variables: { id, versie, melding: meldingInput({ melder: melder(naam), gemeenteCode: 'GM0606' }) },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.zetAdviesOmInMelding.gemeenteCode).toBe('GM0606');
  });

  it('wijzigMelding corrects the gemeente but cannot clear it', async () => {
    const m = await nieuweMelding(api, mw);
    const leeg = await api.gql(WIJZIG_MELDING, {
      token: mw,
      variables: { input: { meldingId: m.id, versie: m.versie, gemeenteCode: '', reden: 'x' } },
    });
    expect(errorCode(leeg)).toBe('VALIDATIE');
    expect(leeg.errors![0]!.extensions!.field).toBe('gemeenteCode');
    const { rows } = await admin.query('SELECT gemeente_code, version FROM melding WHERE id = $1', [m.id]);
    expect(rows).toEqual([{ gemeente_code: 'GM0599', version: m.versie }]);
    const anders = await api.gql<{ wijzigMelding: { versie: number; gemeenteCode: string } }>(WIJZIG_MELDING, {
      token: mw,
      variables: { input: { meldingId: m.id, versie: m.versie, gemeenteCode: 'GM0613', reden: 'Gezin woont in Albrandswaard' } },
    });
    expect(anders.errors).toBeUndefined();
    expect(anders.data!.wijzigMelding).toEqual({ versie: m.versie + 1, gemeenteCode: 'GM0613' });
  });
});
