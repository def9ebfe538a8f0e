import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { ConfigError, StartupError } from '@vt/config';
import { createPlatformDatabase } from './setup.js';
import { BACKUP_GROUP_ROLE } from './roles.js';

type Log = (line: string) => void;

/** Schemas the platform's migrations create; everything in them is backed up. */
const SCHEMAS = ['public', 'referentie', 'benchmark'];

export interface BackupManifest {
  format: 'vt-backup-manifest/1';
  createdAt: string;
  database: string;
  serverVersion: string;
  /** Rows per table per tenant (tenant_id or organisatie_id as text; '' for tables without one). */
  rows: Record<string, Record<string, number>>;
  /** md5 over the access log (toegangslog) rows as text, ordered by id. */
  toegangslogMd5: string;
}

/** A PostgreSQL client tool (pg_dump, pg_restore) from PG_BIN_DIR or PATH, with its major version. */
export function findPgTool(name: 'pg_dump' | 'pg_restore'): { path: string; major: number } {
  const dirs = [process.env.PG_BIN_DIR, ...(process.env.PATH ?? '').split(delimiter)].filter((d): d is string => !!d);
  const path = dirs.map((dir) => join(dir, name)).find((candidate) => existsSync(candidate));
  if (!path) {
    throw new StartupError(
      `${name} not found on PATH (or in PG_BIN_DIR): install the PostgreSQL client of the server's major version, e.g. apt-get install postgresql-client-16 (README, "Backup and restore")`,
    );
  }
  const out = spawnSync(path, ['--version'], { encoding: 'utf8' });
  const match = /(\d+)(?:\.\d+)?/.exec(out.stdout ?? '');
  if (!match) throw new StartupError(`${path} --version printed no version`);
  return { path, major: Number(match[1]) };
}

function assertToolFits(tool: { path: string; major: number }, serverVersionNum: number): void {
  const server = Math.floor(serverVersionNum / 10000);
  if (tool.major < server) {
    throw new StartupError(
      `${tool.path} is version ${tool.major} but the server is PostgreSQL ${server}: install postgresql-client-${server} or set PG_BIN_DIR`,
    );
  }
}

/** The connection string without its password, and the password for PGPASSWORD (keeps it out of the process list). */
function splitPassword(url: string, database?: string): { url: string; password: string } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  if (database) parsed.pathname = `/${encodeURIComponent(database)}`;
  return { url: parsed.toString(), password };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Row counts per table per tenant and the access-log checksum, read in the caller's transaction. */
export async function databaseManifest(client: pg.ClientBase): Promise<Omit<BackupManifest, 'format' | 'createdAt'>> {
  await client.query(`SET LOCAL TimeZone = 'UTC'`);
  const meta = (
    await client.query<{ db: string; version: string }>(`SELECT current_database() AS db, current_setting('server_version') AS version`)
  ).rows[0]!;
  const tables = await client.query<{ name: string; tenant: string | null }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name,
            (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND NOT a.attisdropped
               AND a.attname IN ('tenant_id', 'organisatie_id') ORDER BY a.attname DESC LIMIT 1) AS tenant
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1) ORDER BY 1`,
    [SCHEMAS],
  );
  const rows: BackupManifest['rows'] = {};
  for (const table of tables.rows) {
    const key = table.tenant ? `${client.escapeIdentifier(table.tenant)}::text` : `''`;
    const counts = await client.query<{ t: string; n: string }>(`SELECT ${key} AS t, count(*) AS n FROM ${table.name} GROUP BY 1`);
    rows[table.name] = Object.fromEntries(counts.rows.map((row) => [row.t, Number(row.n)]));
  }
  const md5 = await client.query<{ md5: string }>(
    `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t.id), '')) AS md5 FROM public.toegangslog t`,
  );
  return { database: meta.db, serverVersion: meta.version, rows, toegangslogMd5: md5.rows[0]!.md5 };
}

/** Row-level-secured tables the backup role cannot read completely, and tables it may not SELECT. */
async function backupGaps(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string; reason: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name,
            CASE WHEN NOT has_table_privilege(c.oid, 'SELECT') THEN 'no SELECT privilege'
                 ELSE 'row-level security without a backup_lezen policy' END AS reason
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)
        AND (NOT has_table_privilege(c.oid, 'SELECT')
             OR (c.relrowsecurity AND NOT EXISTS (
                   SELECT 1 FROM pg_policy p
                    WHERE p.polrelid = c.oid AND p.polpermissive AND p.polcmd IN ('r', '*')
                      AND $2::regrole = ANY(p.polroles) AND pg_get_expr(p.polqual, p.polrelid) = 'true')))
      ORDER BY 1`,
    [SCHEMAS, BACKUP_GROUP_ROLE],
  );
  return rows.map((row) => `${row.name} (${row.reason})`);
}

