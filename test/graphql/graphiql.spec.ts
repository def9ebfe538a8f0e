import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { startApp, type RunningApp } from '../support/app.js';

const INTROSPECTIE = '{ __schema { queryType { name } } }';

/** The built page and one of its scripts, as a browser loads them. */
async function pagina(api: RunningApp): Promise<{ status: number; html: string; script: { status: number; type: string | null } | null }> {
  const res = await fetch(`${api.url}/graphiql`);
  const html = await res.text();
  const src = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!src) return { status: res.status, html, script: null };
  const js = await fetch(`${api.url}${src}`);
  await js.arrayBuffer();
  return { status: res.status, html, script: { status: js.status, type: js.headers.get('content-type') } };
}

/** An api in production mode with its own identity provider, and a token of it. */
async function productie(env: Record<string, string>): Promise<{ api: RunningApp; token: string }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const dir = await mkdtemp(join(tmpdir(), 'vt-jwks-'));
  const jwksFile = join(dir, 'jwks.json');
  await writeFile(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256' }] }));
  const api = await startApp('api', {
    NODE_ENV: 'production',
    AUTH_JWKS_FILE: jwksFile,
    AUTH_ISSUER: 'https://idp.example/',
    AUTH_AUDIENCE: 'vt',
    ...env,
  });
  const token = await new SignJWT({ tenant: 'VT18', roles: ['medewerker'], name: 'Ontwikkelaar' })
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
    .setIssuer('https://idp.example/')
    .setAudience('vt')
    .setSubject('dev-18')
    .setExpirationTime('5m')
    .sign(privateKey);
  return { api, token };
}

describe('GraphiQL for region developers', () => {
  it('is served, bundled, in development, with the portal token key documented on the page', async () => {
    const api = await startApp('api');
    try {
      const p = await pagina(api);
      expect(p.status).toBe(200);
      expect(p.html).toContain('id="graphiql"');
      expect(p.html).toContain('vt.token');
      // Everything from the api itself: no script or style from another host.
      expect(p.html).not.toMatch(/(src|href)="https?:/);
      expect(p.script).toEqual({ status: 200, type: 'text/javascript; charset=utf-8' });
      // Only built asset names: nothing else of the file system.
      expect((await api.get('/graphiql/assets/..%2F..%2Fpackage.json')).status).toBe(404);
      expect((await api.get('/graphiql/assets/bestaat-niet.js')).status).toBe(404);
      expect((await api.gql(INTROSPECTIE)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await api.close();
    }
  });

  it('is absent in production unless GRAPHIQL_ENABLED=true, and introspection stays off', async () => {
    const { api, token } = await productie({});
    try {
      expect((await fetch(`${api.url}/graphiql`)).status).toBe(404);
      const res = await api.gql(INTROSPECTIE, { token });
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await api.close();
    }
  });

  it('with GRAPHIQL_ENABLED=true in production: served, and introspection for authenticated callers only', async () => {
    const { api, token } = await productie({ GRAPHIQL_ENABLED: 'true' });
    try {
      const p = await pagina(api);
      expect(p.status).toBe(200);
      expect(p.script?.status).toBe(200);
      const anoniem = await api.gql(INTROSPECTIE);
      expect(anoniem.data ?? null).toBeNull();
      expect(anoniem.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await api.gql('{ __type(name: "Query") { name } }', { token: 'geen-token' })).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await api.gql(INTROSPECTIE, { token })).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      // Ordinary queries are not affected.
      expect(await api.gql('{ mijnOrganisatie { code } }', { token })).toEqual({ data: { mijnOrganisatie: { code: 'VT18' } } });
    } finally {
      await api.close();
    }
  });
});
