import { Queue } from 'bullmq';
import { KENGETALLEN } from '@vt/benchmark-kengetallen';
import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { benchmarkDeelnameSlot, connectAs, inTenant, tenantIdOf } from '../support/db.js';
import { requireEnv } from '../support/env.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding } from '../support/casework.js';

const JAAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).slice(0, 4);

const BENCHMARK = `query($periode: String!, $k: [String!]) { benchmark(periode: $periode, kengetallen: $k) { periode deelnemers kengetallen {
  kengetal { code } regios { regioCode waarde teller noemer onderdrukt eigenRegio } landelijk { waarde teller noemer onderdrukt } mediaan eersteKwartiel derdeKwartiel } } }`;

interface Vergelijking {
  kengetal: { code: string };
  regios: {
    regioCode: string;
    waarde: number | null;
    teller: number | null;
    noemer: number | null;
    onderdrukt: boolean;
    eigenRegio: boolean;
  }[];
  landelijk: { waarde: number | null; teller: number | null; noemer: number | null; onderdrukt: boolean };
  mediaan: number | null;
}

/** Participation, recomputation through the worker, disclosure control and reciprocity, end to end (VT04, VT07, VT08, VT24). */
describe('benchmark service', () => {
  let api: RunningApp;
  let benchmark: RunningApp;
  let worker: RunningApp;
  let analist: string;
  let vrijgeven: (() => Promise<void>) | undefined;

  async function herbereken(token: string, periode: string) {
    const started = await api.gql<{ herberekenBenchmark: { id: string; totaal: number } }>(
      `mutation($p: String!) { herberekenBenchmark(periode: $p) { id totaal } }`,
      { token, variables: { p: periode } },
    );
    if (started.errors) throw new Error(JSON.stringify(started.errors));
    const { id, totaal } = started.data!.herberekenBenchmark;
    for (let i = 0; i < 200; i++) {
      const job = await api.gql<{ benchmarkJob: { status: string; voortgang: number; verwerkt: number; mislukt: number } }>(
        `query($id: ID!) { benchmarkJob(id: $id) { status voortgang verwerkt mislukt } }`,
        { token, variables: { id } },
      );
      if (job.data?.benchmarkJob?.status === 'COMPLETED') return { id, totaal, ...job.data.benchmarkJob };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('recomputation did not finish in 20 s');
  }

  async function vergelijk(token: string, periode: string, kengetallen: string[]) {
    const response = await benchmark.gql<{ benchmark: { deelnemers: number; kengetallen: Vergelijking[] } }>(BENCHMARK, {
      token,
      variables: { periode, k: kengetallen },
    });
    if (response.errors) throw Object.assign(new Error(JSON.stringify(response.errors)), { code: errorCode(response) });
    return response.data!.benchmark;
  }

  beforeAll(async () => {
    [api, benchmark, worker] = await Promise.all([startApp('api'), startApp('benchmark'), startApp('worker')]);
    analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt' });
    // This file counts the participants: no other file changes participation meanwhile.
    vrijgeven = await benchmarkDeelnameSlot();
    const aantallen: Record<string, number> = { VT07: 12, VT08: 11, VT04: 3 };
    for (const [regio, n] of Object.entries(aantallen)) {
      const mw = await tokenFor({ tenant: regio, roles: ['medewerker'] });
      for (let i = 0; i < n; i++) await nieuweMelding(api, mw);
      const fb = await tokenFor({ tenant: regio, roles: ['functioneel-beheerder'], user: `fb-${regio}` });
      const joined = await api.gql(`mutation($p: String!) { neemDeelAanBenchmark(deelnemen: true, periode: $p) { deelnemer } }`, {
        token: fb,
        variables: { p: JAAR },
      });
      expect(joined.data).toEqual({ neemDeelAanBenchmark: { deelnemer: true } });
    }
    // VT24 has data but does not take part.
    await nieuweMelding(api, await tokenFor({ tenant: 'VT24' }));
  }, 120_000);
  afterAll(async () => {
    await vrijgeven?.();
    await Promise.all([api.close(), benchmark.close(), worker.close()]);
  });

  it('recomputes every participating region through the worker, with progress', async () => {
    const job = await herbereken(analist, JAAR);
    expect(job).toMatchObject({ totaal: 3, verwerkt: 3, mislukt: 0, voortgang: 1 });
  });

  it('shows the landelijk-analist all participating regions, suppressing small counts', async () => {
    const result = await vergelijk(analist, JAAR, ['AANTAL_MELDINGEN']);
    expect(result.deelnemers).toBe(3);
    const meldingen = result.kengetallen[0]!;
    expect(meldingen.regios.map((r) => [r.regioCode, r.onderdrukt, r.teller, r.waarde])).toEqual([
      ['VT04', true, null, null], // 3 < 10
      ['VT07', false, 10, 10], // 12 rounded to 10; the value is the rounded count, not 12
      ['VT08', false, 10, 10], // 11 rounded to 10
    ]);
    // National: the published cells only, so it cannot reveal VT04.
    expect(meldingen.landelijk).toMatchObject({ waarde: 20, teller: 20, onderdrukt: false });
    expect(meldingen.regios.some((r) => r.regioCode === 'VT24')).toBe(false);
  });

  it('computes every published value, national figure and median from the published (rounded) parts only', async () => {
    const result = await vergelijk(analist, JAAR, []);
    expect(result.kengetallen).toHaveLength(KENGETALLEN.length);
    const catalogus = (
      await benchmark.gql<{ kengetallen: { code: string; factor: number; noemer: string | null }[] }>(
        `{ kengetallen { code factor noemer } }`,
        { token: analist },
      )
    ).data!.kengetallen;
    for (const v of result.kengetallen) {
      const k = catalogus.find((x) => x.code === v.kengetal.code)!;
      const waarde = (t: number | null, n: number | null) =>
        t === null ? null : k.noemer === null ? t * k.factor : n ? (t / n) * k.factor : null;
      const gepubliceerd = v.regios.filter((r) => !r.onderdrukt);
      for (const r of gepubliceerd) expect([k.code, r.regioCode, r.waarde]).toEqual([k.code, r.regioCode, waarde(r.teller, r.noemer)]);
      if (gepubliceerd.length === 0) continue;
      const som = (deel: 'teller' | 'noemer') => gepubliceerd.reduce((t, r) => t + (r[deel] ?? 0), 0);
      expect([k.code, v.landelijk.teller]).toEqual([k.code, som('teller')]);
      expect([k.code, v.landelijk.waarde]).toEqual([k.code, waarde(som('teller'), k.noemer === null ? null : som('noemer'))]);
      const waarden = gepubliceerd
        .filter((r) => r.waarde !== null)
        .map((r) => r.waarde!)
        .sort((a, b) => a - b);
      const midden = (waarden.length - 1) / 2;
      const mediaan = waarden.length ? (waarden[Math.floor(midden)]! + waarden[Math.ceil(midden)]!) / 2 : null;
      expect([k.code, v.mediaan]).toEqual([k.code, mediaan === null ? null : expect.closeTo(mediaan, 9)]);
    }
    // A count divided by a measure (inhabitants): the rounded count, so the exact inhabitants do not give the count back.
    const fte = result.kengetallen.find((v) => v.kengetal.code === 'FTE_PER_1000_MELDINGEN')!;
    expect(fte.regios.find((r) => r.regioCode === 'VT07')).toMatchObject({ noemer: 10, waarde: 0 }); // no formatie registered
  });

  it("gives a region nothing to derive another region's suppressed count from (national − own exact − published others)", async () => {
    const vt07 = await vergelijk(await tokenFor({ tenant: 'VT07', roles: ['medewerker'] }), JAAR, [
      'AANTAL_MELDINGEN',
      'SIGNALEN_PER_1000_INWONERS',
      'PERCENTAGE_HERMELDINGEN',
    ]);
    const eigenExact = 12;
    for (const v of vt07.kengetallen) {
      const vt04 = v.regios.find((r) => r.regioCode === 'VT04')!;
      expect([v.kengetal.code, vt04.onderdrukt, vt04.waarde, vt04.teller]).toEqual([v.kengetal.code, true, null, null]);
      if (v.landelijk.onderdrukt) continue;
      const anderen = v.regios.filter((r) => !r.eigenRegio && !r.onderdrukt).reduce((t, r) => t + r.teller!, 0);
      const eigen = v.regios.find((r) => r.eigenRegio)!;
      // The national total is the sum of the published cells: nothing is left over for VT04.
      expect(v.landelijk.teller! - (eigen.onderdrukt ? 0 : eigen.teller!) - anderen).toBe(0);
      expect(v.landelijk.teller! - eigenExact - anderen).not.toBe(3);
    }
  });

  it('suppresses a year and half year that contain a suppressed quarter, so the others cannot give it', async () => {
    const admin = await connectAs('admin');
    const [vt04, vt07, vt08] = await Promise.all(['VT04', 'VT07', 'VT08'].map(tenantIdOf));
    const kwartalen: Record<string, number[]> = { [vt04!]: [30, 35, 40, 45], [vt07!]: [20, 25, 30, 35], [vt08!]: [50, 60, 4, 70] };
    try {
      for (const [id, q] of Object.entries(kwartalen)) {
        const perioden: [string, number][] = [
          ['2020-Q1', q[0]!],
          ['2020-Q2', q[1]!],
          ['2020-Q3', q[2]!],
          ['2020-Q4', q[3]!],
          ['2020-H1', q[0]! + q[1]!],
          ['2020-H2', q[2]! + q[3]!],
          ['2020', q.reduce((a, b) => a + b, 0)],
        ];
        for (const [periode, teller] of perioden) {
          await admin.query(
            `INSERT INTO benchmark.kengetal_waarde (organisatie_id, periode, kengetal, teller, berekening_id) VALUES ($1, $2, 'AANTAL_MELDINGEN', $3, 'test-genest')`,
            [id, periode, teller],
          );
        }
      }
    } finally {
      await admin.end();
    }
    const token = await tokenFor({ tenant: 'VT07', roles: ['medewerker'] });
    const vt08In = async (periode: string) =>
      (await vergelijk(token, periode, ['AANTAL_MELDINGEN'])).kengetallen[0]!.regios.find((r) => r.regioCode === 'VT08')!;
    for (const periode of ['2020-Q3', '2020-H2', '2020']) expect([periode, (await vt08In(periode)).onderdrukt]).toEqual([periode, true]);
    for (const periode of ['2020-Q1', '2020-Q2', '2020-Q4', '2020-H1'])
      expect([periode, (await vt08In(periode)).onderdrukt]).toEqual([periode, false]);
    const trend = await benchmark.gql<{ trend: { regios: { regioCode: string; punten: { periode: string; onderdrukt: boolean }[] }[] } }>(
      `query { trend(kengetal: "AANTAL_MELDINGEN", van: "2019", tot: "2020") { regios { regioCode punten { periode onderdrukt } } } }`,
      { token },
    );
    expect(trend.data!.trend.regios.find((r) => r.regioCode === 'VT08')!.punten.find((p) => p.periode === '2020')!.onderdrukt).toBe(true);
  });

  it('refuses an oversized kengetallen list quickly with VALIDATIE naming the field, and answers a repeated code once', async () => {
    for (const k of [Array.from({ length: 1000 }, () => 'AANTAL_MELDINGEN'), Array.from({ length: 1000 }, (_, i) => `ONBEKEND_${i}`)]) {
      const started = Date.now();
      const response = await benchmark.gql(BENCHMARK, { token: analist, variables: { periode: JAAR, k } });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(response.data ?? null).toBeNull();
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'kengetallen' });
    }
    const result = await vergelijk(analist, JAAR, ['AANTAL_MELDINGEN', 'AANTAL_ADVIEZEN', 'AANTAL_MELDINGEN', 'AANTAL_MELDINGEN']);
    expect(result.kengetallen.map((v) => v.kengetal.code)).toEqual(['AANTAL_MELDINGEN', 'AANTAL_ADVIEZEN']);
    const onbekend = await benchmark.gql(BENCHMARK, {
      token: analist,
      variables: { periode: JAAR, k: ['AANTAL_MELDINGEN', 'AANTAL_MELDINGEN', 'X'] },
    });
    expect(onbekend.errors![0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'kengetallen[2]' });
  });

  it('shows a participating region the others with its own marked; refuses a region that does not take part', async () => {
    const vt07 = await vergelijk(await tokenFor({ tenant: 'VT07', roles: ['medewerker'] }), JAAR, ['AANTAL_MELDINGEN']);
    expect(vt07.kengetallen[0]!.regios.find((r) => r.eigenRegio)!.regioCode).toBe('VT07');
    await expect(
      vergelijk(await tokenFor({ tenant: 'VT24', roles: ['functioneel-beheerder'] }), JAAR, ['AANTAL_MELDINGEN']),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps a frozen period, and keeps history when a reopened period changes', async () => {
    const fb = await tokenFor({ tenant: 'VT08', roles: ['functioneel-beheerder'], user: 'fb-VT08' });
    const periode = `${JAAR}-Q4`;
    await herbereken(fb, periode);
    await api.gql(`mutation($p: String!) { stelBenchmarkPeriodeVast(periode: $p, vastgesteld: true) { vastgesteld } }`, {
      token: fb,
      variables: { p: periode },
    });
    await nieuweMelding(api, await tokenFor({ tenant: 'VT08' }));
    const skipped = await herbereken(fb, periode);
    expect(skipped.totaal).toBe(1);
    const admin = await connectAs('admin');
    try {
      const rijen = async () =>
        (
          await admin.query(
            `SELECT teller::int, geldig_tot IS NULL AS huidig FROM benchmark.kengetal_waarde WHERE organisatie_id = $1 AND periode = $2 AND kengetal = 'AANTAL_MELDINGEN' ORDER BY id`,
            [await tenantIdOf('VT08'), periode],
          )
        ).rows;
      const frozen = await rijen();
      expect(frozen).toHaveLength(1);
      await api.gql(`mutation($p: String!) { stelBenchmarkPeriodeVast(periode: $p, vastgesteld: false) { vastgesteld } }`, {
        token: fb,
        variables: { p: periode },
      });
      await herbereken(fb, periode);
      const after = await rijen();
      expect(after).toEqual([
        { teller: frozen[0].teller, huidig: false },
        { teller: frozen[0].teller + 1, huidig: true },
      ]);
    } finally {
      await admin.end();
    }
  });

  it('gives a trend per period, across a year boundary', async () => {
    const response = await benchmark.gql<{
      trend: { periodes: string[]; regios: { regioCode: string; punten: { periode: string; onderdrukt: boolean }[] }[] };
    }>(
      `query($van: String!, $tot: String!) { trend(kengetal: "AANTAL_MELDINGEN", van: $van, tot: $tot) { periodes regios { regioCode punten { periode waarde onderdrukt } } landelijk { periode waarde } } }`,
      { token: analist, variables: { van: `${Number(JAAR) - 1}-Q4`, tot: `${JAAR}-Q1` } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.trend.periodes).toEqual([`${Number(JAAR) - 1}-Q4`, `${JAAR}-Q1`]);
  });

  it('lets a functioneel-beheerder recompute only the own region, and follow only their own jobs', async () => {
    const fb07 = await tokenFor({ tenant: 'VT07', roles: ['functioneel-beheerder'], user: 'fb-VT07' });
    const job = await herbereken(fb07, JAAR);
    expect(job.totaal).toBe(1);
    const fb08 = await tokenFor({ tenant: 'VT08', roles: ['functioneel-beheerder'], user: 'fb-VT08' });
    expect(await api.gql(`query($id: ID!) { benchmarkJob(id: $id) { id } }`, { token: fb08, variables: { id: job.id } })).toEqual({
      data: { benchmarkJob: null },
    });
    expect(
      errorCode(
        await api.gql(`mutation { herberekenBenchmark(periode: "2026") { id } }`, {
          token: await tokenFor({ tenant: 'VT07', roles: ['medewerker'] }),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(`mutation { herberekenBenchmark(periode: "2026-Q5") { id } }`, { token: fb07 }))).toBe('VALIDATIE');
  });

  it('plans the nightly snapshots of the open periods for every participant', async () => {
    const queue = new Queue('benchmark', { connection: { url: requireEnv('REDIS_URL') }, prefix: requireEnv('QUEUE_PREFIX') }).on(
      'error',
      () => undefined,
    );
    try {
      const job = await queue.add('nachtelijk', {});
      for (let i = 0; i < 100 && (await job.getState()) !== 'completed'; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await job.getState()).toBe('completed');
      const vandaag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      const vt07 = await tenantIdOf('VT07');
      const gepland = await queue.getJob(`nacht-${vandaag}-${vt07}-${JAAR}`);
      expect(gepland?.data).toEqual({ tenantId: vt07, periode: JAAR, berekeningId: `nacht-${vandaag}` });
      expect(await queue.getJob(`nacht-${vandaag}-${await tenantIdOf('VT24')}-${JAAR}`)).toBeUndefined(); // does not take part
      // Let the planned snapshots finish, so later tests see a quiet queue.
      for (let i = 0; i < 200; i++) {
        const states = await Promise.all((await queue.getJobs(['waiting', 'active', 'delayed'])).map((j) => j.getState()));
        if (states.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await queue.close();
    }
  });

  it('fails a job without a tenant without touching anything', async () => {
    const queue = new Queue('benchmark', { connection: { url: requireEnv('REDIS_URL') }, prefix: requireEnv('QUEUE_PREFIX') }).on(
      'error',
      () => undefined,
    );
    const admin = await connectAs('admin');
    try {
      const job = await queue.add('snapshot', { periode: JAAR, berekeningId: 'zonder-tenant' }, { attempts: 3 });
      let state = '';
      for (let i = 0; i < 100 && state !== 'failed'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        state = await job.getState();
      }
      expect(state).toBe('failed');
      expect((await queue.getJob(job.id!))!.attemptsMade).toBe(1); // unrecoverable: not retried
      expect(
        (await admin.query(`SELECT count(*)::int AS n FROM benchmark.kengetal_waarde WHERE berekening_id = 'zonder-tenant'`)).rows[0].n,
      ).toBe(0);
    } finally {
      await admin.end();
      await queue.close();
    }
  });

  it("lets the application role write only its own organisation's aggregates", async () => {
    const app: pg.Client = await connectAs('application');
    try {
      const [vt07, vt08] = await Promise.all([tenantIdOf('VT07'), tenantIdOf('VT08')]);
      await expect(
        inTenant(app, vt07, () =>
          app.query(
            `INSERT INTO benchmark.kengetal_waarde (organisatie_id, periode, kengetal, teller, berekening_id) VALUES ($1, '2020', 'AANTAL_MELDINGEN', 1, 'x')`,
            [vt08],
          ),
        ),
      ).rejects.toMatchObject({ code: '42501' });
      const seen = await inTenant(
        app,
        vt07,
        async () => (await app.query(`SELECT DISTINCT organisatie_id FROM benchmark.kengetal_waarde`)).rows,
      );
      expect(seen).toEqual([{ organisatie_id: vt07 }]);
    } finally {
      await app.end();
    }
  });
});
