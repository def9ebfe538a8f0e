// `npm run demo`: one command from a fresh clone to a running platform with reference data.
// Installs dependencies, builds, provides PostgreSQL (DATABASE_URL, or an embedded server kept in
// .local/postgres) and Redis (REDIS_URL, one on 127.0.0.1:6379, or redis-server from PATH),
// sets up, migrates and seeds, starts the development identity provider, api, benchmark and worker, computes the benchmark snapshots of
// the periods the data covers, and prints the portal's URL, the GraphQL URLs, the IdP's accounts and tokens.
import { ensureInstalled } from './lib/install.mjs';

await ensureInstalled();
const { build, log, runCli } = await import('./lib/services.mjs');
const { prepareEnvironment } = await import('./lib/environment.mjs');
const { startApps, stopChildren } = await import('./lib/apps.mjs');
const { startDevIdp } = await import('./lib/dev-idp.mjs');
const { benchmarkPerioden, berekenBenchmarks, jarenVoor } = await import('./lib/benchmark.mjs');

const cleanups = [];
const children = [];
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  log('\nStopping...');
  await stopChildren(children);
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

  const years = process.argv.includes('--years') ? Number(process.argv[process.argv.indexOf('--years') + 1]) : 1;
  if (!(years > 0 && years <= 20)) await fail('--years must be a number from 0.01 to 20');
  log(`Demo data: ${years} year(s) of synthetic history for all 26 regions (regions that have data are kept)`);
  const env = await prepareEnvironment({ cleanups, dataYears: years });

  const apiPort = Number(process.env.API_PORT ?? 3000);
  const benchmarkPort = Number(process.env.BENCHMARK_PORT ?? 3001);
  // The portal (served by the api) calls the benchmark service from the browser: its URL, and CORS for the portal's origin.
  const portaalOrigins = [`http://localhost:${apiPort}`, `http://127.0.0.1:${apiPort}`].join(',');
  // The portal's real login (OIDC code flow + PKCE) against a development IdP the api and benchmark service trust.
  const idp = await startDevIdp({
    apiPort,
    children,
    onExit: (code) => {
      if (!stopping) fail(`The development IdP stopped unexpectedly (exit ${code}); see its messages above.`);
    },
  });
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_SCOPE, AUTH_ISSUERS_FILE } = idp.env;
  env.AUTH_ISSUERS_FILE = AUTH_ISSUERS_FILE;
  const apps = [
    {
      name: 'api',
      port: apiPort,
      env: { PORTAL_BENCHMARK_URL: `http://localhost:${benchmarkPort}/graphql`, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_SCOPE },
    },
    { name: 'benchmark', port: benchmarkPort, env: { CORS_ORIGINS: process.env.CORS_ORIGINS ?? portaalOrigins } },
    { name: 'worker', port: Number(process.env.WORKER_PORT ?? 3002) },
  ];
  await startApps(env, apps, children, (app, code) => {
    if (!stopping) fail(`The ${app.name} stopped unexpectedly (exit ${code}); see its messages above.`);
  });

  const token = runCli(['token', '--tenant', 'VT18', '--role', 'medewerker', '--user', 'demo-medewerker'], env, { quiet: true }).trim();
  const analistToken = runCli(['token', '--role', 'landelijk-analist', '--user', 'demo-analist'], env, { quiet: true }).trim();

  // The dashboard needs computed snapshots: the periods this run's data covers, for every participating region.
  const vandaag = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const perioden = benchmarkPerioden(jarenVoor(vandaag, years), vandaag);
  log(
    `Computing the benchmark snapshots of ${perioden.length} periods (${perioden[0]} to ${perioden.at(-1)}) for every participating region...`,
  );
  const gestart = Date.now();
  try {
    const mislukt = await berekenBenchmarks({ apiUrl: `http://127.0.0.1:${apps[0].port}/graphql`, token: analistToken, perioden, log });
    log(
      `Benchmark computed in ${Math.round((Date.now() - gestart) / 1000)} s${mislukt ? `; ${mislukt} region snapshot(s) failed (see above)` : ''}.`,
    );
  } catch (error) {
    // E.g. --no-benchmark data (no region takes part): the platform still runs, the dashboard stays empty.
    log(`Benchmark NOT computed: ${error.message}. The nightly run (02:00) or herberekenBenchmark computes it later.`);
  }

  log(`
The platform is running (Ctrl-C stops everything):
  Portaal    http://localhost:${apps[0].port}/
  GraphiQL   http://localhost:${apps[0].port}/graphiql
  api        http://127.0.0.1:${apps[0].port}/graphql
  benchmark  http://127.0.0.1:${apps[1].port}/graphql
  worker     http://127.0.0.1:${apps[2].port}/health/ready

Development identity provider (DEVELOPMENT ONLY: every account has the password "${idp.password}"):
  ${idp.issuer}
  In the portal choose "Inloggen" and use one of these accounts:
${idp.gebruikers.map((g) => `    ${g.gebruikersnaam.padEnd(32)}${g.regio ?? 'landelijk'}${g.team ? ` (${g.team})` : ''}`).join('\n')}
  The development login (any role and region, no password) stays on the same page.

Token for a medewerker of VT18 Rotterdam-Rijnmond (valid 8 hours):
  export TOKEN=${token}

Try:
  curl -s http://127.0.0.1:${apps[0].port}/graphql -H 'content-type: application/json' \\
    -H "authorization: Bearer $TOKEN" \\
    -d '{"query":"{ mijnOrganisatie { code naam inwoners gemeenten { code naam inwoners } } }"}'

Token for a landelijk-analist (benchmark service only):
  ${analistToken}

More tokens: npm run --silent token -- --tenant VT25 --role functioneel-beheerder --user jan
`);
} catch (error) {
  await fail(error.message);
}
