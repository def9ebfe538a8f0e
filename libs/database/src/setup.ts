import pg from 'pg';
import type { AppConfig } from '@vt/config';
import { ConfigError } from '@vt/config';
import { parseBackupUrl, parseDatabaseUrls, type DatabaseRoles, type RoleCredentials } from './database-urls.js';
import { APPLICATION_GROUP_ROLE, BACKUP_GROUP_ROLE, BENCHMARK_GROUP_ROLE } from './roles.js';

type Log = (line: string) => void;

export interface SetupOptions {
  /** DATABASE_BACKUP_URL: when set, its user becomes the backup login (member of vt_role_backup). */
  backupUrl?: string;
}

interface AdminInfo {
  user: string;
  superuser: boolean;
  version: number;
}

interface RoleRow {
  rolname: string;
  rolsuper: boolean;
  rolbypassrls: boolean;
  rolreplication: boolean;
  rolcreaterole: boolean;
  rolcreatedb: boolean;
  rolcanlogin: boolean;
}

const ROLE_COLUMNS = 'rolname, rolsuper, rolbypassrls, rolreplication, rolcreaterole, rolcreatedb, rolcanlogin';

/** Attributes a platform role must not have, with the statement an operator runs to clear them. */
function forbiddenAttributes(row: RoleRow): string[] {
  const bad: string[] = [];
  if (row.rolsuper) bad.push('SUPERUSER');
  if (row.rolbypassrls) bad.push('BYPASSRLS');
  if (row.rolreplication) bad.push('REPLICATION');
  if (row.rolcreaterole) bad.push('CREATEROLE');
  if (row.rolcreatedb) bad.push('CREATEDB');
  return bad;
}

function permissionDenied(error: unknown): boolean {
  return (error as { code?: string }).code === '42501';
}

async function ensureRole(client: pg.Client, admin: AdminInfo, name: string, login: RoleCredentials | null): Promise<void> {
  const role = client.escapeIdentifier(name);
  const existing = await client.query<RoleRow>(`SELECT ${ROLE_COLUMNS} FROM pg_roles WHERE rolname = $1`, [name]);
  if (existing.rows[0]?.rolsuper) {
    throw new ConfigError(
      `Database setup: role "${name}" is a superuser; the platform's roles must be ordinary roles (choose another user in the URL)`,
    );
  }
  if (existing.rowCount === 0) await client.query(`CREATE ROLE ${role}`);
  const password = login?.password ? `PASSWORD ${client.escapeLiteral(login.password)}` : login ? 'PASSWORD NULL' : '';
  // Only a superuser may mention SUPERUSER, BYPASSRLS or REPLICATION at all (even to switch them
  // off); a CREATEROLE admin leaves them out and the attributes are verified below instead.
  const superOnly = admin.superuser ? 'NOSUPERUSER NOBYPASSRLS NOREPLICATION' : '';
  try {
    await client.query(`ALTER ROLE ${role} WITH ${login ? 'LOGIN' : 'NOLOGIN'} ${password} ${superOnly} NOCREATEDB NOCREATEROLE INHERIT`);
  } catch (error) {
    if (!permissionDenied(error)) throw error;
    throw new ConfigError(
      `Database setup: "${admin.user}" (DATABASE_ADMIN_URL) may not alter role "${name}"` +
        (admin.version >= 160000
          ? `; on PostgreSQL 16+ a CREATEROLE user may only alter roles it holds ADMIN OPTION on: let the role's creator run GRANT "${name}" TO "${admin.user}" WITH ADMIN OPTION, or drop the role so setup creates it`
          : `; the admin needs CREATEROLE`),
    );
  }
  const after = await client.query<RoleRow>(`SELECT ${ROLE_COLUMNS} FROM pg_roles WHERE rolname = $1`, [name]);
  const bad = forbiddenAttributes(after.rows[0]!);
  if (bad.length) {
    throw new ConfigError(
      `Database setup: role "${name}" has ${bad.join(', ')}; only a superuser can remove that (ALTER ROLE "${name}" ${bad.map((a) => `NO${a}`).join(' ')}), or choose another user in the URL`,
    );
  }
}

async function grantMembership(client: pg.Client, admin: AdminInfo, group: string, member: string): Promise<void> {
  try {
    await client.query(`GRANT ${client.escapeIdentifier(group)} TO ${client.escapeIdentifier(member)}`);
  } catch (error) {
    if (!permissionDenied(error)) throw error;
    throw new ConfigError(
      `Database setup: "${admin.user}" may not grant role "${group}" to "${member}"; on PostgreSQL 16+ it needs ADMIN OPTION on "${group}" (GRANT "${group}" TO "${admin.user}" WITH ADMIN OPTION, run by the role's creator)`,
    );
  }
}

