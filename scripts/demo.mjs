// `npm run demo`: one command from a fresh clone to a running platform with reference data.
// Installs dependencies, builds, provides PostgreSQL (DATABASE_URL, or an embedded server kept in
// .local/postgres) and Redis (REDIS_URL, one on 127.0.0.1:6379, or redis-server from PATH),
// sets up, migrates and seeds, starts api, benchmark and worker, and prints URLs and a token.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled } from './lib/install.mjs';

ensureInstalled();
const { build, freePort, log, portAnswers, runCli, startEmbeddedPostgres, startRedis } = await import('./lib/services.mjs');

const cleanups = [];
const children = [];
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  log('\nStopping...');
  await Promise.all(children.map((child) => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  })));
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function fail(message) {
  process.stderr.write(`${message}\n`);
  return stop(1);
}

try {
  log('Building...');
  build();

  const env = { NODE_ENV: process.env.NODE_ENV ?? 'development' };
  if (process.env.DATABASE_URL) {
    log('PostgreSQL: using DATABASE_URL and the related settings from the environment');
    if (process.env.DATABASE_ADMIN_URL) runCli(['db:setup'], env);
  } else {
    const dataDir = join(process.cwd(), '.local', 'postgres');
    const port = Number(process.env.DEMO_POSTGRES_PORT ?? 54329);
    if (await portAnswers('127.0.0.1', port)) {
      await fail(`Port ${port} is in use (another demo still running?). Stop it, or set DEMO_POSTGRES_PORT.`);
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

  const apps = [
    { name: 'api', port: Number(process.env.API_PORT ?? 3000) },
    { name: 'benchmark', port: Number(process.env.BENCHMARK_PORT ?? 3001) },
    { name: 'worker', port: Number(process.env.WORKER_PORT ?? 3002) },
  ];
  for (const app of apps) {
    if (await portAnswers('127.0.0.1', app.port)) {
      await fail(`Port ${app.port} for the ${app.name} is in use; stop what uses it or set ${app.name.toUpperCase()}_PORT.`);
    }
  }
  for (const app of apps) {
    const child = spawn(process.execPath, [`apps/${app.name}/dist/main.js`], {
      env: { ...process.env, ...env, PORT: String(app.port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code) => {
      if (!stopping) fail(`The ${app.name} stopped unexpectedly (exit ${code}); see its messages above.`);
    });
    children.push(child);
  }
  for (const app of apps) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready = await fetch(`http://127.0.0.1:${app.port}/health/ready`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline) await fail(`The ${app.name} did not become ready within 30 s.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  const token = runCli(['token', '--tenant', 'VT18', '--role', 'medewerker', '--user', 'demo-medewerker'], env, { quiet: true }).trim();
  const analistToken = runCli(['token', '--role', 'landelijk-analist', '--user', 'demo-analist'], env, { quiet: true }).trim();
  log(`
The platform is running (Ctrl-C stops everything):
  api        http://127.0.0.1:${apps[0].port}/graphql
  benchmark  http://127.0.0.1:${apps[1].port}/graphql
  worker     http://127.0.0.1:${apps[2].port}/health/ready

Token for a medewerker of VT18 Rotterdam-Rijnmond (valid 8 hours):
  export TOKEN=${token}

Try:
  curl -s http://127.0.0.1:${apps[0].port}/graphql -H 'content-type: application/json' \\
    -H "authorization: Bearer $TOKEN" \\
    -d '{"query":"{ mijnOrganisatie { code naam inwoners gemeenten { naam inwoners } } }"}'

Token for a landelijk-analist (benchmark service only):
  ${analistToken}

More tokens: npm run --silent token -- --tenant VT25 --role functioneel-beheerder --user jan
`);
} catch (error) {
  await fail(error.message);
}
