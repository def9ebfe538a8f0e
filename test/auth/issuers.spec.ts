import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type GraphQLResponse, type RunningApp } from '../support/app.js';
import { TestIdp } from '../support/idp.js';
import { tokenFor } from '../support/tokens.js';

const QUERY = '{ mijnOrganisatie { code } }';

/** The value of one series in a Prometheus text exposition (all given labels must match), or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  let total: number | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    total = (total ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

async function eventually<T>(check: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Trusted issuers as data (AUTH_ISSUERS_FILE), against identity providers over real HTTP: idp-vt11
 * (Keycloak-like: roles under realm_access.roles, mapped from groups), idp-vt14 (platform role names)
 * and a broker for VT11 and VT14 that is unreachable when the api starts.
 */
describe('trusted issuers (api)', () => {
  let api: RunningApp;
  let vt11: TestIdp;
  let vt14: TestIdp;
  let broker: TestIdp;

  beforeAll(async () => {
    [vt11, vt14, broker] = await Promise.all([
      TestIdp.create('/realms/vt11'),
      TestIdp.create('/realms/vt14'),
      TestIdp.create('/broker', { listen: false }),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'vt-issuers-')), 'issuers.json');
    writeFileSync(
      file,
      JSON.stringify({
        issuers: [
          {
            naam: 'idp-vt11',
            issuer: vt11.issuer,
            audience: 'veilig-thuis-platform',
            regios: ['VT11'],
            claims: { rollen: 'realm_access.roles', naam: 'profile.display_name' },
            rollen: { 'VT-Medewerker': 'medewerker', 'VT-Teammanager': 'teammanager', 'VT-Analist': 'landelijk-analist' },
          },
          {
            naam: 'idp-vt14',
            issuer: vt14.issuer,
            discoveryUrl: vt14.discoveryUrl,
            audience: ['api://vt', 'veilig-thuis-platform'],
            regios: ['VT14'],
          },
          {
            naam: 'broker',
            issuer: broker.issuer,
            audience: 'veilig-thuis-platform',
            regios: ['VT11', 'VT14'],
            claims: { tenant: 'regio' },
          },
        ],
      }),
    );
    // Refresh on an unknown kid at most once a second; the periodic refresh is left at its default (10 minutes).
    api = await startApp('api', { AUTH_ISSUERS_FILE: file, AUTH_JWKS_COOLDOWN_S: '1' });
  });
  afterAll(async () => {
    await api?.close();
    await Promise.all([vt11?.stop(), vt14?.stop(), broker?.stop()]);
  });

  const post = (token?: string, url = `${api.url}/graphql`, query = QUERY) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
  const metrics = async () => (await fetch(`${api.url}/metrics`)).text();
  const ready = async () => {
    const response = await fetch(`${api.url}/health/ready`);
    return {
      status: response.status,
      body: (await response.json()) as {
        status: string;
        degraded?: Record<string, unknown>;
        details: Record<string, { status: string; keys?: string }>;
      },
    };
  };
  async function region(token: string): Promise<string | undefined> {
    return (await api.gql<{ mijnOrganisatie: { code: string } }>(QUERY, { token })).data?.mijnOrganisatie.code;
  }
  async function refused(token: string, message: RegExp): Promise<void> {
    const response = await post(token);
    const body = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(message);
  }

  it('binds a one-region issuer to its region: no tenant claim needed, mapped groups become roles, dotted claim paths', async () => {
    await eventually(ready, (r) => r.body.details['identity-provider:idp-vt11']?.status === 'up');
    const token = await vt11.sign({
      realm_access: { roles: ['VT-Teammanager', 'offline_access'] },
      profile: { display_name: 'T. Manager' },
    });
    // offline_access is not mapped and ignored; VT-Teammanager is the role that lets it in.
    expect(await region(token)).toBe('VT11');
  });

  it("refuses issuer A's token claiming region B with 401, counted as issuer_region", async () => {
    const before = sample(await metrics(), 'vt_token_verification_failures_total', { reason: 'issuer_region' }) ?? 0;
    await refused(await vt11.sign({ tenant: 'VT14', realm_access: { roles: ['VT-Medewerker'] } }), /VT14.*may not speak/);
    expect(sample(await metrics(), 'vt_token_verification_failures_total', { reason: 'issuer_region' })).toBe(before + 1);
    // Its own region in the claim is fine.
    expect(await region(await vt11.sign({ tenant: 'VT11', realm_access: { roles: ['VT-Medewerker'] } }))).toBe('VT11');
  });

  it('accepts issuer B for its own region (audience one of several) and refuses it for region A', async () => {
    expect(await region(await vt14.sign({ roles: ['medewerker'] }, { audience: 'api://vt' }))).toBe('VT14');
    await refused(await vt14.sign({ roles: ['medewerker'], tenant: 'VT11' }), /VT11/);
    await refused(await vt14.sign({ roles: ['medewerker'] }, { audience: 'another-app' }), /audience/);
  });

  it('counts only mapped values when an issuer maps roles: an unmapped value (even a platform role name) gives no role', async () => {
    await refused(await vt11.sign({ realm_access: { roles: ['medewerker', 'VT-Onbekend'] } }), /no known role in "realm_access.roles"/);
    // Without a mapping, platform role names count and others are ignored.
    await refused(await vt14.sign({ roles: ['VT-Medewerker'] }), /no known role in "roles"/);
  });

  it('refuses the landelijk-analist role from an issuer without landelijk', async () => {
    await refused(await vt11.sign({ realm_access: { roles: ['VT-Analist'] } }), /landelijk-analist/);
  });

  it('refuses a token of an unknown issuer, even when signed with a trusted key', async () => {
    await refused(
      await vt11.sign({ realm_access: { roles: ['VT-Medewerker'] } }, { issuer: 'https://elders.example/realms/vt11' }),
      /^Token issuer is not trusted$/,
    );
  });

  it('keeps the AUTH_ISSUER settings as an implicit issuer for any region (development tokens)', async () => {
    expect(await region(await tokenFor({ tenant: 'VT18' }))).toBe('VT18');
  });

  it('answers 401 with the GraphQL error body and a WWW-Authenticate challenge (RFC 6750); FORBIDDEN stays 200', async () => {
    const zonder = await post();
    expect(zonder.status).toBe(401);
    expect(zonder.headers.get('www-authenticate')).toBe('Bearer realm="veilig-thuis"');
    expect(((await zonder.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const verlopen = await post(await tokenFor({ tenant: 'VT18', expiresIn: Math.floor(Date.now() / 1000) - 3600 }));
    expect(verlopen.status).toBe(401);
    expect(verlopen.headers.get('www-authenticate')).toBe(
      'Bearer realm="veilig-thuis", error="invalid_token", error_description="Token has expired"',
    );
    expect(await verlopen.json()).toEqual({
      data: null,
      errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })],
    });

    const verboden = await post(await tokenFor({ roles: ['landelijk-analist'] }));
    expect(verboden.status).toBe(200);
    expect(verboden.headers.get('www-authenticate')).toBeNull();
    expect(((await verboden.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const rest = await fetch(`${api.url}/rapportages/kwartaal/2026-Q1.pdf`, { headers: { authorization: 'Bearer not.a.jwt' } });
    expect(rest.status).toBe(401);
    expect(rest.headers.get('www-authenticate')).toMatch(/^Bearer realm="veilig-thuis", error="invalid_token", error_description="[^"]+"$/);
  });

  it('picks up a new key at the IdP (rotation) without a restart', async () => {
    const kid = await vt14.rotate();
    const fetches = vt14.fetches;
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the cooldown
    const token = await vt14.sign({ roles: ['medewerker'] });
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid).toBe(kid);
    expect(await region(token)).toBe('VT14');
    expect(vt14.fetches).toBeGreaterThan(fetches);
  });

  it('limits refreshes for unknown kids to one per cooldown', async () => {
    const garbage = await Promise.all(
      [1, 2, 3, 4, 5].map((jti) => vt14.sign({ roles: ['medewerker'], jti: String(jti) }, { unpublishedKey: true })),
    );
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the cooldown
    const fetches = vt14.fetches;
    const responses = await Promise.all(garbage.map((token) => post(token)));
    expect(responses.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
    // One refresh (discovery + JWKS) for five garbage tokens sent at once.
    expect(vt14.fetches - fetches).toBe(2);
  });

  it('keeps accepting tokens signed with cached keys while the IdP is down, reports it, and recovers', async () => {
    await vt11.stop();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // A token with a kid the api does not know makes it try the IdP, which fails.
    await refused(await vt11.sign({ realm_access: { roles: ['VT-Medewerker'] } }, { unpublishedKey: true }), /signature|trusted key/);
    expect(sample(await metrics(), 'vt_auth_jwks_up', { issuer: 'idp-vt11' })).toBe(0);
    const degraded = await ready();
    expect(degraded.status).toBe(200);
    expect(degraded.body.status).toBe('degraded');
    expect(degraded.body.degraded?.['identity-provider:idp-vt11']).toMatchObject({ status: 'down', keys: 'cached' });

    // A fresh token (not in the verified-token cache) signed with the cached key still works.
    expect(await region(await vt11.sign({ realm_access: { roles: ['VT-Medewerker'] }, jti: 'fresh' }))).toBe('VT11');

    await vt11.start();
    const up = await eventually(metrics, (text) => sample(text, 'vt_auth_jwks_up', { issuer: 'idp-vt11' }) === 1, 10_000);
    expect(sample(up, 'vt_auth_jwks_up', { issuer: 'idp-vt11' })).toBe(1);
    expect((await ready()).body.details['identity-provider:idp-vt11']?.status).toBe('up');
  }, 30_000);

  it('starts with an IdP unreachable: its tokens are refused and readiness says so until its keys arrive', async () => {
    const claims = { roles: ['medewerker'], regio: 'VT14' };
    await refused(await broker.sign(claims), /keys of the token issuer are not available/);
    const before = await ready();
    expect(before.status).toBe(200);
    expect(before.body.degraded?.['identity-provider:broker']).toMatchObject({ status: 'down', keys: 'none' });
    expect(sample(await metrics(), 'vt_auth_jwks_up', { issuer: 'broker' })).toBe(0);

    await broker.start();
    await eventually(ready, (r) => r.body.details['identity-provider:broker']?.status === 'up', 10_000);
    // A broker may carry the region claim, but only for its own regions, and must carry it when it has several.
    expect(await region(await broker.sign(claims))).toBe('VT14');
    expect(await region(await broker.sign({ roles: ['medewerker'], regio: 'VT11' }))).toBe('VT11');
    await refused(await broker.sign({ roles: ['medewerker'], regio: 'VT18' }), /VT18/);
    await refused(await broker.sign({ roles: ['medewerker'] }), /no tenant claim/);
    expect((await ready()).body.status).toBe('ok');
  }, 30_000);
});

describe('401 on the benchmark service', () => {
  let benchmark: RunningApp;
  beforeAll(async () => {
    benchmark = await startApp('benchmark');
  });
  afterAll(() => benchmark.close());

  it('answers a refused token with 401, the GraphQL body and WWW-Authenticate', async () => {
    const response = await fetch(`${benchmark.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.jwt' },
      body: JSON.stringify({ query: '{ kengetallen { code } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="veilig-thuis", error="invalid_token", error_description="Token is malformed/,
    );
    expect(((await response.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
