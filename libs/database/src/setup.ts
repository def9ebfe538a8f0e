import pg from 'pg';
import type { AppConfig } from '@vt/config';
import { ConfigError } from '@vt/config';
import { parseDatabaseUrls, type RoleCredentials } from './database-urls.js';
import { APPLICATION_GROUP_ROLE, BENCHMARK_GROUP_ROLE } from './roles.js';

type Log = (line: string) => void;

async function ensureRole(client: pg.Client, name: string, login: RoleCredentials | null): Promise<void> {
  const role = client.escapeIdentifier(name);
  const existing = await client.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = $1', [name]);
  if (existing.rows[0]?.rolsuper) {
    throw new ConfigError(
      `Database setup: role "${name}" is a superuser; the platform's roles must be ordinary roles (choose another user in the URL)`,
    );
  }
  if (existing.rowCount === 0) await client.query(`CREATE ROLE ${role}`);
  const password = login?.password ? `PASSWORD ${client.escapeLiteral(login.password)}` : login ? 'PASSWORD NULL' : '';
  await client.query(
    `ALTER ROLE ${role} WITH ${login ? 'LOGIN' : 'NOLOGIN'} ${password} NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT`,
  );
}

/**
 * Creates (idempotently) the database and its three roles as a superuser: the owner runs
 * migrations and owns the tables; the application role is bound by row-level security; the
 * benchmark role can read aggregate tables only.
 */
export async function setupDatabase(config: AppConfig, log: Log = () => undefined): Promise<void> {
  const roles = parseDatabaseUrls(config);
  const admin = new pg.Client({ connectionString: config.DATABASE_ADMIN_URL });
  await admin.connect();
  try {
    const su = await admin.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    if (!su.rows[0]?.rolsuper) throw new ConfigError('Invalid configuration: DATABASE_ADMIN_URL must connect as a superuser');
    const version = Number((await admin.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]!.v);
    if (version < 140000) throw new ConfigError(`Database setup: PostgreSQL 14 or newer is required (server is ${version})`);

    for (const group of [APPLICATION_GROUP_ROLE, BENCHMARK_GROUP_ROLE]) await ensureRole(admin, group, null);
    await ensureRole(admin, roles.owner.user, roles.owner);
    await ensureRole(admin, roles.application.user, roles.application);
    await ensureRole(admin, roles.benchmark.user, roles.benchmark);
    await admin.query(`GRANT ${admin.escapeIdentifier(APPLICATION_GROUP_ROLE)} TO ${admin.escapeIdentifier(roles.application.user)}`);
    await admin.query(`GRANT ${admin.escapeIdentifier(BENCHMARK_GROUP_ROLE)} TO ${admin.escapeIdentifier(roles.benchmark.user)}`);
    log(`roles ready: owner ${roles.owner.user}, application ${roles.application.user}, benchmark ${roles.benchmark.user}`);

    const db = admin.escapeIdentifier(roles.database);
    const owner = admin.escapeIdentifier(roles.owner.user);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [roles.database]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${db} OWNER ${owner} ENCODING 'UTF8' TEMPLATE template0`);
      log(`database ${roles.database} created`);
    } else {
      await admin.query(`ALTER DATABASE ${db} OWNER TO ${owner}`);
      log(`database ${roles.database} exists`);
    }
    await admin.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
    for (const user of [roles.owner.user, roles.application.user, roles.benchmark.user]) {
      await admin.query(`GRANT CONNECT ON DATABASE ${db} TO ${admin.escapeIdentifier(user)}`);
    }
  } finally {
    await admin.end();
  }

  const target = new URL(config.DATABASE_ADMIN_URL);
  target.pathname = `/${encodeURIComponent(roles.database)}`;
  const inDb = new pg.Client({ connectionString: target.toString() });
  await inDb.connect();
  try {
    const owner = inDb.escapeIdentifier(roles.owner.user);
    await inDb.query(`ALTER SCHEMA public OWNER TO ${owner}`);
    await inDb.query('REVOKE ALL ON SCHEMA public FROM PUBLIC');
    log('schema public restricted to its owner; migrations grant the rest');
  } finally {
    await inDb.end();
  }
}
