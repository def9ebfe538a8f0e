import type { QueryRunner } from 'typeorm';

// Shared by migrations: changing it would change what old migrations do, so add a new helper instead.
/** ENABLE + FORCE row-level security with one policy for every command, tied to the transaction's tenant. */
export async function enableTenantIsolation(db: QueryRunner, table: string): Promise<void> {
  await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await db.query(`
    CREATE POLICY tenant_isolation ON ${table}
      USING (tenant_id = public.current_tenant_id())
      WITH CHECK (tenant_id = public.current_tenant_id())`);
}
