import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadOrCreateDevKey } from '@vt/auth';
import { startApp, type RunningApp } from '../support/app.js';
import { requireEnv } from '../support/env.js';

const WEB_DIST = resolve('apps/web/dist');

async function devToken(app: RunningApp, body: unknown) {
  const response = await fetch(`${app.url}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

async function mijnOrganisatie(app: RunningApp, token: string) {
  return app.gql<{ mijnOrganisatie: { code: string } }>('{ mijnOrganisatie { code } }', { token });
}

/** GET /config.json, the portal's files with its SPA fallback, and the development login POST /dev/token. */
describe('the api serving the portal', () => {
  describe('in development (development keys on)', () => {
    let api: RunningApp;
    beforeAll(async () => {
      api = await startApp('api', { PORTAL_DIR: WEB_DIST, PORTAL_BENCHMARK_URL: 'http://127.0.0.1:3001/graphql' });
    });
    afterAll(() => api.close());

    it('issues the token `npm run token` issues for a chosen region and role', async () => {
      const { status, body } = await devToken(api, { rol: 'medewerker', regio: 'VT18', naam: 'Jan Ontwikkelaar' });
      expect(status).toBe(200);
      const token = String(body!.token);
      const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      expect(claims).toMatchObject({ tenant: 'VT18', roles: ['medewerker'], name: 'Jan Ontwikkelaar', sub: 'Jan Ontwikkelaar' });
      expect(Number(claims.exp) - Number(claims.iat)).toBe(8 * 3600);
      await expect(mijnOrganisatie(api, token)).resolves.toEqual({ data: { mijnOrganisatie: { code: 'VT18' } } });
    });

    it("puts an optional team in the token (a teammanager's management view is the team's)", async () => {
      const { status, body } = await devToken(api, { rol: 'teammanager', regio: 'VT18', naam: 'Tea Manager', team: 'Team Noord' });
      expect(status).toBe(200);
      const claims = JSON.parse(Buffer.from(String(body!.token).split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      expect(claims).toMatchObject({ tenant: 'VT18', roles: ['teammanager'], team: 'Team Noord' });
      const zonder = await devToken(api, { rol: 'teammanager', regio: 'VT18' });
      expect(JSON.parse(Buffer.from(String(zonder.body!.token).split('.')[1]!, 'base64url').toString()).team).toBeUndefined();
    });

    it('issues a landelijk-analist token without a region', async () => {
      const { status, body } = await devToken(api, { rol: 'landelijk-analist' });
      expect(status).toBe(200);
      const claims = JSON.parse(Buffer.from(String(body!.token).split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      expect(claims.roles).toEqual(['landelijk-analist']);
      expect(claims.tenant).toBeUndefined();
    });

    it.each([
      [{ rol: 'beheerder', regio: 'VT18' }, 'rol'],
      [{ rol: 'medewerker' }, 'regio'],
      [{ rol: 'medewerker', regio: 'VT1' }, 'regio'],
      [{ rol: 'medewerker', regio: 'VT18', naam: 'x\ny' }, 'naam'],
      [{ rol: 'teammanager', regio: 'VT18', team: 'x\ny' }, 'team'],
      [{ rol: 'teammanager', regio: 'VT18', team: 5 }, 'team'],
    ])('refuses %j with VALIDATIE on %s', async (invoer, veld) => {
      const { status, body } = await devToken(api, invoer);
      expect(status).toBe(400);
      expect((body!.errors as { extensions: { code: string; field: string } }[])[0]!.extensions).toMatchObject({
        code: 'VALIDATIE',
        field: veld,
      });
    });

    it('tells the portal where the benchmark is and that the development login exists', async () => {
      const { status, body } = await api.get('/config.json');
      expect(status).toBe(200);
      expect(body).toEqual({ oidc: null, devLogin: true, apiGraphqlUrl: '/graphql', benchmarkGraphqlUrl: 'http://127.0.0.1:3001/graphql' });
    });

    it('serves index.html for portal routes, with a strict Content-Security-Policy', async () => {
      const index = await readFile(join(WEB_DIST, 'index.html'), 'utf8');
      for (const path of ['/', '/benchmark', '/rapportages?periode=2026-Q1', '/inloggen/terug']) {
        const response = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
        expect([path, response.status]).toEqual([path, 200]);
        expect(await response.text()).toBe(index);
        const csp = response.headers.get('content-security-policy')!;
        expect(csp).toContain("script-src 'self';");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).toContain('connect-src ' + "'self' http://127.0.0.1:3001");
      }
      expect(index).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index)![1]!;
      const script = await fetch(`${api.url}${asset}`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('text/javascript');
      expect(script.headers.get('cache-control')).toContain('immutable');
    });

    it('serves every chunk of the split bundle (pages, ECharts, map data) as cacheable JavaScript under the same policy', async () => {
      const bestanden = (await readdir(join(WEB_DIST, 'assets'))).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
      // The build splits: a page per chunk, ECharts and the map's boundaries in chunks of their own.
      for (const deel of [/^echarts/, /^kaartdata-/, /^sturing-/, /^benchmark-/, /^regiokaart-/])
        expect([deel.source, bestanden.some((f) => deel.test(f))]).toEqual([deel.source, true]);
      for (const bestand of bestanden) {
        const response = await fetch(`${api.url}/assets/${encodeURIComponent(bestand)}`);
        expect([bestand, response.status]).toEqual([bestand, 200]);
        expect(response.headers.get('content-type')).toContain(bestand.endsWith('.js') ? 'text/javascript' : 'text/css');
        expect(response.headers.get('cache-control')).toContain('immutable');
        expect(response.headers.get('content-security-policy') ?? "script-src 'self';").toContain("script-src 'self';");
        expect(await response.text()).toBe(await readFile(join(WEB_DIST, 'assets', bestand), 'utf8'));
      }
    });

    it('does not shadow the API: GraphQL, health, REST downloads and unknown files answer as before', async () => {
      const html = { accept: 'text/html' };
      const graphql = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(graphql.headers.get('content-type')).toContain('application/json');
      for (const path of [
        '/graphql',
        '/health/live',
        '/rapportages/kwartaal/2026-Q1.pdf',
        '/rapportages/cbs/2026-H1/levering.csv',
        '/assets/bestaat-niet.js',
      ]) {
        const response = await fetch(`${api.url}${path}`, { headers: html });
        expect([path, response.headers.get('content-type')]).toEqual([path, expect.stringContaining('application/json')]);
      }
      const download = await fetch(`${api.url}/rapportages/kwartaal/2026-Q1.pdf`);
      expect(download.status).toBe(401);
      const fetchNaarOnbekend = await fetch(`${api.url}/bestaat-niet`, { headers: { accept: 'application/json' } });
      expect(fetchNaarOnbekend.status).toBe(404);
    });
  });

  describe('without development keys', () => {
    let dir: string;
    let jwks: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'vt-jwks-'));
      jwks = join(dir, 'jwks.json');
      const key = await loadOrCreateDevKey(requireEnv('AUTH_DEV_KEY_FILE'));
      await writeFile(jwks, JSON.stringify({ keys: [key.publicJwk] }));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it.each([
      ['AUTH_DEV_KEYS=false', { AUTH_DEV_KEYS: 'false' }],
      ['NODE_ENV=production', { NODE_ENV: 'production' }],
    ])('has no POST /dev/token with %s (404) and says so in /config.json', async (_naam, env) => {
      const api = await startApp('api', {
        ...env,
        AUTH_JWKS_FILE: jwks,
        PORTAL_DIR: WEB_DIST,
        OIDC_ISSUER: 'https://idp.example/realms/vt',
        OIDC_CLIENT_ID: 'portaal',
      });
      try {
        const { status } = await devToken(api, { rol: 'landelijk-analist' });
        expect(status).toBe(404);
        const config = await api.get('/config.json');
        expect(config.body).toMatchObject({
          devLogin: false,
          oidc: { issuer: 'https://idp.example/realms/vt', clientId: 'portaal', scope: 'openid profile' },
        });
        const index = await fetch(`${api.url}/`, { headers: { accept: 'text/html' } });
        expect(index.headers.get('content-security-policy')).toContain('https://idp.example');
      } finally {
        await api.close();
      }
    });
  });
});
