import { spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { requireEnv } from '../support/env.js';
import { connectAs } from '../support/db.js';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { APP_DATA_SOURCE } from '@vt/database';
import { freePort, startRedis } from '../support/net.js';

describe.each(['api', 'benchmark', 'worker'] as const)('%s health', (kind) => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp(kind);
  });
  afterAll(() => running.close());

  it('is live', async () => {
    expect(await running.get('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('is ready with PostgreSQL (and Redis, except for the benchmark service, which does not use it) up', async () => {
    const { status, body } = await running.get('/health/ready');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'ok',
      info: { postgresql: { status: 'up' }, ...(kind === 'benchmark' ? {} : { redis: { status: 'up' } }) },
    });
    if (kind === 'benchmark') expect(JSON.stringify(body)).not.toMatch(/redis/);
  });
});

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGKILL');
  await once(child, 'exit');
}

async function eventually<T>(check: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A TCP proxy in front of the test PostgreSQL that the test can cut, as a database outage for one app. */
async function postgresProxy(): Promise<{ url: string; cut(): Promise<void> }> {
  const target = new URL(requireEnv('DATABASE_URL'));
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as { port: number }).port);
  return {
    url: url.toString(),
    cut: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}

type Readiness = {
  status: number;
  body: {
    status?: string;
    info?: Record<string, { status: string }>;
    degraded?: Record<string, { status: string }>;
    error?: Record<string, { status: string }>;
  };
};

describe('readiness during a Redis outage', () => {
  let redisPort: number;
  let redis: ChildProcess;
  let api: RunningApp;
  let worker: RunningApp;
  const env = () => ({ REDIS_URL: `redis://127.0.0.1:${redisPort}`, QUEUE_PREFIX: `${requireEnv('QUEUE_PREFIX')}-hr` });

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    [api, worker] = await Promise.all([startApp('api', env()), startApp('worker', env())]);
  }, 60_000);
  afterAll(async () => {
    // Apps first: BullMQ's close waits for Redis.
    await Promise.all([api.close(), worker.close()]);
    await stopRedis(redis);
  }, 30_000);

  it('keeps the api ready (200, degraded, one warning per transition) and serving, takes the worker out, and recovers', async () => {
    const ready = (app: RunningApp) => app.get('/health/ready') as Promise<Readiness>;
    expect(await ready(api)).toMatchObject({
      status: 200,
      body: { status: 'ok', info: { postgresql: { status: 'up' }, redis: { status: 'up' } } },
    });
    expect((await ready(worker)).status).toBe(200);

    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      await stopRedis(redis);
      const degraded = await eventually(
        () => ready(api),
        (r) => r.body.status === 'degraded',
      );
      expect(degraded).toMatchObject({
        status: 200,
        body: { status: 'degraded', info: { postgresql: { status: 'up' } }, degraded: { redis: { status: 'down' } } },
      });
      expect(degraded.body.info).not.toHaveProperty('redis');
      // Further probes during the same outage stay 200 and do not log again.
      for (let i = 0; i < 3; i++) expect((await ready(api)).status).toBe(200);
      const outageWarnings = warn.mock.calls.filter(([message]) => /Redis unavailable.*api stays ready/.test(String(message)));
      expect(outageWarnings).toHaveLength(1);
      expect(String(outageWarnings[0]![0])).not.toMatch(/redis:\/\//); // no connection URL in the log line

      // The api keeps answering requests on PostgreSQL.
      const token = await tokenFor({ tenant: 'VT18' });
      expect((await api.gql('{ mijnOrganisatie { code } }', { token })).data).toEqual({ mijnOrganisatie: { code: 'VT18' } });

      // The worker needs Redis for its work: it is not ready.
      expect(await ready(worker)).toMatchObject({ status: 503, body: { status: 'error', error: { redis: { status: 'down' } } } });
      expect((await worker.get('/health/live')).status).toBe(200);

      redis = await startRedis(redisPort);
      expect(
        await eventually(
          () => ready(api),
          (r) => r.body.status === 'ok',
        ),
      ).toMatchObject({ status: 200, body: { status: 'ok', info: { redis: { status: 'up' } } } });
      expect(
        (
          await eventually(
            () => ready(worker),
            (r) => r.status === 200,
          )
        ).status,
      ).toBe(200);
    } finally {
      warn.mockRestore();
    }
  }, 60_000);

  it('still takes the api out of service when PostgreSQL is unreachable', async () => {
    const proxy = await postgresProxy();
    const app = await startApp('api', { ...env(), DATABASE_URL: proxy.url });
    try {
      expect((await app.get('/health/ready')).status).toBe(200);
      await proxy.cut();
      const down = await eventually(
        () => app.get('/health/ready') as Promise<Readiness>,
        (r) => r.status === 503,
      );
      expect(down).toMatchObject({ status: 503, body: { status: 'error', error: { postgresql: { status: 'down' } } } });
      expect((await app.get('/health/live')).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 30_000);
});

describe('a database restart', () => {
  it('does not crash the api: pooled connections killed by the server are replaced', async () => {
    const api = await startApp('api');
    const admin = await connectAs('admin');
    try {
      const token = await tokenFor({ tenant: 'VT18' });
      expect((await api.gql('{ mijnOrganisatie { code } }', { token })).data).toEqual({ mijnOrganisatie: { code: 'VT18' } });
      // Only this app's pooled connections: other test files share the database (and the name vt-api).
      const pool = (api.app.get(APP_DATA_SOURCE) as { driver: { master: { _clients: { processID: number }[] } } }).driver.master;
      const pids = pool._clients.map((client) => client.processID);
      const killed = await admin.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [pids]);
      expect(killed.rowCount).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      let response = await api.gql('{ mijnOrganisatie { code } }', { token });
      // A query already on a dying connection may fail once; the next one must work.
      if (response.errors) response = await api.gql('{ mijnOrganisatie { code } }', { token });
      expect(response.data).toEqual({ mijnOrganisatie: { code: 'VT18' } });
    } finally {
      await admin.end();
      await api.close();
    }
  });
});

describe('start-up configuration errors', () => {
  // A fresh process loads every module before it reads its settings: on a loaded 2-core machine that
  // took more than 20 s once, so the spawn and the tests get room.
  jest.setTimeout(120_000);
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['apps/api/dist/main.js'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 100_000 });

  it('stops with one line naming a bad variable', () => {
    const result = run({ PORT: 'eighty' });
    expect(result.status).toBe(78);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Invalid configuration: PORT /);
  });

  it('names the database URL it cannot use', () => {
    const result = run({ DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/nothing', PORT: '39999' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/DATABASE_URL \(nobody@127\.0\.0\.1:1\/nothing\)/);
    expect(result.stderr).not.toMatch(/:x@/);
  });
});
