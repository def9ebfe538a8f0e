import { assertTenantId } from './tenant-context.js';

/** Anything that runs SQL: a pg Client or PoolClient, or a TypeORM QueryRunner. */
export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * BEGIN and set_config in one round trip: the tenant is set transaction-locally by the first
 * statement, so it cannot leak through a pooled connection. Safe to inline: the id is checked to
 * be a UUID.
 */
export function tenantBeginStatement(tenantId: string): string {
  assertTenantId(tenantId);
  return `BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true)`;
}

/**
 * The one way to run work for a tenant on a connection of your own (data generator, scripts,
 * tests): a transaction whose first statement sets the tenant, committed when the work succeeds
 * and rolled back when it throws. The application's own work goes through TenantDb, which uses
 * the same BEGIN statement.
 */
export async function inTenantTransaction<T>(client: SqlClient, tenantId: string, work: () => Promise<T>): Promise<T> {
  await client.query(tenantBeginStatement(tenantId));
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
