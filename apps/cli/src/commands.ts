import { fileURLToPath } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import { StartupError, describeDatabaseFailure, type AppConfig } from '@vt/config';
import {
  backupDatabase,
  checkDatabaseSetup,
  parseBackupUrl,
  parseDatabaseUrls,
  restoreDatabase,
  runMigrations,
  setupDatabase,
} from '@vt/database';
import { signDevToken, ROLLEN, isRol } from '@vt/auth';
import { seedReferenceData } from '@vt/organisatie';
import { migrations } from '@vt/migrations';
import { writeSchemaOf } from './schema.js';
import { laadDemodata } from '@vt/demodata';

type Values = Record<string, string | boolean | string[] | undefined>;
interface Command {
  options?: ParseArgsConfig['options'];
  run(config: AppConfig, values: Values): Promise<void>;
}

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const log = (line: string) => process.stdout.write(`  ${line}\n`);

async function withDatabaseErrors<T>(variable: string, url: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code && /^(ECONNREFUSED|ENOTFOUND|28P01|28000|3D000)$/.test(code)) throw describeDatabaseFailure(variable, url, error);
    throw error;
  }
}

export const commands: Record<string, Command> = {
  'db:setup': {
    options: { check: { type: 'boolean' } },
    async run(config, values) {
      const backupUrl = process.env.DATABASE_BACKUP_URL || undefined;
      // DB_SETUP=check: the roles were created by an operator (managed PostgreSQL); only verify them.
      if (values.check || process.env.DB_SETUP === 'check') {
        process.stdout.write('Checking pre-created database and roles (nothing is changed)\n');
        const result = await withDatabaseErrors('DATABASE_OWNER_URL', config.DATABASE_OWNER_URL, () =>
          checkDatabaseSetup(config, { backupUrl }),
        );
        for (const line of result.lines) log(`${line.ok ? 'ok     ' : 'MISSING'} ${line.text}`);
        if (!result.ok)
          throw new StartupError(`${result.lines.filter((line) => !line.ok).length} problem(s) above; see README "Managed PostgreSQL"`);
        return;
      }
      process.stdout.write('Setting up database and roles\n');
      await withDatabaseErrors('DATABASE_ADMIN_URL', config.DATABASE_ADMIN_URL, () => setupDatabase(config, log, { backupUrl }));
    },
  },
  'db:backup': {
    options: { file: { type: 'string' } },
    async run(_config, values) {
      const file = values.file as string | undefined;
      if (!file) throw new StartupError('--file is required (where the dump is written; FILE.manifest.json is written next to it)');
      const backupUrl = process.env.DATABASE_BACKUP_URL;
      if (!backupUrl)
        throw new StartupError('DATABASE_BACKUP_URL is not set: the backup runs as the backup role (README, "Backup and restore")');
      process.stdout.write('Backing up as the backup role (pg_dump, custom format)\n');
      await withDatabaseErrors('DATABASE_BACKUP_URL', backupUrl, () => backupDatabase({ backupUrl, file, log }));
    },
  },
  'db:restore': {
    options: { file: { type: 'string' }, into: { type: 'string' } },
    async run(config, values) {
      const file = values.file as string | undefined;
      const into = values.into as string | undefined;
      if (!file || !into) throw new StartupError('--file and --into are required (--into names a new database)');
      const roles = parseDatabaseUrls(config);
      const backupUrl = process.env.DATABASE_BACKUP_URL || undefined;
      const backup = parseBackupUrl(backupUrl, roles);
      process.stdout.write(`Restoring ${file} into the new database ${into}\n`);
      const result = await withDatabaseErrors('DATABASE_ADMIN_URL', config.DATABASE_ADMIN_URL, () =>
        restoreDatabase({
          file,
          into,
          adminUrl: config.DATABASE_ADMIN_URL,
          ownerUrl: config.DATABASE_OWNER_URL,
          connectUsers: [roles.application.user, roles.benchmark.user, ...(backup ? [backup.user] : [])],
          backupUrl,
          log,
        }),
      );
      if (result.differences.length) {
        for (const difference of result.differences.slice(0, 20)) log(`DIFFERS ${difference}`);
        throw new StartupError(`Restored database ${into} differs from the backup's manifest in ${result.differences.length} place(s)`);
      }
    },
  },
  'db:migrate': {
    async run(config) {
      process.stdout.write('Running migrations as the owner\n');
      await withDatabaseErrors('DATABASE_OWNER_URL', config.DATABASE_OWNER_URL, () => runMigrations(config, migrations, log));
    },
  },
  'db:seed': {
    async run(config) {
      process.stdout.write('Loading regions and gemeenten (source: CBS / PDOK, CC BY 4.0)\n');
      const summary = await withDatabaseErrors('DATABASE_OWNER_URL', config.DATABASE_OWNER_URL, () =>
        seedReferenceData(config.DATABASE_OWNER_URL, `${projectRoot}data`, log),
      );
      log(
        `${summary.organisaties} organisaties, ${summary.regios} regio's, ${summary.gemeenten} gemeenten, ${summary.inwoners.toLocaleString('nl-NL')} inwoners (1-1-2022)`,
      );
    },
  },
  token: {
    options: {
      tenant: { type: 'string' },
      role: { type: 'string', multiple: true },
      user: { type: 'string' },
      ttl: { type: 'string' },
    },
    async run(config, values) {
      if (!config.devKeysEnabled) throw new StartupError('Development tokens are disabled (NODE_ENV=production or AUTH_DEV_KEYS=false)');
      const rollen = (values.role as string[] | undefined) ?? ['medewerker'];
      const unknown = rollen.filter((rol) => !isRol(rol));
      if (unknown.length) throw new StartupError(`Unknown role ${unknown.join(', ')}; known roles: ${ROLLEN.join(', ')}`);
      const tenant = values.tenant as string | undefined;
      if (tenant !== undefined && !/^VT[0-9]{2}$/.test(tenant)) throw new StartupError('--tenant must be a region code such as VT18');
      if (!tenant && !rollen.includes('landelijk-analist'))
        throw new StartupError('--tenant is required for region roles (e.g. --tenant VT18)');
      const user = (values.user as string | undefined) ?? 'dev-user';
      const token = await signDevToken(config.AUTH_DEV_KEY_FILE, {
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
        userId: user,
        naam: user,
        tenant,
        rollen,
        expiresIn: (values.ttl as string | undefined) ?? '8h',
      });
      process.stdout.write(`${token}\n`);
    },
  },
  'data:generate': {
    options: {
      years: { type: 'string' },
      seed: { type: 'string' },
      regions: { type: 'string' },
      until: { type: 'string' },
      'no-benchmark': { type: 'boolean' },
      parallel: { type: 'string' },
    },
    async run(config, values) {
      const jaren = Number(values.years ?? 1);
      if (!(jaren > 0 && jaren <= 20)) throw new StartupError('--years must be a number from 0.01 to 20');
      const parallel = Number(values.parallel ?? 2);
      if (!(Number.isInteger(parallel) && parallel >= 1 && parallel <= 8))
        throw new StartupError('--parallel must be a whole number from 1 to 8');
      const seed = Number(values.seed ?? 20261123);
      if (!Number.isInteger(seed)) throw new StartupError('--seed must be a whole number');
      process.stdout.write(`Generating ${jaren} year(s) of synthetic data (seed ${seed}); regions that already have data are skipped\n`);
      const result = await withDatabaseErrors('DATABASE_OWNER_URL', config.DATABASE_OWNER_URL, () =>
        laadDemodata({
          ownerUrl: config.DATABASE_OWNER_URL,
          appUrl: config.DATABASE_URL,
          seed,
          jaren,
          regios: values.regions ? String(values.regions).split(',') : undefined,
          tot: values.until as string | undefined,
          deelnemen: !values['no-benchmark'],
          parallel,
          log,
        }),
      );
      log(
        `${result.regios} regions loaded, ${result.overgeslagen} skipped, ${result.rijen.toLocaleString('nl-NL')} rows in ${result.seconden.toFixed(1)} s`,
      );
      const a = result.aantallen;
      if (result.regios > 0)
        log(
          `meldingen ${a.meldingen}, adviezen ${a.adviezen}, FTE ${a.fte?.toFixed(1)}; eerste melding ${a.EERSTE_MELDING ?? 0}, hermelding ${a.HERMELDING ?? 0}, vervolgmelding ${(a.VERVOLGMELDING_TIJDENS_BEOORDELING ?? 0) + (a.VERVOLGMELDING_NA_BEOORDELING ?? 0) + (a.VERVOLGMELDING_TIJDENS_MONITORING ?? 0)}`,
        );
    },
  },
  'schema:generate': {
    async run() {
      for (const app of ['api', 'benchmark'] as const) {
        await writeSchemaOf(app, `${projectRoot}apps/${app}/schema.gql`);
        log(`wrote apps/${app}/schema.gql`);
      }
    },
  },
};
