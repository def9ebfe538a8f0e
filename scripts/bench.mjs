// `npm run bench`: starts the platform against a loaded dataset and measures, in one run, with
// autocannon on loopback: reads (melding(id), werkvoorraad), registreerMelding, the benchmark
// snapshots of a year for all participating regions, benchmark(periode) latency, and a bare
// Apollo + pg reference server on the same read. Writes bench-results/*.json and *.md.
// Options: --years N (dataset to load when empty, default 1), --duration S (default 10), --tiny (CI).
import { mkdir, writeFile } from 'node:fs/promises';
import { ensureInstalled } from './lib/install.mjs';

await ensureInstalled();
const { build, freePort, log, runCli } = await import('./lib/services.mjs');
const { prepareEnvironment } = await import('./lib/environment.mjs');
const { startApps, stopChildren } = await import('./lib/apps.mjs');
const { default: autocannon } = await import('autocannon');
const { default: pg } = await import('pg');

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const tiny = process.argv.includes('--tiny');
const duration = Number(arg('--duration', tiny ? 2 : 10));
const years = Number(arg('--years', tiny ? 0.1 : 1));
const cleanups = [];
const children = [];
let exitCode = 0;

async function cannon(name, opts) {
  const result = await autocannon({ connections: tiny ? 4 : 20, duration, ...opts });
  const verbindingen = opts.connections ?? (tiny ? 4 : 20);
  const row = {
    meting: name,
    verbindingen,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p97.5 ms': result.latency.p97_5,
    'p99 ms': result.latency.p99,
    fouten: result.errors + result.non2xx + result.timeouts,
  };
  log(`  ${name}: ${row['req/s']} req/s, p50 ${row['p50 ms']} ms, p99 ${row['p99 ms']} ms, errors ${row.fouten}`);
  return row;
}

const gql = (query, variables) => JSON.stringify({ query, variables });