/** Admin connection facts, and a clear error when it can neither act as superuser nor as a CREATEROLE+CREATEDB admin. */
async function inspectAdmin(admin: pg.Client): Promise<AdminInfo> {
  const me = await admin.query<RoleRow & { user: string }>(
    `SELECT current_user AS user, ${ROLE_COLUMNS} FROM pg_roles WHERE rolname = current_user`,
  );
  const row = me.rows[0]!;
  const version = Number((await admin.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]!.v);
  if (version < 140000) throw new ConfigError(`Database setup: PostgreSQL 14 or newer is required (server is ${version})`);
  if (!row.rolsuper) {
    const missing = [!row.rolcreaterole && 'CREATEROLE', !row.rolcreatedb && 'CREATEDB'].filter(Boolean);
    if (missing.length) {
      throw new ConfigError(
        `Invalid configuration: DATABASE_ADMIN_URL's user "${row.user}" is not a superuser and lacks ${missing.join(' and ')}; ` +
          "use the cloud's admin user (RDS/Aurora: rds_superuser member, Azure: azure_pg_admin member, Cloud SQL: cloudsqlsuperuser member), " +
          'or pre-create the roles and run `db:setup --check` (README, "Managed PostgreSQL")',
      );
    }
  }
  return { user: row.user, superuser: row.rolsuper, version };
}

/**
 * Lets a non-superuser admin act for the owner: CREATE DATABASE ... OWNER needs SET ROLE to it,
 * and handing schema public over needs the owner's privileges (INHERIT). On PostgreSQL 16+ a
 * CREATEROLE admin holds only ADMIN OPTION on roles it creates (createrole_self_grant is empty by
 * default), so it grants itself SET and INHERIT explicitly; on 14/15 plain membership does both.
 */
async function actForOwner(admin: pg.Client, info: AdminInfo, owner: string, log: Log): Promise<void> {
  if (info.superuser) return;
  const role = admin.escapeIdentifier(owner);
  const me = admin.escapeIdentifier(info.user);
  if (info.version >= 160000) {
    const { rows } = await admin.query<{ ok: boolean }>(
      `SELECT pg_has_role(current_user, $1, 'SET') AND pg_has_role(current_user, $1, 'USAGE') AS ok`,
      [owner],
    );
    if (rows[0]!.ok) return;
    try {
      await admin.query(`GRANT ${role} TO ${me} WITH INHERIT TRUE, SET TRUE`);
    } catch (error) {
      if (!permissionDenied(error)) throw error;
      throw new ConfigError(
        `Database setup: "${info.user}" may not act for the owner "${owner}"; the role's creator must run GRANT "${owner}" TO "${info.user}" WITH INHERIT TRUE, SET TRUE`,
      );
    }
  } else {
    const { rows } = await admin.query<{ member: boolean }>(`SELECT pg_has_role(current_user, $1, 'USAGE') AS member`, [owner]);
    if (rows[0]!.member) return;
    await grantMembership(admin, info, owner, info.user);
  }
  log(`granted ${owner} to ${info.user} (a non-superuser admin acts for the owner to create its database)`);
}

/**
 * Roles and grants are cluster-wide catalog rows: two setups at once (tests preparing their own
 * databases, a restore drill beside a setup) fail with "tuple concurrently updated". A session
 * advisory lock in the admin database serialises them; it goes with the admin connection.
 */
const ROLE_SETUP_LOCK = 7_361_094_502;
async function lockRoleSetup(admin: pg.Client): Promise<void> {
  await admin.query('SELECT pg_advisory_lock($1)', [ROLE_SETUP_LOCK]);
}

/**
 * Creates the database owned by the owner if it does not exist, restricts CONNECT to the given
 * users and hands schema public to the owner. Used by setup and by restore (a new database).
 */
