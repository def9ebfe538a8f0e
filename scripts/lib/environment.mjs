// Provides PostgreSQL (DATABASE_URL or the embedded server in .local/postgres) and Redis
// (REDIS_URL, a server on 127.0.0.1:6379, or redis-server from PATH), set up, migrated and seeded.
import { join } from 'node:path';
import { freePort, log, portAnswers, runCli, startEmbeddedPostgres, startRedis } from './services.mjs';

export async function prepareEnvironment({ cleanups, dataYears = 1, dataArgs = [] }) {
  const env = { NODE_ENV: process.env.NODE_ENV ?? 'development' };
  if (process.env.DATABASE_URL) {
    log('PostgreSQL: using DATABASE_URL and the related settings from the environment');
    if (process.env.DATABASE_ADMIN_URL) runCli(['db:setup'], env);
  } else {
    const dataDir = join(process.cwd(), '.local', 'postgres');
    const port = Number(process.env.DEMO_POSTGRES_PORT ?? 54329);
    if (await portAnswers('127.0.0.1', port)) {
      throw new Error(`Port ${port} is in use (another demo or bench still running?). Stop it, or set DEMO_POSTGRES_PORT.`);
    }
    log(`PostgreSQL: starting the embedded server (data in .local/postgres, port ${port})`);
    const server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    cleanups.push(server.stop);
    const url = (user) => `postgres://${user}:${user}@127.0.0.1:${port}/veilig_thuis`;
    Object.assign(env, {
      DATABASE_ADMIN_URL: server.adminUrl,
      DATABASE_OWNER_URL: url('vt_owner'),
      DATABASE_URL: url('vt_app'),
      BENCHMARK_DATABASE_URL: url('vt_benchmark'),
    });
    runCli(['db:setup'], env);
  }
  runCli(['db:migrate'], env);
  runCli(['db:seed'], env);
  if (dataYears > 0) runCli(['data:generate', '--years', String(dataYears), ...dataArgs], env);

  if (process.env.REDIS_URL) {
    log('Redis: using REDIS_URL');
  } else if (await portAnswers('127.0.0.1', 6379)) {
    log('Redis: using the server on 127.0.0.1:6379');
    env.REDIS_URL = 'redis://127.0.0.1:6379';
  } else {
    const port = await freePort();
    log(`Redis: starting redis-server on port ${port}`);
    const server = await startRedis({ port });
    cleanups.push(server.stop);
    env.REDIS_URL = server.url;
  }
  return env;
}
