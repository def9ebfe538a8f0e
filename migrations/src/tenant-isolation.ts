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

/**
 * Lets the backup role (vt_role_backup, issue 19) read every row of a row-level-secured table, so
 * pg_dump as that role dumps all regions. Call it for every new table that enables row-level
 * security; test/operations/backup.spec.ts fails for a table without it. SELECT on the table
 * itself comes from the default privileges that migration 1764800800000 sets.
 */
export async function allowBackupRead(db: QueryRunner, table: string): Promise<void> {
  await db.query(`CREATE POLICY backup_lezen ON ${table} AS PERMISSIVE FOR SELECT TO vt_role_backup USING (true)`);
}
