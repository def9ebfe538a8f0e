export { createDataSource, connectDataSource, type DataSourceSettings } from './data-source.js';
export { DatabaseModule, type DatabaseModuleOptions } from './database.module.js';
export { APP_DATA_SOURCE, ReferenceDb, TenantDb, closeReadTransaction } from './tenant-db.js';
export { registerBeginRead, takeBeginRead } from './begin-reads.js';
export { tenantBeginStatement, inTenantTransaction, type SqlClient } from './tenant-transaction.js';
export {
  TenantContext,
  TenantContextMissingError,
  assertTenantId,
  CLS_TENANT_ID,
  CLS_TENANT_CODE,
  type ReadTransaction,
} from './tenant-context.js';
export { parseDatabaseUrls, parseBackupUrl, type DatabaseRoles } from './database-urls.js';
export { setupDatabase, checkDatabaseSetup, createPlatformDatabase, type SetupCheck, type SetupOptions } from './setup.js';
export {
  backupDatabase,
  restoreDatabase,
  databaseManifest,
  compareManifests,
  findPgTool,
  withDatabase,
  type BackupManifest,
  type RestoreResult,
} from './backup.js';
export { runMigrations } from './migrate.js';
export { APPLICATION_GROUP_ROLE, BACKUP_GROUP_ROLE, BENCHMARK_GROUP_ROLE } from './roles.js';
export { claimIdempotencyKey, requestHash, type IdempotencyClaim } from './idempotency.js';
export { AutonomousTransaction } from './autonomous-transaction.js';
export { instrumentPg } from './pg-tracing.js';
export { runPrepared } from './prepared-statement.js';
export { countRows, kysely, kyselyFor, literal, selectList, withoutAlias, type ColumnName, type Db, type Database } from './kysely.js';
export {
  sql,
  type Expression,
  type ExpressionBuilder,
  type InferResult,
  type Insertable,
  type NarrowPartial,
  type NotNull,
  type RawBuilder,
  type Selectable,
  type SqlBool,
  type Updateable,
} from 'kysely';
export { jsonArrayFrom } from 'kysely/helpers/postgres';
