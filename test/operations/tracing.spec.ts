import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { context, trace } from '@opentelemetry/api';
import { Queues, flushTracing } from '@vt/platform';
import { startApp, type RunningApp } from '../support/app.js';
import { requireEnv } from '../support/env.js';
import { tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}

/** A tiny OTLP/HTTP (JSON) receiver: collects every span the apps export. */
async function otlpReceiver(): Promise<{ url: string; spans: OtlpSpan[]; close(): Promise<void> }> {
  const spans: OtlpSpan[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces' && req.method === 'POST') {
        const parsed = JSON.parse(body) as { resourceSpans?: { scopeSpans?: { spans?: OtlpSpan[] }[] }[] };
        for (const rs of parsed.resourceSpans ?? []) for (const ss of rs.scopeSpans ?? []) spans.push(...(ss.spans ?? []));
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

const attr = (span: OtlpSpan, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue;

async function eventually<T>(check: () => T, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await flushTracing();
    const value = check();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('tracing (OTLP)', () => {
  const prefix = `${requireEnv('QUEUE_PREFIX')}-tracing`;
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let api: RunningApp;
  let worker: RunningApp;

  beforeAll(async () => {
    receiver = await otlpReceiver();
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, QUEUE_PREFIX: prefix, OUTBOX_RELAY: 'false' };
    [api, worker] = await Promise.all([startApp('api', env), startApp('worker', env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([api?.close(), worker?.close()]);
    await receiver?.close();
  });

  it('a GraphQL operation is a span with the request id, and its PostgreSQL statements are child spans', async () => {
    const requestId = `trace-test-${randomUUID()}`;
    const user = `trace-user-${randomUUID()}`;
    const token = await tokenFor({ tenant: 'VT23', roles: ['medewerker'], user });
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: 'query TraceCasus($id: ID!) { casus(id: $id) { id } }', variables: { id: randomUUID() } }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const operation = await eventually(
      () => receiver.spans.find((s) => attr(s, 'vt.request_id') === requestId),
      (s) => s !== undefined,
    );
    expect(operation).toBeDefined();
    expect(operation!.name).toBe('query TraceCasus');
    expect(attr(operation!, 'graphql.operation.name')).toBe('TraceCasus');
    expect(attr(operation!, 'graphql.operation.type')).toBe('query');

    const statements = await eventually(
      () => receiver.spans.filter((s) => s.parentSpanId === operation!.spanId),
      (list) => list.some((s) => attr(s, 'db.operation.name') === 'SELECT'),
    );
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const s of statements) {
      expect(s.traceId).toBe(operation!.traceId);
      expect(attr(s, 'db.system.name')).toBe('postgresql');
    }
    // Literals are masked: neither the tenant id inlined in BEGIN nor the user in the access-log rows
    // sent as JSON text with the COMMIT reaches a span.
    const begins = statements.filter((s) => attr(s, 'db.operation.name') === 'BEGIN').map((s) => attr(s, 'db.query.text'));
    // The tenant transaction's BEGIN (with the region's settings read in the same round trip).
    expect(begins.some((text) => typeof text === 'string' && text.startsWith("BEGIN; SELECT set_config('?', '?', true)"))).toBe(true);
    const exported = JSON.stringify(receiver.spans);
    expect(exported).not.toContain(await tenantIdOf('VT23'));
    expect(exported).not.toContain(user);
  });

  it('a job continues the trace that enqueued it (traceparent in the job data), in the worker', async () => {
    const parent = trace.getTracer('test').startSpan('enqueue from a request');
    await context.with(trace.setSpan(context.active(), parent), () =>
      api.app.get(Queues).queue('deadlines').add('trace-probe', {}, { attempts: 1, removeOnFail: true }),
    );
    parent.end();
    const consumer = await eventually(
      () => receiver.spans.find((s) => s.name === 'job deadlines trace-probe'),
      (s) => s !== undefined,
    );
    expect(consumer).toBeDefined();
    expect(consumer!.traceId).toBe(parent.spanContext().traceId);
    expect(consumer!.parentSpanId).toBe(parent.spanContext().spanId);
    expect(consumer!.kind).toBe(5); // CONSUMER
  });
});
