import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import pg, { type Pool } from 'pg';
import { observePool } from './metrics.js';

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
      types: DATE_AS_TEXT,
      // No JIT compilation: the planner's costs of the unions and reports over a region's history
      // pass jit_above_cost, and compiling took 240 ms of a 243 ms werkvoorraad page (ten years of
      // VT18) and every execution of a prepared statement compiles again. Nothing here runs long
      // enough for compiled expressions to pay back.
      options: '-c jit=off',
    },
  };
  return new DataSource(options);
}

/** Initialises the data source and attaches the pool error listener a database restart needs. */
export async function connectDataSource(dataSource: DataSource, onPoolError?: (error: Error) => void): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  pool?.on('error', (error: Error) => onPoolError?.(error));
  if (pool) observePool(pool, (dataSource.options as { applicationName?: string }).applicationName ?? 'default');
  return dataSource;
}

const DATE_OID = 1082;
/**
 * A `date` column arrives as its 'YYYY-MM-DD' text (the Datum of @vt/werkdagen), not as a Date at
 * local midnight, which would shift a day across time zones. Set on this pool only; the generated
 * row types say `string` for dates to match (npm run db:types uses --date-parser string).
 */
export const DATE_AS_TEXT = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};
