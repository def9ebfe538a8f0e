import type pg from 'pg';
import { connectAs } from '../support/db.js';

/** The benchmark service's role reads reference and aggregate tables only; case tables are closed to it. */
describe('benchmark role', () => {
  let admin: pg.Client;
  let benchmark: pg.Client;

  beforeAll(async () => {
    [admin, benchmark] = await Promise.all([connectAs('admin'), connectAs('benchmark')]);
  });
  afterAll(() => Promise.all([admin.end(), benchmark.end()]));

  it('gets "permission denied" on every table outside the referentie and benchmark schemas', async () => {
    const { rows } = await admin.query<{ table: string }>(`
      SELECT format('%I.%I', n.nspname, c.relname) AS table
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'referentie', 'benchmark')
        AND n.nspname NOT LIKE 'pg_%'`);
    const tables = rows.map((row) => row.table);
    expect(tables).toContain('public.casus');
    for (const table of tables) {
      await expect(benchmark.query(`SELECT * FROM ${table} LIMIT 1`)).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('holds no privilege on any table with a tenant_id column, wherever it lives', async () => {
    const { rows } = await admin.query(
      `
      SELECT format('%I.%I', n.nspname, c.relname) AS table
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
      WHERE c.relkind IN ('r', 'p')
        AND (has_table_privilege($1, c.oid, 'SELECT') OR has_table_privilege($1, c.oid, 'INSERT')
             OR has_table_privilege($1, c.oid, 'UPDATE') OR has_table_privilege($1, c.oid, 'DELETE'))`,
      [(await benchmark.query('SELECT current_user AS u')).rows[0].u],
    );
    expect(rows).toEqual([]);
  });

  it('can read the reference data it needs', async () => {
    const { rows } = await benchmark.query('SELECT count(*)::int AS n FROM referentie.regio');
    expect(rows[0].n).toBe(26);
  });

  it('cannot write reference data', async () => {
    await expect(benchmark.query(`UPDATE referentie.regio SET naam = naam WHERE code = 'VT18'`)).rejects.toMatchObject({ code: '42501' });
  });
});
