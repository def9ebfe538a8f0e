import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import client from 'prom-client';
import { ReferenceDb, TenantDb, kysely } from '@vt/database';
import { safeSummary } from '../runtime/safe-error.js';
import { registered, within } from '../runtime/observability/metrics.js';

const TIMEOUT_MS = 2000;
const sources = new Set<OutboxBacklogMetrics>();

registered(
  'vt_outbox_backlog',
  () =>
    new client.Gauge({
      name: 'vt_outbox_backlog',
      help: 'Outbox rows not yet relayed to Redis, per region code, counted on scrape (no series when PostgreSQL did not answer within 2 s)',
      labelNames: ['regio'],
      async collect() {
        this.reset();
        const source = sources.values().next().value;
        if (!source) return;
        for (const [regio, open] of await source.count()) this.set({ regio }, open);
      },
    }),
);

/**
 * Counts each region's undelivered outbox rows for vt_outbox_backlog. Forced row-level security
 * lets no role count every region at once, so it is one short tenant transaction per region
 * (the partial index outbox_open_idx answers each); registered by the worker that relays.
 */
@Injectable()
export class OutboxBacklogMetrics implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxBacklogMetrics.name);

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly referenceDb: ReferenceDb,
  ) {}

  onModuleInit(): void {
    sources.add(this);
  }

  onApplicationShutdown(): void {
    sources.delete(this);
  }

  async count(): Promise<Array<[string, number]>> {
    try {
      return await within(this.countAll(), TIMEOUT_MS);
    } catch (error) {
      this.logger.warn(`outbox backlog not counted: ${safeSummary(error)}`);
      return [];
    }
  }

  private async countAll(): Promise<Array<[string, number]>> {
    const regios = await this.referenceDb.read((m) =>
      kysely(m).selectFrom('referentie.organisatie').select(['id', 'code']).orderBy('code').execute(),
    );
    const result: Array<[string, number]> = [];
    for (const regio of regios) {
      const row = await this.tenantDb.runFor(regio.id, (m) =>
        kysely(m)
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<string>().as('open'))
          .where('afgeleverd_op', 'is', null)
          .executeTakeFirstOrThrow(),
      );
      result.push([regio.code, Number(row.open)]);
    }
    return result;
  }
}