function runTool(path: string, args: string[], password: string, progress: (line: string) => string | null, log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, {
      env: { ...process.env, PGPASSWORD: password, PGAPPNAME: 'vt-backup' },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    const errors: string[] = [];
    let buffer = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const shown = progress(line);
        if (shown) log(shown);
        else if (/error|fatal|warning/i.test(line)) errors.push(line);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (buffer && /error|fatal|warning/i.test(buffer)) errors.push(buffer);
      if (code === 0) resolve();
      else reject(new StartupError(`${path} exited with ${code}: ${errors.slice(0, 5).join(' | ') || 'no error text'}`));
    });
  });
}

export interface BackupOptions {
  /** DATABASE_BACKUP_URL: a member of vt_role_backup. */
  backupUrl: string;
  file: string;
  log?: Log;
}

/**
 * pg_dump (custom format) as the backup role, with row security on so the backup_lezen policies
 * apply, from an exported snapshot; the manifest (row counts per table per tenant, access-log
 * checksum) is read in the same snapshot and written next to the dump as FILE.manifest.json.
 */
export async function backupDatabase({ backupUrl, file, log = () => undefined }: BackupOptions): Promise<BackupManifest> {
  const started = Date.now();
  const tool = findPgTool('pg_dump');
  const client = new pg.Client({ connectionString: backupUrl, application_name: 'vt-backup' });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    const version = Number((await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]!.v);
    assertToolFits(tool, version);
    const member = (await client.query<{ m: boolean }>(`SELECT pg_has_role(current_user, $1, 'MEMBER') AS m`, [BACKUP_GROUP_ROLE])).rows[0]!
      .m;
    if (!member)
      throw new ConfigError(
        `DATABASE_BACKUP_URL's user is not a member of ${BACKUP_GROUP_ROLE}: run db:setup with DATABASE_BACKUP_URL set`,
      );
    const gaps = await backupGaps(client);
    if (gaps.length) {
      throw new StartupError(
        `Backup refused: the backup role cannot read all rows of ${gaps.length} table(s): ${gaps.join(', ')}; a migration must call allowBackupRead() for them`,
      );
    }
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ s: string }>('SELECT pg_export_snapshot() AS s')).rows[0]!.s;
    const { url, password } = splitPassword(backupUrl);
    log(`pg_dump ${tool.major} → ${file} (snapshot ${snapshot})`);
    let tables = 0;
    const dump = runTool(
      tool.path,
      ['--format=custom', '--enable-row-security', '--verbose', `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${url}`],
      password,
      (line) => {
        const match = /dumping contents of table "?([^"]+)"?/.exec(line);
        if (!match) return null;
        tables += 1;
        return `dumped table ${tables}: ${match[1]}`;
      },
      log,
    );
    const manifestPart = await databaseManifest(client);
    await dump;
    await client.query('COMMIT');
    const manifest: BackupManifest = { format: 'vt-backup-manifest/1', createdAt: new Date().toISOString(), ...manifestPart };
    await rename(partial, file);
    await writeFile(`${file}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    const size = (await stat(file)).size;
    const tenants = new Set(Object.values(manifest.rows).flatMap((counts) => Object.keys(counts).filter(Boolean))).size;
    const total = Object.values(manifest.rows).reduce((sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0), 0);
    log(
      `backup done: ${tables} tables, ${total.toLocaleString('nl-NL')} rows, ${tenants} tenants, ${(size / 1024 / 1024).toFixed(1)} MiB in ${((Date.now() - started) / 1000).toFixed(1)} s; manifest ${file}.manifest.json`,
    );
    return manifest;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

export interface RestoreOptions {
  file: string;
  /** The new database; it must not exist yet. */
  into: string;
  adminUrl: string;
  ownerUrl: string;
  /** Login users that get CONNECT on the new database (application, benchmark, backup). */
  connectUsers: string[];
  /** When set and FILE.manifest.json exists, the restored rows are compared with it as this (backup) role. */
  backupUrl?: string;
  log?: Log;
}

export interface RestoreResult {
  verified: boolean;
  differences: string[];
}

/** Compares a manifest with the same figures read from another database; returns the differences. */
export function compareManifests(
  expected: Pick<BackupManifest, 'rows' | 'toegangslogMd5'>,
  actual: Pick<BackupManifest, 'rows' | 'toegangslogMd5'>,
): string[] {
  const differences: string[] = [];
  for (const table of new Set([...Object.keys(expected.rows), ...Object.keys(actual.rows)])) {
    const a = expected.rows[table] ?? {};
    const b = actual.rows[table] ?? {};
    for (const tenant of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if ((a[tenant] ?? 0) !== (b[tenant] ?? 0))
        differences.push(`${table} tenant ${tenant || '-'}: ${a[tenant] ?? 0} in backup, ${b[tenant] ?? 0} restored`);
    }
  }
  if (expected.toegangslogMd5 !== actual.toegangslogMd5) differences.push('toegangslog checksum differs');
  return differences;
}

/**
 * Creates a new database (owner, CONNECT grants, schema public as db:setup does) and pg_restores
 * the dump into it as the owner in one transaction. Row data is loaded before the dump's post-data
 * section enables row-level security, so the owner's COPY is not filtered. Then verifies against
 * the manifest when there is one.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreResult> {
  const { file, into, adminUrl, ownerUrl, connectUsers, backupUrl, log = () => undefined } = options;
  const started = Date.now();
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(into)) throw new StartupError('--into must be a database name of lower-case letters, digits and _');
  if (!existsSync(file)) throw new StartupError(`No backup file ${file}`);
  const tool = findPgTool('pg_restore');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const version = Number((await admin.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]!.v);
    assertToolFits(tool, version);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [into]);
    if (exists.rowCount)
      throw new StartupError(`Database ${into} exists: restore only into a new database (drop it or choose another name)`);
  } finally {
    await admin.end();
  }
  const owner = decodeURIComponent(new URL(ownerUrl).username);
  await createPlatformDatabase(adminUrl, into, owner, [owner, ...connectUsers], log);

  const { url, password } = splitPassword(ownerUrl, into);
  let tables = 0;
  log(`pg_restore ${tool.major} ${file} → ${into} as ${owner}, one transaction`);
  await runTool(
    tool.path,
    ['--no-owner', '--exit-on-error', '--single-transaction', '--verbose', `--dbname=${url}`, file],
    password,
    (line) => {
      const match = /processing data for table "?([^"]+)"?/.exec(line);
      if (!match) return null;
      tables += 1;
      return `restored table ${tables}: ${match[1]}`;
    },
    log,
  );
  log(`restore done: ${tables} tables in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const manifestFile = `${file}.manifest.json`;
  if (!backupUrl || !existsSync(manifestFile)) {
    log(backupUrl ? `no ${manifestFile}: restored rows not verified` : 'DATABASE_BACKUP_URL not set: restored rows not verified');
    return { verified: false, differences: [] };
  }
  const expected = JSON.parse(await readFile(manifestFile, 'utf8')) as BackupManifest;
  const reader = new pg.Client({ connectionString: withDatabase(backupUrl, into), application_name: 'vt-backup' });
  await reader.connect();
  try {
    await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const actual = await databaseManifest(reader);
    await reader.query('COMMIT');
    const differences = compareManifests(expected, actual);
    if (differences.length === 0) {
      log(
        `verified: ${Object.keys(actual.rows).length} tables, row counts per tenant and the toegangslog checksum equal the backup's manifest`,
      );
    }
    return { verified: differences.length === 0, differences };
  } finally {
    await reader.end();
  }
}
