import { loadConfig } from '@vt/config';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';

const ALLOWED = 'https://regio.veilig-thuis.example';
const OTHER = 'https://evil.example';

const preflight = (app: RunningApp, path: string, origin: string) =>
  fetch(`${app.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,apollo-require-preflight',
    },
  });

describe('CORS', () => {
  let open: RunningApp;
  let closed: RunningApp;

  beforeAll(async () => {
    [open, closed] = await Promise.all([startApp('api', { CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` }), startApp('api')]);
  });
  afterAll(() => Promise.all([open.close(), closed.close()]));

  it('answers a preflight from an allowed origin with 204 and the allowed headers and methods', async () => {
    for (const path of ['/graphql', '/import/uren']) {
      const response = await preflight(open, path, ALLOWED);
      expect([path, response.status]).toEqual([path, 204]);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(response.headers.get('access-control-allow-headers')!.split(',')).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight']),
      );
      expect(response.headers.get('access-control-allow-methods')!.split(',')).toEqual(expect.arrayContaining(['POST']));
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
    expect((await preflight(open, '/graphql', 'http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    );
  });

  it('gives another origin, or every origin when none is configured, no allow-origin header', async () => {
    for (const [app, origin] of [
      [open, OTHER],
      [open, `${ALLOWED}.evil.example`],
      [open, 'null'],
      [closed, ALLOWED],
    ] as const) {
      const response = await preflight(app, '/graphql', origin);
      expect([origin, response.headers.get('access-control-allow-origin')]).toEqual([origin, null]);
      const post = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect([origin, post.headers.get('access-control-allow-origin')]).toEqual([origin, null]);
    }
  });

  it("serves an allowed origin's request with the header, and keeps Apollo's CSRF prevention on", async () => {
    const token = await tokenFor({ tenant: 'VT18' });
    const response = await fetch(`${open.url}/graphql`, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ mijnOrganisatie { code } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(await response.json()).toEqual({ data: { mijnOrganisatie: { code: 'VT18' } } });
    // A "simple" request (no preflight needed) is still blocked by Apollo, whatever the origin.
    const simple = await fetch(`${open.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: ALLOWED } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });

  it('refuses a bad CORS_ORIGINS or UREN_IMPORT_MAX_BYTES at start-up, naming the setting', () => {
    for (const bad of [
      '*',
      'regio.example',
      'https://regio.example/',
      'https://regio.example/app',
      'ftp://regio.example',
      `${ALLOWED},nope`,
    ]) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/^Invalid configuration: CORS_ORIGINS /);
    }
    expect(loadConfig({ CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` }).CORS_ORIGINS).toEqual([ALLOWED, 'http://localhost:5173']);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(() => loadConfig({ UREN_IMPORT_MAX_BYTES: 'twenty' })).toThrow(/^Invalid configuration: UREN_IMPORT_MAX_BYTES /);
    expect(loadConfig({}).UREN_IMPORT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });
});
