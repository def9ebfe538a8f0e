import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { ROLLEN, parseTrustedIssuers } from '@vt/config';
import {
  DEV_GEBRUIKERS,
  DevIdpRefused,
  PORTAAL_CLIENT_ID,
  devIdpIssuerEntry,
  loadDevIdpConfig,
  startDevIdp,
  type DevIdp,
} from '@vt/dev-idp';
import { freePort } from '../support/net.js';
import { codeFlow } from '../support/oidc-code-flow.js';

/**
 * The development identity provider of the demo (apps/dev-idp) over real HTTP: its discovery
 * document, a full authorization code + PKCE login whose access token is a JWT the platform can
 * verify against the published keys, a refused password, and its refusal to run in production.
 */
const PORTAAL = 'http://localhost:3000';
const WACHTWOORD = 'test-wachtwoord';

describe('development identity provider', () => {
  let idp: DevIdp;

  beforeAll(async () => {
    const port = await freePort();
    idp = await startDevIdp(
      loadDevIdpConfig({ NODE_ENV: 'test', DEV_IDP_PORT: String(port), DEV_IDP_PORTAL_ORIGINS: PORTAAL, DEV_IDP_PASSWORD: WACHTWOORD }),
    );
  });
  afterAll(() => idp?.close());

  const login = (gebruikersnaam: string, wachtwoord = WACHTWOORD) =>
    codeFlow(idp.issuer, {
      clientId: PORTAAL_CLIENT_ID,
      redirectUri: `${PORTAAL}/inloggen/terug`,
      scope: 'openid profile platform',
      gebruikersnaam,
      wachtwoord,
    });

  it('publishes a discovery document with PKCE (S256) and a JWKS', async () => {
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(idp.issuer);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile']));
    const jwks = (await (await fetch(String(discovery.jwks_uri))).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d'); // never the private part
  });

  it('has an account for every platform role in VT18 and VT12, and one landelijk-analist', () => {
    const vt18 = DEV_GEBRUIKERS.filter((g) => g.regio === 'VT18');
    expect(vt18.map((g) => g.gebruikersnaam)).toContain('vt18-teammanager');
    expect(vt18).toHaveLength(7);
    expect(DEV_GEBRUIKERS.filter((g) => g.regio === 'VT12')).toHaveLength(7);
    expect(DEV_GEBRUIKERS.filter((g) => !g.regio).map((g) => g.groepen)).toEqual([['lnvt-analist']]);
  });

  it('has an AUTH_ISSUERS_FILE entry the platform accepts, mapping a group to every platform role', () => {
    const [entry] = parseTrustedIssuers({ issuers: [devIdpIssuerEntry(idp.issuer)] });
    expect(entry).toMatchObject({
      naam: 'dev-idp',
      issuer: idp.issuer,
      audience: 'veilig-thuis-platform',
      regios: ['VT18', 'VT12'],
      landelijk: true,
    });
    expect(new Set(Object.values(entry!.rollen!))).toEqual(new Set(ROLLEN));
    for (const gebruiker of DEV_GEBRUIKERS) expect(Object.keys(entry!.rollen!)).toEqual(expect.arrayContaining(gebruiker.groepen));
  });

  it('logs a VT18 teammanager in with code + PKCE and issues an RS256 JWT for the platform', async () => {
    const { tokens } = await login('vt18-teammanager');
    const jwks = createRemoteJWKSet(new URL(`${idp.issuer}/jwks`));
    const { payload, protectedHeader } = await jwtVerify(tokens!.access_token, jwks, {
      issuer: idp.issuer,
      audience: 'veilig-thuis-platform',
      algorithms: ['RS256'],
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ sub: 'vt18-teammanager', tenant: 'VT18', groups: ['vt-teammanager'], team: 'Team Noord' });
    expect(payload.name).toEqual(expect.any(String));
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload.scope).toBe('platform');
    expect(tokens!.id_token).toBeDefined();
  });

  it('issues the landelijk-analist a token without a tenant', async () => {
    const { tokens } = await login('landelijk-analist');
    const { payload } = await jwtVerify(tokens!.access_token, createRemoteJWKSet(new URL(`${idp.issuer}/jwks`)), {
      issuer: idp.issuer,
      audience: 'veilig-thuis-platform',
    });
    expect(payload.groups).toEqual(['lnvt-analist']);
    expect(payload).not.toHaveProperty('tenant');
    expect(payload).not.toHaveProperty('team');
  });

  it('refuses a wrong password and an unknown account with the login form and an alert, not a code', async () => {
    for (const [gebruiker, wachtwoord] of [
      ['vt18-teammanager', 'fout'],
      ['vt99-teammanager', WACHTWOORD],
    ] as const) {
      const result = await login(gebruiker, wachtwoord);
      expect(result.loginStatus).toBe(401);
      expect(result.tokens).toBeUndefined();
      expect(result.loginBody).toContain('role="alert"');
      expect(result.loginBody).toContain('Onbekende gebruikersnaam of onjuist wachtwoord.');
    }
  });

  it('shows a Dutch, labelled login page marked as development-only', async () => {
    const auth = new URL(`${idp.issuer}/auth`);
    auth.search = new URLSearchParams({
      client_id: PORTAAL_CLIENT_ID,
      response_type: 'code',
      redirect_uri: `${PORTAAL}/inloggen/terug`,
      scope: 'openid profile platform',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    const redirect = await fetch(auth, { redirect: 'manual' });
    const cookie = redirect.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const page = await (await fetch(new URL(redirect.headers.get('location')!, idp.issuer), { headers: { cookie } })).text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('Alleen voor ontwikkeling');
    expect(page).toMatch(/<label for="gebruikersnaam">[^<]+<\/label>\s*<input id="gebruikersnaam"/);
    expect(page).toMatch(/<label for="wachtwoord">[^<]+<\/label>\s*<input id="wachtwoord"[^>]*type="password"/);
  });

  it('refuses an authorization request without PKCE and an unregistered redirect URI', async () => {
    const base = { client_id: PORTAAL_CLIENT_ID, response_type: 'code', scope: 'openid profile platform' };
    const zonderPkce = await fetch(`${idp.issuer}/auth?${new URLSearchParams({ ...base, redirect_uri: `${PORTAAL}/inloggen/terug` })}`, {
      redirect: 'manual',
    });
    // The error goes back to the (registered) client, never a login form.
    expect(zonderPkce.status).toBe(303);
    expect(new URL(zonderPkce.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
    const vreemd = await fetch(
      `${idp.issuer}/auth?${new URLSearchParams({ ...base, redirect_uri: 'http://evil.example/terug', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' })}`,
      { redirect: 'manual' },
    );
    expect(vreemd.status).toBe(400);
    expect(await vreemd.text()).toContain('redirect_uri');
  });

  it('refuses to start with NODE_ENV=production', async () => {
    expect(() => loadDevIdpConfig({ NODE_ENV: 'production' })).toThrow(DevIdpRefused);
    const run = await promisify(execFile)(process.execPath, ['apps/dev-idp/dist/main.js'], {
      env: { ...process.env, NODE_ENV: 'production', DEV_IDP_PORT: String(await freePort()) },
      encoding: 'utf8',
      timeout: 20_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('does not run with NODE_ENV=production');
  });

  it('signs with the key its JWKS publishes (kid matches)', async () => {
    const { tokens } = await login('vt12-medewerker');
    const jwks = (await (await fetch(`${idp.issuer}/jwks`)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toContain(decodeProtectedHeader(tokens!.access_token).kid);
  });
});
