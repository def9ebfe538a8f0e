import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { DATE_AS_TEXT } from './data-source.js';
import { boundKysely, type Db } from './kysely.js';
import { TenantContext } from './tenant-context.js';
import { tenantBeginStatement } from './tenant-transaction.js';

const POOL_SIZE = 4;

/**
 * Short work for the current tenant that commits on its own, whatever happens to the caller's
 * transaction. For counters: a counter row locked until the caller's much longer transaction
 * commits would serialise all of a region's registrations. The work has a small pool of its own,
 * so a caller that holds a connection of the main pool while it waits here can never deadlock the
 * main pool. The tenant is set first, as in TenantDb.
 */
@Injectable()
export class AutonomousTransaction implements OnApplicationShutdown {
  private readonly logger = new Logger(AutonomousTransaction.name);
  private pool?: pg.Pool;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly context: TenantContext,
  ) {}

  /** Runs `work` in a transaction of its own for the current tenant; commits when it succeeds. */
  async run<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const begin = tenantBeginStatement(this.context.requireTenantId());
    const client = await this.getPool().connect();
    try {
      await client.query(begin);
      const result = await work(
        boundKysely(client, async (text, parameters) => {
          const { rows, rowCount } = await client.query(text, parameters);
          return { rows, affected: rowCount };
        }),
      );
      await client.query('COMMIT');
      return result;
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
        // Rows as on the main pool, so the generated row types hold here too.
        types: DATE_AS_TEXT,
      });
      this.pool.on('error', (error) =>
        this.logger.warn(`PostgreSQL pool connection error (the pool replaces the connection): ${error.message}`),
      );
    }
    return this.pool;
  }
}
