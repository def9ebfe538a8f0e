import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { ReferenceDb, TenantDb, kysely, sql } from '@vt/database';
import { OUTBOX_COLUMNS, coalesceOutbox } from './outbox-coalesce.js';
import type { OutboxPayload } from './outbox.js';
import { JOB_DEFAULTS } from './queues.js';
import { Queues } from './queues.service.js';
import { safeSummary } from '../runtime/safe-error.js';
import { outboxFailures, outboxRelayed } from '../runtime/observability/metrics.js';

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
  private lastError = '';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly referenceDb: ReferenceDb,
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
      const tenants = await this.referenceDb.read((m) =>
        kysely(m).selectFrom('referentie.organisatie').select('id').orderBy('code').execute(),
      );
      for (const t of tenants) this.pending.add(t.id);
      await this.drain();
    } catch (error) {
      this.warn(error);
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL, application_name: 'vt-outbox-listener' });
    client.on('error', (error) => {
      this.warn(error);
      this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.listen().catch((e) => this.warn(e)), 1000).unref();
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
          this.lastError = '';
        } catch (error) {
          outboxFailures.inc();
          this.warn(error);
          return; // Redis or the database is down: the sweep tries again.
        }
      }
    });
    return this.running;
  }

  private deliver(tenantId: string): Promise<number> {
    return this.tenantDb.runFor(tenantId, async (m) => {
      const batch = await kysely(m)
        .selectFrom('outbox')
        .select(OUTBOX_COLUMNS)
        .where('afgeleverd_op', 'is', null)
        .orderBy('id')
        .limit(500)
        .forUpdate()
        .skipLocked()
        .$narrowType<{ payload: OutboxPayload }>() // writeOutbox writes ids only
        .execute();
      if (batch.length === 0) return 0;
      for (const job of coalesceOutbox(batch)) {
        await (await this.queues.ready(job.queue)).add(job.name, { ...job.data, tenantId }, { ...JOB_DEFAULTS, jobId: job.jobId });
      }
      await kysely(m)
        .updateTable('outbox')
        .set((eb) => ({ afgeleverd_op: sql<Date>`now()`, pogingen: eb('pogingen', '+', 1) }))
        // One array parameter whatever the batch size.
        .where((eb) => eb('id', '=', eb.fn.any(eb.val(batch.map((r) => r.id)))))
        .execute();
      outboxRelayed.inc(batch.length);
      return batch.length;
    });
  }

  private warn(error: unknown): void {
    const message = safeSummary(error);
    if (message !== this.lastError) this.logger.warn(`outbox delivery paused: ${message}`);
    this.lastError = message;
  }
}
