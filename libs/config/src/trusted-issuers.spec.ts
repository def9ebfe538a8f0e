import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './load-config.js';
import { discoveryUrlOf, parseTrustedIssuers } from './trusted-issuers.js';

const dir = mkdtempSync(join(tmpdir(), 'vt-issuers-'));
let n = 0;
function file(content: unknown): string {
  const path = join(dir, `issuers-${n++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const keycloak = {
  naam: 'keycloak-vt18',
  issuer: 'https://kc.example.nl/realms/vt18',
  audience: 'veilig-thuis-platform',
  regios: ['VT18'],
  claims: { rollen: 'realm_access.roles' },
  rollen: { 'VT-Teammanager': 'teammanager' },
};
const broker = { naam: 'broker', issuer: 'https://broker.example.nl', audience: ['a', 'b'], regios: ['*'], landelijk: true };

describe('AUTH_ISSUERS_FILE', () => {
  it('reads the issuers with their defaults filled in', () => {
    const config = loadConfig({ AUTH_ISSUERS_FILE: file({ issuers: [keycloak, broker] }) });
    expect(config.trustedIssuers).toHaveLength(2);
    const [kc, bk] = config.trustedIssuers;
    expect(kc!.claims).toEqual({ subject: 'sub', naam: 'name', rollen: 'realm_access.roles', tenant: 'tenant', team: 'team' });
    expect(kc!.landelijk).toBe(false);
    expect(kc!.rollen).toEqual({ 'VT-Teammanager': 'teammanager' });
    expect(bk!.rollen).toBeUndefined();
    expect(discoveryUrlOf(kc!)).toBe('https://kc.example.nl/realms/vt18/.well-known/openid-configuration');
    expect(discoveryUrlOf({ issuer: 'x', discoveryUrl: 'https://d/' })).toBe('https://d/');
  });

  it('accepts an issuer without regions only for landelijk-analist tokens', () => {
    const lnvt = { naam: 'lnvt', issuer: 'https://kc.example.nl/realms/lnvt', audience: 'a', regios: [], landelijk: true };
    expect(loadConfig({ AUTH_ISSUERS_FILE: file({ issuers: [lnvt] }) }).trustedIssuers[0]!.regios).toEqual([]);
    expect(() => loadConfig({ AUTH_ISSUERS_FILE: file({ issuers: [{ ...lnvt, landelijk: false }] }) })).toThrow(
      /issuers\[0\] \(lnvt\)\.regios is empty/,
    );
  });

  it('has no issuers without the setting', () => {
    expect(loadConfig({}).trustedIssuers).toEqual([]);
  });

  it('stands in for AUTH_JWKS_URL in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', AUTH_ISSUERS_FILE: file({ issuers: [keycloak] }) });
    expect(config.devKeysEnabled).toBe(false);
    expect(config.trustedIssuers[0]!.naam).toBe('keycloak-vt18');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_ISSUERS_FILE, AUTH_JWKS_URL or AUTH_JWKS_FILE is required/);
  });

  it.each<[string, unknown, RegExp]>([
    [
      'a region that is no region code',
      { issuers: [{ ...keycloak, regios: ['Utrecht'] }] },
      /issuers\[0\] \(keycloak-vt18\)\.regios\[0\] must be a region code/,
    ],
    ['"*" next to a region', { issuers: [{ ...keycloak, regios: ['*', 'VT18'] }] }, /\.regios "\*" \(any region\) stands alone/],
    ['no regions', { issuers: [{ ...keycloak, regios: [] }] }, /\.regios /],
    [
      'a mapping to an unknown role',
      { issuers: [broker, { ...keycloak, rollen: { X: 'beheerder' } }] },
      /issuers\[1\] \(keycloak-vt18\)\.rollen\.X must be a platform role/,
    ],
    ['an unknown field (a typo)', { issuers: [{ ...keycloak, audiance: 'x' }] }, /issuers\[0\] \(keycloak-vt18\).*audiance/],
    ['an unknown claim name key', { issuers: [{ ...keycloak, claims: { roles: 'x' } }] }, /issuers\[0\] \(keycloak-vt18\)\.claims.*roles/],
    [
      'a claim path with spaces',
      { issuers: [{ ...keycloak, claims: { rollen: 'realm access' } }] },
      /\.claims\.rollen must be a claim name or a dotted path/,
    ],
    ['a missing audience', { issuers: [{ ...keycloak, audience: undefined }] }, /issuers\[0\] \(keycloak-vt18\)\.audience/],
    ['a naam unfit for a metric label', { issuers: [{ ...keycloak, naam: 'Jan Jansen' }] }, /issuers\[0\]\.naam must be 1 to 63 lowercase/],
    ['a discovery URL that is no URL', { issuers: [{ ...keycloak, discoveryUrl: 'kc/.well-known' }] }, /\.discoveryUrl /],
    ['landelijk that is no boolean', { issuers: [{ ...keycloak, landelijk: 'ja' }] }, /\.landelijk /],
    [
      'a naam used twice',
      { issuers: [keycloak, { ...broker, naam: 'keycloak-vt18' }] },
      /issuers\[1\] \(keycloak-vt18\)\.naam is used twice/,
    ],
    [
      'an issuer used twice',
      { issuers: [keycloak, { ...broker, issuer: keycloak.issuer }] },
      /issuers\[1\] \(broker\)\.issuer is used twice/,
    ],
    [
      'an issuer that is no URL without discoveryUrl',
      { issuers: [{ ...keycloak, issuer: 'urn:kc' }] },
      /issuer is not a URL: give discoveryUrl or jwksUri/,
    ],
    ['no issuers at all', { issuers: [] }, /AUTH_ISSUERS_FILE issuers /],
  ])('refuses %s, naming the entry and field', (_what, content, message) => {
    const path = file(content);
    expect(() => loadConfig({ AUTH_ISSUERS_FILE: path })).toThrow(ConfigError);
    expect(() => loadConfig({ AUTH_ISSUERS_FILE: path })).toThrow(message);
  });

  it('refuses a file that is missing or not JSON', () => {
    expect(() => loadConfig({ AUTH_ISSUERS_FILE: join(dir, 'missing.json') })).toThrow(
      /^Invalid configuration: AUTH_ISSUERS_FILE cannot be read \(ENOENT\)$/,
    );
    expect(() => loadConfig({ AUTH_ISSUERS_FILE: file('{ "issuers": [') })).toThrow(/AUTH_ISSUERS_FILE is not valid JSON/);
  });

  it('refuses the AUTH_ISSUER issuer configured a second time in the file', () => {
    const path = file({ issuers: [{ ...keycloak, issuer: 'http://localhost/veilig-thuis-dev' }] });
    expect(() => loadConfig({ AUTH_ISSUERS_FILE: path })).toThrow(/keycloak-vt18 has the same issuer as AUTH_ISSUER/);
    // Without development keys or AUTH_JWKS_* the AUTH_ISSUER settings are not in use, so no conflict.
    expect(loadConfig({ AUTH_ISSUERS_FILE: path, AUTH_DEV_KEYS: 'false' }).trustedIssuers).toHaveLength(1);
  });

  it('accepts URI claim names (Entra) and Keycloak paths', () => {
    const [entry] = parseTrustedIssuers({
      issuers: [
        { ...keycloak, claims: { rollen: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role', tenant: 'attributes.regio' } },
      ],
    });
    expect(entry!.claims.tenant).toBe('attributes.regio');
  });
});
