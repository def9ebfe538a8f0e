import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { TenantContext } from './tenant-context.js';
import { tenantBeginStatement } from './tenant-transaction.js';

const POOL_SIZE = 4;

/**
 * One short statement for the current tenant that commits on its own, whatever happens to the
 * caller's transaction. For counters: a counter row locked until the caller's much longer
 * transaction commits would serialise all of a region's registrations. The statement has a small
 * pool of its own, so a caller that holds a connection of the main pool while it waits here can
 * never deadlock the main pool. The tenant is set first, as in TenantDb.
 */
@Injectable()
export class AutonomeTransactie implements OnApplicationShutdown {
  private readonly logger = new Logger(AutonomeTransactie.name);
  private pool?: pg.Pool;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly context: TenantContext,
  ) {}

  async voerUit<T extends object>(statement: string, params: unknown[]): Promise<T[]> {
    const begin = tenantBeginStatement(this.context.requireTenantId());
    const client = await this.getPool().connect();
    try {
      await client.query(begin);
      const result = await client.query<T>(statement, params);
      await client.query('COMMIT');
      return result.rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.end();
  }

  private getPool(): pg.Pool {
    if (!this.pool) {
      this.pool = new pg.Pool({
        connectionString: this.config.DATABASE_URL,
        max: POOL_SIZE,
        application_name: 'vt-autonoom',
        statement_timeout: this.config.DATABASE_STATEMENT_TIMEOUT_MS,
        connectionTimeoutMillis: 5000,
      });
      this.pool.on('error', (error) =>
        this.logger.warn(`PostgreSQL pool connection error (the pool replaces the connection): ${error.message}`),
      );
    }
    return this.pool;
  }
}
