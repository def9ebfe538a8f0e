import type pg from 'pg';
import { connectAs, inTenant, tenantIdOf, uniqueNummer } from '../support/db.js';

/** VT18 can never read or change VT25's rows, whatever SQL the application sends. */
describe('cross-tenant isolation in the database (application role)', () => {
  let app: pg.Client;
  let vt18: string;
  let vt25: string;
  let vt25Casus: string;

  beforeAll(async () => {
    app = await connectAs('application');
    [vt18, vt25] = await Promise.all([tenantIdOf('VT18'), tenantIdOf('VT25')]);
    vt25Casus = await inTenant(app, vt25, async () => {
      const { rows } = await app.query(`INSERT INTO casus (nummer) VALUES ($1) RETURNING id, tenant_id`, [uniqueNummer('VT25')]);
      expect(rows[0].tenant_id).toBe(vt25); // filled from the transaction's tenant
      return rows[0].id as string;
    });
  });
  afterAll(() => app.end());

  it('VT25 sees its own row (the fixture is real)', async () => {
    const rows = await inTenant(app, vt25, async () => (await app.query('SELECT id FROM casus WHERE id = $1', [vt25Casus])).rows);
    expect(rows).toHaveLength(1);
  });

  it('VT18 cannot select it, not even by id or by naming the tenant', async () => {
    const rows = await inTenant(
      app,
      vt18,
      async () => (await app.query('SELECT id FROM casus WHERE id = $1 OR tenant_id = $2', [vt25Casus, vt25])).rows,
    );
    expect(rows).toEqual([]);
  });

  it('VT18 cannot update it', async () => {
    const result = await inTenant(app, vt18, () => app.query(`UPDATE casus SET nummer = 'overwritten' WHERE id = $1`, [vt25Casus]));
    expect(result.rowCount).toBe(0);
    const rows = await inTenant(app, vt25, async () => (await app.query('SELECT nummer FROM casus WHERE id = $1', [vt25Casus])).rows);
    expect(rows[0].nummer).not.toBe('overwritten');
  });

  it('VT18 cannot move its own row into VT25', async () => {
    const own = await inTenant(
      app,
      vt18,
      async () => (await app.query(`INSERT INTO casus (nummer) VALUES ($1) RETURNING id`, [uniqueNummer('VT18')])).rows[0].id,
    );
    await expect(inTenant(app, vt18, () => app.query('UPDATE casus SET tenant_id = $2 WHERE id = $1', [own, vt25]))).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('VT18 cannot delete it', async () => {
    const result = await inTenant(app, vt18, () => app.query('DELETE FROM casus WHERE id = $1', [vt25Casus]));
    expect(result.rowCount).toBe(0);
    const rows = await inTenant(app, vt25, async () => (await app.query('SELECT id FROM casus WHERE id = $1', [vt25Casus])).rows);
    expect(rows).toHaveLength(1);
  });

  it('VT18 cannot insert a row as VT25', async () => {
    await expect(
      inTenant(app, vt18, () => app.query('INSERT INTO casus (tenant_id, nummer) VALUES ($1, $2)', [vt25, uniqueNummer('X')])),
    ).rejects.toMatchObject({ code: '42501' });
  });
});

describe('no tenant means no data', () => {
  let app: pg.Client;
  let vt18: string;

  beforeAll(async () => {
    app = await connectAs('application');
    vt18 = await tenantIdOf('VT18');
    await inTenant(app, vt18, () => app.query(`INSERT INTO casus (nummer) VALUES ($1)`, [uniqueNummer('VT18')]));
  });
  afterAll(() => app.end());

  it('a fresh connection that never set a tenant reads no rows', async () => {
    const fresh = await connectAs('application');
    try {
      expect((await fresh.query('SELECT id FROM casus')).rows).toEqual([]);
    } finally {
      await fresh.end();
    }
  });

  it('a connection that had a tenant in an earlier transaction reads no rows afterwards', async () => {
    const seen = await inTenant(app, vt18, async () => (await app.query('SELECT id FROM casus')).rowCount);
    expect(seen).toBeGreaterThan(0);
    expect((await app.query(`SELECT current_setting('app.tenant_id', true) AS t`)).rows[0].t).toBe('');
    expect((await app.query('SELECT id FROM casus')).rows).toEqual([]);
  });

  it('an insert without a tenant is refused', async () => {
    await expect(app.query('INSERT INTO casus (nummer) VALUES ($1)', [uniqueNummer('NONE')])).rejects.toMatchObject({
      code: expect.stringMatching(/^(23502|42501)$/),
    });
  });

  it('a malformed tenant setting is an error, never data', async () => {
    // The platform's helper refuses a non-UUID before SQL; the database must refuse it on its own too.
    await expect(inTenant(app, 'VT18', () => app.query('SELECT id FROM casus'))).rejects.toThrow('No tenant in context');
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.tenant_id', 'VT18', true)`);
      await expect(app.query('SELECT id FROM casus')).rejects.toMatchObject({ code: '22P02' });
    } finally {
      await app.query('ROLLBACK');
    }
  });
});