export async function createPlatformDatabase(
  adminUrl: string,
  database: string,
  owner: string,
  users: string[],
  log: Log,
): Promise<{ created: boolean }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let created = false;
  try {
    await lockRoleSetup(admin);
    const info = await inspectAdmin(admin);
    await actForOwner(admin, info, owner, log);
    const db = admin.escapeIdentifier(database);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${db} OWNER ${admin.escapeIdentifier(owner)} ENCODING 'UTF8' TEMPLATE template0`);
      created = true;
      log(`database ${database} created`);
    } else {
      await admin.query(`ALTER DATABASE ${db} OWNER TO ${admin.escapeIdentifier(owner)}`);
      log(`database ${database} exists`);
    }
    await admin.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
    for (const user of users) await admin.query(`GRANT CONNECT ON DATABASE ${db} TO ${admin.escapeIdentifier(user)}`);
  } finally {
    await admin.end();
  }

  const target = new URL(adminUrl);
  target.pathname = `/${encodeURIComponent(database)}`;
  const inDb = new pg.Client({ connectionString: target.toString() });
  await inDb.connect();
  try {
    const ownerId = inDb.escapeIdentifier(owner);
    try {
      await inDb.query(`ALTER SCHEMA public OWNER TO ${ownerId}`);
      await inDb.query('REVOKE ALL ON SCHEMA public FROM PUBLIC');
    } catch (error) {
      if (!permissionDenied(error)) throw error;
      // PostgreSQL 14 creates schema public owned by the bootstrap superuser, which a cloud admin is not.
      throw new ConfigError(
        `Database setup: cannot hand schema public of ${database} to "${owner}" (${(error as Error).message}); on PostgreSQL 14 ask for it once as the provider's superuser, or use PostgreSQL 15+ where the database owner owns schema public`,
      );
    }
    log('schema public restricted to its owner; migrations grant the rest');
  } finally {
    await inDb.end();
  }
  return { created };
}

/**
 * Creates (idempotently) the database and its roles: the owner runs migrations and owns the
 * tables; the application role is bound by row-level security; the benchmark role can read
 * aggregate tables only; vt_role_backup (and the DATABASE_BACKUP_URL user, if set) reads
 * everything for pg_dump. Works as a superuser or as a CREATEROLE + CREATEDB admin (managed
 * PostgreSQL); see README "Managed PostgreSQL".
 */
export async function setupDatabase(config: AppConfig, log: Log = () => undefined, options: SetupOptions = {}): Promise<void> {
  const roles = parseDatabaseUrls(config);
  const backup = parseBackupUrl(options.backupUrl, roles);
  const admin = new pg.Client({ connectionString: config.DATABASE_ADMIN_URL });
  await admin.connect();
  try {
    await lockRoleSetup(admin);
    const info = await inspectAdmin(admin);
    log(
      `admin ${info.user}: ${info.superuser ? 'superuser' : 'CREATEROLE + CREATEDB (no superuser)'}, PostgreSQL ${Math.floor(info.version / 10000)}`,
    );

    for (const group of [APPLICATION_GROUP_ROLE, BENCHMARK_GROUP_ROLE, BACKUP_GROUP_ROLE]) await ensureRole(admin, info, group, null);
    await ensureRole(admin, info, roles.owner.user, roles.owner);
    await ensureRole(admin, info, roles.application.user, roles.application);
    await ensureRole(admin, info, roles.benchmark.user, roles.benchmark);
    await grantMembership(admin, info, APPLICATION_GROUP_ROLE, roles.application.user);
    await grantMembership(admin, info, BENCHMARK_GROUP_ROLE, roles.benchmark.user);
    if (backup) {
      await ensureRole(admin, info, backup.user, backup);
      await grantMembership(admin, info, BACKUP_GROUP_ROLE, backup.user);
    }
    await refuseBackupMembers(admin, roles);
    log(
      `roles ready: owner ${roles.owner.user}, application ${roles.application.user}, benchmark ${roles.benchmark.user}` +
        (backup ? `, backup ${backup.user}` : ' (no DATABASE_BACKUP_URL: no backup login)'),
    );
  } finally {
    await admin.end();
  }
  const users = [roles.owner.user, roles.application.user, roles.benchmark.user, ...(backup ? [backup.user] : [])];
  await createPlatformDatabase(config.DATABASE_ADMIN_URL, roles.database, roles.owner.user, users, log);
}

/** The backup policy lets members of vt_role_backup read every tenant: none of the platform's own users may be one. */
async function refuseBackupMembers(client: pg.Client, roles: DatabaseRoles): Promise<void> {
  for (const user of [roles.owner.user, roles.application.user, roles.benchmark.user]) {
    const { rows } = await client.query<{ member: boolean }>(`SELECT pg_has_role($1, $2, 'MEMBER') AS member`, [user, BACKUP_GROUP_ROLE]);
    if (rows[0]!.member) {
      throw new ConfigError(
        `Database setup: "${user}" is a member of ${BACKUP_GROUP_ROLE} and would read every region's rows; REVOKE ${BACKUP_GROUP_ROLE} FROM "${user}"`,
      );
    }
  }
}

