import type { DataSource } from 'typeorm';
import { TenantDb, TenantContext, TenantContextMissingError, connectDataSource, createDataSource } from '@vt/database';
import { requireEnv } from '../support/env.js';
import { tenantIdOf, uniqueNummer } from '../support/db.js';

/**
 * One pooled connection serving interleaved tenants: the tenant is transaction-local, so nothing
 * of one tenant's work is visible to the next transaction on the same connection.
 */
describe('TenantDb on a pool of one connection', () => {
  let dataSource: DataSource;
  let db: TenantDb;
  let vt18: string;
  let vt25: string;
  const noContext = {
    requireTenantId: () => {
      throw new TenantContextMissingError();
    },
  } as unknown as TenantContext;

  beforeAll(async () => {
    dataSource = await connectDataSource(
      createDataSource({ url: requireEnv('DATABASE_URL'), applicationName: 'pool-test', poolSize: 1, statementTimeoutMs: 10000 }),
    );
    db = new TenantDb(dataSource, noContext);
    [vt18, vt25] = await Promise.all([tenantIdOf('VT18'), tenantIdOf('VT25')]);
    for (const tenant of [vt18, vt25]) {
      await db.runFor(tenant, (m) => m.query('INSERT INTO casus (nummer) VALUES ($1), ($2)', [uniqueNummer('P'), uniqueNummer('P')]));
    }
  });
  afterAll(() => dataSource.destroy());

  it('interleaved tenants each see only their own rows', async () => {
    const runs = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? vt18 : vt25));
    const results = await Promise.all(
      runs.map((tenant) =>
        db.runFor(tenant, async (m) => {
          const rows = (await m.query('SELECT DISTINCT tenant_id FROM casus')) as { tenant_id: string }[];
          return { tenant, seen: rows.map((row) => row.tenant_id) };
        }),
      ),
    );
    for (const { tenant, seen } of results) expect(seen).toEqual([tenant]);
  });

  it('after a tenant transaction the same connection carries no tenant', async () => {
    await db.runFor(vt18, (m) => m.query('SELECT 1'));
    const rows = (await dataSource.query(
      `SELECT current_setting('app.tenant_id', true) AS tenant, (SELECT count(*) FROM casus)::int AS visible`,
    )) as { tenant: string; visible: number }[];
    expect(rows[0]).toEqual({ tenant: '', visible: 0 });
  });

  it('a failed transaction does not leave its tenant behind', async () => {
    await expect(
      db.runFor(vt25, async (m) => {
        await m.query('SELECT 1');
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    const rows = (await dataSource.query(`SELECT (SELECT count(*) FROM casus)::int AS visible`)) as { visible: number }[];
    expect(rows[0]!.visible).toBe(0);
  });

  it('refuses to run without a tenant, and refuses a malformed tenant id', async () => {
    await expect(db.run((m) => m.query('SELECT id FROM casus'))).rejects.toBeInstanceOf(TenantContextMissingError);
    await expect(db.runFor("' OR true --", (m) => m.query('SELECT id FROM casus'))).rejects.toBeInstanceOf(TenantContextMissingError);
  });
});
