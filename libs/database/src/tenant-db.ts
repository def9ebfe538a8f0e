import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { TenantContext, type ReadTransaction } from './tenant-context.js';
import { tenantBeginStatement } from './tenant-transaction.js';
import { observeTransaction, type TransactionKind } from './metrics.js';
import { beginReadStatements, keepBeginReads } from './begin-reads.js';

export const APP_DATA_SOURCE = Symbol('APP_DATA_SOURCE');

/**
 * The only way application code reaches tenant data. Every unit of work runs in its own
 * transaction whose first statement sets the tenant transaction-locally, so a pooled connection
 * can never carry one region's tenant into another's work, and row-level security filters
 * everything the work touches.
 */
@Injectable()
export class TenantDb {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly context: TenantContext,
  ) {}

  /**
   * Runs work for the tenant of the current request or job; fails closed without one. In a
   * GraphQL query (read-only operation) all units of the request share one transaction, opened
   * on first use (see ReadTransaction); changes always get a transaction of their own.
   */
  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const tenantId = this.context.requireTenantId();
    const gedeeld = this.context.readTransaction;
    if (gedeeld && !gedeeld.failed) {
      gedeeld.runner ??= openTransactie(this.dataSource, tenantBeginStatement(tenantId) + beginReadStatements());
      const runner = await gedeeld.runner;
      gedeeld.actief = runner;
      try {
        return await work(runner.manager);
      } catch (error) {
        // A failed statement aborts the shared transaction: later units of this request get their own.
        if ((error as { code?: unknown }).code !== undefined || (error as Error).name === 'QueryFailedError') gedeeld.failed = true;
        throw error;
      }
    }
    // The request's own transaction: its BEGIN round trip also brings the begin reads (settings, calendar).
    return inTransaction(this.dataSource, tenantBeginStatement(tenantId) + beginReadStatements(), work, 'tenant');
  }

  /** Runs work for an explicitly named tenant (job handlers restore it from the job). */
  async runFor<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, tenantBeginStatement(tenantId), work, 'tenant');
  }
}

/**
 * Read-only access to the public reference data (organisaties, regio's, gemeenten). The tenant is
 * explicitly cleared first, so any tenant table reached by mistake yields no rows.
 */
@Injectable()
export class ReferenceDb {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, `BEGIN READ ONLY; SELECT set_config('app.tenant_id', '', true)`, work, 'reference');
  }
}

/** When each shared read transaction started (for vt_db_transaction_duration_seconds). */
const geopend = new WeakMap<QueryRunner, bigint>();

async function openTransactie(dataSource: DataSource, begin: string): Promise<QueryRunner> {
  const startedAt = process.hrtime.bigint();
  const runner = dataSource.createQueryRunner();
  geopend.set(runner, startedAt);
  const client = (await runner.connect()) as { query(text: string): Promise<unknown> };
  try {
    // On the pg client itself: a multi-statement BEGIN returns one result per statement.
    keepBeginReads(runner, await client.query(begin));
    return runner;
  } catch (error) {
    await runner.release();
    throw error;
  }
}

/**
 * Ends a request's shared read transaction. After a failed statement it rolls back and throws:
 * the access-log entries of the reads in it are gone, so their data must not be sent either.
 */
export async function closeReadTransaction(transactie: ReadTransaction): Promise<void> {
  if (!transactie.runner) return;
  const runner = await transactie.runner.catch(() => undefined);
  if (!runner) return;
  try {
    if (transactie.failed) {
      await runner.query('ROLLBACK');
    } else {
      // One round trip: the deferred statements and the COMMIT as one simple query.
      try {
        await runner.query([...transactie.beforeCommit.map((bouw) => bouw()), 'COMMIT'].join(';\n'));
      } catch (error) {
        transactie.failed = true;
        await runner.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    }
  } finally {
    await runner.release();
    const startedAt = geopend.get(runner);
    if (startedAt !== undefined) observeTransaction('shared-read', startedAt, transactie.failed ? 'rollback' : 'commit');
  }
  if (transactie.failed) throw new Error('a statement of the shared read transaction failed; it was rolled back');
}

/** A transaction on its own pooled connection, opened by `begin` (which must start with BEGIN). */
async function inTransaction<T>(
  dataSource: DataSource,
  begin: string,
  work: (manager: EntityManager) => Promise<T>,
  kind: TransactionKind,
): Promise<T> {
  const startedAt = process.hrtime.bigint();
  let outcome: 'commit' | 'rollback' = 'rollback';
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as { query(text: string): Promise<unknown> };
  try {
    keepBeginReads(runner, await client.query(begin));
    const result = await work(runner.manager);
    await runner.query('COMMIT');
    outcome = 'commit';
    return result;
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
    observeTransaction(kind, startedAt, outcome);
  }
}