export interface SetupCheck {
  ok: boolean;
  lines: { ok: boolean; text: string }[];
}

/**
 * Verifies pre-created roles and database without changing anything (`db:setup --check`, for
 * installations where an operator or a cloud console creates the roles). Connects as the owner.
 */
export async function checkDatabaseSetup(config: AppConfig, options: SetupOptions = {}): Promise<SetupCheck> {
  const roles = parseDatabaseUrls(config);
  const backup = parseBackupUrl(options.backupUrl, roles);
  const lines: SetupCheck['lines'] = [];
  const check = (ok: boolean, text: string) => lines.push({ ok, text });
  const client = new pg.Client({ connectionString: config.DATABASE_OWNER_URL });
  await client.connect();
  try {
    const q = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows[0] as Record<string, unknown> | undefined;
    const role = async (name: string) =>
      (await client.query<RoleRow>(`SELECT ${ROLE_COLUMNS} FROM pg_roles WHERE rolname = $1`, [name])).rows[0];

    for (const group of [APPLICATION_GROUP_ROLE, BENCHMARK_GROUP_ROLE, BACKUP_GROUP_ROLE]) {
      const row = await role(group);
      if (!row) check(false, `group role ${group} is missing: CREATE ROLE ${group} NOLOGIN`);
      else {
        const bad = forbiddenAttributes(row);
        check(bad.length === 0, bad.length ? `${group} has ${bad.join(', ')}` : `group role ${group} exists`);
      }
    }
    const logins: [string, string, string | null][] = [
      ['owner', roles.owner.user, null],
      ['application', roles.application.user, APPLICATION_GROUP_ROLE],
      ['benchmark', roles.benchmark.user, BENCHMARK_GROUP_ROLE],
      ...(backup ? [['backup', backup.user, BACKUP_GROUP_ROLE] as [string, string, string]] : []),
    ];
    for (const [kind, user, group] of logins) {
      const row = await role(user);
      if (!row) {
        check(false, `${kind} user "${user}" is missing: CREATE ROLE "${user}" LOGIN PASSWORD '...'`);
        continue;
      }
      const bad = forbiddenAttributes(row);
      check(
        bad.length === 0 && row.rolcanlogin,
        `${kind} user "${user}": ${bad.length ? `has ${bad.join(', ')}` : row.rolcanlogin ? 'ordinary login role' : 'cannot log in (ALTER ROLE ... LOGIN)'}`,
      );
      if (group) {
        const member = (await q(`SELECT pg_has_role($1, $2, 'MEMBER') AS m`, [user, group]))?.m === true;
        check(member, member ? `"${user}" is a member of ${group}` : `"${user}" is not a member of ${group}: GRANT ${group} TO "${user}"`);
      }
      const connect = (await q(`SELECT has_database_privilege($1, $2, 'CONNECT') AS c`, [user, roles.database]))?.c === true;
      check(
        connect,
        connect
          ? `"${user}" may connect to ${roles.database}`
          : `"${user}" may not connect: GRANT CONNECT ON DATABASE "${roles.database}" TO "${user}"`,
      );
      if (kind !== 'backup') {
        const reads =
          (await role(BACKUP_GROUP_ROLE)) && (await q(`SELECT pg_has_role($1, $2, 'MEMBER') AS m`, [user, BACKUP_GROUP_ROLE]))?.m === true;
        if (reads)
          check(
            false,
            `"${user}" is a member of ${BACKUP_GROUP_ROLE} (would read every region): REVOKE ${BACKUP_GROUP_ROLE} FROM "${user}"`,
          );
      }
    }
    const db = await q(`SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`, [roles.database]);
    check(
      db?.owner === roles.owner.user,
      `database ${roles.database} owned by ${String(db?.owner)}${db?.owner === roles.owner.user ? '' : `: ALTER DATABASE "${roles.database}" OWNER TO "${roles.owner.user}"`}`,
    );
    const schema = await q(`SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'public'`, []);
    check(
      schema?.owner === roles.owner.user,
      `schema public owned by ${String(schema?.owner)}${schema?.owner === roles.owner.user ? '' : `: ALTER SCHEMA public OWNER TO "${roles.owner.user}"`}`,
    );
  } finally {
    await client.end();
  }
  return { ok: lines.every((line) => line.ok), lines };
}
