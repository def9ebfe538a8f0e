import pg from 'pg';
import { requireEnv } from './env.js';
import { inTenantTransaction } from '@vt/database';

export type Role = 'application' | 'owner' | 'benchmark' | 'admin';

const URL_OF: Record<Role, string> = {
  application: 'DATABASE_URL',
  owner: 'DATABASE_OWNER_URL',
  benchmark: 'BENCHMARK_DATABASE_URL',
  admin: 'DATABASE_ADMIN_URL',
};

/** A real connection as one of the platform's roles (admin connects to the test database too). */
export async function connectAs(role: Role): Promise<pg.Client> {
  let url = requireEnv(URL_OF[role]);
  if (role === 'admin') {
    const target = new URL(url);
    target.pathname = new URL(requireEnv('DATABASE_URL')).pathname;
    url = target.toString();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

const tenantIds = new Map<string, string>();

/** Tenant (organisatie) id of a region code, read as the owner. */
export async function tenantIdOf(code: string): Promise<string> {
  const cached = tenantIds.get(code);
  if (cached) return cached;
  const owner = await connectAs('owner');
  try {
    const { rows } = await owner.query<{ id: string }>('SELECT id FROM referentie.organisatie WHERE code = $1', [code]);
    if (!rows[0]) throw new Error(`no organisatie ${code}: was the test database seeded?`);
    tenantIds.set(code, rows[0].id);
    return rows[0].id;
  } finally {
    await owner.end();
  }
}

/** Runs work in a transaction whose first statement sets the tenant, as the platform does. */
export function inTenant<T>(client: pg.Client, tenantId: string, work: () => Promise<T>): Promise<T> {
  return inTenantTransaction(client, tenantId, work);
}

export function uniqueNummer(prefix = 'T'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Spec files that change which regions take part in the benchmark (benchmark.deelname is shared by
 * every file of a run) hold this PostgreSQL advisory lock while they do, so one file's participants
 * never appear in another's figures. Returns the release function.
 */
export async function benchmarkDeelnameSlot(): Promise<() => Promise<void>> {
  const client = await connectAs('admin');
  await client.query(`SELECT pg_advisory_lock(hashtext('vt-test-benchmark-deelname'))`);
  return async () => {
    await client.query(`SELECT pg_advisory_unlock(hashtext('vt-test-benchmark-deelname'))`);
    await client.end();
  };
}

/**
 * The benchmark participation of regions as it is now, and the function that puts it back (for a
 * spec file that changes it; hold benchmarkDeelnameSlot meanwhile). A region without a row gets none.
 */
export async function bewaarDeelname(admin: pg.Client, ids: string[]): Promise<() => Promise<void>> {
  const { rows: vooraf } = await admin.query<{ organisatie_id: string; deelnemer: boolean; gewijzigd_door: string }>(
    `SELECT organisatie_id, deelnemer, gewijzigd_door FROM benchmark.deelname WHERE organisatie_id = any($1::uuid[])`,
    [ids],
  );
  return async () => {
    for (const id of ids) {
      const rij = vooraf.find((d) => d.organisatie_id === id);
      if (rij)
        await admin.query(`UPDATE benchmark.deelname SET deelnemer = $2, gewijzigd_door = $3 WHERE organisatie_id = $1`, [
          id,
          rij.deelnemer,
          rij.gewijzigd_door,
        ]);
      else await admin.query(`DELETE FROM benchmark.deelname WHERE organisatie_id = $1`, [id]);
    }
  };
}
