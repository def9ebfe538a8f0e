import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource, MixedList } from 'typeorm';
import { APP_CONFIG, describeDatabaseFailure, type AppConfig } from '@vt/config';
import { connectDataSource, createDataSource } from './data-source.js';
import { APP_DATA_SOURCE, ReferenceDb, TenantDb } from './tenant-db.js';
import { TenantContext } from './tenant-context.js';
import { AutonomousTransaction } from './autonomous-transaction.js';

export interface DatabaseModuleOptions {
  /** Which role this process connects as: api and worker use the application role, the benchmark service its own. */
  role: 'application' | 'benchmark';
  applicationName: string;
  entities: MixedList<Function>;
}

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * Provides the process's single DataSource behind TenantDb and ReferenceDb. The DataSource itself
 * is exported only under its symbol for health checks; domain code must use TenantDb.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    const logger = new Logger('Database');
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: APP_DATA_SOURCE,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            const variable = options.role === 'benchmark' ? 'BENCHMARK_DATABASE_URL' : 'DATABASE_URL';
            const url = options.role === 'benchmark' ? config.BENCHMARK_DATABASE_URL : config.DATABASE_URL;
            const dataSource = createDataSource({
              url,
              applicationName: options.applicationName,
              poolSize: config.DATABASE_POOL_SIZE,
              statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
              entities: options.entities,
            });
            try {
              return await connectDataSource(dataSource, (error) =>
                logger.warn(`PostgreSQL pool connection error (the pool replaces the connection): ${error.message}`),
              );
            } catch (error) {
              throw describeDatabaseFailure(variable, url, error);
            }
          },
        },
        DataSourceCloser,
        TenantContext,
        TenantDb,
        ReferenceDb,
        AutonomousTransaction,
      ],
      exports: [APP_DATA_SOURCE, TenantContext, TenantDb, ReferenceDb, AutonomousTransaction],
    };
  }
}
