import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { Pool } from 'pg';

export interface DataSourceSettings {
  url: string;
  /** Shown in pg_stat_activity, so operators can tell the apps' connections apart. */
  applicationName: string;
  poolSize: number;
  statementTimeoutMs: number;
  entities?: MixedList<Function>;
  migrations?: MixedList<Function>;
  /** Called for errors on idle pooled connections (e.g. a database restart); never rethrow. */
  onPoolError?: (error: Error) => void;
}

/** Builds a TypeORM DataSource for PostgreSQL; schema changes only ever come from migrations. */
export function createDataSource(settings: DataSourceSettings): DataSource {
  const options: DataSourceOptions = {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities ?? [],
    migrations: settings.migrations ?? [],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: settings.applicationName,
    poolSize: settings.poolSize,
    extra: {
      statement_timeout: settings.statementTimeoutMs,
      idle_in_transaction_session_timeout: settings.statementTimeoutMs * 2,
      connectionTimeoutMillis: 5000,
    },
  };
  return new DataSource(options);
}

/** Initialises the data source and attaches the pool error listener a database restart needs. */
export async function connectDataSource(dataSource: DataSource, onPoolError?: (error: Error) => void): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  pool?.on('error', (error: Error) => onPoolError?.(error));
  return dataSource;
}
