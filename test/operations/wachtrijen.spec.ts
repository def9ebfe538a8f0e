import { readFileSync } from 'node:fs';
import { Queue, Worker } from 'bullmq';
import { startApp, type RunningApp } from '../support/app.js';
import { tenantIdOf } from '../support/db.js';
import { requireEnv } from '../support/env.js';
import { tokenFor } from '../support/tokens.js';

interface Stand {
  queue: string;
  wachtend: number;
  actief: number;
  uitgesteld: number;
  mislukt: number;
  voltooidLaatste24Uur: number;
}
const STAND = '{ wachtrijen { queue wachtend actief uitgesteld mislukt voltooidLaatste24Uur } }';
const nul = { wachtend: 0, actief: 0, uitgesteld: 0, mislukt: 0, voltooidLaatste24Uur: 0 };

/** Queue depth of the own region for the functioneel-beheerder (issue 19 point 6), on queues of this file's own prefix. */
describe('wachtrijen (job administration: queue depth)', () => {
  const prefix = `${requireEnv('QUEUE_PREFIX')}-wr`;
  const redis = new URL(requireEnv('REDIS_URL'));
  const connection = { host: redis.hostname, port: Number(redis.port || 6379) };
  let api: RunningApp;
  let regioA: string;
  let regioB: string;
  const queues: Queue[] = [];
  const queue = (name: string) => {
    const q = new Queue(name, { connection, prefix }).on('error', () => undefined);
    queues.push(q);
    return q;
  };

  beforeAll(async () => {
    // No outbox relay: it would put other files' jobs into this file's queues.
    api = await startApp('api', { QUEUE_PREFIX: prefix, OUTBOX_RELAY: 'false' });
    [regioA, regioB] = await Promise.all([tenantIdOf('VT05'), tenantIdOf('VT06')]);
    await Promise.all(['deadlines', 'benchmark', 'bewaartermijn'].map((name) => queue(name).obliterate({ force: true })));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(queues.map((q) => q.obliterate({ force: true }).catch(() => undefined)));
    await Promise.all([api.close(), ...queues.map((q) => q.close())]);
  });

  const stand = async (token: string) => {
    const response = await api.gql<{ wachtrijen: Stand[] }>(STAND, { token });
    expect(response.errors).toBeUndefined();
    return Object.fromEntries(response.data!.wachtrijen.map(({ queue, ...counts }) => [queue, counts]));
  };

  it('counts the jobs of the own region per queue and state, and nothing of another region', async () => {
    const beheerderA = await tokenFor({ tenant: 'VT05', roles: ['functioneel-beheerder'] });
    const beheerderB = await tokenFor({ tenant: 'VT06', roles: ['functioneel-beheerder'] });
    expect(await stand(beheerderA)).toEqual({ DEADLINES: nul, BENCHMARK: nul, BEWAARTERMIJN: nul });

    // A failed and a completed job for region A, a failed one for region B, run by a worker of this test.
    const benchmark = queue('benchmark');
    await benchmark.add('faal', { tenantId: regioA }, { attempts: 1 });
    await benchmark.add('ok', { tenantId: regioA }, { attempts: 1 });
    await benchmark.add('faal', { tenantId: regioB }, { attempts: 1 });
    const worker = new Worker(
      'benchmark',
      async (job) => {
        if (job.name === 'faal') throw new Error('opzettelijk mislukt');
      },
      { connection, prefix },
    ).on('error', () => undefined);
    try {
      const deadline = Date.now() + 20_000;
      while ((await benchmark.getJobCounts('failed', 'completed')).failed < 2 || (await benchmark.getCompletedCount()) < 1) {
        if (Date.now() > deadline) throw new Error('the worker did not finish the jobs');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await worker.close();
    }
    // Waiting and delayed jobs (no worker runs on deadlines).
    const deadlines = queue('deadlines');
    await deadlines.add('herbereken', { tenantId: regioA });
    await deadlines.add('herbereken', { tenantId: regioA });
    await deadlines.add('herbereken', { tenantId: regioB });
    await deadlines.add('herbereken', { tenantId: regioA }, { delay: 3_600_000 });
    await deadlines.add('herbereken', { tenantId: regioB }, { delay: 3_600_000 });
    await deadlines.add('herbereken', {}); // no region: nobody's

    expect(await stand(beheerderA)).toEqual({
      DEADLINES: { ...nul, wachtend: 2, uitgesteld: 1 },
      BENCHMARK: { ...nul, mislukt: 1, voltooidLaatste24Uur: 1 },
      BEWAARTERMIJN: nul,
    });
    expect(await stand(beheerderB)).toEqual({
      DEADLINES: { ...nul, wachtend: 1, uitgesteld: 1 },
      BENCHMARK: { ...nul, mislukt: 1 },
      BEWAARTERMIJN: nul,
    });
  }, 60_000);

  it('refuses a medewerker and a teammanager', async () => {
    for (const roles of [['medewerker'], ['teammanager']]) {
      const response = await api.gql(STAND, { token: await tokenFor({ tenant: 'VT05', roles }) });
      expect(response.data?.wachtrijen ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('has only counts in its type: no job data, names or errors', () => {
    const schema = readFileSync('apps/api/schema.gql', 'utf8');
    const type = /\ntype WachtrijStand \{([^}]*)\}/.exec(schema)?.[1] ?? '';
    const velden = [...type.matchAll(/^\s+(\w+):\s*([\w!]+)/gm)].map(([, naam, soort]) => `${naam}: ${soort}`);
    expect(velden.sort()).toEqual([
      'actief: Int!',
      'mislukt: Int!',
      'queue: JobQueue!',
      'uitgesteld: Int!',
      'voltooidLaatste24Uur: Int!',
      'wachtend: Int!',
    ]);
  });
});