try {
  log('Building...');
  build();
  const env = await prepareEnvironment({ cleanups, dataYears: years, dataArgs: tiny ? ['--regions', 'VT12,VT18'] : [] });
  env.QUEUE_PREFIX = `bench-${Date.now().toString(36)}`;
  env.LOG_LEVEL = 'warn';
  env.DATABASE_POOL_SIZE = env.DATABASE_POOL_SIZE ?? '20';
  const ports = { api: await freePort(), benchmark: await freePort(), worker: await freePort(), reference: await freePort() };
  await startApps(
    env,
    [
      { name: 'api', port: ports.api },
      { name: 'benchmark', port: ports.benchmark },
      { name: 'worker', port: ports.worker },
    ],
    children,
    (app, code) => {
      if (exitCode === 0 && code !== null && code !== 0) log(`${app.name} exited with ${code}`);
    },
  );
  const token = runCli(['token', '--tenant', 'VT18', '--role', 'medewerker', '--user', 'bench'], env, { quiet: true }).trim();
  const analist = runCli(['token', '--role', 'landelijk-analist', '--user', 'bench-lnvt'], env, { quiet: true }).trim();
  const auth = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

  // Ids of VT18 meldingen, read as the owner inside VT18's tenant.
  const owner = new pg.Client({ connectionString: env.DATABASE_OWNER_URL });
  await owner.connect();
  // Imported here, not at the top: the workspace packages are built by then.
  const { inTenantTransaction } = await import('@vt/database');
  const vt18 = (await owner.query(`SELECT id::text FROM referentie.organisatie WHERE code = 'VT18'`)).rows[0].id;
  const { ids, totaalMeldingen } = await inTenantTransaction(owner, vt18, async () => ({
    ids: (await owner.query(`SELECT id FROM melding ORDER BY random() LIMIT 2000`)).rows.map((r) => r.id),
    totaalMeldingen: Number((await owner.query(`SELECT count(*) FROM melding`)).rows[0].count),
  }));
  await owner.end();
  if (ids.length === 0) throw new Error('no meldingen in VT18: load data first (npm run data:generate)');
  log(`Dataset: ${totaalMeldingen} meldingen in VT18. Measuring (${duration} s each)...`);
  let i = 0;
  const meldingRequest = () => ({
    method: 'POST',
    path: '/graphql',
    headers: auth,
    body: gql('query($id: ID!) { melding(id: $id) { id nummer fase melder { naam } casus { id } } }', { id: ids[i++ % ids.length] }),
  });
  const resultaten = [];

  const meldingLoad = { url: `http://127.0.0.1:${ports.api}`, requests: [{ setupRequest: (req) => ({ ...req, ...meldingRequest() }) }] };
  resultaten.push(await cannon('melding(id)', meldingLoad));
  resultaten.push(
    await cannon('werkvoorraad(first: 20)', {
      url: `http://127.0.0.1:${ports.api}`,
      requests: [
        {
          method: 'POST',
          path: '/graphql',
          headers: auth,
          body: gql('{ werkvoorraad(first: 20) { edges { node { soort meldingNummer uiterlijkeDatum verlopen } } } }'),
        },
      ],
    }),
  );
  let n = 0;
  resultaten.push(
    await cannon('registreerMelding', {
      url: `http://127.0.0.1:${ports.api}`,
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            method: 'POST',
            path: '/graphql',
            headers: auth,
            body: gql('mutation($input: RegistreerMeldingInput!) { registreerMelding(input: $input) { id } }', {
              input: {
                melder: { naam: 'Bench Melder', organisatie: 'ONDERWIJS', telefoon: '010-1234567' },
                betrokkenen: [{ naam: `Bench Persoon ${process.pid}-${n++}`, geboortedatum: '2015-01-01', rol: 'KIND' }],
                aardGeweld: ['KINDERMISHANDELING'],
                duurGeweld: 'ONBEKEND',
                afwegingskader: { acuteOnveiligheid: false, structureleOnveiligheid: true },
                gemeenteCode: 'GM0599', // Rotterdam: the token is VT18's
              },
            }),
          }),
        },
      ],
    }),
  );

  // Snapshots: every participating region, one year.
  const jaar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).slice(0, 4);
  const start = Date.now();
  const post = (port, body, bearer) =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body,
    }).then((r) => r.json());
  const started = await post(
    ports.api,
    gql('mutation($p: String!) { herberekenBenchmark(periode: $p) { id totaal } }', { p: jaar }),
    analist,
  );
  if (started.errors) throw new Error(`herberekenBenchmark: ${JSON.stringify(started.errors)}`);
  let job;
  for (;;) {
    job = (
      await post(
        ports.api,
        gql('query($id: ID!) { benchmarkJob(id: $id) { status verwerkt mislukt totaal } }', { id: started.data.herberekenBenchmark.id }),
        analist,
      )
    ).data.benchmarkJob;
    if (job.status === 'COMPLETED' || job.status === 'FAILED') break;
    if (Date.now() - start > 600_000) throw new Error(`benchmark snapshots did not finish within 600 s (state ${job.status})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const snapshotSeconden = (Date.now() - start) / 1000;
  log(`  snapshots ${jaar}: ${job.totaal} regions in ${snapshotSeconden.toFixed(1)} s (${job.mislukt} failed)`);

  const benchmarkRequest = {
    url: `http://127.0.0.1:${ports.benchmark}`,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analist}` },
        body: gql(
          'query($p: String!) { benchmark(periode: $p) { deelnemers kengetallen { kengetal { code } landelijk { waarde } mediaan regios { regioCode waarde onderdrukt } } } }',
          { p: jaar },
        ),
      },
    ],
  };
  resultaten.push(await cannon(`benchmark(${jaar})`, benchmarkRequest));
  // Latency without queueing: one client at a time (with 20 connections the latency is mostly waiting in line).
  resultaten.push(await cannon(`benchmark(${jaar}), 1 connection`, { ...benchmarkRequest, connections: 1 }));
  resultaten.push(await cannon('melding(id), 1 connection', { ...meldingLoad, connections: 1 }));

  // Reference: a bare Apollo server with one pg query, no tenancy, auth or audit.
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const pool = new pg.Pool({
    connectionString: env.DATABASE_ADMIN_URL ? env.DATABASE_ADMIN_URL.replace(/\/[^/]*$/, '/veilig_thuis') : env.DATABASE_OWNER_URL,
    max: 20,
  });
  const reference = new ApolloServer({
    typeDefs:
      'type Casus { id: ID! } type Melder { naam: String! } type Melding { id: ID! nummer: String! fase: String! melder: Melder! casus: Casus! } type Query { melding(id: ID!): Melding }',
    resolvers: {
      Query: {
        melding: async (_, { id }) => {
          const r = (await pool.query('SELECT id, nummer, fase, melder_naam, casus_id FROM melding WHERE id = $1', [id])).rows[0];
          return r && { id: r.id, nummer: r.nummer, fase: r.fase, melder: { naam: r.melder_naam }, casus: { id: r.casus_id } };
        },
      },
    },
  });
  const { url: refUrl } = await startStandaloneServer(reference, { listen: { port: ports.reference, host: '127.0.0.1' } });
  const ref = await cannon('reference melding(id)', {
    url: refUrl.replace(/\/$/, ''),
    requests: [{ setupRequest: (req) => ({ ...req, ...meldingRequest(), path: '/' }) }],
  });
  resultaten.push(ref);
  await reference.stop();
  await pool.end();

  const ratio = resultaten[0]['req/s'] / ref['req/s'];
  const summary = {
    datum: new Date().toISOString(),
    tiny,
    duurPerMetingS: duration,
    meldingenVt18: totaalMeldingen,
    resultaten,
    snapshots: { jaar, regios: job.totaal, mislukt: job.mislukt, seconden: snapshotSeconden },
    verhoudingTotReferentie: ratio,
  };
  await mkdir('bench-results', { recursive: true });
  const stamp = summary.datum.replace(/[:.]/g, '-');
  const table = [
    '| meting | connections | req/s | p50 ms | p97.5 ms | p99 ms | fouten |',
    '|---|---|---|---|---|---|---|',
    ...resultaten.map(
      (r) => `| ${r.meting} | ${r.verbindingen} | ${r['req/s']} | ${r['p50 ms']} | ${r['p97.5 ms']} | ${r['p99 ms']} | ${r.fouten} |`,
    ),
    '',
    `Snapshots ${jaar}: ${job.totaal} regions in ${snapshotSeconden.toFixed(1)} s. melding(id) throughput / reference: ${ratio.toFixed(2)}.`,
  ].join('\n');
  await writeFile(`bench-results/bench-${stamp}.json`, JSON.stringify(summary, null, 2));
  await writeFile(`bench-results/bench-${stamp}.md`, `${table}\n`);
  log(`\n${table}\n\nWritten to bench-results/bench-${stamp}.json and .md`);
  if (resultaten.some((r) => r.fouten > 0) || job.mislukt > 0) {
    log('Some requests failed: see above.');
    exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`bench failed: ${error?.stack ?? error}\n`);
  exitCode = 1;
} finally {
  await stopChildren(children);
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}
process.exit(exitCode);
