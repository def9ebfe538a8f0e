import client from 'prom-client';
import type { Pool } from 'pg';

/**
 * Database series in the process's Prometheus registry (prom-client's default one, which /metrics
 * serves). Labels name the pool (the app's application_name) and the kind of transaction, never a
 * tenant.
 */
const pools = new Map<Pool, string>();

function registered<T>(name: string, create: () => T): T {
  return (client.register.getSingleMetric(name) as T | undefined) ?? create();
}

registered(
  'vt_db_pool_connections',
  () =>
    new client.Gauge({
      name: 'vt_db_pool_connections',
      help: 'PostgreSQL pool connections by state: total (open), idle, waiting (callers queued for a connection)',
      labelNames: ['pool', 'state'],
      collect() {
        this.reset();
        for (const [pool, name] of pools) {
          const p = pool as Pool & { ending?: boolean; ended?: boolean };
          if (p.ending || p.ended) {
            pools.delete(pool);
            continue;
          }
          this.inc({ pool: name, state: 'total' }, pool.totalCount);
          this.inc({ pool: name, state: 'idle' }, pool.idleCount);
          this.inc({ pool: name, state: 'waiting' }, pool.waitingCount);
        }
      },
    }),
);

const transactionDuration = registered(
  'vt_db_transaction_duration_seconds',
  () =>
    new client.Histogram({
      name: 'vt_db_transaction_duration_seconds',
      help: 'Duration of TenantDb/ReferenceDb transactions (connection wait included) by kind and outcome',
      labelNames: ['kind', 'outcome'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    }),
);

/** Adds a pool to vt_db_pool_connections (removed again once it ends). */
export function observePool(pool: Pool, name: string): void {
  pools.set(pool, name);
}

/** kind: run (TenantDb.run/runFor), shared-read (a GraphQL query's one transaction), reference. */
export type TransactionKind = 'tenant' | 'shared-read' | 'reference';

export function observeTransaction(kind: TransactionKind, startedAt: bigint, outcome: 'commit' | 'rollback'): void {
  transactionDuration.observe({ kind, outcome }, Number(process.hrtime.bigint() - startedAt) / 1e9);
}
