import { ConfigError, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('has defaults for a developer machine', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toMatch(/^postgres:\/\/vt_app/);
    expect(config.devKeysEnabled).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['REDIS_URL', 'http://localhost'],
    ['NODE_ENV', 'staging'],
    ['GRAPHQL_MAX_DEPTH', '1'],
  ])('names %s when it is %p', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('requires an identity provider in production and refuses development keys there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL or AUTH_JWKS_FILE/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks', AUTH_DEV_KEYS: 'true' })).toThrow(ConfigError);
    const config = loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks' });
    expect(config.devKeysEnabled).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  });
});
