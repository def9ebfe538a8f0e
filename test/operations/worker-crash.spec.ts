import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Queue } from 'bullmq';
import type pg from 'pg';
import { KENGETALLEN } from '@vt/benchmark-kengetallen';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { requireEnv } from '../support/env.js';
import { freePort } from '../support/net.js';

/**
 * A worker process killed in the middle of a job: another worker takes the job over once its lock
 * expires, and the effect (the snapshot rows) happens exactly once. The job is held mid-way by a
 * row lock this test takes on the period it computes.
 */
describe('a worker killed mid-job', () => {
  let admin: pg.Client;
  let locker: pg.Client;
  let takeover: RunningApp | undefined;
  const env = { WORKER_LOCK_MS: '2000', QUEUE_PREFIX: `${requireEnv('QUEUE_PREFIX')}-crash`, LOG_LEVEL: 'silent' };

  beforeAll(async () => {
    [admin, locker] = await Promise.all([connectAs('admin'), connectAs('admin')]);
  });
  afterAll(async () => {
    await takeover?.close();
    await Promise.all([admin.end(), locker.end()]);
  });

  it('is completed by another worker with its effect exactly once', async () => {
    const tenant = await tenantIdOf('VT02');
    const periode = '2024';
    await admin.query(`INSERT INTO benchmark.periode_status (organisatie_id, periode) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      tenant,
      periode,
    ]);
    await locker.query('BEGIN');
    await locker.query(`SELECT 1 FROM benchmark.periode_status WHERE organisatie_id = $1 AND periode = $2 FOR UPDATE`, [tenant, periode]);

    const child = spawn(process.execPath, ['apps/worker/dist/main.js'], {
      env: { ...process.env, ...env, PORT: String(await freePort()) },
      stdio: 'ignore',
    });
    const exited = once(child, 'exit');
    const queue = new Queue('benchmark', { connection: { url: requireEnv('REDIS_URL') }, prefix: env.QUEUE_PREFIX }).on(
      'error',
      () => undefined,
    );
    try {
      const job = await queue.add('snapshot', { tenantId: tenant, periode, berekeningId: 'crash-test' }, { attempts: 3 });
      let state = '';
      for (let i = 0; i < 150 && state !== 'active'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        state = await job.getState();
      }
      expect(state).toBe('active'); // taken by the child, now waiting on our row lock
      child.kill('SIGKILL');
      await exited;
      await locker.query('COMMIT');

      takeover = await startApp('worker', env);
      for (let i = 0; i < 150 && state !== 'completed'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        state = await job.getState();
      }
      expect(state).toBe('completed');
      const { rows } = await admin.query(
        `SELECT count(*) FILTER (WHERE geldig_tot IS NULL)::int AS huidig, count(*) FILTER (WHERE geldig_tot IS NOT NULL)::int AS historisch
         FROM benchmark.kengetal_waarde WHERE organisatie_id = $1 AND periode = $2`,
        [tenant, periode],
      );
      expect(rows[0]).toEqual({ huidig: KENGETALLEN.length, historisch: 0 });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await queue.close();
    }
  }, 60_000);

  it('finishes the job in hand on SIGTERM before it exits, and takes no new ones', async () => {
    const tenant = await tenantIdOf('VT02');
    const periode = '2023';
    await admin.query(`INSERT INTO benchmark.periode_status (organisatie_id, periode) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      tenant,
      periode,
    ]);
    await locker.query('BEGIN');
    await locker.query(`SELECT 1 FROM benchmark.periode_status WHERE organisatie_id = $1 AND periode = $2 FOR UPDATE`, [tenant, periode]);
    const prefix = `${env.QUEUE_PREFIX}-term`;
    const port = await freePort();
    const child = spawn(process.execPath, ['apps/worker/dist/main.js'], {
      env: { ...process.env, ...env, QUEUE_PREFIX: prefix, PORT: String(port) },
      stdio: 'ignore',
    });
    const exited = once(child, 'exit');
    const queue = new Queue('benchmark', { connection: { url: requireEnv('REDIS_URL') }, prefix }).on('error', () => undefined);
    try {
      // The worker has started (its modules initialised, listening) before it gets the job: this is
      // about draining a running worker, not a SIGTERM during start-up (a CI run on a loaded machine
      // once found the job still active after the exit; start-up overlapping the signal is suspected).
      for (let i = 0; i < 300; i++) {
        const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (r) => r.ok,
          () => false,
        );
        if (ready) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const job = await queue.add('snapshot', { tenantId: tenant, periode, berekeningId: 'term-test' });
      let state = '';
      for (let i = 0; i < 150 && state !== 'active'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        state = await job.getState();
      }
      expect(state).toBe('active');
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const later = await queue.add('snapshot', { tenantId: tenant, periode: '2022', berekeningId: 'term-test' });
      await locker.query('COMMIT');
      await exited;
      expect(await job.getState()).toBe('completed');
      expect(await later.getState()).toBe('waiting'); // left for the next worker
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  }, 60_000);
});
