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
    ['GRAPHIQL_ENABLED', 'ja'],
  ])('names %s when it is %p', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('requires an identity provider in production and refuses development keys there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL or AUTH_JWKS_FILE/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks', AUTH_DEV_KEYS: 'true' })).toThrow(ConfigError);
    const config = loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks' });
    expect(config.devKeysEnabled).toBe(false);
  });

  it('serves GraphiQL outside production by default, in production only with GRAPHIQL_ENABLED=true', () => {
    expect(loadConfig({}).graphiqlEnabled).toBe(true);
    expect(loadConfig({ GRAPHIQL_ENABLED: 'false' }).graphiqlEnabled).toBe(false);
    const productie = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks' };
    expect(loadConfig(productie).graphiqlEnabled).toBe(false);
    expect(loadConfig({ ...productie, GRAPHIQL_ENABLED: 'true' }).graphiqlEnabled).toBe(true);
  });

  it('keeps documents in PostgreSQL by default and names each setting an object store lacks', () => {
    expect(loadConfig({}).DOCUMENT_STORE).toBe('postgres');
    const s3 = { DOCUMENT_STORE: 's3', S3_BUCKET: 'vt-documenten', S3_REGION: 'eu-west-1' };
    expect(loadConfig(s3)).toMatchObject({ DOCUMENT_STORE: 's3', S3_FORCE_PATH_STYLE: false });
    expect(() => loadConfig({ ...s3, S3_BUCKET: '' })).toThrow(/^Invalid configuration: S3_BUCKET is required when DOCUMENT_STORE=s3$/);
    expect(() => loadConfig({ ...s3, S3_REGION: '' })).toThrow(/^Invalid configuration: S3_REGION is required/);
    expect(() => loadConfig({ ...s3, S3_ACCESS_KEY_ID: 'id' })).toThrow(/^Invalid configuration: S3_SECRET_ACCESS_KEY is required/);
    expect(() => loadConfig({ ...s3, S3_ENDPOINT: 'localhost:9000' })).toThrow(/^Invalid configuration: S3_ENDPOINT /);
    expect(() => loadConfig({ DOCUMENT_STORE: 'minio' })).toThrow(/^Invalid configuration: DOCUMENT_STORE /);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  });
});
