// `npm run bench`: starts the platform against a loaded dataset and measures, in one run, with
// autocannon on loopback: reads (melding(id), werkvoorraad), registreerMelding, the benchmark
// snapshots of a year for all participating regions, benchmark(periode) latency, and a bare
// Apollo + pg reference server on the same read. Writes bench-results/*.json and *.md.
// It also reports the api's CPU time per request (from the process's own counters) against the
// reference, and times the region's reports (kwartaalrapportage, CBS) and the benchmark snapshots of
// every loaded year through the api, as a user would.
// Runs against the embedded PostgreSQL, or the one named by DATABASE_URL and the related settings.
// Options: --years N (dataset to load when empty, default 1), --duration S (default 10), --tiny (CI),
// --no-build (the caller built already), --results DIR (default bench-results).
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import { ensureInstalled } from './lib/install.mjs';

await ensureInstalled();
const { build, freePort, log, runCli } = await import('./lib/services.mjs');
const { prepareEnvironment } = await import('./lib/environment.mjs');
const { startApps, stopChildren } = await import('./lib/apps.mjs');
const { cpuSeconds } = await import('./lib/cpu.mjs');
const { berekenBenchmarks, jarenVoor } = await import('./lib/benchmark.mjs');
const { default: autocannon } = await import('autocannon');
const { default: pg } = await import('pg');

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const tiny = process.argv.includes('--tiny');
const duration = Number(arg('--duration', tiny ? 2 : 10));
const years = Number(arg('--years', tiny ? 0.1 : 1));
const resultsDir = arg('--results', 'bench-results');
const cleanups = [];
const children = [];
let exitCode = 0;
let stopping = false;

const connections = tiny ? 4 : 20;

// The issue's targets (issue 20): throughput as a share of the reference, and p99 where one is set.
const DOELEN = {
  'melding(id)': { verhouding: 0.5, p99: 50 },
  'werkvoorraad(first: 20)': { verhouding: 0.25 },
  registreerMelding: { verhouding: 0.1, p99: 100 },
  benchmark: { verhouding: 0.5 },
};

/** One autocannon phase; `pid` is the server process whose CPU counters are read before and after. */
async function cannon(name, opts, pid) {
  const cpuVoor = cpuSeconds(pid);
  const result = await autocannon({ connections, duration, ...opts });
  const cpuNa = cpuSeconds(pid);
  const verzoeken = result.requests.total;
  const row = {
    meting: name,
    verbindingen: opts.connections ?? connections,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p97.5 ms': result.latency.p97_5,
    'p99 ms': result.latency.p99,
    // The server's own CPU (user + system) per completed request: steadier than req/s on a shared machine.
    'cpu ms/req':
      cpuVoor === null || cpuNa === null || verzoeken === 0 ? null : Number((((cpuNa - cpuVoor) * 1000) / verzoeken).toFixed(3)),
    fouten: result.errors + result.non2xx + result.timeouts,
  };
  log(
    `  ${name}: ${row['req/s']} req/s, p50 ${row['p50 ms']} ms, p99 ${row['p99 ms']} ms, cpu ${row['cpu ms/req'] ?? '?'} ms/req, errors ${row.fouten}`,
  );
  return row;
}

const gql = (query, variables) => JSON.stringify({ query, variables });

/**
 * Seconds one GET of a report download takes (status 200 required), as a user's client sees it. On a
 * connection of its own (node:http, no keep-alive pool), so an idle pooled socket cannot be reused
 * just as the server closes it.
 */
function download(url, bearer) {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { authorization: `Bearer ${bearer}` } }, (res) => {
      const delen = [];
      res.on('data', (deel) => delen.push(deel));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(delen);
        const seconden = (performance.now() - start) / 1000;
        if (res.statusCode !== 200) reject(new Error(`GET ${url}: HTTP ${res.statusCode} ${body.toString('utf8').slice(0, 300)}`));
        else resolve({ seconden, bytes: body.length });
      });
    });
    req.on('error', (error) => reject(new Error(`GET ${url}: ${error.message}`)));
  });
}

