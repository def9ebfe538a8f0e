import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';

describe('GraphQL protection', () => {
  let api: RunningApp;
  let token: string;

  beforeAll(async () => {
    api = await startApp('api', { GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_TOKENS: '200' });
    token = await tokenFor({ tenant: 'VT18' });
  });
  afterAll(() => api.close());

  it('refuses a query deeper than the limit', async () => {
    const response = await api.gql('{ mijnOrganisatie { regios { code } gemeenten { naam } } }', { token });
    expect(response.errors).toBeUndefined(); // depth 3: allowed
    const deep = await api.gql(
      '{ a: mijnOrganisatie { regios { code } } ...F } fragment F on Query { mijnOrganisatie { regios { code } } }',
      { token },
    );
    expect(deep.errors).toBeUndefined();
    const tooDeep = await api.gql('query { mijnOrganisatie { regios { code __typename { x } } } }', { token });
    expect(tooDeep.data ?? null).toBeNull();
    expect(tooDeep.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
  });

  it('refuses too many aliases', async () => {
    const response = await api.gql(
      '{ a: mijnOrganisatie { code } b: mijnOrganisatie { code } c: mijnOrganisatie { code } d: mijnOrganisatie { code } }',
      { token },
    );
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: 250 }, () => 'code').join(' ');
    const response = await api.gql(`{ mijnOrganisatie { ${fields} } }`, { token });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_REQUEST/);
  });

  it('allows introspection in development', async () => {
    const response = await api.gql('{ __schema { queryType { name } } }', { token });
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('never returns a stack trace', async () => {
    const response = await api.gql('{ nietBestaand }', { token });
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js:\d+/i);
  });
});

describe('GraphQL in production mode', () => {
  let api: RunningApp;
  let token: string;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const dir = await mkdtemp(join(tmpdir(), 'vt-jwks-'));
    const jwksFile = join(dir, 'jwks.json');
    await writeFile(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256' }] }));
    api = await startApp('api', {
      NODE_ENV: 'production',
      AUTH_JWKS_FILE: jwksFile,
      AUTH_ISSUER: 'https://idp.example/',
      AUTH_AUDIENCE: 'vt',
    });
    token = await new SignJWT({ tenant: 'VT18', roles: ['medewerker'], name: 'Prod User' })
      .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
      .setIssuer('https://idp.example/')
      .setAudience('vt')
      .setSubject('prod-user')
      .setExpirationTime('5m')
      .sign(privateKey);
  });
  afterAll(() => api.close());

  it('accepts tokens of the configured identity provider', async () => {
    expect(await api.gql('{ mijnOrganisatie { code } }', { token })).toEqual({ data: { mijnOrganisatie: { code: 'VT18' } } });
  });

  it('refuses development tokens', async () => {
    const response = await api.gql('{ mijnOrganisatie { code } }', {
      token: await tokenFor({ tenant: 'VT18', issuer: 'https://idp.example/', audience: 'vt' }),
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('disables introspection', async () => {
    const response = await api.gql('{ __schema { queryType { name } } }', { token });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names', async () => {
    const response = await api.gql('{ mijnOrganisatie { cod } }', { token });
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
