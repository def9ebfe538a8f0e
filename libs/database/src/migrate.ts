import type { AppConfig } from '@vt/config';
import type { MixedList } from 'typeorm';
import { connectDataSource, createDataSource } from './data-source.js';

type Log = (line: string) => void;

// Any fixed number works; it only has to be the same for every process that migrates.
const MIGRATION_LOCK_KEY = 727_2026;

/** Runs pending migrations as the owner, one transaction each, serialised across processes. */
export async function runMigrations(config: AppConfig, migrations: MixedList<Function>, log: Log = () => undefined): Promise<string[]> {
  const dataSource = await connectDataSource(
    createDataSource({
      url: config.DATABASE_OWNER_URL,
      applicationName: 'vt-migrate',
      poolSize: 2,
      statementTimeoutMs: 10 * 60_000,
      migrations,
    }),
  );
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) log(`applied ${migration.name}`);
    if (applied.length === 0) log('no pending migrations');
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    return applied.map((migration) => migration.name);
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