/** Starts the reference server (scripts/lib/reference-server.mjs) as a child and waits for "ready". */
async function startReference(port, databaseUrl, tenantId) {
  const child = spawn(process.execPath, ['scripts/lib/reference-server.mjs'], {
    env: { ...process.env, PORT: String(port), REFERENCE_DATABASE_URL: databaseUrl, REFERENCE_TENANT_ID: tenantId },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`the reference server exited with ${code}`)));
  });
  return child;
}

try {
  if (!process.argv.includes('--no-build')) {
    log('Building...');
    build();
  }
  const env = await prepareEnvironment({ cleanups, dataYears: years, dataArgs: tiny ? ['--regions', 'VT12,VT18'] : [] });
  env.QUEUE_PREFIX = process.env.QUEUE_PREFIX ?? `bench-${Date.now().toString(36)}`;
  env.LOG_LEVEL = 'warn';
  env.DATABASE_POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? '20';
  // The settings as the apps see them (environment, then the defaults of @vt/config): with DATABASE_URL
  // from the environment, `env` holds only what the script adds.
  const { loadConfig } = await import('@vt/config');
  const config = loadConfig({ ...process.env, ...env });
  const ports = { api: await freePort(), benchmark: await freePort(), worker: await freePort(), reference: await freePort() };
  await startApps(
    env,
    [
      { name: 'api', port: ports.api },
      { name: 'benchmark', port: ports.benchmark },
      { name: 'worker', port: ports.worker },
    ],
    children,
    (app, code, signal) => {
      if (!stopping && code !== 0) log(`${app.name} exited with ${code ?? signal}`);
    },
  );
  const [apiPid, benchmarkPid] = [children[0].pid, children[1].pid];
  const token = runCli(['token', '--tenant', 'VT18', '--role', 'medewerker', '--user', 'bench'], env, { quiet: true }).trim();
  const analist = runCli(['token', '--role', 'landelijk-analist', '--user', 'bench-lnvt'], env, { quiet: true }).trim();
  const auth = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

  // Ids of VT18 meldingen, read as the owner inside VT18's tenant; the loaded regions and their size.
  const owner = new pg.Client({ connectionString: config.DATABASE_OWNER_URL });
  await owner.connect();
  // Imported here, not at the top: the workspace packages are built by then.
  const { inTenantTransaction } = await import('@vt/database');
  const organisaties = (await owner.query(`SELECT id::text, code FROM referentie.organisatie WHERE code ~ '^VT[0-9]{2}$' ORDER BY code`))
    .rows;
  const vt18 = organisaties.find((o) => o.code === 'VT18').id;
  const { ids, totaalMeldingen } = await inTenantTransaction(owner, vt18, async () => ({
    ids: (await owner.query(`SELECT id FROM melding ORDER BY random() LIMIT 2000`)).rows.map((r) => r.id),
    totaalMeldingen: Number((await owner.query(`SELECT count(*) FROM melding`)).rows[0].count),
  }));
  let grootste = { code: 'VT18', meldingen: -1 };
  for (const o of organisaties) {
    const meldingen = await inTenantTransaction(owner, o.id, async () =>
      Number((await owner.query(`SELECT count(*) FROM melding`)).rows[0].count),
    );
    if (meldingen > grootste.meldingen) grootste = { code: o.code, meldingen };
  }
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
  resultaten.push(await cannon('melding(id)', meldingLoad, apiPid));
  resultaten.push(
    await cannon(
      'werkvoorraad(first: 20)',
      {
        url: `http://127.0.0.1:${ports.api}`,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: auth,
            body: gql('{ werkvoorraad(first: 20) { edges { node { soort meldingNummer uiterlijkeDatum verlopen } } } }'),
          },
        ],
      },
      apiPid,
    ),
  );
  let n = 0;
  resultaten.push(
    await cannon(
      'registreerMelding',
      {
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
      },
      apiPid,
    ),
  );

  // Snapshots: every participating region, every year the loaded data touches (12 months each).
  const vandaag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const jaar = vandaag.slice(0, 4);
  const jaren = [];
  for (let j = Number(jarenVoor(vandaag, years).slice(0, 4)); j <= Number(jaar); j++) jaren.push(String(j));
  const snapshotStart = performance.now();
  const mislukteSnapshots = await berekenBenchmarks({
    apiUrl: `http://127.0.0.1:${ports.api}/graphql`,
    token: analist,
    perioden: jaren,
    log,
    pollMs: 100,
    timeoutMs: 600_000,
  });
  const snapshotSeconden = (performance.now() - snapshotStart) / 1000;
  const deelnemers = await fetch(`http://127.0.0.1:${ports.benchmark}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${analist}` },
    body: gql('query($p: String!) { benchmark(periode: $p) { deelnemers } }', { p: jaar }),
  })
    .catch((error) => {
      throw new Error(`benchmark(${jaar}) on the benchmark service: ${error.cause?.message ?? error.message}`);
    })
    .then((r) => r.json())
    .then((r) => r.data.benchmark.deelnemers);
  const regioJaren = deelnemers * jaren.length;
  const snapshots = {
    jaren,
    regios: deelnemers,
    mislukt: mislukteSnapshots,
    seconden: Number(snapshotSeconden.toFixed(2)),
    perRegioJaarS: Number((snapshotSeconden / regioJaren).toFixed(3)),
    // The target is for 26 regions × 10 years: what that would take at this rate (one worker).
    geextrapoleerd260S: Number(((snapshotSeconden / regioJaren) * 260).toFixed(1)),
    doelS: 60,
  };
  log(
    `  snapshots ${jaren.join(', ')}: ${deelnemers} regions × ${jaren.length} years in ${snapshots.seconden} s, ${snapshots.perRegioJaarS} s per region-year, 26 × 10 extrapolated ${snapshots.geextrapoleerd260S} s (target < 60 s)`,
  );

  // The region's reports through the api's downloads, for the region with the most meldingen.
  const beheerder = runCli(['token', '--tenant', grootste.code, '--role', 'functioneel-beheerder', '--user', 'bench-fb'], env, {
    quiet: true,
  }).trim();
  const maand = Number(vandaag.slice(5, 7));
  const halfjaar = maand >= 7 ? `${jaar}-H1` : `${Number(jaar) - 1}-H2`;
  const rapportages = [];
  for (const [naam, pad, doelS] of [
    [`kwartaalrapportage ${jaar} (PDF)`, `/rapportages/kwartaal/${jaar}.pdf`, 1],
    [`CBS ${halfjaar} (levering.csv)`, `/rapportages/cbs/${halfjaar}/levering.csv`, 5],
  ]) {
    // Twice: the first includes the server's warm-up; the target is judged on the slower one.
    const keren = [];
    for (let k = 0; k < 2; k++) keren.push(await download(`http://127.0.0.1:${ports.api}${pad}`, beheerder));
    const seconden = Math.max(...keren.map((r) => r.seconden));
    rapportages.push({
      rapport: naam,
      regio: grootste.code,
      seconden: keren.map((r) => Number(r.seconden.toFixed(3))),
      bytes: keren[0].bytes,
      doelS,
    });
    log(`  ${naam}, ${grootste.code}: ${keren.map((r) => r.seconden.toFixed(2)).join(' s, ')} s (target < ${doelS} s)`);
    if (!(seconden > 0)) throw new Error(`no time measured for ${naam}`);
  }

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
  resultaten.push(await cannon(`benchmark(${jaar})`, benchmarkRequest, benchmarkPid));
  // Latency without queueing: one client at a time (with 20 connections the latency is mostly waiting in line).
  resultaten.push(await cannon(`benchmark(${jaar}), 1 connection`, { ...benchmarkRequest, connections: 1 }, benchmarkPid));
  resultaten.push(await cannon('melding(id), 1 connection', { ...meldingLoad, connections: 1 }, apiPid));

  // Reference: a bare Apollo server with one pg query, no tenancy, auth or audit, in a process of its
  // own, as the api's role on the api's database (the session's tenant set once per connection).
  const reference = await startReference(ports.reference, config.DATABASE_URL, vt18);
  const ref = await cannon(
    'reference melding(id)',
    { url: `http://127.0.0.1:${ports.reference}`, requests: [{ setupRequest: (req) => ({ ...req, ...meldingRequest(), path: '/' }) }] },
    reference.pid,
  );
  resultaten.push(ref);

  // Every measured operation against the reference: throughput share and CPU share (reference CPU per
  // request / ours: 0.5 means our server spends twice the reference's CPU on a request).
  const verhoudingen = resultaten
    .filter((r) => r !== ref && r.verbindingen === connections)
    .map((r) => {
      const doel = DOELEN[r.meting.startsWith('benchmark(') ? 'benchmark' : r.meting] ?? {};
      const verhouding = r['req/s'] / ref['req/s'];
      const cpuVerhouding = r['cpu ms/req'] && ref['cpu ms/req'] ? ref['cpu ms/req'] / r['cpu ms/req'] : null;
      return {
        meting: r.meting,
        verhouding: Number(verhouding.toFixed(3)),
        cpuVerhouding: cpuVerhouding === null ? null : Number(cpuVerhouding.toFixed(3)),
        'cpu ms/req': r['cpu ms/req'],
        'p99 ms': r['p99 ms'],
        doel: doel.verhouding ?? null,
        p99Doel: doel.p99 ?? null,
        gehaald: doel.verhouding === undefined ? null : verhouding >= doel.verhouding && (doel.p99 === undefined || r['p99 ms'] < doel.p99),
      };
    });

  const summary = {
    datum: new Date().toISOString(),
    tiny,
    duurPerMetingS: duration,
    meldingenVt18: totaalMeldingen,
    resultaten,
    referentie: { 'req/s': ref['req/s'], 'cpu ms/req': ref['cpu ms/req'] },
    verhoudingen,
    snapshots,
    rapportages,
    verhoudingTotReferentie: verhoudingen[0].verhouding,
  };
  await mkdir(resultsDir, { recursive: true });
  const stamp = summary.datum.replace(/[:.]/g, '-');
  const fmt = (v, digits = 2) => (v === null || v === undefined ? '–' : Number(v).toFixed(digits));
  const table = [
    '| meting | connections | req/s | p50 ms | p97.5 ms | p99 ms | cpu ms/req | fouten |',
    '|---|---|---|---|---|---|---|---|',
    ...resultaten.map(
      (r) =>
        `| ${r.meting} | ${r.verbindingen} | ${r['req/s']} | ${r['p50 ms']} | ${r['p97.5 ms']} | ${r['p99 ms']} | ${fmt(r['cpu ms/req'])} | ${r.fouten} |`,
    ),
    '',
    '| against the reference | req/s ratio | CPU ratio (ref cpu/req ÷ ours) | target | p99 ms | met |',
    '|---|---|---|---|---|---|',
    ...verhoudingen.map(
      (v) =>
        `| ${v.meting} | ${fmt(v.verhouding)} | ${fmt(v.cpuVerhouding)} | ${v.doel === null ? '–' : `≥ ${v.doel}`}${v.p99Doel ? `, p99 < ${v.p99Doel} ms` : ''} | ${v['p99 ms']} | ${v.gehaald === null ? '–' : v.gehaald ? 'yes' : 'no'} |`,
    ),
    '',
    '| report | region | seconds (1st, 2nd) | target |',
    '|---|---|---|---|',
    ...rapportages.map((r) => `| ${r.rapport} | ${r.regio} | ${r.seconden.join(', ')} | < ${r.doelS} s |`),
    `| benchmark snapshots ${jaren.join(', ')} | ${deelnemers} regions | ${snapshots.seconden} (${snapshots.perRegioJaarS} per region-year; 26 × 10: ${snapshots.geextrapoleerd260S}) | < 60 s for 26 × 10 |`,
  ].join('\n');
  await writeFile(join(resultsDir, `bench-${stamp}.json`), JSON.stringify(summary, null, 2));
  await writeFile(join(resultsDir, `bench-${stamp}.md`), `${table}\n`);
  log(`\n${table}\n\nWritten to ${join(resultsDir, `bench-${stamp}`)}.json and .md`);
  if (resultaten.some((r) => r.fouten > 0) || mislukteSnapshots > 0) {
    log('Some requests failed: see above.');
    exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`bench failed: ${error?.stack ?? error}\n`);
  exitCode = 1;
} finally {
  stopping = true;
  await stopChildren(children);
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}
process.exit(exitCode);
