import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type pg from 'pg';
import { Queue } from 'bullmq';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, inTenant, tenantIdOf } from '../support/db.js';
import { requireEnv } from '../support/env.js';
import { tokenFor } from '../support/tokens.js';
import { nieuweMelding } from '../support/casework.js';
import { M, Proces, TAXATIE } from '../support/proces.js';
import { freePort, startRedis } from '../support/net.js';

async function eventually<T>(check: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Outbox, deadline tasks and a Redis outage, with a Redis of this test's own (VT10). */
describe('background work', () => {
  let redisPort: number;
  let redis: ChildProcess;
  let api: RunningApp;
  let worker: RunningApp;
  let admin: pg.Client;
  let tenant: string;
  const env = () => ({
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    QUEUE_PREFIX: `${requireEnv('QUEUE_PREFIX')}-bw`,
    OUTBOX_RELAY: 'true',
  });

  const outbox = async () =>
    (
      await admin.query(
        `SELECT count(*)::int AS totaal, count(*) FILTER (WHERE afgeleverd_op IS NULL)::int AS open FROM outbox WHERE tenant_id = $1`,
        [tenant],
      )
    ).rows[0] as { totaal: number; open: number };
  const taken = async () =>
    (await admin.query(`SELECT soort, melding_id, casus_id, signaal FROM taak WHERE tenant_id = $1 ORDER BY soort, melding_id`, [tenant]))
      .rows as { soort: string; melding_id: string; casus_id: string; signaal: string }[];

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    admin = await connectAs('admin');
    tenant = await tenantIdOf('VT10');
    [api, worker] = await Promise.all([startApp('api', env()), startApp('worker', env())]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([api.close(), worker.close(), admin.end()]);
    redis.kill('SIGKILL');
  });

  it('a rolled-back transaction leaves nothing in the outbox', async () => {
    const app = await connectAs('application');
    try {
      const before = await outbox();
      await expect(
        inTenant(app, tenant, async () => {
          await app.query(`INSERT INTO outbox (queue, job_naam) VALUES ('deadlines', 'herbereken')`);
          throw new Error('change failed');
        }),
      ).rejects.toThrow('change failed');
      expect((await outbox()).totaal).toBe(before.totaal);
    } finally {
      await app.end();
    }
  });

  it('turns overdue work into tasks and removes them when the work moves on', async () => {
    const mw = await tokenFor({ tenant: 'VT10', roles: ['medewerker'], user: 'bw-1' });
    const melding = await nieuweMelding(api, mw, { ontvangenOp: '2026-03-02T10:00:00+01:00' });
    // The melding's statutory notifications are tasks too (kennisgeving.spec); this test follows the beoordeling.
    const mine = (rows: { soort: string; melding_id: string; signaal: string }[]) =>
      rows.filter((r) => r.melding_id === melding.id && r.soort !== 'KENNISGEVING').map((r) => `${r.soort}:${r.signaal}`);
    // A melding of March is also overdue for its same-day screening; screened, that task goes and the beoordeling's stays.
    expect(mine(await eventually(taken, (r) => mine(r).length > 1))).toEqual(['BEOORDELEN:VERLOPEN', 'SCREENEN:VERLOPEN']);
    const gescreend = await new Proces(api).call<{ versie: number }>(mw, M.screen, {
      input: { meldingId: melding.id, versie: melding.versie, uitkomst: 'NIET_ACUUT' },
    });
    expect(mine(await eventually(taken, (r) => mine(r).length === 1))).toEqual(['BEOORDELEN:VERLOPEN']);
    const graphql = await api.gql<{ taken: { edges: { node: { meldingId: string; signaal: string; werkdagenResterend: number } }[] } }>(
      `{ taken(first: 100) { edges { node { meldingId signaal werkdagenResterend } } } }`,
      { token: mw },
    );
    expect(graphql.data!.taken.edges.find((e) => e.node.meldingId === melding.id)!.node.werkdagenResterend).toBeLessThan(0);

    // Another region sees none of these tasks.
    const ander = await api.gql<{ taken: { edges: { node: { meldingId: string } }[] } }>(
      `{ taken(first: 100) { edges { node { meldingId } } } }`,
      { token: await tokenFor({ tenant: 'VT11', roles: ['medewerker'] }) },
    );
    expect(ander.data!.taken.edges.map((e) => e.node.meldingId)).not.toContain(melding.id);

    // A change to another casus recomputes only that casus: this task stays.
    const tweede = await nieuweMelding(api, mw, { ontvangenOp: '2026-03-02T10:00:00+01:00' });
    const beide = await eventually(taken, (r) => r.some((t) => t.melding_id === tweede.id));
    expect(beide.find((t) => t.melding_id === tweede.id)!.casus_id).not.toBe(beide.find((t) => t.melding_id === melding.id)?.casus_id);
    expect(mine(beide)).toEqual(['BEOORDELEN:VERLOPEN']);

    const p = new Proces(api);
    const b = await p.call<{ id: string; versie: number }>(mw, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: gescreend.versie, taxatie: TAXATIE, besluit: 'GEEN_VERVOLGSTAPPEN' },
    });
    expect(mine(await eventually(taken, (r) => mine(r)[0] === 'TOETSEN:VERLOPEN'))).toEqual(['TOETSEN:VERLOPEN']);
    await p.call(await tokenFor({ tenant: 'VT10', roles: ['medewerker'], user: 'bw-2' }), M.toets, {
      input: { beoordelingId: b.id, versie: b.versie, akkoord: true },
    });
    expect(mine(await eventually(taken, (r) => mine(r).length === 0))).toEqual([]);
    expect((await outbox()).open).toBe(0);
  });

  it('gives outbox jobs ids that reveal nothing about other regions when two regions write alternately', async () => {
    const vt11 = await tenantIdOf('VT11');
    const tokens = [
      await tokenFor({ tenant: 'VT10', roles: ['medewerker'], user: 'bw-4' }),
      await tokenFor({ tenant: 'VT11', roles: ['medewerker'], user: 'bw-5' }),
    ];
    for (let i = 0; i < 3; i++) for (const token of tokens) await nieuweMelding(api, token, { ontvangenOp: '2026-03-02T10:00:00+01:00' });
    const open = async () =>
      (await admin.query(`SELECT count(*)::int AS n FROM outbox WHERE tenant_id = ANY($1) AND afgeleverd_op IS NULL`, [[tenant, vt11]]))
        .rows[0].n as number;
    expect(await eventually(open, (n) => n === 0, 30_000)).toBe(0);

    const queue = new Queue('deadlines', { connection: { host: '127.0.0.1', port: redisPort }, prefix: env().QUEUE_PREFIX }).on(
      'error',
      () => undefined,
    );
    try {
      const jobs = (await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed'])).filter((j) =>
        j.id!.startsWith('outbox-'),
      );
      const eigen = jobs.filter((j) => j.data.tenantId === tenant).map((j) => j.id!);
      expect(eigen.length).toBeGreaterThan(0);
      expect(jobs.some((j) => j.data.tenantId === vt11)).toBe(true);
      // A row's random uuid or a hash of several: no number whose gaps count the other region's jobs.
      for (const id of eigen) expect(id).toMatch(/^outbox-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/);
      const sleutels = new Set(
        (await admin.query(`SELECT sleutel::text FROM outbox WHERE tenant_id = $1`, [tenant])).rows.map((r) => `outbox-${r.sleutel}`),
      );
      const volgnummers = (await admin.query(`SELECT id::text FROM outbox WHERE tenant_id = $1`, [tenant])).rows.map((r) => r.id as string);
      expect(eigen.filter((id) => id.length === 'outbox-'.length + 36).every((id) => sleutels.has(id))).toBe(true);
      expect(eigen.filter((id) => volgnummers.some((n) => id.endsWith(`-${n}`) || id === `outbox-${n}`))).toEqual([]);
    } finally {
      await queue.close();
    }
  }, 60_000);

  it('keeps accepting changes while Redis is down and delivers every job once it is back', async () => {
    const mw = await tokenFor({ tenant: 'VT10', roles: ['medewerker'], user: 'bw-3' });
    redis.kill('SIGKILL');
    await once(redis, 'exit');
    const meldingen = [];
    for (let i = 0; i < 3; i++) meldingen.push(await nieuweMelding(api, mw, { ontvangenOp: '2026-03-02T10:00:00+01:00' }));
    // The api stays in service (degraded); the worker, which needs Redis for its work, is not ready.
    expect(await api.get('/health/ready')).toMatchObject({
      status: 200,
      body: { status: 'degraded', degraded: { redis: { status: 'down' } } },
    });
    expect((await worker.get('/health/ready')).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await outbox()).open).toBeGreaterThanOrEqual(3);

    redis = await startRedis(redisPort);
    const delivered = await eventually(outbox, (o) => o.open === 0, 30_000);
    expect(delivered.open).toBe(0);
    const ids = meldingen.map((m) => m.id);
    const rows = await eventually(taken, (r) => ids.every((id) => r.some((t) => t.melding_id === id)), 20_000);
    // Each melding has its beoordeling and its (overdue) screening task, once.
    expect(
      ids.map((id) =>
        rows
          .filter((t) => t.melding_id === id && t.soort !== 'KENNISGEVING')
          .map((t) => t.soort)
          .sort(),
      ),
    ).toEqual([
      ['BEOORDELEN', 'SCREENEN'],
      ['BEOORDELEN', 'SCREENEN'],
      ['BEOORDELEN', 'SCREENEN'],
    ]);
    expect(
      (
        await eventually(
          () => api.get('/health/ready'),
          (r) => (r.body as { status?: string }).status === 'ok',
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await eventually(
          () => worker.get('/health/ready'),
          (r) => r.status === 200,
        )
      ).status,
    ).toBe(200);

    // Every outbox row became at most one job: job ids come from the rows.
    const queue = new Queue('deadlines', { connection: { host: '127.0.0.1', port: redisPort }, prefix: env().QUEUE_PREFIX }).on(
      'error',
      () => undefined,
    );
    try {
      const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed']);
      const ids = jobs.map((j) => j.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(
        ids.every(
          (id) =>
            /^outbox-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/.test(id!) ||
            /^dagelijks-/.test(id!) ||
            /^repeat:/.test(id!),
        ),
      ).toBe(true);

      // Job status: the region's functioneel-beheerder sees its jobs, another region's does not.
      const eigenJob = jobs.find((j) => j.data.tenantId === tenant)!;
      const query = `query($id: ID!) { job(queue: DEADLINES, id: $id) { id naam status pogingen } }`;
      const eigen = await api.gql<{ job: { id: string; naam: string; status: string } | null }>(query, {
        token: await tokenFor({ tenant: 'VT10', roles: ['functioneel-beheerder'] }),
        variables: { id: eigenJob.id },
      });
      // The contract's JobState, never BullMQ's own strings ('waiting-children', ...).
      expect(eigen.data!.job).toMatchObject({
        id: eigenJob.id,
        naam: 'herbereken',
        status: expect.stringMatching(/^(WAITING|PRIORITIZED|DELAYED|ACTIVE|COMPLETED|FAILED)$/),
      });
      const vreemd = await api.gql<{ job: unknown }>(query, {
        token: await tokenFor({ tenant: 'VT11', roles: ['functioneel-beheerder'] }),
        variables: { id: eigenJob.id },
      });
      expect(vreemd).toEqual({ data: { job: null } });
    } finally {
      await queue.close();
    }
  }, 90_000);

  it('fails a deadline job without a tenant and touches nothing', async () => {
    const queue = new Queue('deadlines', { connection: { host: '127.0.0.1', port: redisPort }, prefix: env().QUEUE_PREFIX }).on(
      'error',
      () => undefined,
    );
    try {
      // This file's region: other files recompute their own regions' tasks at the same time.
      const before = await admin.query(`SELECT count(*)::int AS n FROM taak WHERE tenant_id = $1`, [tenant]);
      const job = await queue.add('herbereken', {}, { attempts: 3 });
      const state = await eventually(
        () => job.getState(),
        (s) => s === 'failed',
        10_000,
      );
      expect(state).toBe('failed');
      expect((await queue.getJob(job.id!))!.failedReason).toMatch(/no valid tenant/);
      expect((await admin.query(`SELECT count(*)::int AS n FROM taak WHERE tenant_id = $1`, [tenant])).rows[0].n).toBe(before.rows[0].n);

      const beheerder = await tokenFor({ tenant: 'VT10', roles: ['functioneel-beheerder'] });
      const mislukt = await eventually(
        () => api.gql<{ mislukteJobs: { id: string }[] }>(`{ mislukteJobs(queue: DEADLINES) { id } }`, { token: beheerder }),
        (r) => Boolean(r.data?.mislukteJobs),
      );
      expect(mislukt.errors).toBeUndefined();
      expect(mislukt.data!.mislukteJobs.map((j) => j.id)).not.toContain(job.id); // it belongs to no region
      const retry = await api.gql(`mutation($id: ID!) { herstartJob(queue: DEADLINES, id: $id) { id } }`, {
        token: beheerder,
        variables: { id: job.id },
      });
      expect(retry.errors?.[0]?.extensions?.code).toBe('NIET_GEVONDEN');
      expect(await job.getState()).toBe('failed');
    } finally {
      await queue.close();
    }
  });
});
