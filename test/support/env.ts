import { loadConfig, type AppConfig } from '@vt/config';

/** Settings of the test database and Redis prepared by scripts/test.mjs. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`npm test\` (scripts/test.mjs prepares the services)`);
  return value;
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  requireEnv('DATABASE_URL');
  return loadConfig({ ...process.env, ...overrides });
}

/** The user name in one of the database URL settings. */
export function userOf(variable: string): string {
  return decodeURIComponent(new URL(requireEnv(variable)).username);
}
