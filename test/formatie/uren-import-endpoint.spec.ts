import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';

const REGISTREER = `mutation($input: RegistreerMedewerkerInput!) { registreerMedewerker(input: $input) { id } }`;
const HEADER = 'gebruiker,datum,functie,product,uren,casus,omschrijving';
const PRODUCTEN = ['ONDERZOEK', 'ADVIES', 'OVERLEG', 'ONDERZOEK', 'ADVIES', 'OVERLEG', 'ONDERZOEK', 'ADVIES'];

/** A year of hours: every medewerker, every day of 2024, eight bookings of 2 hours (16 h a day). */
function jaarCsv(gebruikers: string[]): { csv: string; rijen: number } {
  const regels = [HEADER];
  for (let dag = new Date(Date.UTC(2024, 0, 1)); dag.getUTCFullYear() === 2024; dag.setUTCDate(dag.getUTCDate() + 1)) {
    const datum = dag.toISOString().slice(0, 10);
    for (const gebruiker of gebruikers) {
      for (const product of PRODUCTEN) regels.push(`${gebruiker},${datum},MW,${product},2,,Fictieve werkzaamheden volgens de weekplanning`);
    }
  }
  return { csv: regels.join('\n'), rijen: regels.length - 1 };
}

describe('POST /import/uren', () => {
  let api: RunningApp;
  let klein: RunningApp; // the same api with a 1 MB import limit
  let admin: pg.Client;
  let beheerder: string;
  let tenant: string;
  let anderTenant: string;
  const suffix = Date.now().toString(36);
  const gebruikers = Array.from({ length: 10 }, (_, i) => `jaar-${i}-${suffix}`);
  const medewerkerIds: string[] = [];

  const post = (app: RunningApp, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/import/uren`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/csv', ...headers },
      duplex: 'half',
    } as RequestInit);
  const opgeslagen = async (tenantId: string) =>
    Number(
      (
        await admin.query(
          `SELECT count(*) FROM tijdregistratie WHERE tenant_id = $1 AND medewerker_id = ANY($2::uuid[]) AND bron = 'IMPORT'`,
          [tenantId, medewerkerIds],
        )
      ).rows[0].count,
    );
  const inTenant = async (tenantId: string) =>
    Number((await admin.query(`SELECT count(*) FROM tijdregistratie WHERE tenant_id = $1`, [tenantId])).rows[0].count);

  beforeAll(async () => {
    [api, klein, admin] = await Promise.all([
      // Errors to the test output: a 500 on the second import was seen once under CI load; its log says why.
      startApp('api', { LOG_LEVEL: 'error' }),
      startApp('api', { UREN_IMPORT_MAX_BYTES: String(1024 * 1024) }),
      connectAs('admin'),
    ]);
    [tenant, anderTenant] = await Promise.all([tenantIdOf('VT21'), tenantIdOf('VT22')]);
    beheerder = await tokenFor({ tenant: 'VT21', roles: ['functioneel-beheerder'], user: `fb-${suffix}` });
    for (const gebruikerId of gebruikers) {
      const response = await api.gql<{ registreerMedewerker: { id: string } }>(REGISTREER, {
        token: beheerder,
        variables: {
          input: {
            gebruikerId,
            naam: `Fictieve ${gebruikerId}`,
            team: 'Noord',
            dienstverband: { functie: 'MW', fte: 1, opleidingsniveau: 'HBO', categorie: 'DIRECT', van: '2020-01-01' },
          },
        },
      });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      medewerkerIds.push(response.data!.registreerMedewerker.id);
    }
  }, 60_000);
  afterAll(() => Promise.all([api.close(), klein.close(), admin.end()]));

  it('refuses a CSV past the limit with 413 PAYLOAD_TOO_LARGE, declared or streamed, and stores nothing', async () => {
    const { csv } = jaarCsv(gebruikers.slice(0, 5)); // about 1.3 MB
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1024 * 1024);
    const declared = await post(klein, csv, { authorization: `Bearer ${beheerder}` });
    expect(declared.status).toBe(413);
    const body = await declared.json();
    expect(body).toEqual({
      errors: [{ message: expect.stringMatching(/import limit of 1\.0 MB/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    // Without Content-Length (chunked), the limit holds while reading.
    const bytes = new TextEncoder().encode(csv);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
        controller.close();
      },
    });
    const streamed = await post(klein, stream, { authorization: `Bearer ${beheerder}` });
    expect([
      streamed.status,
      ((await streamed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await opgeslagen(tenant)).toBe(0);
  }, 60_000);

  it('refuses without a token (401), a role without the permission (403), and another content type (415)', async () => {
    const csv = `${HEADER}\n${gebruikers[0]},2024-01-01,MW,ADVIES,1,,`;
    const zonder = await post(api, csv);
    expect([zonder.status, await zonder.json()]).toEqual([
      401,
      { errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] },
    ]);
    const medewerker = await tokenFor({ tenant: 'VT21', roles: ['medewerker'], user: gebruikers[0] });
    const geenRecht = await post(api, csv, { authorization: `Bearer ${medewerker}` });
    expect([geenRecht.status, await geenRecht.json()]).toEqual([
      403,
      { errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }] },
    ]);
    const json = await post(api, JSON.stringify({ csv }), { authorization: `Bearer ${beheerder}`, 'content-type': 'application/json' });
    expect([json.status, ((await json.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code]).toEqual([
      415,
      'BAD_REQUEST',
    ]);
    expect(await opgeslagen(tenant)).toBe(0);
  });

  it('lets a token of another region affect only its own region', async () => {
    const ander = await tokenFor({ tenant: 'VT22', roles: ['functioneel-beheerder'], user: `fb-ander-${suffix}` });
    const [voorEigen, voorAnder] = [await inTenant(tenant), await inTenant(anderTenant)];
    const response = await post(api, `${HEADER}\n${gebruikers[0]},2024-01-02,MW,ADVIES,1,,\n${gebruikers[1]},2024-01-02,MW,ADVIES,1,,`, {
      authorization: `Bearer ${ander}`,
    });
    expect(response.status).toBe(200);
    // VT21's medewerkers do not exist for VT22: every row is refused and nothing lands anywhere.
    expect(await response.json()).toEqual({
      geimporteerd: 0,
      fouten: [
        { regel: 2, veld: 'gebruiker', melding: expect.any(String) },
        { regel: 3, veld: 'gebruiker', melding: expect.any(String) },
      ],
    });
    expect([await inTenant(tenant), await inTenant(anderTenant)]).toEqual([voorEigen, voorAnder]);
  });

  it("imports a year of hours (a CSV of more than 2 MB) once, all rows, in the caller's region only", async () => {
    const { csv, rijen } = jaarCsv(gebruikers);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(2 * 1024 * 1024);
    // The JSON body limit of /graphql stays small: the same file does not fit the mutation.
    const viaGraphql = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${beheerder}` },
      body: JSON.stringify({ query: 'mutation($csv: String!) { importeerUren(csv: $csv) { geimporteerd } }', variables: { csv } }),
    });
    expect(viaGraphql.status).toBe(413);
    const voorAnder = await inTenant(anderTenant);

    const response = await post(api, `\uFEFF${csv}`, { authorization: `Bearer ${beheerder}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ geimporteerd: rijen, fouten: [] });
    expect(await opgeslagen(tenant)).toBe(rijen);
    expect(await opgeslagen(anderTenant)).toBe(0);
    expect(await inTenant(anderTenant)).toBe(voorAnder);

    // All or nothing, also through the endpoint: the same year again breaks the 24-hour rule on every day, so nothing more is stored.
    const again = await post(api, csv, { authorization: `Bearer ${beheerder}` });
    const result = (await again.json()) as { geimporteerd: number; fouten: { veld: string }[]; errors?: unknown };
    // Status and error body in one expectation, so a failure shows why the import was refused.
    expect({ status: again.status, errors: result.errors, geimporteerd: result.geimporteerd }).toEqual({
      status: 200,
      errors: undefined,
      geimporteerd: 0,
    });
    expect(result.fouten.length).toBeGreaterThan(0);
    expect(new Set(result.fouten.map((f) => f.veld))).toEqual(new Set(['uren']));
    expect(await opgeslagen(tenant)).toBe(rijen);
  }, 120_000);
});
