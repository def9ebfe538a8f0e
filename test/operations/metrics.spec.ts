import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Queue } from 'bullmq';
import { parse } from 'yaml';
import { ConfigError, loadConfig } from '@vt/config';
import { ObservabilityLifecycle, OutboxBacklogMetrics, createApp } from '@vt/platform';
import { ReferenceDb, TenantDb } from '@vt/database';
import { benchmarkApp } from '@vt/benchmark';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, inTenant, tenantIdOf } from '../support/db.js';
import { requireEnv, testConfig } from '../support/env.js';
import { freePort } from '../support/net.js';
import { tokenFor } from '../support/tokens.js';

/** The value of one series in a Prometheus text exposition (labels given must all match), or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  let total: number | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    total = (total ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(`${url}/metrics`, { headers });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
}

async function eventually<T>(check: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// The apps of this file run in one process and so share prom-client's registry; in production
// each app is its own process with its own /metrics.
describe('/metrics', () => {
  const user = `metrics-user-${randomUUID()}`;
  const prefix = `${requireEnv('QUEUE_PREFIX')}-metrics`;
  let api: RunningApp;
  let worker: RunningApp;
  let benchmark: RunningApp;
  let tenantId: string;

  beforeAll(async () => {
    tenantId = await tenantIdOf('VT22');
    [api, worker, benchmark] = await Promise.all([
      startApp('api', { QUEUE_PREFIX: prefix }),
      startApp('worker', { QUEUE_PREFIX: prefix, OUTBOX_RELAY: 'false' }),
      startApp('benchmark'),
    ]);
  }, 60_000);
  afterAll(() => Promise.all([api?.close(), worker?.close(), benchmark?.close()]));

  it('api: counts queries per operation name, outcome and error code, with latency, REST routes by template, and no ids', async () => {
    const token = await tokenFor({ tenant: 'VT22', roles: ['medewerker'], user });
    const casusId = randomUUID();
    const before = await scrape(api.url);
    const ok = (text: string) =>
      sample(text, 'vt_graphql_requests_total', { operation: 'MetricsCasus', type: 'query', outcome: 'ok', code: 'none' }) ?? 0;
    const refused = (text: string) =>
      sample(text, 'vt_graphql_requests_total', { operation: 'MetricsCasus', outcome: 'error', code: 'UNAUTHENTICATED' }) ?? 0;

    const query = 'query MetricsCasus($id: ID!) { casus(id: $id) { id } }';
    expect((await api.gql(query, { token, variables: { id: casusId } })).errors).toBeUndefined();
    expect((await api.gql(query, { token, variables: { id: casusId } })).errors).toBeUndefined();
    const failing = await api.gql(query, { variables: { id: casusId } });
    expect(failing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const invalid = await api.gql('{ bestaatNiet }', { token });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await api.get(`/documenten/${casusId}/inhoud`)).status).toBe(401);

    const after = await scrape(api.url);
    expect(after.status).toBe(200);
    expect(after.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(ok(after.text) - ok(before.text)).toBe(2);
    expect(refused(after.text) - refused(before.text)).toBe(1);
    expect(sample(after.text, 'vt_graphql_errors_total', { operation: 'MetricsCasus', code: 'UNAUTHENTICATED' })).toBeGreaterThanOrEqual(1);
    expect(
      sample(after.text, 'vt_graphql_requests_total', { operation: 'invalid', code: 'GRAPHQL_VALIDATION_FAILED' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(after.text, 'vt_graphql_request_duration_seconds_count', { operation: 'MetricsCasus', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(after.text, 'vt_graphql_request_duration_seconds_bucket', { operation: 'MetricsCasus', le: '+Inf' }),
    ).toBeGreaterThanOrEqual(3);
    expect(
      sample(after.text, 'vt_http_request_duration_seconds_count', { method: 'GET', route: '/documenten/:id/inhoud', status: '4xx' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(after.text, 'vt_token_verification_failures_total', { reason: 'missing' })).toBeGreaterThanOrEqual(2);
    expect(
      sample(after.text, 'vt_db_transaction_duration_seconds_count', { kind: 'shared-read', outcome: 'commit' }),
    ).toBeGreaterThanOrEqual(2);
    expect(sample(after.text, 'vt_db_pool_connections', { pool: 'vt-api', state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(after.text, 'vt_db_pool_connections', { pool: 'vt-api', state: 'waiting' })).toBe(0);
    expect(sample(after.text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(sample(after.text, 'vt_queue_metrics_up')).toBe(1);
    expect(sample(after.text, 'vt_queue_jobs', { queue: 'deadlines', state: 'waiting' })).toBeDefined();
    // Never an id (tenant, user, casus in the URL) or the raw URL.
    for (const forbidden of [tenantId, user, casusId, 'bestaatNiet']) expect(after.text).not.toContain(forbidden);
    expect(after.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  });

  it('operation names are bounded: unnamed operations are "anonymous"', async () => {
    const token = await tokenFor({ tenant: 'VT22', roles: ['medewerker'], user });
    await api.gql(`{ casus(id: "${randomUUID()}") { id } }`, { token });
    const { text } = await scrape(api.url);
    expect(sample(text, 'vt_graphql_requests_total', { operation: 'anonymous', type: 'query', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
  });

  it('worker: a job attempt gives a duration sample and a failure per queue and job name', async () => {
    const queue = new Queue('deadlines', { connection: { url: requireEnv('REDIS_URL') }, prefix });
    try {
      // A job without a region fails for good in the processor (and touches no data).
      await queue.add('metrics-probe', {}, { attempts: 1 });
      const failures = await eventually(
        async () => sample((await scrape(worker.url)).text, 'vt_job_failures_total', { queue: 'deadlines', job: 'metrics-probe' }) ?? 0,
        (n) => n >= 1,
      );
      expect(failures).toBe(1);
      const { text } = await scrape(worker.url);
      expect(sample(text, 'vt_job_duration_seconds_count', { queue: 'deadlines', job: 'metrics-probe', outcome: 'failed' })).toBe(1);
      expect(sample(text, 'vt_queue_jobs', { queue: 'deadlines', state: 'failed' })).toBeGreaterThanOrEqual(1);
    } finally {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  });

  it("worker: vt_outbox_backlog counts each region's undelivered outbox rows (delivered ones not)", async () => {
    // The relaying worker registers the gauge; this spec's worker does not relay, so register it here.
    const backlog = new OutboxBacklogMetrics(worker.app.get(TenantDb), worker.app.get(ReferenceDb));
    backlog.onModuleInit();
    const vt02 = await tenantIdOf('VT02');
    const db = await connectAs('owner');
    const open = () =>
      inTenant(db, vt02, async () => Number((await db.query('SELECT count(*) FROM outbox WHERE afgeleverd_op IS NULL')).rows[0].count));
    let ids: string[] = [];
    try {
      // Inserted as delivered (no relay of another spec picks them up), then opened: 3 open rows of ours.
      ids = await inTenant(db, vt02, async () =>
        (
          await db.query(
            `INSERT INTO outbox (tenant_id, queue, job_naam, afgeleverd_op) SELECT $1, 'deadlines', 'metrics-probe', now() FROM generate_series(1, 5) RETURNING id`,
            [vt02],
          )
        ).rows.map((r: { id: string }) => r.id),
      );
      await inTenant(db, vt02, () => db.query('UPDATE outbox SET afgeleverd_op = NULL WHERE id = ANY($1::bigint[])', [ids.slice(0, 3)]));
      // Other specs may add or relay VT02 rows meanwhile: compare only when our own count did not move.
      let checked = false;
      for (let attempt = 0; attempt < 5 && !checked; attempt++) {
        const before = await open();
        const gauge = sample((await scrape(worker.url)).text, 'vt_outbox_backlog', { regio: 'VT02' });
        if ((await open()) !== before) continue;
        expect(gauge).toBe(before);
        expect(gauge).toBeGreaterThanOrEqual(3);
        checked = true;
      }
      expect(checked).toBe(true);
      expect(sample((await scrape(worker.url)).text, 'vt_outbox_backlog', { regio: 'VT18' })).toBeGreaterThanOrEqual(0);
    } finally {
      backlog.onApplicationShutdown();
      if (ids.length) await inTenant(db, vt02, () => db.query('DELETE FROM outbox WHERE id = ANY($1::bigint[])', [ids]));
      await db.end();
    }
  });

  it("the chart's alert series (metrics.prometheusRule.series) are all exported by the apps", async () => {
    const values = parse(await readFile('helm/veilig-thuis-platform/values.yaml', 'utf8')) as {
      metrics: { prometheusRule: { series: Record<string, string> } };
    };
    // Histograms are named without _bucket in the chart; every app of this process shares one registry.
    const exported = new Set(
      [(await scrape(api.url)).text, (await scrape(worker.url)).text, (await scrape(benchmark.url)).text]
        .join('\n')
        .split('\n')
        .filter((line) => line.startsWith('# TYPE '))
        .map((line) => line.split(' ')[2]),
    );
    const missing = Object.entries(values.metrics.prometheusRule.series).filter(([, name]) => !exported.has(name));
    expect(missing).toEqual([]);
  });

  it('benchmark: counts its GraphQL operations too', async () => {
    const token = await tokenFor({ roles: ['landelijk-analist'], user });
    expect((await benchmark.gql('query MetricsRegios { regios { code } }', { token })).errors).toBeUndefined();
    const { status, text } = await scrape(benchmark.url);
    expect(status).toBe(200);
    expect(sample(text, 'vt_graphql_requests_total', { operation: 'MetricsRegios', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'vt_db_pool_connections', { pool: 'vt-benchmark', state: 'total' })).toBeGreaterThanOrEqual(0);
    expect(text).not.toContain(user);
  });
});

describe('/metrics settings', () => {
  it('METRICS_PORT serves /metrics on its own port only, and METRICS_TOKEN protects it', async () => {
    const metricsPort = await freePort();
    const token = 'metrics-secret-0123456789';
    const api = await startApp('api', { METRICS_PORT: String(metricsPort), METRICS_TOKEN: token });
    try {
      expect(api.app.get(ObservabilityLifecycle).metricsPort()).toBe(metricsPort);
      expect((await scrape(api.url)).status).toBe(404);
      const separate = `http://127.0.0.1:${metricsPort}`;
      const refused = await scrape(separate);
      expect(refused.status).toBe(401);
      expect(refused.text).not.toContain('vt_graphql');
      expect((await scrape(separate, { authorization: 'Bearer wrong-secret-0123456789' })).status).toBe(401);
      const allowed = await scrape(separate, { authorization: `Bearer ${token}` });
      expect(allowed.status).toBe(200);
      expect(allowed.text).toContain('# TYPE vt_graphql_requests_total counter');
    } finally {
      await api.close();
    }
  });

  it('METRICS_TOKEN alone protects /metrics on the app port; METRICS_ENABLED=false removes it', async () => {
    const token = 'metrics-secret-abcdefghij';
    const api = await startApp('api', { METRICS_TOKEN: token });
    const off = await startApp('benchmark', { METRICS_ENABLED: 'false' });
    try {
      expect((await scrape(api.url)).status).toBe(401);
      expect((await scrape(api.url, { authorization: `Bearer ${token}` })).status).toBe(200);
      expect((await scrape(off.url)).status).toBe(404);
    } finally {
      await Promise.all([api.close(), off.close()]);
    }
  });

  it('bad settings fail at start-up with an error naming the setting', async () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ METRICS_PORT: 'abc' }, /^Invalid configuration: METRICS_PORT /],
      [{ METRICS_PORT: '70000' }, /^Invalid configuration: METRICS_PORT /],
      [{ PORT: '4000', METRICS_PORT: '4000' }, /^Invalid configuration: METRICS_PORT must differ from PORT/],
      [{ METRICS_TOKEN: 'short' }, /^Invalid configuration: METRICS_TOKEN must be at least 16 characters/],
      [
        { METRICS_ENABLED: 'false', METRICS_PORT: '9464' },
        /^Invalid configuration: METRICS_PORT and METRICS_TOKEN need METRICS_ENABLED=true/,
      ],
      [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, /^Invalid configuration: OTEL_EXPORTER_OTLP_ENDPOINT /],
    ];
    for (const [env, message] of bad) {
      let error: unknown;
      try {
        testConfig(env);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(message);
    }
    expect(loadConfig({ METRICS_PORT: '9464' }).METRICS_PORT).toBe(9464);

    // The real entry point: one line on stderr, exit code 78 (EX_CONFIG), before anything starts.
    const run = spawnSync(process.execPath, ['apps/worker/dist/main.js'], {
      env: { ...process.env, METRICS_PORT: 'abc' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr.trim()).toMatch(/^Invalid configuration: METRICS_PORT /);
  });

  it('a METRICS_PORT in use fails start-up with an error naming METRICS_PORT', async () => {
    const api = await startApp('api');
    const taken = (api.app.getHttpServer().address() as { port: number }).port;
    const app = await createApp(benchmarkApp, testConfig({ METRICS_PORT: String(taken) }));
    try {
      await expect(app.listen(0, '127.0.0.1')).rejects.toThrow(new RegExp(`^METRICS_PORT ${taken} on .* cannot be used`));
    } finally {
      await Promise.all([app.close(), api.close()]);
    }
  });
});

describe('request log lines', () => {
  it('name the GraphQL operation and its error code (a real api process, LOG_LEVEL=info)', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
      env: { ...process.env, PORT: String(port), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const base = `http://127.0.0.1:${port}`;
    try {
      const ready = await eventually(
        () =>
          fetch(`${base}/health/live`).then(
            (r) => r.ok,
            () => false,
          ),
        (ok) => ok,
        40_000,
      );
      expect(ready).toBe(true);
      const token = await tokenFor({ tenant: 'VT22', roles: ['medewerker'] });
      const post = (query: string, auth?: string) =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
          body: JSON.stringify({ query, variables: { id: randomUUID() } }),
        }).then((r) => r.json());
      await post('query LogCasus($id: ID!) { casus(id: $id) { id } }', token);
      await post('query LogCasusZonderToken($id: ID!) { casus(id: $id) { id } }');
      const lines = await eventually(
        async () =>
          output
            .split('\n')
            .filter((l) => l.includes('"operation":"LogCasus'))
            .map((l) => JSON.parse(l) as Record<string, unknown>),
        (l) => l.length >= 2,
      );
      expect(lines).toContainEqual(
        expect.objectContaining({ operation: 'LogCasus', operationType: 'query', code: 'none', tenant: 'VT22' }),
      );
      expect(lines).toContainEqual(expect.objectContaining({ operation: 'LogCasusZonderToken', code: 'UNAUTHENTICATED' }));
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 60_000);
});
