import type pg from 'pg';
import { connectAs } from '../support/db.js';
import { userOf } from '../support/env.js';

/**
 * The database catalog itself proves the isolation layer: every tenant table (a tenant_id column,
 * an organisatie_id outside the public reference data, or row-level security switched on) forces
 * row-level security with a policy for reads and writes on its tenant column, the application role
 * cannot bypass it, and every foreign key between two such tables includes the tenant column on
 * both sides (PostgreSQL checks foreign keys without row-level security).
 */
describe('row-level security catalog', () => {
  let admin: pg.Client;

  beforeAll(async () => {
    admin = await connectAs('admin');
  });
  afterAll(() => admin.end());

  it('finds the tenant tables (the check is not vacuous)', async () => {
    const { rows } = await admin.query(tenantTablesSql);
    expect(rows.map((row) => row.table)).toEqual(
      expect.arrayContaining([
        'public.casus',
        'public.toegangslog',
        'benchmark.kengetal_waarde',
        'benchmark.periode_status',
        'benchmark.deelname',
      ]),
    );
  });

  it('has ENABLE and FORCE row-level security on every tenant table, and a tenant column on every table with row-level security', async () => {
    const { rows } = await admin.query(tenantTablesSql);
    const unprotected = rows.filter((row) => !row.enabled || !row.forced || !row.kolom).map((row) => row.table);
    expect(unprotected).toEqual([]);
  });

  it('has, on every tenant table, policies that compare the tenant column for reading and for writing', async () => {
    const { rows } = await admin.query(`
      SELECT t.table,
             bool_or(p.polpermissive AND p.polcmd IN ('*', 'r') AND pg_get_expr(p.polqual, p.polrelid) LIKE '%' || t.kolom || '%current_tenant_id()%') AS reads,
             bool_or(p.polpermissive AND p.polcmd IN ('*', 'a', 'w') AND pg_get_expr(p.polwithcheck, p.polrelid) LIKE '%' || t.kolom || '%current_tenant_id()%') AS writes
      FROM (${tenantTablesSql}) t
      LEFT JOIN pg_policy p ON p.polrelid = t.oid
      GROUP BY t.table`);
    const weak = rows.filter((row) => !row.reads || !row.writes).map((row) => row.table);
    expect(weak).toEqual([]);
  });

  it('has no policy that opens a tenant table, except the listed read-only ones', async () => {
    const { rows } = await admin.query(`
      SELECT t.table || ' ' || p.polname AS policy, p.polcmd AS cmd,
             ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END FROM unnest(p.polroles) r ORDER BY 1) AS roles
      FROM (${tenantTablesSql}) t
      JOIN pg_policy p ON p.polrelid = t.oid
      WHERE p.polpermissive
        -- The backup role's read-only policy (issue 19), exactly this shape; test/operations/backup.spec.ts
        -- checks that every row-level-secured table has it and that the role has no write privilege.
        AND NOT (p.polname = 'backup_lezen' AND p.polcmd = 'r' AND p.polroles = ARRAY['vt_role_backup'::regrole::oid])
        AND (coalesce(pg_get_expr(p.polqual, p.polrelid), '') NOT LIKE '%' || t.kolom || '%current_tenant_id()%'
             OR (p.polcmd IN ('*', 'a', 'w') AND coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '') NOT LIKE '%' || t.kolom || '%current_tenant_id()%'))
      ORDER BY 1`);
    expect(rows).toEqual([
      // Aggregates only: the benchmark service reads every region's kengetallen (disclosure control applies on output).
      { policy: 'benchmark.deelname alles_lezen', cmd: 'r', roles: ['vt_role_benchmark'] },
      // Who takes part in the benchmark is not secret.
      { policy: 'benchmark.deelname deelnemers_lezen', cmd: 'r', roles: ['vt_role_application'] },
      { policy: 'benchmark.kengetal_waarde alles_lezen', cmd: 'r', roles: ['vt_role_benchmark'] },
      { policy: 'benchmark.periode_status alles_lezen', cmd: 'r', roles: ['vt_role_benchmark'] },
    ]);
  });

  it('finds the foreign keys between tenant tables (the check is not vacuous)', async () => {
    const { rows } = await admin.query(foreignKeysSql);
    expect(rows.map((row) => row.key)).toEqual(
      expect.arrayContaining([
        'public.melding_betrokkene melding_betrokkene_persoon_id_fkey',
        'public.melding melding_casus_id_fkey',
        'public.tijdregistratie tijdregistratie_vervangt_id_fkey',
      ]),
    );
  });

  it('has the tenant column on both sides of every foreign key between tenant tables', async () => {
    const { rows } = await admin.query(foreignKeysSql);
    expect(rows.filter((row) => !row.regio_in_sleutel).map((row) => row.key)).toEqual([]);
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

/** Tenant tables: a tenant_id column, an organisatie_id outside the public reference data, or row-level security on. */
const tenantTablesSql = `
  SELECT c.oid, n.nspname || '.' || c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
         (SELECT a.attname FROM pg_attribute a
          WHERE a.attrelid = c.oid AND NOT a.attisdropped AND (a.attname = 'tenant_id' OR (a.attname = 'organisatie_id' AND n.nspname <> 'referentie'))
          ORDER BY a.attname = 'tenant_id' DESC LIMIT 1) AS kolom
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
    AND (c.relrowsecurity OR EXISTS (
      SELECT 1 FROM pg_attribute a
      WHERE a.attrelid = c.oid AND NOT a.attisdropped AND (a.attname = 'tenant_id' OR (a.attname = 'organisatie_id' AND n.nspname <> 'referentie'))))`;

/** Every foreign key between two tenant tables, and whether child tenant column = parent tenant column is part of it. */
const foreignKeysSql = `
  SELECT kt.table || ' ' || c.conname AS key,
         EXISTS (SELECT 1 FROM unnest(c.conkey, c.confkey) AS k(kind, ouder)
                 JOIN pg_attribute ka ON ka.attrelid = c.conrelid AND ka.attnum = k.kind
                 JOIN pg_attribute oa ON oa.attrelid = c.confrelid AND oa.attnum = k.ouder
                 WHERE ka.attname = kt.kolom AND oa.attname = ot.kolom) AS regio_in_sleutel
  FROM pg_constraint c
  JOIN (${tenantTablesSql}) kt ON kt.oid = c.conrelid
  JOIN (${tenantTablesSql}) ot ON ot.oid = c.confrelid
  WHERE c.contype = 'f'
  ORDER BY 1`;
