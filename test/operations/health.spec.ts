import { spawnSync } from 'node:child_process';
import { connectAs } from '../support/db.js';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';

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
    expect(body).toMatchObject({ status: 'ok', info: { postgresql: { status: 'up' }, ...(kind === 'benchmark' ? {} : { redis: { status: 'up' } }) } });
    if (kind === 'benchmark') expect(JSON.stringify(body)).not.toMatch(/redis/);
  });
});

describe('readiness when Redis is unreachable', () => {
  it('reports the outage with 503 while liveness stays up', async () => {
    const running = await startApp('api', { REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const ready = await running.get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'error', error: { redis: { status: 'down' } } });
      expect((await running.get('/health/live')).status).toBe(200);
    } finally {
      await running.close();
    }
  });
});

describe('a database restart', () => {
  it('does not crash the api: pooled connections killed by the server are replaced', async () => {
    const api = await startApp('api');
    const admin = await connectAs('admin');
    try {
      const token = await tokenFor({ tenant: 'VT18' });
      expect((await api.gql('{ mijnOrganisatie { code } }', { token })).data).toEqual({ mijnOrganisatie: { code: 'VT18' } });
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'vt-api' AND datname = current_database()`,
      );
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
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['apps/api/dist/main.js'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20000 });

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
