import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inTenantTransaction } from '@vt/database';
import { requireEnv } from '../support/env.js';
import { connectAs } from '../support/db.js';
import { startApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';

// Issue 19 point 3: a loaded database is dumped as the backup role, restored into a new database,
// and the copy is compared with the source (rows per tenant per table, access-log checksum) and used.

const suffix = `${Date.now().toString(36)}${process.pid}`;
const testDb = new URL(requireEnv('DATABASE_URL')).pathname.slice(1);
const source = `${testDb}_bsrc`;
const copy = `${testDb}_bcopy`;
const backupUser = `vt_t19_bk_${suffix}`;

function urlFor(variable: string, database: string): string {
  const url = new URL(requireEnv(variable));
  url.pathname = `/${database}`;
  return url.toString();
}

function envFor(database: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_OWNER_URL: urlFor('DATABASE_OWNER_URL', database),
    DATABASE_URL: urlFor('DATABASE_URL', database),
    BENCHMARK_DATABASE_URL: urlFor('BENCHMARK_DATABASE_URL', database),
    DATABASE_BACKUP_URL: `postgres://${backupUser}:${backupUser}_pw@${new URL(requireEnv('DATABASE_URL')).host}/${database}`,
  };
}

function cli(args: string[], env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['apps/cli/dist/main.js', ...args], { env, encoding: 'utf8', timeout: 240_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function asSuperuser<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor('DATABASE_ADMIN_URL', database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Independent of the tool's manifest: rows per table per tenant and the access-log md5, read as superuser. */
async function figures(database: string): Promise<{ rows: Record<string, number>; toegangslog: string; rls: unknown[] }> {
  return asSuperuser(database, async (client) => {
    await client.query(`SET TimeZone = 'UTC'`);
    const tables = await client.query<{ name: string; tenant: string | null }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name,
              (SELECT attname FROM pg_attribute WHERE attrelid = c.oid AND attname IN ('tenant_id', 'organisatie_id') ORDER BY attname DESC LIMIT 1) AS tenant
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname IN ('public', 'referentie', 'benchmark') ORDER BY 1`,
    );
    const rows: Record<string, number> = {};
    for (const table of tables.rows) {
      const result = await client.query<{ t: string; n: string }>(
        `SELECT ${table.tenant ? `o.code` : `'-'`} AS t, count(*) AS n FROM ${table.name} x
         ${table.tenant ? `JOIN referentie.organisatie o ON o.id = x.${table.tenant}` : ''} GROUP BY 1`,
      );
      for (const row of result.rows) rows[`${table.name} ${row.t}`] = Number(row.n);
    }
    const md5 = await client.query<{ md5: string }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS md5 FROM toegangslog t`);
    const rls = await client.query(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, array_agg(p.polname ORDER BY p.polname) AS policies
         FROM pg_class c JOIN pg_policy p ON p.polrelid = c.oid GROUP BY 1, 2, 3 ORDER BY 1`,
    );
    return { rows, toegangslog: md5.rows[0]!.md5, rls: rls.rows };
  });
}

/** Why the round trip cannot run here (pg_dump/pg_restore missing or older than the server), or null. */
function missingTools(): string | null {
  for (const tool of ['pg_dump', 'pg_restore']) {
    const run = spawnSync(tool, ['--version'], { encoding: 'utf8' });
    if (run.error || run.status !== 0) return `${tool} is not on PATH`;
  }
  const dump = Number(/(\d+)/.exec(spawnSync('pg_dump', ['--version'], { encoding: 'utf8' }).stdout)?.[1]);
  const server = spawnSync(
    process.execPath,
    [
      '-e',
      `const pg = require('pg'); const c = new pg.Client(process.env.DATABASE_ADMIN_URL);
       c.connect().then(() => c.query('SHOW server_version_num')).then((r) => { console.log(r.rows[0].server_version_num); return c.end(); });`,
    ],
    { encoding: 'utf8' },
  );
  const major = Math.floor(Number(server.stdout.trim()) / 10000);
  return dump >= major ? null : `pg_dump ${dump} is older than the server (PostgreSQL ${major})`;
}

const skipReason = missingTools();
if (skipReason) console.warn(`backup round trip skipped: ${skipReason} (install the PostgreSQL client of the server's version)`);
const describeRoundTrip = skipReason ? describe.skip : describe;

describe('the backup role (issue 19)', () => {
  it('gives every row-level-secured table of the migrated schema the backup_lezen read policy (rule for new tables)', async () => {
    const admin = await connectAs('admin');
    try {
      const { rows } = await admin.query<{ name: string }>(
        `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND c.relrowsecurity AND NOT EXISTS (
            SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'backup_lezen' AND p.polcmd = 'r'
               AND p.polroles = ARRAY['vt_role_backup'::regrole::oid] AND pg_get_expr(p.polqual, p.polrelid) = 'true')
          ORDER BY 1`,
      );
      expect(rows.map((row) => row.name)).toEqual([]);
      // The backup role may read, never write, and only SELECT is granted to it anywhere.
      const writes = await admin.query(
        `SELECT table_name, privilege_type FROM information_schema.role_table_grants WHERE grantee = 'vt_role_backup' AND privilege_type <> 'SELECT'`,
      );
      expect(writes.rows).toEqual([]);
      const members = await admin.query<{ member: string }>(
        `SELECT m.member::regrole::text AS member FROM pg_auth_members m WHERE m.roleid = 'vt_role_backup'::regrole AND m.member::regrole::text = ANY($1)`,
        [[new URL(requireEnv('DATABASE_URL')).username, new URL(requireEnv('DATABASE_OWNER_URL')).username]],
      );
      expect(members.rows).toEqual([]);
    } finally {
      await admin.end();
    }
  });
});

describeRoundTrip('backup and restore (issue 19)', () => {
  const work = { dir: '' };

  beforeAll(async () => {
    work.dir = await mkdtemp(join(tmpdir(), 'vt-backup-'));
  });

  afterAll(async () => {
    await asSuperuser('postgres', async (client) => {
      for (const db of [source, copy]) await client.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      await client.query(`DROP ROLE IF EXISTS "${backupUser}"`);
    });
    await rm(work.dir, { recursive: true, force: true });
  });

  it('dumps a loaded database as the backup role, restores it into a new database, and the copy equals the source and works', async () => {
    const env = envFor(source);
    for (const step of [
      ['db:setup'],
      ['db:migrate'],
      ['db:seed'],
      ['data:generate', '--regions', 'VT01,VT02', '--years', '0.01', '--no-benchmark'],
    ]) {
      const run = cli(step, env);
      expect({ step, status: run.status, stderr: run.stderr }).toEqual({ step, status: 0, stderr: '' });
    }
    // Access-log rows for both regions, written as the application role in tenant transactions.
    const app = new pg.Client({ connectionString: env.DATABASE_URL });
    await app.connect();
    try {
      const tenants = await asSuperuser(source, async (c) =>
        (await c.query<{ id: string }>(`SELECT id FROM referentie.organisatie WHERE code IN ('VT01', 'VT02') ORDER BY code`)).rows.map(
          (r) => r.id,
        ),
      );
      for (const tenant of tenants) {
        await inTenantTransaction(app, tenant, async () => {
          for (let i = 0; i < 5; i++) {
            await app.query(
              `INSERT INTO toegangslog (gebruiker_id, gebruiker_naam, rollen, actie, object_type, object_id, grondslag, uitkomst)
               VALUES ($1, 'Test', ARRAY['medewerker'], 'READ', 'Melding', $2, 'wettelijke taak', 'GESLAAGD')`,
              [`u-${i}`, `m-${i}`],
            );
          }
        });
      }
    } finally {
      await app.end();
    }

    // The premise: forced row-level security makes the owner's own pg_dump fail.
    const ownerDump = spawnSync(
      'pg_dump',
      ['--format=custom', `--file=${join(work.dir, 'owner.dump')}`, `--dbname=${env.DATABASE_OWNER_URL}`],
      {
        encoding: 'utf8',
      },
    );
    expect(ownerDump.status).not.toBe(0);
    expect(ownerDump.stderr).toMatch(/row-level security/);

    const file = join(work.dir, 'vt.dump');
    const backup = cli(['db:backup', '--file', file], env);
    expect({ status: backup.status, stderr: backup.stderr }).toEqual({ status: 0, stderr: '' });
    expect(backup.stdout).toMatch(/dumped table \d+: public\.toegangslog/);
    expect(backup.stdout).toMatch(/backup done: \d+ tables/);

    const restore = cli(['db:restore', '--file', file, '--into', copy], env);
    expect({ status: restore.status, stderr: restore.stderr }).toEqual({ status: 0, stderr: '' });
    expect(restore.stdout).toMatch(/restored table \d+: public\.melding/);
    expect(restore.stdout).toMatch(/verified: \d+ tables/);

    // Restoring over an existing database is refused.
    const again = cli(['db:restore', '--file', file, '--into', copy], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists: restore only into a new database/);

    const [before, after] = [await figures(source), await figures(copy)];
    expect(before.rows['public.melding VT01']).toBeGreaterThan(0);
    expect(before.rows['public.melding VT02']).toBeGreaterThan(0);
    expect(before.rows['public.toegangslog VT01']).toBe(5);
    expect(after.rows).toEqual(before.rows);
    expect(after.toegangslog).toBe(before.toegangslog);
    expect(after.rls).toEqual(before.rls);

    const copyEnv = envFor(copy);
    const migrate = cli(['db:migrate'], copyEnv);
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).toMatch(/no pending migrations/);

    // Row-level security holds in the copy: the application role sees its tenant only, nothing without one.
    const [vt01, melding] = await asSuperuser(copy, async (c) => {
      const t = (await c.query<{ id: string }>(`SELECT id FROM referentie.organisatie WHERE code = 'VT01'`)).rows[0]!.id;
      const m = (await c.query<{ id: string }>(`SELECT id FROM melding WHERE tenant_id = $1 ORDER BY ontvangen_op DESC LIMIT 1`, [t]))
        .rows[0]!.id;
      return [t, m];
    });
    const appCopy = new pg.Client({ connectionString: copyEnv.DATABASE_URL });
    await appCopy.connect();
    try {
      expect((await appCopy.query('SELECT count(*)::int AS n FROM melding')).rows[0].n).toBe(0);
      const seen = await inTenantTransaction(
        appCopy,
        vt01,
        async () => (await appCopy.query(`SELECT DISTINCT tenant_id FROM melding`)).rows,
      );
      expect(seen).toEqual([{ tenant_id: vt01 }]);
    } finally {
      await appCopy.end();
    }

    // The api runs against the restored database and reads a melding of its region.
    const api = await startApp('api', {
      DATABASE_URL: copyEnv.DATABASE_URL!,
      DATABASE_OWNER_URL: copyEnv.DATABASE_OWNER_URL!,
      BENCHMARK_DATABASE_URL: copyEnv.BENCHMARK_DATABASE_URL!,
    });
    try {
      const response = await api.gql<{ melding: { id: string } | null }>(`query($id: ID!) { melding(id: $id) { id } }`, {
        token: await tokenFor({ tenant: 'VT01', roles: ['medewerker'] }),
        variables: { id: melding },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.melding!.id).toBe(melding);
      const other = await api.gql<{ melding: { id: string } | null }>(`query($id: ID!) { melding(id: $id) { id } }`, {
        token: await tokenFor({ tenant: 'VT02', roles: ['medewerker'] }),
        variables: { id: melding },
      });
      expect(other.data!.melding).toBeNull();
    } finally {
      await api.close();
    }
  }, 300_000);

  it('keeps the backup login read-only and out of reach of the application user', async () => {
    const env = envFor(source);
    const backupClient = new pg.Client({ connectionString: env.DATABASE_BACKUP_URL });
    await backupClient.connect();
    try {
      await expect(backupClient.query(`DELETE FROM toegangslog`)).rejects.toThrow(/permission denied/);
      await expect(backupClient.query(`UPDATE referentie.regio SET naam = naam`)).rejects.toThrow(/permission denied/);
    } finally {
      await backupClient.end();
    }
    const app = new pg.Client({ connectionString: env.DATABASE_URL });
    await app.connect();
    try {
      await expect(app.query(`SET ROLE vt_role_backup`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});
