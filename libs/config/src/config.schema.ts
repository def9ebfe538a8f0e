import { z } from 'zod';
import type { TrustedIssuer } from './trusted-issuers.js';

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Comma-separated exact browser origins (scheme://host[:port], no path); unset = no CORS at all. */
const corsOrigins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .superRefine((origins, ctx) => {
    for (const origin of origins) {
      let exact: boolean;
      try {
        const url = new URL(origin);
        exact = (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
      } catch {
        exact = false;
      }
      if (!exact)
        ctx.addIssue({
          code: 'custom',
          message: `must be comma-separated origins like https://app.example (scheme, host and optional port, no path or trailing slash); "${origin}" is not one`,
        });
    }
  });

/**
 * Every setting the platform reads from the environment. Defaults suit a developer's localhost;
 * production must name its own URLs and identity provider.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  DATABASE_URL: postgresUrl.default('postgres://vt_app:vt_app@127.0.0.1:5432/veilig_thuis'),
  DATABASE_OWNER_URL: postgresUrl.default('postgres://vt_owner:vt_owner@127.0.0.1:5432/veilig_thuis'),
  BENCHMARK_DATABASE_URL: postgresUrl.default('postgres://vt_benchmark:vt_benchmark@127.0.0.1:5432/veilig_thuis'),
  DATABASE_ADMIN_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/postgres'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),

  REDIS_URL: z
    .string()
    .url()
    .refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://')
    .default('redis://127.0.0.1:6379'),

  AUTH_ISSUER: z.string().min(1).default('http://localhost/veilig-thuis-dev'),
  AUTH_AUDIENCE: z.string().min(1).default('veilig-thuis-platform'),
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_JWKS_FILE: z.string().min(1).optional(),
  /** JSON file of trusted identity providers (issuer, keys, audience, regions, claims, role mapping); see README "Identity providers". */
  AUTH_ISSUERS_FILE: z.string().min(1).optional(),
  /** How often each issuer's keys (JWKS) are fetched again, in seconds. */
  AUTH_JWKS_REFRESH_S: z.coerce.number().int().min(1).max(86400).default(600),
  /** Least time between two fetches of one issuer's keys (a token with an unknown kid, a retry after a failure), in seconds. */
  AUTH_JWKS_COOLDOWN_S: z.coerce.number().int().min(1).max(3600).default(30),
  AUTH_DEV_KEYS: booleanFlag.optional(),
  AUTH_DEV_KEY_FILE: z.string().min(1).default('.local/dev-signing-key.json'),
  AUTH_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(300).default(5),
  // Longest accepted token lifetime (exp - iat) in seconds: a leaked long-lived token is refused.
  AUTH_MAX_TOKEN_LIFETIME_S: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(12 * 3600),

  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(100).default(15),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(100000).default(2000),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).max(1000000).default(5000),

  /** Whether this worker delivers outbox rows to Redis (every worker of an installation should). */
  OUTBOX_RELAY: booleanFlag.default(true),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  WORKER_LOCK_MS: z.coerce.number().int().min(1000).max(600000).default(30000),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,50}$/, 'must be 1 to 50 letters, digits, - or _')
    .default('vt'),

  DEADLINE_SIGNAAL_WERKDAGEN: z.coerce.number().int().min(0).max(20).default(2),

  BENCHMARK_MIN_AANTAL: z.coerce.number().int().min(0).max(1000).default(10),
  BENCHMARK_AFRONDING: z.coerce.number().int().min(1).max(100).default(5),

  /** Browser origins allowed to call the api and benchmark service (CORS); none by default. */
  CORS_ORIGINS: corsOrigins.default([]),
  /**
   * The portal (apps/web): the folder of its built files the api serves at `/` (unset: apps/web/dist
   * when it exists), and what GET /config.json tells the browser.
   */
  PORTAL_DIR: z.string().min(1).optional(),
  /** The benchmark service's GraphQL URL as the browser reaches it (its origin must be in the benchmark's CORS_ORIGINS when it differs). */
  PORTAL_BENCHMARK_URL: z.string().min(1).default('/benchmark/graphql'),
  /** OpenID Connect provider for the portal's login (authorization code flow with PKCE); unset = no OIDC login. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_SCOPE: z.string().min(1).default('openid profile'),
  /** Largest CSV body POST /import/uren accepts (bytes); a year of a large region's hours is ~5 MB. */
  UREN_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  /** Largest police file POST /import/politiemeldingen accepts (bytes); a year of a large region's police meldingen is ~10 MB. */
  POLITIE_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(500 * 1024 * 1024)
    .default(50 * 1024 * 1024),

  /** Largest document POST /documenten accepts (bytes). */
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(25 * 1024 * 1024),

  /**
   * Where document content is kept: `postgres` (default; 256 KB chunks under row-level security)
   * or `s3` (an S3-compatible object store, for large installations; the metadata stays in PostgreSQL).
   */
  DOCUMENT_STORE: z.enum(['postgres', 's3']).default('postgres'),
  /** Object store URL (MinIO, Ceph, ...); unset = AWS S3 itself. */
  S3_ENDPOINT: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), 'must start with https:// or http://')
    .optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3 to 63 lowercase letters, digits, . or -)')
    .optional(),
  /** With S3_SECRET_ACCESS_KEY; both unset = the SDK's default credentials (e.g. a workload identity). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style URLs (endpoint/bucket/key), which most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: booleanFlag.default(false),

  /**
   * GraphiQL at /graphiql on the api (a bundled page, no CDN) and introspection for authenticated
   * callers: on by default outside production; in production only with GRAPHIQL_ENABLED=true.
   */
  GRAPHIQL_ENABLED: booleanFlag.optional(),

  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120000).default(10000),

  /** Prometheus metrics at /metrics (default on). */
  METRICS_ENABLED: booleanFlag.default(true),
  /** A separate port for /metrics (then it is not served on PORT); unset = served on PORT. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Address the separate metrics port binds to; defaults to HOST. */
  METRICS_HOST: z.string().min(1).optional(),
  /** When set, /metrics answers only requests with `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),

  /** OTLP/HTTP collector base URL (e.g. http://otel-collector:4318); unset = tracing off, no SDK started. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), 'must start with https:// or http://')
    .optional(),
  /** Service name on the spans; defaults to the app's (vt-api, vt-benchmark, vt-worker). */
  OTEL_SERVICE_NAME: z.string().min(1).max(100).optional(),
});

export type AppConfig = z.infer<typeof configSchema> & {
  /** Whether tokens signed with the local development key are accepted. */
  devKeysEnabled: boolean;
  isProduction: boolean;
  /** The issuers of AUTH_ISSUERS_FILE (empty without one); the AUTH_ISSUER settings come on top as the implicit issuer. */
  trustedIssuers: TrustedIssuer[];
  /** Whether the api serves GraphiQL (GRAPHIQL_ENABLED, default on outside production). */
  graphiqlEnabled: boolean;
};
