import { ConfigError, type AppConfig } from '@vt/config';

export interface RoleCredentials {
  user: string;
  password: string;
}

export interface DatabaseRoles {
  database: string;
  owner: RoleCredentials;
  application: RoleCredentials;
  benchmark: RoleCredentials;
}

function credentials(variable: string, value: string): { creds: RoleCredentials; database: string } {
  const url = new URL(value);
  const user = decodeURIComponent(url.username);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!user) throw new ConfigError(`Invalid configuration: ${variable} must name a user`);
  if (!database) throw new ConfigError(`Invalid configuration: ${variable} must name a database`);
  return { creds: { user, password: decodeURIComponent(url.password) }, database };
}

/** The three roles and the database named by the URLs; they must agree on the database and differ in user. */
export function parseDatabaseUrls(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_OWNER_URL' | 'BENCHMARK_DATABASE_URL'>,
): DatabaseRoles {
  const owner = credentials('DATABASE_OWNER_URL', config.DATABASE_OWNER_URL);
  const application = credentials('DATABASE_URL', config.DATABASE_URL);
  const benchmark = credentials('BENCHMARK_DATABASE_URL', config.BENCHMARK_DATABASE_URL);
  for (const [variable, parsed] of [
    ['DATABASE_URL', application],
    ['BENCHMARK_DATABASE_URL', benchmark],
  ] as const) {
    if (parsed.database !== owner.database) {
      throw new ConfigError(
        `Invalid configuration: ${variable} names database "${parsed.database}" but DATABASE_OWNER_URL names "${owner.database}"`,
      );
    }
  }
  const users = [owner.creds.user, application.creds.user, benchmark.creds.user];
  if (new Set(users).size !== 3) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_OWNER_URL, DATABASE_URL and BENCHMARK_DATABASE_URL must use three different users',
    );
  }
  return { database: owner.database, owner: owner.creds, application: application.creds, benchmark: benchmark.creds };
}

/**
 * The optional backup login (DATABASE_BACKUP_URL, read from the environment by the commands that
 * need it): same database as the other URLs, a user of its own.
 */
export function parseBackupUrl(value: string | undefined, roles: DatabaseRoles): RoleCredentials | null {
  if (!value) return null;
  let parsed: { creds: RoleCredentials; database: string };
  try {
    parsed = credentials('DATABASE_BACKUP_URL', value);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError('Invalid configuration: DATABASE_BACKUP_URL must be a postgres:// URL');
  }
  if (parsed.database !== roles.database) {
    throw new ConfigError(
      `Invalid configuration: DATABASE_BACKUP_URL names database "${parsed.database}" but DATABASE_OWNER_URL names "${roles.database}"`,
    );
  }
  if ([roles.owner.user, roles.application.user, roles.benchmark.user].includes(parsed.creds.user)) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_BACKUP_URL must use a user of its own (not the owner, application or benchmark user)',
    );
  }
  return parsed.creds;
}
