import type pg from 'pg';
import { connectAs } from '../support/db.js';
import { userOf } from '../support/env.js';

/**
 * The database catalog itself proves the isolation layer: every tenant table forces row-level
 * security with a policy for reads and writes, and the application role cannot bypass it.
 */
describe('row-level security catalog', () => {
  let admin: pg.Client;

  beforeAll(async () => {
    admin = await connectAs('admin');
  });
  afterAll(() => admin.end());

  it('finds the tenant tables (the check is not vacuous)', async () => {
    const { rows } = await admin.query(tenantTablesSql);
    expect(rows.map((row) => row.table)).toContain('public.casus');
  });

  it('has ENABLE and FORCE row-level security on every table with a tenant_id column', async () => {
    const { rows } = await admin.query(tenantTablesSql);
    const unprotected = rows.filter((row) => !row.enabled || !row.forced).map((row) => row.table);
    expect(unprotected).toEqual([]);
  });

  it('has, on every tenant table, policies that compare tenant_id for reading and for writing', async () => {
    const { rows } = await admin.query(`
      SELECT t.table,
             bool_or(p.polcmd IN ('*', 'r') AND pg_get_expr(p.polqual, p.polrelid) LIKE '%tenant_id%current_tenant_id()%') AS reads,
             bool_or(p.polcmd IN ('*', 'a', 'w') AND pg_get_expr(p.polwithcheck, p.polrelid) LIKE '%tenant_id%current_tenant_id()%') AS writes,
             bool_or(p.polpermissive AND pg_get_expr(p.polqual, p.polrelid) = 'true') AS open_policy
      FROM (${tenantTablesSql}) t
      LEFT JOIN pg_policy p ON p.polrelid = t.oid
      GROUP BY t.table`);
    const weak = rows.filter((row) => !row.reads || !row.writes || row.open_policy).map((row) => row.table);
    expect(weak).toEqual([]);
  });

  it('gives the application role no way around row-level security', async () => {
    const appUser = userOf('DATABASE_URL');
    const { rows } = await admin.query(
      `SELECT r.rolsuper, r.rolbypassrls,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid AND c.relkind IN ('r','p'))::int AS owned_tables,
              (SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                WHERE m.member = r.oid AND (g.rolsuper OR g.rolbypassrls))::int AS powerful_groups
       FROM pg_roles r WHERE r.rolname = $1`,
      [appUser],
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, owned_tables: 0, powerful_groups: 0 }]);
  });

  it('the tenant function yields NULL (no rows) when no tenant is set', async () => {
    const { rows } = await admin.query(`SELECT public.current_tenant_id() AS id`);
    expect(rows[0].id).toBeNull();
  });
});

const tenantTablesSql = `
  SELECT c.oid, n.nspname || '.' || c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
  WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')`;
