import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { TenantContext, assertTenantId } from './tenant-context.js';

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

  /** Runs work for the tenant of the current request or job; fails closed without one. */
  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.runFor(this.context.requireTenantId(), work);
  }

  /** Runs work for an explicitly named tenant (job handlers restore it from the job). */
  async runFor<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    assertTenantId(tenantId);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      return work(manager);
    });
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
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.tenant_id', '', true)`);
      await manager.query('SET TRANSACTION READ ONLY');
      return work(manager);
    });
  }
}

export { assertTenantId };
