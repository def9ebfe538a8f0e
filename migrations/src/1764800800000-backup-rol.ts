import type { MigrationInterface, QueryRunner } from 'typeorm';
import { allowBackupRead } from './tenant-isolation.js';

const SCHEMAS = ['public', 'referentie', 'benchmark'];

/**
 * The backup role (issue 19, point 3): forced row-level security hides every row from the owner
 * outside a tenant transaction, so pg_dump as the owner fails. vt_role_backup (created by
 * `db:setup`) gets SELECT on every table and sequence, a permissive read-only policy on every
 * row-level-secured table, and EXECUTE on current_tenant_id() (the tenant policies, which apply
 * to every role, call it). It gets no write privilege anywhere. Chosen over BYPASSRLS because
 * a non-superuser cloud admin cannot grant BYPASSRLS on PostgreSQL 15 and older (README).
 */
export class BackupRol1764800800000 implements MigrationInterface {
  name = 'BackupRol1764800800000';

  async up(db: QueryRunner): Promise<void> {
    const exists = (await db.query(`SELECT 1 FROM pg_roles WHERE rolname = 'vt_role_backup'`)) as unknown[];
    if (exists.length === 0) {
      throw new Error(
        'Role vt_role_backup does not exist: run `node apps/cli/dist/main.js db:setup` (or create it, README "Managed PostgreSQL") before migrating',
      );
    }
    for (const schema of SCHEMAS) {
      await db.query(`GRANT USAGE ON SCHEMA ${schema} TO vt_role_backup`);
      await db.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO vt_role_backup`);
      await db.query(`GRANT SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO vt_role_backup`);
      await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT ON TABLES TO vt_role_backup`);
      await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT ON SEQUENCES TO vt_role_backup`);
    }
    await db.query(`GRANT EXECUTE ON FUNCTION public.current_tenant_id() TO vt_role_backup`);
    const tables = (await db.query(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND c.relrowsecurity AND n.nspname = ANY($1)
        ORDER BY 1`,
      [SCHEMAS],
    )) as { name: string }[];
    for (const { name } of tables) await allowBackupRead(db, name);
  }

  async down(db: QueryRunner): Promise<void> {
    const tables = (await db.query(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_policies WHERE policyname = 'backup_lezen'`,
    )) as { name: string }[];
    for (const { name } of tables) await db.query(`DROP POLICY backup_lezen ON ${name}`);
    await db.query(`REVOKE EXECUTE ON FUNCTION public.current_tenant_id() FROM vt_role_backup`);
    for (const schema of SCHEMAS) {
      await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} REVOKE SELECT ON SEQUENCES FROM vt_role_backup`);
      await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} REVOKE SELECT ON TABLES FROM vt_role_backup`);
      await db.query(`REVOKE SELECT ON ALL SEQUENCES IN SCHEMA ${schema} FROM vt_role_backup`);
      await db.query(`REVOKE SELECT ON ALL TABLES IN SCHEMA ${schema} FROM vt_role_backup`);
      await db.query(`REVOKE USAGE ON SCHEMA ${schema} FROM vt_role_backup`);
    }
  }
}
