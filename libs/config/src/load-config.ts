import { configSchema, type AppConfig } from './config.schema.js';
import { TrustedIssuersError, readTrustedIssuers, type TrustedIssuer } from './trusted-issuers.js';

/** Raised for a bad or missing setting; its message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", so defaults apply (docker/helm often render empty values).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = issue.path.join('.') || 'environment';
    throw new ConfigError(`Invalid configuration: ${variable} ${describe(issue.message)}`);
  }
  const config = parsed.data;
  const isProduction = config.NODE_ENV === 'production';
  if (isProduction && config.AUTH_DEV_KEYS === true) {
    throw new ConfigError('Invalid configuration: AUTH_DEV_KEYS must not be true when NODE_ENV=production');
  }
  const devKeysEnabled = !isProduction && config.AUTH_DEV_KEYS !== false;
  const trustedIssuers = config.AUTH_ISSUERS_FILE ? issuersOf(config.AUTH_ISSUERS_FILE) : [];
  const legacyKeys = devKeysEnabled || config.AUTH_JWKS_URL !== undefined || config.AUTH_JWKS_FILE !== undefined;
  if (!legacyKeys && trustedIssuers.length === 0) {
    throw new ConfigError(
      'Invalid configuration: AUTH_ISSUERS_FILE, AUTH_JWKS_URL or AUTH_JWKS_FILE is required when development keys are off (NODE_ENV=production or AUTH_DEV_KEYS=false)',
    );
  }
  const twice = legacyKeys ? trustedIssuers.find((entry) => entry.issuer === config.AUTH_ISSUER) : undefined;
  if (twice)
    throw new ConfigError(
      `Invalid configuration: AUTH_ISSUERS_FILE issuer ${twice.naam} has the same issuer as AUTH_ISSUER; configure it in one place`,
    );
  if ((config.OIDC_ISSUER === undefined) !== (config.OIDC_CLIENT_ID === undefined)) {
    throw new ConfigError('Invalid configuration: OIDC_ISSUER and OIDC_CLIENT_ID go together (the portal login needs both)');
  }
  if (config.DOCUMENT_STORE === 's3') vereisS3(config);
  if (config.METRICS_PORT !== undefined && config.METRICS_PORT === config.PORT)
    throw new ConfigError('Invalid configuration: METRICS_PORT must differ from PORT (unset it to serve /metrics on PORT)');
  if (!config.METRICS_ENABLED && (config.METRICS_PORT !== undefined || config.METRICS_TOKEN !== undefined))
    throw new ConfigError('Invalid configuration: METRICS_PORT and METRICS_TOKEN need METRICS_ENABLED=true');
  const graphiqlEnabled = config.GRAPHIQL_ENABLED ?? !isProduction;
  return { ...config, devKeysEnabled, isProduction, graphiqlEnabled, trustedIssuers };
}

function issuersOf(file: string): TrustedIssuer[] {
  try {
    return readTrustedIssuers(file);
  } catch (error) {
    if (error instanceof TrustedIssuersError) throw new ConfigError(`Invalid configuration: AUTH_ISSUERS_FILE ${error.message}`);
    throw error;
  }
}

/** The object store settings DOCUMENT_STORE=s3 cannot do without; the keys come as a pair or not at all. */
function vereisS3(config: Record<string, unknown>): void {
  for (const variable of ['S3_BUCKET', 'S3_REGION'])
    if (config[variable] === undefined) throw new ConfigError(`Invalid configuration: ${variable} is required when DOCUMENT_STORE=s3`);
  const [id, secret] = [config.S3_ACCESS_KEY_ID !== undefined, config.S3_SECRET_ACCESS_KEY !== undefined];
  if (id !== secret) {
    const missing = id ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
    const present = id ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY';
    throw new ConfigError(`Invalid configuration: ${missing} is required with ${present} when DOCUMENT_STORE=s3`);
  }
}

function describe(message: string): string {
  return message.replace(/^Invalid input: /, '').replace(/^Invalid /, 'is not a valid ');
}

/**
 * For process entry points: load the config or print the one-line reason and exit 78 (EX_CONFIG).
 * Never prints the values, which may hold passwords.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
