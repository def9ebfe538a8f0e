import { fileURLToPath } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import { StartupError, describeDatabaseFailure, type AppConfig } from '@vt/config';
import { runMigrations, setupDatabase } from '@vt/database';
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
    async run(config) {
      process.stdout.write('Setting up database and roles\n');
      await withDatabaseErrors('DATABASE_ADMIN_URL', config.DATABASE_ADMIN_URL, () => setupDatabase(config, log));
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
    },
    async run(config, values) {
      const jaren = Number(values.years ?? 1);
      if (!(jaren > 0 && jaren <= 20)) throw new StartupError('--years must be a number from 0.01 to 20');
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
