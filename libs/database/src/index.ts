export { createDataSource, connectDataSource, type DataSourceSettings } from './data-source.js';
export { DatabaseModule, type DatabaseModuleOptions } from './database.module.js';
export { APP_DATA_SOURCE, ReferenceDb, TenantDb } from './tenant-db.js';
export { TenantContext, TenantContextMissingError, assertTenantId, CLS_TENANT_ID, CLS_TENANT_CODE } from './tenant-context.js';
export { parseDatabaseUrls, type DatabaseRoles } from './database-urls.js';
export { setupDatabase } from './setup.js';
export { runMigrations } from './migrate.js';
export { APPLICATION_GROUP_ROLE, BENCHMARK_GROUP_ROLE } from './roles.js';
