import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { benchmarkDeelnameSlot, bewaarDeelname, connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode } from '../support/casework.js';

// A period no other file writes snapshots for; VT01 is this file's region.
const PERIODE = '2013';
const KENGETAL = 'AANTAL_MELDINGEN';
const BENCHMARK = `query($periode: String!, $k: [String!]) { benchmark(periode: $periode, kengetallen: $k) { periode kengetallen {
  kengetal { code } regios { regioCode teller waarde onderdrukt eigenRegio } } } }`;

interface Cel {
  regioCode: string;
  teller: number | null;
  waarde: number | null;
  onderdrukt: boolean;
  eigenRegio: boolean;
}

/** The answer of benchmark(periode) is cached per snapshot version: never stale, never another caller's (VT01). */
describe('benchmark answer cache', () => {
  let benchmark: RunningApp;
  let admin: pg.Client;
  let vt01: string;
  let vrijgeven: (() => Promise<void>) | undefined;
  let herstelDeelname: (() => Promise<void>) | undefined;

  async function cel(token: string): Promise<Cel> {
    const response = await benchmark.gql<{ benchmark: { kengetallen: { regios: Cel[] }[] } }>(BENCHMARK, {
      token,
      variables: { periode: PERIODE, k: [KENGETAL] },
    });
    if (response.errors) throw Object.assign(new Error(JSON.stringify(response.errors)), { code: errorCode(response) });
    return response.data!.benchmark.kengetallen[0]!.regios.find((r) => r.regioCode === 'VT01')!;
  }

  /** What a finished recomputation does (BenchmarkBerekening.bereken): close the current row, open a new one. */
  async function herberekend(teller: number) {
    await admin.query('BEGIN');
    await admin.query(
      `UPDATE benchmark.kengetal_waarde SET geldig_tot = now() WHERE organisatie_id = $1 AND periode = $2 AND kengetal = $3 AND geldig_tot IS NULL`,
      [vt01, PERIODE, KENGETAL],
    );
    await admin.query(
      `INSERT INTO benchmark.kengetal_waarde (organisatie_id, periode, kengetal, teller, noemer, berekening_id) VALUES ($1, $2, $3, $4, NULL, 'cache-spec')`,
      [vt01, PERIODE, KENGETAL, teller],
    );
    await admin.query('COMMIT');
  }

  async function neemDeel(deelnemer: boolean) {
    await admin.query(
      `INSERT INTO benchmark.deelname (organisatie_id, deelnemer, gewijzigd_door) VALUES ($1, $2, 'cache-spec')
       ON CONFLICT (organisatie_id) DO UPDATE SET deelnemer = excluded.deelnemer, gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()`,
      [vt01, deelnemer],
    );
  }

  beforeAll(async () => {
    benchmark = await startApp('benchmark');
    // This file changes VT01's participation: no other file does so meanwhile.
    vrijgeven = await benchmarkDeelnameSlot();
    admin = await connectAs('admin');
    vt01 = await tenantIdOf('VT01');
    herstelDeelname = await bewaarDeelname(admin, [vt01]);
    await admin.query(`DELETE FROM benchmark.kengetal_waarde WHERE organisatie_id = $1 AND periode = $2`, [vt01, PERIODE]);
    await neemDeel(true);
  }, 60_000);

  afterAll(async () => {
    try {
      await admin?.query(`DELETE FROM benchmark.kengetal_waarde WHERE organisatie_id = $1 AND periode = $2`, [vt01, PERIODE]);
      await herstelDeelname?.();
    } finally {
      await admin?.end();
      await vrijgeven?.();
      await benchmark?.close();
    }
  });

  it('serves a recomputed snapshot at once after it completes, and keeps a newly small count suppressed', async () => {
    const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-cache' });
    await herberekend(50);
    expect(await cel(analist)).toMatchObject({ teller: 50, waarde: 50, onderdrukt: false });
    expect(await cel(analist)).toMatchObject({ teller: 50 }); // now from the cache
    await herberekend(80);
    expect(await cel(analist)).toMatchObject({ teller: 80, waarde: 80, onderdrukt: false });
    // Below the minimum: the cached published 80 must not be served, the new cell is suppressed.
    await herberekend(3);
    expect(await cel(analist)).toMatchObject({ teller: null, waarde: null, onderdrukt: true });
    await herberekend(80);
    expect(await cel(analist)).toMatchObject({ teller: 80, onderdrukt: false });
  });

  it("never gives one caller's cached answer to another where they differ", async () => {
    const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-cache' });
    const regio = await tokenFor({ tenant: 'VT01', roles: ['medewerker'] });
    // Same snapshot version for both; the analist asks first, so a shared entry would mark nothing.
    expect(await cel(analist)).toMatchObject({ teller: 80, eigenRegio: false });
    expect(await cel(regio)).toMatchObject({ teller: 80, eigenRegio: true });
    expect(await cel(analist)).toMatchObject({ eigenRegio: false });
    expect(await cel(regio)).toMatchObject({ eigenRegio: true });
  });

  it('refuses a region that stopped taking part although its answer was cached, and drops it from the others', async () => {
    const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-cache' });
    const regio = await tokenFor({ tenant: 'VT01', roles: ['medewerker'] });
    expect(await cel(regio)).toMatchObject({ eigenRegio: true });
    await neemDeel(false);
    await expect(cel(regio)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await cel(analist)).toBeUndefined();
    await neemDeel(true);
    expect(await cel(regio)).toMatchObject({ teller: 80, eigenRegio: true });
  });
});
