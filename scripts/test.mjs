// `npm test`: builds, provides PostgreSQL and Redis (the ones named by DATABASE_ADMIN_URL and
// REDIS_URL, or throwaway ones it starts), prepares a fresh test database with the real
// setup/migrate/seed commands, runs Jest, and prints "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled } from './lib/install.mjs';

await ensureInstalled();
const { default: pg } = await import('pg');
const { build, freePort, log, runCli, startEmbeddedPostgres, startRedis } = await import('./lib/services.mjs');
const jestArgs = process.argv.slice(2);
const work = await mkdtemp(join(tmpdir(), 'vt-test-'));
const cleanups = [];
let exitCode;

try {
  log('Building and type-checking...');
  build({ withTests: true });

  let adminUrl = process.env.DATABASE_ADMIN_URL;
  if (adminUrl) {
    log(`PostgreSQL: using DATABASE_ADMIN_URL (${new URL(adminUrl).host})`);
  } else {
    const port = await freePort();
    log(`PostgreSQL: starting a throwaway embedded server on port ${port}`);
    const server = await startEmbeddedPostgres({ dataDir: join(work, 'pgdata'), port, persistent: false });
    adminUrl = server.adminUrl;
    cleanups.push(server.stop);
  }

  let redisUrl = process.env.REDIS_URL;
  if (redisUrl) {
    log(`Redis: using REDIS_URL (${new URL(redisUrl).host})`);
  } else {
    const port = await freePort();
    log(`Redis: starting a throwaway redis-server on port ${port}`);
    const server = await startRedis({ port });
    redisUrl = server.url;
    cleanups.push(server.stop);
  }

  const database = `vt_test_${Date.now().toString(36)}_${process.pid}`;
  const roleUrl = (user) => {
    const url = new URL(adminUrl);
    url.username = user;
    url.password = `${user}_pw`;
    url.pathname = `/${database}`;
    return url.toString();
  };
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_ADMIN_URL: adminUrl,
    DATABASE_OWNER_URL: roleUrl('vt_test_owner'),
    DATABASE_URL: roleUrl('vt_test_app'),
    BENCHMARK_DATABASE_URL: roleUrl('vt_test_benchmark'),
    REDIS_URL: redisUrl,
    AUTH_DEV_KEY_FILE: join(work, 'dev-signing-key.json'),
    TEST_RUN_ID: database,
    QUEUE_PREFIX: database.replaceAll('_', '-'),
    // Test workers share one database but not one Redis: only the outbox test runs a relay.
    OUTBOX_RELAY: 'false',
  };
  cleanups.unshift(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  log(`Preparing test database ${database}`);
  runCli(['db:setup'], env, { quiet: true });
  runCli(['db:migrate'], env, { quiet: true });
  runCli(['db:seed'], env, { quiet: true });

  const resultFile = join(work, 'jest-results.json');
  const jest = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '--json',
      `--outputFile=${resultFile}`,
      ...jestArgs,
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  exitCode = jest.status ?? 1;
  try {
    const results = JSON.parse(await readFile(resultFile, 'utf8'));
    log(`${results.numPassedTests} passed, ${results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0)} failed`);
  } catch {
    log('0 passed, 1 failed');
    exitCode = exitCode || 1;
  }
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  log('0 passed, 1 failed');
  exitCode = 1;
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error) => process.stderr.write(`cleanup: ${error.message}\n`));
  await rm(work, { recursive: true, force: true });
}
process.exit(exitCode);
