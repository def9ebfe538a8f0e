import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import client from 'prom-client';

/**
 * The platform's Prometheus series, in prom-client's default registry (served at /metrics).
 * Labels never carry a tenant id, user id, raw URL or other request content: operation and job
 * names come from code or from the validated GraphQL document and are capped (see bounded()).
 */
/** The metric registered under name, created once (modules can be loaded more than once in tests). */
export function registered<T>(name: string, create: () => T): T {
  return (client.register.getSingleMetric(name) as T | undefined) ?? create();
}

/** Rejects when promise does not settle within ms: a scrape never waits longer on Redis or PostgreSQL. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)))]).finally(
    () => clearTimeout(timer),
  );
}

if (!client.register.getSingleMetric('process_cpu_seconds_total')) client.collectDefaultMetrics();

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlRequests = registered(
  'vt_graphql_requests_total',
  () =>
    new client.Counter({
      name: 'vt_graphql_requests_total',
      help: 'GraphQL requests by operation name, type, outcome (ok/error) and the first error code (none when ok)',
      labelNames: ['operation', 'type', 'outcome', 'code'],
    }),
);

export const graphqlErrors = registered(
  'vt_graphql_errors_total',
  () =>
    new client.Counter({
      name: 'vt_graphql_errors_total',
      help: 'GraphQL errors in responses by operation name and error code (extensions.code)',
      labelNames: ['operation', 'code'],
    }),
);

export const graphqlDuration = registered(
  'vt_graphql_request_duration_seconds',
  () =>
    new client.Histogram({
      name: 'vt_graphql_request_duration_seconds',
      help: 'GraphQL request latency (until the response is sent) by operation name, type and outcome',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: LATENCY_BUCKETS,
    }),
);

export const httpDuration = registered(
  'vt_http_request_duration_seconds',
  () =>
    new client.Histogram({
      name: 'vt_http_request_duration_seconds',
      help: 'HTTP requests other than /graphql by method, route template and status class',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
    }),
);

export const jobDuration = registered(
  'vt_job_duration_seconds',
  () =>
    new client.Histogram({
      name: 'vt_job_duration_seconds',
      help: 'Processing time of one job attempt by queue, job name and outcome (completed/failed)',
      labelNames: ['queue', 'job', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    }),
);

export const jobFailures = registered(
  'vt_job_failures_total',
  () =>
    new client.Counter({
      name: 'vt_job_failures_total',
      help: 'Failed job attempts by queue and job name (BullMQ retries them until attempts are used up)',
      labelNames: ['queue', 'job'],
    }),
);

export const outboxRelayed = registered(
  'vt_outbox_relayed_total',
  () =>
    new client.Counter({
      name: 'vt_outbox_relayed_total',
      help: 'Outbox rows this process delivered to Redis',
    }),
);

export const outboxFailures = registered(
  'vt_outbox_relay_failures_total',
  () =>
    new client.Counter({
      name: 'vt_outbox_relay_failures_total',
      help: 'Outbox delivery attempts of this process that failed (Redis or PostgreSQL unavailable); rows stay pending',
    }),
);

export const accessLogFailures = registered(
  'vt_access_log_write_failures_total',
  () =>
    new client.Counter({
      name: 'vt_access_log_write_failures_total',
      help: 'NEN 7513 access-log writes that failed, by mode (inline, deferred = with the COMMIT of a read, autonomous)',
      labelNames: ['mode'],
    }),
);

/** The fixed set of reasons token verification fails for. */
export type TokenFailureReason =
  | 'missing'
  | 'expired'
  | 'signature'
  | 'issuer'
  | 'audience'
  | 'claims'
  | 'lifetime'
  | 'algorithm'
  | 'malformed'
  | 'unknown_region'
  // A region the token's issuer may not speak for, or a landelijk-analist from an issuer without `landelijk`.
  | 'issuer_region'
  // The issuer's keys could not be fetched yet (its IdP unreachable since start-up).
  | 'keys_unavailable';

export const tokenFailures = registered(
  'vt_token_verification_failures_total',
  () =>
    new client.Counter({
      name: 'vt_token_verification_failures_total',
      help: 'Requests refused because their bearer token failed verification, by reason (a fixed set)',
      labelNames: ['reason'],
    }),
);

export function countTokenFailure(reason: TokenFailureReason): void {
  tokenFailures.inc({ reason });
}

export const jwksUp = registered(
  'vt_auth_jwks_up',
  () =>
    new client.Gauge({
      name: 'vt_auth_jwks_up',
      help: "Whether the last fetch of a trusted issuer's keys (JWKS) succeeded (1) or failed (0), by issuer label; on 0 cached keys keep working",
      labelNames: ['issuer'],
    }),
);

/** Records the outcome of an issuer's latest key fetch (the label is the configured naam, never token content). */
export function setJwksUp(issuer: string, up: boolean): void {
  jwksUp.set({ issuer }, up ? 1 : 0);
}

export function countAccessLogFailure(mode: 'inline' | 'deferred' | 'autonomous'): void {
  accessLogFailures.inc({ mode });
}

/** GraphQL names; job and queue names may also hold - . : */
export const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const JOB_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,63}$/;

/**
 * Keeps a label's values bounded: the first `cap` distinct well-formed values pass, later ones and
 * malformed ones become "other". Unset values become `empty`.
 */
export function bounded(cap: number, empty = 'anonymous', pattern = GRAPHQL_NAME): (value: string | null | undefined) => string {
  const seen = new Set<string>();
  return (value) => {
    if (!value) return empty;
    if (seen.has(value)) return value;
    if (!pattern.test(value) || seen.size >= cap) return 'other';
    seen.add(value);
    return value;
  };
}

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,49}$/;
/** An error code as a label: codes are constants (ErrorCode, Apollo's); anything else is "OTHER". */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER';
}

/**
 * Serves the registry in the Prometheus text format. With a token, only requests carrying
 * `Authorization: Bearer <token>` get it (401 otherwise).
 */
export function metricsHandler(token?: string): (req: IncomingMessage, res: ServerResponse) => void {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (expected) {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res
          .writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"', 'content-type': 'text/plain' })
          .end('metrics need a bearer token\n');
        return;
      }
    }
    client.register.metrics().then(
      (text) =>
        res
          .writeHead(200, { 'content-type': client.register.contentType, 'cache-control': 'no-store' })
          .end(req.method === 'HEAD' ? undefined : text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics collection failed\n'),
    );
  };
}

export { client as promClient };
