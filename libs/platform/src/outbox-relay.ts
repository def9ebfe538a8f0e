import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { ReferenceDb, TenantDb, rows } from '@vt/database';
import { JOB_DEFAULTS } from './queues.js';
import { Queues } from './queues.service.js';
import { safeSummary } from './safe-error.js';

export interface OutboxRow {
  /** Internal delivery order: a table-wide sequence, never exposed. */
  id: string;
  /** Random uuid of the row: job ids derive from it. */
  sleutel: string;
  queue: string;
  job_naam: string;
  payload: Record<string, unknown>;
}

const SWEEP_MS = 5000;

/**
 * Delivers outbox rows to Redis after their transaction committed. Woken by NOTIFY, and sweeping
 * every tenant every few seconds so nothing waits for a lost notification. Rows are claimed with
 * SKIP LOCKED (several worker replicas share the work) and enqueued with a job id derived from the
 * row, so a crash between enqueue and marking delivered cannot create a second job.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private readonly pending = new Set<string>();
  private running: Promise<void> = Promise.resolve();
  private laatsteFout = '';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly referentie: ReferenceDb,
    private readonly queues: Queues,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
    void this.sweep();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
  }

  /** Delivers everything pending for every tenant (also used by tests and the daily sweep). */
  async sweep(): Promise<void> {
    if (this.stopped) return;
    try {
      const tenants = await this.referentie.read((m) => rows<{ id: string }>(m, `SELECT id FROM referentie.organisatie ORDER BY code`));
      for (const t of tenants) this.pending.add(t.id);
      await this.drain();
    } catch (error) {
      this.meld(error);
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL, application_name: 'vt-outbox-listener' });
    client.on('error', (error) => {
      this.meld(error);
      this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.listen().catch((e) => this.meld(e)), 1000).unref();
    });
    client.on('notification', (message) => {
      if (message.payload) this.pending.add(message.payload);
      void this.drain();
    });
    await client.connect();
    await client.query('LISTEN vt_outbox');
    this.listener = client;
  }

  private drain(): Promise<void> {
    // One drain at a time per process; notifications during a drain are picked up by the loop.
    this.running = this.running.then(async () => {
      while (this.pending.size > 0 && !this.stopped) {
        const tenantId = this.pending.values().next().value as string;
        this.pending.delete(tenantId);
        try {
          while ((await this.deliver(tenantId)) > 0 && !this.stopped);
          this.laatsteFout = '';
        } catch (error) {
          this.meld(error);
          return; // Redis or the database is down: the sweep tries again.
        }
      }
    });
    return this.running;
  }

  private deliver(tenantId: string): Promise<number> {
    return this.tenantDb.runFor(tenantId, async (m) => {
      const batch = await rows<OutboxRow>(
        m,
        `SELECT id::text, sleutel::text, queue, job_naam, payload FROM outbox WHERE afgeleverd_op IS NULL ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED`,
      );
      if (batch.length === 0) return 0;
      for (const job of samenvoegen(batch)) {
        await (await this.queues.klaar(job.queue)).add(job.naam, { ...job.data, tenantId }, { ...JOB_DEFAULTS, jobId: job.jobId });
      }
      await m.query(`UPDATE outbox SET afgeleverd_op = now(), pogingen = pogingen + 1 WHERE id = ANY($1::bigint[])`, [
        batch.map((r) => r.id),
      ]);
      return batch.length;
    });
  }

  private meld(error: unknown): void {
    const message = safeSummary(error);
    if (message !== this.laatsteFout) this.logger.warn(`outbox delivery paused: ${message}`);
    this.laatsteFout = message;
  }
}

interface SamengevoegdeJob {
  queue: string;
  naam: string;
  data: Record<string, unknown>;
  jobId: string;
}

/**
 * Coalesces a batch: identical jobs become one, and jobs that differ only in `casusId` become one
 * job carrying `casusIds` (a row without a casusId means "the whole region" and absorbs them).
 * The job id derives from the random uuids of exactly the rows it covers (the row's own uuid, or a
 * hash of all of them), so re-delivering the same rows after a crash is deduplicated by BullMQ,
 * while a batch that gained rows becomes a new job (nothing is lost). Job ids are shown to the
 * functioneel-beheerder: they never carry the table-wide sequence, which would reveal how much
 * work other regions queued in between.
 */
export function samenvoegen(batch: readonly OutboxRow[]): SamengevoegdeJob[] {
  const groepen = new Map<string, { rijen: OutboxRow[]; casusIds: Set<string> | null }>();
  for (const row of batch) {
    const { casusId, ...rest } = row.payload;
    const key = `${row.queue}|${row.job_naam}|${JSON.stringify(rest)}`;
    let groep = groepen.get(key);
    if (!groep) groepen.set(key, (groep = { rijen: [], casusIds: new Set() }));
    groep.rijen.push(row);
    if (typeof casusId !== 'string') groep.casusIds = null;
    else groep.casusIds?.add(casusId);
  }
  return [...groepen.values()].map(({ rijen, casusIds }) => {
    const { casusId: _casusId, ...rest } = rijen[0].payload;
    return {
      queue: rijen[0].queue,
      naam: rijen[0].job_naam,
      data: casusIds ? { ...rest, casusIds: [...casusIds] } : rest,
      jobId: jobIdVan(rijen),
    };
  });
}

/** `outbox-<uuid>` for one row, `outbox-<128-bit hash of the rows' uuids>` for a merged group. */
function jobIdVan(rijen: readonly OutboxRow[]): string {
  if (rijen.length === 1) return `outbox-${rijen[0].sleutel}`;
  return `outbox-${createHash('sha256')
    .update(rijen.map((r) => r.sleutel).join(','))
    .digest('hex')
    .slice(0, 32)}`;
}
