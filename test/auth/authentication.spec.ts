import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor, tokenFromUntrustedKey } from '../support/tokens.js';

const QUERY = '{ mijnOrganisatie { code } }';

/** Every way a token can be wrong gives UNAUTHENTICATED, and no data. */
describe('authentication (api, through GraphQL)', () => {
  let api: RunningApp;

  beforeAll(async () => {
    api = await startApp('api');
  });
  afterAll(() => api.close());

  async function expectUnauthenticated(token: string | undefined, message: RegExp) {
    const response = await api.gql(QUERY, { token });
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors![0]!.message).toMatch(message);
  }

  it('accepts a valid token (control)', async () => {
    const response = await api.gql(QUERY, { token: await tokenFor({ tenant: 'VT18' }) });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ mijnOrganisatie: { code: 'VT18' } });
  });

  it('refuses a request without a token', () => expectUnauthenticated(undefined, /Authentication required/));

  it('refuses an expired token', async () =>
    expectUnauthenticated(await tokenFor({ tenant: 'VT18', expiresIn: Math.floor(Date.now() / 1000) - 3600 }), /expired/));

  it('stops accepting a token once it expires, also after it was accepted (verified tokens are cached)', async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await tokenFor({ tenant: 'VT18', expiresIn: exp });
    const ok = await api.gql<{ mijnOrganisatie: { code: string } }>(QUERY, { token });
    expect(ok.data!.mijnOrganisatie.code).toBe('VT18');
    // Past exp plus the configured clock tolerance (5 s by default).
    await new Promise((resolve) => setTimeout(resolve, (exp + 6) * 1000 - Date.now()));
    await expectUnauthenticated(token, /expired/);
  }, 20_000);

  it('refuses a token issued in the future (beyond the clock tolerance)', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectUnauthenticated(await tokenFor({ tenant: 'VT18', issuedAt: now + 3600, expiresIn: now + 7200 }), /iat/);
  });

  it('refuses a token whose lifetime (exp - iat) exceeds the configured maximum', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectUnauthenticated(await tokenFor({ tenant: 'VT18', issuedAt: now - 60, expiresIn: now + 365 * 24 * 3600 }), /lifetime/);
  });

  it('refuses a token without exp', async () => expectUnauthenticated(await tokenFor({ tenant: 'VT18', expiresIn: null }), /"exp"/));

  it('refuses a token from another issuer', async () =>
    expectUnauthenticated(await tokenFor({ tenant: 'VT18', issuer: 'https://evil.example/' }), /issuer/));

  it('refuses a token for another audience', async () =>
    expectUnauthenticated(await tokenFor({ tenant: 'VT18', audience: 'another-app' }), /audience/));

  it('refuses a token signed by an untrusted key', async () => expectUnauthenticated(await tokenFromUntrustedKey(), /signature|trusted/));

  it('refuses a malformed token', () => expectUnauthenticated('not.a.jwt', /malformed|verified/));

  it('refuses a token with a region no organisation serves', async () => expectUnauthenticated(await tokenFor({ tenant: 'VT99' }), /VT99/));

  it('refuses a token without a known role', async () =>
    expectUnauthenticated(await tokenFor({ tenant: 'VT18', roles: ['beheerder-van-alles'] }), /role/));

  it('takes the tenant from the token only: a tenant header or argument changes nothing', async () => {
    const token = await tokenFor({ tenant: 'VT18' });
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-tenant': 'VT25', 'x-tenant-id': 'VT25' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(await response.json()).toEqual({ data: { mijnOrganisatie: { code: 'VT18' } } });
  });
});
