import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { requireEnv } from '../support/env.js';

// Issue 19 point 3: db:setup on managed PostgreSQL, where the admin has CREATEROLE and CREATEDB
// but is no superuser (RDS rds_superuser, Azure azure_pg_admin, Cloud SQL cloudsqlsuperuser).

const suffix = `${Date.now().toString(36)}${process.pid}`;
const database = `vt_t19_m_${suffix}`;
const host = new URL(requireEnv('DATABASE_ADMIN_URL')).host;
const role = (name: string) => `vt_t19_${name}_${suffix}`;
const url = (user: string, db = database) => `postgres://${user}:${user}_pw@${host}/${db}`;
const cloudAdmin = role('admin');
const weakAdmin = role('weak');
const users = { owner: role('owner'), app: role('app'), bench: role('bench'), backup: role('backup') };

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_ADMIN_URL: url(cloudAdmin, 'postgres'),
  DATABASE_OWNER_URL: url(users.owner),
  DATABASE_URL: url(users.app),
  BENCHMARK_DATABASE_URL: url(users.bench),
  DATABASE_BACKUP_URL: url(users.backup),
};

function cli(args: string[], overrides: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['apps/cli/dist/main.js', ...args], {
    env: { ...env, ...overrides },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function superuser<T>(work: (client: pg.Client) => Promise<T>, db = 'postgres'): Promise<T> {
  const target = new URL(requireEnv('DATABASE_ADMIN_URL'));
  target.pathname = `/${db}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('db:setup without a superuser (managed PostgreSQL)', () => {
  beforeAll(async () => {
    await superuser(async (c) => {
      await c.query(`CREATE ROLE ${cloudAdmin} LOGIN CREATEROLE CREATEDB NOSUPERUSER NOBYPASSRLS PASSWORD '${cloudAdmin}_pw'`);
      await c.query(`CREATE ROLE ${weakAdmin} LOGIN CREATEROLE NOSUPERUSER PASSWORD '${weakAdmin}_pw'`);
    });
  });

  afterAll(async () => {
    await superuser(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      for (const user of [users.app, users.bench, users.backup, users.owner, cloudAdmin, weakAdmin])
        await c.query(`DROP ROLE IF EXISTS ${user}`);
    });
  });

  it('sets up, migrates and seeds a fresh database as a CREATEROLE + CREATEDB admin, and --check then passes', async () => {
    const attributes = await superuser(
      async (c) => (await c.query(`SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1`, [cloudAdmin])).rows[0],
    );
    expect(attributes).toEqual({ rolsuper: false, rolcreaterole: true, rolcreatedb: true });

    const setup = cli(['db:setup']);
    expect({ status: setup.status, stderr: setup.stderr }).toEqual({ status: 0, stderr: '' });
    expect(setup.stdout).toMatch(/CREATEROLE \+ CREATEDB \(no superuser\)/);
    expect(setup.stdout).toMatch(new RegExp(`database ${database} created`));
    for (const step of ['db:migrate', 'db:seed']) {
      const run = cli([step]);
      expect({ step, status: run.status, stderr: run.stderr }).toEqual({ step, status: 0, stderr: '' });
    }
    // Idempotent: a second run as the same admin changes nothing and succeeds.
    expect(cli(['db:setup']).status).toBe(0);
    const check = cli(['db:setup', '--check']);
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
    expect(check.stdout).not.toMatch(/MISSING/);

    const state = await superuser(async (c) => {
      const roles = await c.query(
        `SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolcanlogin FROM pg_roles WHERE rolname = ANY($1) ORDER BY rolname`,
        [Object.values(users)],
      );
      const owner = await c.query(`SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`, [database]);
      return { roles: roles.rows, owner: owner.rows[0].owner };
    });
    expect(state.owner).toBe(users.owner);
    expect(state.roles).toHaveLength(4);
    for (const row of state.roles)
      expect(row).toMatchObject({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, rolcanlogin: true });

    const tables = await superuser(
      async (c) =>
        (
          await c.query(
            `SELECT count(*) FILTER (WHERE relrowsecurity)::int AS rls, count(*) FILTER (WHERE relforcerowsecurity)::int AS forced,
                    (SELECT count(*)::int FROM referentie.organisatie) AS organisaties
               FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
          )
        ).rows[0],
      database,
    );
    expect(tables.rls).toBeGreaterThan(40);
    expect(tables.forced).toBe(tables.rls);
    expect(tables.organisaties).toBe(26);

    // The backup login works as set up by the cloud admin.
    const backup = cli(['db:backup', '--file', `/tmp/${database}.dump`]);
    expect({ status: backup.status, stderr: backup.stderr }).toEqual({ status: 0, stderr: '' });
    spawnSync('rm', ['-f', `/tmp/${database}.dump`, `/tmp/${database}.dump.manifest.json`]);
  }, 120_000);

  it('names what is missing: an admin without CREATEDB, and a role only a superuser can repair', async () => {
    const weak = cli(['db:setup'], { DATABASE_ADMIN_URL: url(weakAdmin, 'postgres') });
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(new RegExp(`"${weakAdmin}" is not a superuser and lacks CREATEDB`));

    await superuser((c) => c.query(`ALTER ROLE ${users.bench} BYPASSRLS`));
    try {
      const setup = cli(['db:setup']);
      expect(setup.status).toBe(1);
      expect(setup.stderr).toMatch(new RegExp(`role "${users.bench}" has BYPASSRLS; only a superuser can remove that`));
      const check = cli(['db:setup', '--check']);
      expect(check.status).toBe(1);
      expect(check.stdout).toMatch(new RegExp(`MISSING benchmark user "${users.bench}": has BYPASSRLS`));
    } finally {
      await superuser((c) => c.query(`ALTER ROLE ${users.bench} NOBYPASSRLS`));
    }

    await superuser((c) => c.query(`REVOKE vt_role_application FROM ${users.app}`));
    const check = cli(['db:setup', '--check'], { DB_SETUP: 'check' });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(
      new RegExp(`MISSING "${users.app}" is not a member of vt_role_application: GRANT vt_role_application TO "${users.app}"`),
    );
    // The admin path repairs it.
    expect(cli(['db:setup']).status).toBe(0);
    expect(cli(['db:setup', '--check']).status).toBe(0);
  }, 60_000);
});
