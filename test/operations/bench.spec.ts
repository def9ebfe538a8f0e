import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { requireEnv } from '../support/env.js';

// Issue 20: `npm run bench` against a configured PostgreSQL (DATABASE_URL and the related settings,
// not the embedded server), on a tiny dataset in a database of its own. The timings are not
// asserted (a shared CI machine); that every figure is there and sensible is.

const database = `vt_bench_${Date.now().toString(36)}_${process.pid}`;
const adminUrl = requireEnv('DATABASE_ADMIN_URL');
const roleUrl = (variable: string) => {
  const url = new URL(requireEnv(variable));
  url.pathname = `/${database}`;
  return url.toString();
};
const results = mkdtempSync(join(tmpdir(), 'vt-bench-'));

interface Rij {
  meting: string;
  'req/s': number;
  'cpu ms/req': number | null;
  fouten: number;
}

interface Resultaat {
  resultaten: Rij[];
  referentie: { 'req/s': number; 'cpu ms/req': number | null };
  verhoudingen: { meting: string; verhouding: number; cpuVerhouding: number | null; doel: number | null }[];
  snapshots: { jaren: string[]; regios: number; mislukt: number; seconden: number; perRegioJaarS: number; geextrapoleerd260S: number };
  rapportages: { rapport: string; regio: string; seconden: number[]; bytes: number }[];
}

describe('npm run bench against the configured PostgreSQL', () => {
  let stdout = '';
  let resultaat: Resultaat;

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_ADMIN_URL: adminUrl,
      DATABASE_OWNER_URL: roleUrl('DATABASE_OWNER_URL'),
      DATABASE_URL: roleUrl('DATABASE_URL'),
      BENCHMARK_DATABASE_URL: roleUrl('BENCHMARK_DATABASE_URL'),
      QUEUE_PREFIX: database.replaceAll('_', '-'),
      OUTBOX_RELAY: 'true',
      LOG_LEVEL: 'warn',
    };
    delete env.DEMO_POSTGRES_PORT;
    // The tests are built already (npm test builds first). Asynchronously: the Jest worker stays responsive.
    try {
      ({ stdout } = await promisify(execFile)(
        process.execPath,
        ['scripts/bench.mjs', '--tiny', '--duration', '1', '--no-build', '--results', results],
        { env, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      ));
    } catch (error) {
      const e = error as { code?: unknown; stdout?: string; stderr?: string };
      throw new Error(`bench failed (${String(e.code)}):\n${e.stdout}\n${e.stderr}`, { cause: error });
    }
    const bestanden = readdirSync(results).filter((f) => f.endsWith('.json'));
    if (bestanden.length !== 1) throw new Error(`bench wrote ${bestanden.length} JSON files:\n${stdout}`);
    resultaat = JSON.parse(readFileSync(join(results, bestanden[0]!), 'utf8')) as Resultaat;
  }, 260_000);

  afterAll(async () => {
    rmSync(results, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it('says it uses the configured PostgreSQL and writes the JSON and Markdown results', () => {
    expect(stdout).toContain('PostgreSQL: using DATABASE_URL');
    expect(readdirSync(results).filter((f) => f.endsWith('.md'))).toHaveLength(1);
  });

  it('measures every operation without errors, with the server CPU per request', () => {
    const metingen = resultaat.resultaten.map((r) => r.meting);
    for (const naam of ['melding(id)', 'werkvoorraad(first: 20)', 'registreerMelding', 'reference melding(id)'])
      expect(metingen).toContain(naam);
    expect(metingen.some((m) => /^benchmark\(\d{4}\)$/.test(m))).toBe(true);
    for (const rij of resultaat.resultaten) {
      expect(rij.fouten).toBe(0);
      expect(rij['req/s']).toBeGreaterThan(0);
      expect(rij['cpu ms/req']).toBeGreaterThan(0);
    }
    expect(resultaat.referentie['cpu ms/req']).toBeGreaterThan(0);
  });

  it('gives the ratio to the reference and the target for every measured operation', () => {
    const doelen = Object.fromEntries(resultaat.verhoudingen.map((v) => [v.meting.replace(/\(\d{4}\)$/, '(jaar)'), v.doel]));
    expect(doelen).toEqual({ 'melding(id)': 0.5, 'werkvoorraad(first: 20)': 0.25, registreerMelding: 0.1, 'benchmark(jaar)': 0.5 });
    for (const v of resultaat.verhoudingen) {
      expect(v.verhouding).toBeGreaterThan(0);
      expect(v.cpuVerhouding).toBeGreaterThan(0);
    }
  });

  it('times the snapshots of every loaded year and the reports of the largest loaded region', () => {
    // --tiny loads VT12 and VT18 (36 days back from today).
    expect(resultaat.snapshots.regios).toBe(2);
    expect(resultaat.snapshots.mislukt).toBe(0);
    expect(resultaat.snapshots.jaren.length).toBeGreaterThanOrEqual(1);
    expect(resultaat.snapshots.perRegioJaarS).toBeGreaterThan(0);
    expect(resultaat.snapshots.geextrapoleerd260S).toBeCloseTo(resultaat.snapshots.perRegioJaarS * 260, 0);
    expect(resultaat.rapportages.map((r) => r.rapport.split(' ')[0])).toEqual(['kwartaalrapportage', 'CBS']);
    for (const r of resultaat.rapportages) {
      expect(['VT12', 'VT18']).toContain(r.regio);
      expect(r.bytes).toBeGreaterThan(0);
      for (const s of r.seconden) expect(s).toBeGreaterThan(0);
    }
  });
});
