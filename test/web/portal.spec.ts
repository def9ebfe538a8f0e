import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { Queue } from 'bullmq';
import { apiApp } from '@vt/api';
import { benchmarkApp } from '@vt/benchmark';
import { workerApp } from '@vt/worker';
import { laadDemodata } from '@vt/demodata';
import { createApp, type BootstrapOptions } from '@vt/platform';
import { startBrowser } from '../support/browser.js';
import { requireEnv, testConfig } from '../support/env.js';
import { freePort } from '../support/net.js';
import { tokenFor } from '../support/tokens.js';

/**
 * The portal in a real browser (Debian's Chromium through Playwright) against the api, benchmark
 * service and worker started in-process, on a database of its own: 35 days of synthetic data for 25
 * regions that take part in the benchmark (VT24 has no data and does not take part), the
 * benchmark of 2026-Q2 computed by the worker. Its own database because participation is
 * per organisation, not per test: the other benchmark tests count participants in the shared one.
 */
const PERIODE = '2026-Q2';
const HALFJAAR = '2026-H1';
const KENGETAL = 'FTE_PER_1000_MELDINGEN';
const SCREENSHOTS = resolve('test-results/screenshots');
const WEB_DIST = resolve('apps/web/dist');
const GRIJS = 'rgb(208, 208, 208)'; // KAART_KLEUREN.geen in apps/web/src/kaart/regiokaart.tsx
const DEELNEMERS = Array.from({ length: 26 }, (_, i) => `VT${String(i + 1).padStart(2, '0')}`).filter((c) => c !== 'VT24');

/** Relative luminance-ish brightness of a computed CSS colour "rgb(r, g, b)". */
function helderheid(kleur: string): number {
  const [r, g, b] = (kleur.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

interface Omgeving {
  api: INestApplication;
  benchmark: INestApplication;
  worker: INestApplication;
  url: string;
  benchmarkUrl: string;
  database: string;
}

function databaseUrl(variable: string, database: string): string {
  const url = new URL(requireEnv(variable));
  url.pathname = `/${database}`;
  return url.toString();
}

async function gql<T>(url: string, query: string, token: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

const BENCHMARK = `query($p: String!, $k: [String!]) { benchmark(periode: $p, kengetallen: $k) { kengetallen {
  kengetal { code } landelijk { waarde teller noemer onderdrukt } regios { regioCode regioNaam waarde teller noemer onderdrukt eigenRegio } } } }`;
type Regio = {
  regioCode: string;
  regioNaam: string;
  waarde: number | null;
  teller: number | null;
  noemer: number | null;
  onderdrukt: boolean;
  eigenRegio: boolean;
};
type BenchmarkAntwoord = {
  benchmark: { kengetallen: { landelijk: Omit<Regio, 'regioCode' | 'regioNaam' | 'eigenRegio'>; regios: Regio[] }[] };
};

async function start(kind: BootstrapOptions, port: number, env: Record<string, string>): Promise<INestApplication> {
  const app = await createApp(kind, testConfig(env));
  await app.listen(port, '127.0.0.1');
  return app;
}

async function maakOmgeving(): Promise<Omgeving> {
  const database = `${requireEnv('TEST_RUN_ID')}_web`.slice(0, 60);
  const urls = {
    DATABASE_OWNER_URL: databaseUrl('DATABASE_OWNER_URL', database),
    DATABASE_URL: databaseUrl('DATABASE_URL', database),
    BENCHMARK_DATABASE_URL: databaseUrl('BENCHMARK_DATABASE_URL', database),
  };
  for (const command of ['db:setup', 'db:migrate', 'db:seed']) {
    const result = spawnSync(process.execPath, ['apps/cli/dist/main.js', command], { env: { ...process.env, ...urls }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  }
  await laadDemodata({
    ownerUrl: urls.DATABASE_OWNER_URL,
    appUrl: urls.DATABASE_URL,
    seed: 18,
    jaren: 35 / 365,
    regios: DEELNEMERS,
    tot: '2026-06-30',
    deelnemen: true,
  });
  const [apiPort, benchmarkPort, workerPort] = [await freePort(), await freePort(), await freePort()];
  const url = `http://127.0.0.1:${apiPort}`;
  const benchmarkUrl = `http://127.0.0.1:${benchmarkPort}/graphql`;
  // Its own queue prefix: the workers of the other test files work on the shared database.
  const env = { ...urls, QUEUE_PREFIX: `${requireEnv('QUEUE_PREFIX')}-web`, PORTAL_DIR: WEB_DIST };
  const [api, benchmark, worker] = await Promise.all([
    start(apiApp, apiPort, { ...env, PORTAL_BENCHMARK_URL: benchmarkUrl }),
    start(benchmarkApp, benchmarkPort, { ...env, CORS_ORIGINS: url }),
    start(workerApp, workerPort, env),
  ]);
  return { api, benchmark, worker, url, benchmarkUrl, database };
}

async function herbereken(omgeving: Omgeving, analist: string): Promise<void> {
  const started = await gql<{ herberekenBenchmark: { id: string } }>(
    `${omgeving.url}/graphql`,
    `mutation($p: String!) { herberekenBenchmark(periode: $p) { id } }`,
    analist,
    { p: PERIODE },
  );
  if (!started.data) throw new Error(JSON.stringify(started.errors));
  for (let i = 0; i < 600; i++) {
    const job = await gql<{ benchmarkJob: { status: string } }>(
      `${omgeving.url}/graphql`,
      `query($id: ID!) { benchmarkJob(id: $id) { status } }`,
      analist,
      {
        id: started.data.herberekenBenchmark.id,
      },
    );
    if (job.data?.benchmarkJob.status === 'COMPLETED') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the benchmark recomputation did not finish in 60 s');
}

describe('the portal in Chromium', () => {
  // A browser flow on a loaded 2-core CI machine (apps, Chromium and another test file at once) can take over Jest's 30 s.
  jest.setTimeout(90_000);
  let omgeving: Omgeving;
  let browser: Browser;
  let analist: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('apps/web/dist is missing: npm test builds it (npm run build)');
    await mkdir(SCREENSHOTS, { recursive: true });
    [omgeving, browser] = await Promise.all([maakOmgeving(), startBrowser()]);
    analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-analist' });
    await herbereken(omgeving, analist);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([omgeving?.api.close(), omgeving?.benchmark.close(), omgeving?.worker.close()]);
    if (omgeving) {
      const admin = new pg.Client({ connectionString: requireEnv('DATABASE_ADMIN_URL') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${omgeving.database}" WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);

  /** A new browser session whose page errors and console errors the scan reports. */
  async function nieuwePagina(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'nl-NL' });
    // Below the test's own timeout: a step that waits too long fails naming its locator, not as a bare test timeout.
    context.setDefaultTimeout(45_000);
    const page = await context.newPage();
    const problemen: string[] = [];
    page.on('pageerror', (error) => problemen.push(error.message));
    page.on(
      'console',
      (message) => message.type() === 'error' && !/status of 40[13]/.test(message.text()) && problemen.push(message.text()),
    );
    (page as Page & { problemen?: string[] }).problemen = problemen;
    return page;
  }

  /** A new browser session logged in through the development login page. */
  async function inloggen(rol: string, regio?: string, naar = '/', team?: string): Promise<Page> {
    const page = await nieuwePagina();
    await page.goto(`${omgeving.url}${naar}`);
    await page.waitForURL('**/inloggen');
    await page.selectOption('#rol', rol);
    if (regio) await page.selectOption('#regio', regio);
    if (team) await page.fill('#team', team);
    await page.getByRole('button', { name: 'Inloggen als ontwikkelaar' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    return page;
  }

  async function scan(page: Page, naam: string): Promise<void> {
    await page.screenshot({ path: join(SCREENSHOTS, `${naam}.png`), fullPage: true });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const ernstig = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(ernstig).toEqual([]);
    expect((page as Page & { problemen?: string[] }).problemen).toEqual([]);
  }

  /**
   * The region shapes of the map: the SVG paths ECharts draws with a region's fill, in drawing order
   * (the order of the features, VT01..VT26), each tagged with its code for hovering.
   */
  async function kaartVlakken(page: Page): Promise<{ regio: string; fill: string; stroke: string }[]> {
    // Browser code as text: the tests are compiled without the DOM library.
    await page.locator('[data-testid=regiokaart] svg path').nth(25).waitFor({ state: 'attached' });
    return page.evaluate(`[...document.querySelectorAll('[data-testid=regiokaart] svg path')].map((el, i) => {
      const code = 'VT' + String(i + 1).padStart(2, '0');
      el.setAttribute('data-regio', code);
      const stijl = getComputedStyle(el);
      return { regio: code, fill: stijl.fill, stroke: stijl.stroke };
    })`);
  }

  async function apiBenchmark(token: string) {
    const response = await gql<BenchmarkAntwoord>(omgeving.benchmarkUrl, BENCHMARK, token, { p: PERIODE, k: [KENGETAL] });
    return response;
  }

  it('shows the login page, marked as development only, without serious accessibility violations', async () => {
    const page = await nieuwePagina();
    await page.goto(`${omgeving.url}/inloggen`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Inloggen');
    await page.getByText('Alleen voor ontwikkeling').first().waitFor({ state: 'visible' });
    await scan(page, '01-inloggen');
    await page.context().close();
  });

  it('shows the landelijk-analist every participating region in the FTE-per-1000-meldingen chart and table', async () => {
    const page = await inloggen('landelijk-analist', undefined, `/benchmark?periode=${PERIODE}&kengetal=${KENGETAL}`);
    await page.locator('[data-testid=benchmark-tabel] tbody tr').first().waitFor();
    const api = (await apiBenchmark(analist)).data!.benchmark.kengetallen[0]!;
    expect(api.regios.map((r) => r.regioCode)).toEqual(DEELNEMERS);
    const rijen = await page
      .locator('[data-testid=benchmark-tabel] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-regio')));
    expect(rijen).toEqual(DEELNEMERS);
    // The chart (ECharts, SVG) names every participating region on its axis, and not VT24.
    const labels = await page.locator('[data-testid=staafdiagram] svg text').allTextContents();
    for (const regio of api.regios) expect(labels).toContain(regio.regioNaam);
    expect(labels.some((l) => l.includes('Zuid-Holland-Zuid'))).toBe(false);
    await expect(page.locator('[data-testid=staafdiagram]').getAttribute('role')).resolves.toBe('img');
    const beschrijving = await page.locator('[data-testid=staafdiagram]').getAttribute('aria-describedby');
    await expect(page.locator(`[id="${beschrijving}"]`).textContent()).resolves.toContain('25 deelnemende regio’s');
    // The map: one shape per region (26, in code order), coloured by the value; VT24, without figures, grey.
    const kaart = await kaartVlakken(page);
    expect(kaart.map((v) => v.regio)).toEqual(Array.from({ length: 26 }, (_, i) => `VT${String(i + 1).padStart(2, '0')}`));
    expect(kaart.filter((v) => v.fill === GRIJS).map((v) => v.regio)).toEqual(['VT24']);
    const kleuren = new Map(kaart.map((v) => [v.regio, v.fill]));
    const gesorteerd = [...api.regios].sort((a, b) => a.waarde! - b.waarde!);
    expect(api.regios.every((r) => r.waarde !== null && !r.onderdrukt)).toBe(true);
    // Darker (lower luminance) for a higher value: the lowest and the highest region differ.
    expect(helderheid(kleuren.get(gesorteerd[0]!.regioCode)!)).toBeGreaterThan(helderheid(kleuren.get(gesorteerd.at(-1)!.regioCode)!));
    await expect(page.locator('[data-testid=regiokaart]').getAttribute('role')).resolves.toBe('img');
    const kaartBeschrijving = await page.locator('[data-testid=regiokaart]').getAttribute('aria-describedby');
    const kaartTekst = await page.locator(`[id="${kaartBeschrijving}"]`).textContent();
    expect(kaartTekst).toContain('Zuid-Holland-Zuid: geen gegevens');
    expect(kaartTekst).toContain('De tabel ‘Cijfers’ hieronder geeft alle getallen.');
    await page.getByTestId('kaart-bron').waitFor({ state: 'visible' });
    await expect(page.getByTestId('kaart-bron').textContent()).resolves.toBe('Grenzen: CBS/PDOK, CC BY 4.0 (via cartomap/nl)');
    // The tooltip of VT24 says why it is grey.
    // A point inside VT24's shape that no other shape covers, in viewport coordinates.
    const punt = await page.evaluate<{ x: number; y: number } | null>(`(() => {
      const pad = document.querySelector('[data-testid=regiokaart] svg path[data-regio=VT24]');
      pad.scrollIntoView({ block: 'center' });
      const vak = pad.getBBox();
      const matrix = pad.getScreenCTM();
      for (let y = 0.1; y < 1; y += 0.1)
        for (let x = 0.1; x < 1; x += 0.1) {
          const p = new DOMPoint(vak.x + x * vak.width, vak.y + y * vak.height);
          if (!pad.isPointInFill(p)) continue;
          const s = p.matrixTransform(matrix);
          if (document.elementFromPoint(s.x, s.y) === pad) return { x: s.x, y: s.y };
        }
      return null;
    })()`);
    expect(punt).not.toBeNull();
    await page.mouse.move(punt!.x, punt!.y);
    const tooltip = page.locator('[data-testid=regiokaart] div', { hasText: 'geen gegevens' }).last();
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toBe('Zuid-Holland-Zuidgeen gegevens');
    // Suppressed cells read "onderdrukt", never 0: the trend's earlier quarters have no published figure.
    const trend = await gql<{ trend: { landelijk: { periode: string; onderdrukt: boolean }[] } }>(
      omgeving.benchmarkUrl,
      `query($k: String!, $van: String!, $tot: String!) { trend(kengetal: $k, van: $van, tot: $tot) { landelijk { periode onderdrukt } } }`,
      analist,
      { k: KENGETAL, van: '2024-Q3', tot: PERIODE },
    );
    const onderdrukt = trend.data!.trend.landelijk.filter((p) => p.onderdrukt).map((p) => p.periode);
    expect(onderdrukt.length).toBeGreaterThan(0);
    for (const periode of onderdrukt)
      await expect(
        page
          .locator('[data-testid=trend-tabel] tr', { has: page.locator(`th:text-is("${periode}")`) })
          .locator('td')
          .first()
          .textContent(),
      ).resolves.toBe('onderdrukt');
    // The definition is one click away.
    await page.getByText('Definitie van dit kengetal').click();
    await page.getByText('Total formatie per 1000 meldingen received.').waitFor({ state: 'visible' });
    await scan(page, '03-benchmark-landelijk-analist');
    await page.goto(`${omgeving.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await scan(page, '02-start-landelijk-analist');
    await page.context().close();
  }, 60_000);

  it('offers a CSV download whose content is what the API returned', async () => {
    const page = await inloggen('landelijk-analist', undefined, `/benchmark?periode=${PERIODE}&kengetal=${KENGETAL}`);
    await page.locator('[data-testid=benchmark-tabel] tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`benchmark-${KENGETAL}-${PERIODE}.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    const api = (await apiBenchmark(analist)).data!.benchmark.kengetallen[0]!;
    const veld = (v: number | boolean | null) => (v === null ? '' : String(v));
    const verwacht = [
      'kengetal,periode,regioCode,regioNaam,teller,noemer,waarde,onderdrukt,eigenRegio',
      ...api.regios.map((r) =>
        [
          KENGETAL,
          PERIODE,
          r.regioCode,
          r.regioNaam,
          veld(r.teller),
          veld(r.noemer),
          veld(r.waarde),
          veld(r.onderdrukt),
          veld(r.eigenRegio),
        ].join(','),
      ),
      [
        KENGETAL,
        PERIODE,
        'NL',
        'Landelijk',
        veld(api.landelijk.teller),
        veld(api.landelijk.noemer),
        veld(api.landelijk.waarde),
        veld(api.landelijk.onderdrukt),
        'false',
      ].join(','),
    ];
    expect(csv.split('\r\n')).toEqual([...verwacht, '']);
    await page.context().close();
  }, 60_000);

  it('highlights the own region for a region user', async () => {
    const page = await inloggen('medewerker', 'VT18', `/benchmark?periode=${PERIODE}&kengetal=${KENGETAL}`);
    await page.locator('[data-testid=benchmark-tabel] tbody tr').first().waitFor();
    const eigen = await page
      .locator('[data-testid=benchmark-tabel] tbody tr[data-eigen]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-regio')));
    expect(eigen).toEqual(['VT18']);
    await expect(page.locator('[data-testid=benchmark-tabel] tr.vt-eigen-regio th').textContent()).resolves.toContain('(eigen regio)');
    const labels = await page.locator('[data-testid=staafdiagram] svg text').allTextContents();
    expect(labels.filter((l) => l.endsWith('(eigen regio)'))).toEqual(['Veilig Thuis Rotterdam-Rijnmond (eigen regio)']);
    // On the map the own region, and only that one, is outlined in red.
    const omlijnd = (await kaartVlakken(page)).filter((v) => v.stroke === 'rgb(179, 55, 43)').map((v) => v.regio);
    expect(omlijnd).toEqual(['VT18']);
    await scan(page, '04-benchmark-regio-VT18');
    await page.context().close();
  }, 60_000);

  it('shows a region that does not take part the refusal text of the API', async () => {
    const token = await tokenFor({ tenant: 'VT24', roles: ['medewerker'], user: 'vt24' });
    const api = await apiBenchmark(token);
    expect(api.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const page = await inloggen('medewerker', 'VT24', `/benchmark?periode=${PERIODE}&kengetal=${KENGETAL}`);
    await page.getByTestId('api-fout').waitFor();
    await expect(page.getByTestId('api-fout').textContent()).resolves.toBe(api.errors![0]!.message);
    await expect(page.locator('[data-testid=benchmark-tabel]').count()).resolves.toBe(0);
    await scan(page, '05-benchmark-niet-deelnemer-VT24');
    await page.context().close();
  }, 60_000);

  it('shows a teammanager the reports of the own region, viewable and downloadable', async () => {
    const page = await inloggen('teammanager', 'VT05', `/rapportages?periode=${PERIODE}&halfjaar=${HALFJAAR}`);
    await page.getByTestId('kwartaalrapportage').waitFor();
    await expect(page.getByTestId('kwartaalrapportage').textContent()).resolves.toContain('(VT05)');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    const inhoud = await readFile((await pdf.path())!);
    expect(inhoud.subarray(0, 5).toString()).toBe('%PDF-');
    // The CBS tables are the functioneel beheerder's: the teammanager sees the API's refusal or the tables.
    await page.locator('[data-testid=cbs], #cbs-kop ~ .utrecht-alert').first().waitFor();
    await scan(page, '06-rapportages-teammanager-VT05');
    await page.context().close();
  }, 60_000);

  it('shows the CBS tables to a functioneel beheerder, and the delivery file downloads', async () => {
    const page = await inloggen('functioneel-beheerder', 'VT05', `/rapportages?periode=${PERIODE}&halfjaar=${HALFJAAR}`);
    await page.getByTestId('cbs').waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CBS-levering (CSV)' }).click(),
    ]);
    const token = await tokenFor({ tenant: 'VT05', roles: ['functioneel-beheerder'], user: 'fb-vt05' });
    const direct = await fetch(`${omgeving.url}/rapportages/cbs/${HALFJAAR}/levering.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await readFile((await csv.path())!, 'utf8')).toBe(await direct.text());
    await scan(page, '07-rapportages-functioneel-beheerder-VT05');
    await page.context().close();
  }, 60_000);

  it("does not let a medewerker reach the region's report figures: the API refuses and the page says so", async () => {
    const token = await tokenFor({ tenant: 'VT05', roles: ['medewerker'], user: 'mw-vt05' });
    const api = await gql(`${omgeving.url}/graphql`, `query($p: String!) { kwartaalrapportage(periode: $p) { regioCode } }`, token, {
      p: PERIODE,
    });
    expect(api.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const page = await inloggen('medewerker', 'VT05', `/rapportages?periode=${PERIODE}&halfjaar=${HALFJAAR}`);
    await page.getByTestId('api-fout').first().waitFor();
    await expect(page.getByTestId('api-fout').first().textContent()).resolves.toBe(api.errors![0]!.message);
    await expect(page.getByTestId('kwartaalrapportage').count()).resolves.toBe(0);
    await scan(page, '08-rapportages-geweigerd-medewerker-VT05');
    await page.context().close();
  }, 60_000);

  /** A browser session carrying a token the development login cannot make (e.g. with a team claim), as the portal stores it. */
  async function metToken(token: string, naar: string): Promise<Page> {
    const page = await nieuwePagina();
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    const sessie = { token, naam: claims.name, rollen: claims.roles, regio: claims.tenant, verloopt: claims.exp, bron: 'dev' };
    // Browser code as text: the tests are compiled without the DOM library.
    await page
      .context()
      .addInitScript({ content: `sessionStorage.setItem('vt.portaal.sessie', ${JSON.stringify(JSON.stringify(sessie))});` });
    await page.goto(`${omgeving.url}${naar}`);
    return page;
  }

  const STURING = `query($j: Int!) { sturingsinformatie(jaar: $j) { bereik eigenTeams teamBeperkt caseload { medewerker team }
    werkvoorraad { team soort open } teams { team maanden { maand percentageBeoordelingenBinnenTermijn veiligheidsbeoordelingen } }
    maanden { maand cijfers { percentageBeoordelingenBinnenTermijn veiligheidsbeoordelingen } } } }`;
  type SturingAntwoord = {
    sturingsinformatie: {
      bereik: string;
      eigenTeams: string[];
      teamBeperkt: boolean;
      caseload: { medewerker: string | null; team: string | null }[];
      werkvoorraad: { team: string | null }[];
      teams: {
        team: string | null;
        maanden: { maand: string; percentageBeoordelingenBinnenTermijn: number | null; veiligheidsbeoordelingen: number }[];
      }[];
      maanden:
        { maand: string; cijfers: { percentageBeoordelingenBinnenTermijn: number | null; veiligheidsbeoordelingen: number } }[] | null;
    };
  };
  const getal = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n);

  it("shows a functioneel beheerder the region's management view with every team, as the API gives it", async () => {
    const jaar = new Date().getFullYear();
    const token = await tokenFor({ tenant: 'VT05', roles: ['functioneel-beheerder'], user: 'fb-vt05' });
    const api = (await gql<SturingAntwoord>(`${omgeving.url}/graphql`, STURING, token, { j: jaar })).data!.sturingsinformatie;
    expect(api.bereik).toBe('REGIO');
    const teams = api.teams.map((t) => t.team).filter((t): t is string => t !== null);
    // The demo data spreads the open work over four teams.
    expect(teams.length).toBeGreaterThanOrEqual(2);
    // The demo data's June has assessed meldingen: its percentage is a figure, not the empty cell.
    const juni = api.maanden!.find((m) => m.maand === `${jaar}-06`)!;
    expect(juni.cijfers.veiligheidsbeoordelingen).toBeGreaterThan(0);

    const page = await inloggen('functioneel-beheerder', 'VT05', '/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Sturing', exact: true }).click();
    await page.getByTestId('sturing').waitFor();
    await expect(page.locator('#sturing-jaar').inputValue()).resolves.toBe(String(jaar));
    await expect(page.getByTestId('bereik').textContent()).resolves.toContain('hele regio');
    await expect(page.locator('[data-testid=caseload-tabel] tbody tr').count()).resolves.toBe(api.caseload.length);
    await expect(page.locator('[data-testid=maanden-tabel] tbody tr').count()).resolves.toBe(api.maanden!.length);
    const cel = page.locator(`[data-testid=maanden-tabel] tr[data-maand="${jaar}-06"] td`).nth(2);
    await expect(cel.textContent()).resolves.toBe(getal(juni.cijfers.percentageBeoordelingenBinnenTermijn!));
    // Every team of the region, in the API's order, in the per-team table.
    await expect(
      page.evaluate(`[...document.querySelectorAll('[data-testid=team-wachtlijsten-tabel] tbody tr')].map(r => r.dataset.team)`),
    ).resolves.toEqual(api.teams.map((t) => t.team ?? ''));
    for (const grafiek of ['beoordeling-grafiek', 'team-grafiek', 'productie-grafiek']) {
      await expect(page.getByTestId(grafiek).getAttribute('role')).resolves.toBe('img');
      await expect(page.getByTestId(grafiek).getAttribute('aria-label')).resolves.toContain(String(jaar));
    }
    await scan(page, '10-sturing-functioneel-beheerder');
    await page.context().close();
  }, 60_000);

  it('shows a teammanager the management view of the own team only; without a team the page says why; a medewerker is refused', async () => {
    const jaar = new Date().getFullYear();
    const beheerder = await tokenFor({ tenant: 'VT05', roles: ['functioneel-beheerder'], user: 'fb-vt05' });
    const regio = (await gql<SturingAntwoord>(`${omgeving.url}/graphql`, STURING, beheerder, { j: jaar })).data!.sturingsinformatie;
    const [eigen, ...anderen] = regio.teams.map((t) => t.team).filter((t): t is string => t !== null);
    expect(anderen.length).toBeGreaterThanOrEqual(1);
    const token = await tokenFor({ tenant: 'VT05', roles: ['teammanager'], user: 'tm-vt05', team: eigen! });
    const api = (await gql<SturingAntwoord>(`${omgeving.url}/graphql`, STURING, token, { j: jaar })).data!.sturingsinformatie;
    expect(api).toMatchObject({ bereik: 'TEAMS', eigenTeams: [eigen], maanden: null });
    expect(api.teams.map((t) => t.team).filter((t) => t !== null)).toEqual([eigen]);
    // The own team's figures are the region view's figures of that team: only the scope differs.
    expect(api.teams.find((t) => t.team === eigen)).toEqual(regio.teams.find((t) => t.team === eigen));

    const page = await metToken(token, '/sturing');
    await page.getByTestId('sturing').waitFor();
    await expect(page.getByTestId('bereik').textContent()).resolves.toContain(eigen!);
    const tekst = (await page.getByTestId('sturing').textContent())!;
    for (const ander of anderen) expect([ander, tekst.includes(ander)]).toEqual([ander, false]);
    const teamCellen = await page.locator('[data-testid=werkvoorraad-tabel] tbody tr td:first-child').allTextContents();
    expect(new Set(teamCellen.filter((t) => t !== 'Geen openstaand werk.'))).toEqual(
      new Set(api.werkvoorraad.map((w) => w.team ?? 'Geen team (niet toegewezen)')),
    );
    await expect(page.locator('[data-testid=caseload-tabel] tbody tr').count()).resolves.toBe(api.caseload.length);
    // No region-wide month table or stocks; production against begroting is there, labelled as the region's.
    await expect(page.getByTestId('maanden-tabel').count()).resolves.toBe(0);
    await expect(page.getByTestId('wachtlijsten-tabel').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: /Productie tegen begroting .*regiocijfer/ }).count()).resolves.toBe(1);
    const juni = api.teams.find((t) => t.team === eigen)!.maanden.find((m) => m.maand === `${jaar}-06`)!;
    const cel = page.locator(`[data-testid=team-maanden-tabel] tr[data-team="${eigen}"][data-maand="${jaar}-06"] td`).nth(3);
    await expect(cel.textContent()).resolves.toBe(
      juni.percentageBeoordelingenBinnenTermijn === null ? '–' : getal(juni.percentageBeoordelingenBinnenTermijn),
    );
    await scan(page, '10b-sturing-teammanager-eigen-team');
    await page.context().close();

    // The development login with a team gives the same view; without one the API refuses with
    // TEAM_ONTBREEKT and the page explains it.
    const metTeam = await inloggen('teammanager', 'VT05', '/sturing', eigen);
    await metTeam.getByTestId('sturing').waitFor();
    await expect(metTeam.getByTestId('bereik').textContent()).resolves.toContain(eigen!);
    await metTeam.context().close();
    const zonderTeam = await inloggen('teammanager', 'VT05', '/sturing');
    await zonderTeam.getByTestId('team-ontbreekt').waitFor();
    await expect(zonderTeam.getByText('Foutcode: TEAM_ONTBREEKT').count()).resolves.toBe(1);
    await expect(zonderTeam.getByTestId('sturing').count()).resolves.toBe(0);
    await scan(zonderTeam, '10c-sturing-teammanager-zonder-team');
    await zonderTeam.context().close();

    const medewerker = await tokenFor({ tenant: 'VT05', roles: ['medewerker'], user: 'mw-vt05' });
    const geweigerd = await gql(`${omgeving.url}/graphql`, STURING, medewerker, { j: jaar });
    expect(geweigerd.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pagina = await inloggen('medewerker', 'VT05', '/sturing');
    await pagina.getByTestId('api-fout').waitFor();
    await expect(pagina.getByTestId('api-fout').textContent()).resolves.toBe(geweigerd.errors![0]!.message);
    await expect(pagina.getByTestId('sturing').count()).resolves.toBe(0);
    await expect(
      pagina.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Sturing', exact: true }).count(),
    ).resolves.toBe(0);
    await pagina.context().close();
  }, 90_000);

  it('meets the WCAG checks axe does not make, on every page: skip link first, visible focus, heading order, named charts, scrollable tables reachable by keyboard', async () => {
    const page = await inloggen('functioneel-beheerder', 'VT05', '/');
    for (const pad of ['/', '/benchmark', '/rapportages', '/sturing', '/achtergrondtaken']) {
      await page.goto(`${omgeving.url}${pad}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      // 2.4.1: the first tab stop is the skip link, shown when focused, and it moves focus to the main content.
      await page.keyboard.press('Tab');
      const skip =
        await page.evaluate(`(() => { const el = document.activeElement; const r = el.getBoundingClientRect(); const st = getComputedStyle(el);
        return { tekst: el.textContent, zichtbaar: r.width > 1 && r.height > 1, outline: st.outlineStyle + ' ' + st.outlineWidth }; })()`);
      expect([pad, skip]).toEqual([pad, { tekst: 'Naar de inhoud', zichtbaar: true, outline: expect.not.stringMatching(/^none|0px$/) }]);
      await page.keyboard.press('Enter');
      await expect(page.evaluate(`document.activeElement.id`)).resolves.toBe('inhoud');
      // 2.4.7: the next tab stop (a link or control in the content) has a visible focus indicator.
      await page.keyboard.press('Tab');
      const volgende = (await page.evaluate(
        `({ tag: document.activeElement.tagName, outline: getComputedStyle(document.activeElement).outlineStyle })`,
      )) as { tag: string; outline: string };
      if (volgende.tag !== 'BODY') expect([pad, volgende.tag, volgende.outline]).toEqual([pad, volgende.tag, 'solid']);
      // 1.3.1 / 2.4.6: one h1, no heading level skipped.
      const niveaus = (await page.evaluate(
        `[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]))`,
      )) as number[];
      expect([pad, niveaus.filter((n) => n === 1).length]).toEqual([pad, 1]);
      niveaus.forEach((n, i) => expect([pad, i, n - (niveaus[i - 1] ?? 0) <= 1]).toEqual([pad, i, true]));
      // 1.1.1: every chart is an image with a name and a description that exists on the page.
      const grafieken = (await page.evaluate(`[...document.querySelectorAll('.vt-grafiek')].map(g => ({ role: g.getAttribute('role'),
        naam: (g.getAttribute('aria-label') || '').length > 10,
        beschrijving: (document.getElementById(g.getAttribute('aria-describedby') || '')?.textContent || '').length > 20 }))`)) as unknown[];
      for (const g of grafieken) expect([pad, g]).toEqual([pad, { role: 'img', naam: true, beschrijving: true }]);
    }
    // 1.4.10 and 2.1.1: at 320 CSS px wide tables scroll inside a region that takes keyboard focus, named by the caption.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${omgeving.url}/sturing`);
    await page.getByTestId('team-maanden-tabel').waitFor();
    const vak = page.getByTestId('team-maanden-tabel').locator('xpath=..');
    await expect(vak.getAttribute('tabindex')).resolves.toBe('0');
    await expect(vak.getAttribute('role')).resolves.toBe('region');
    const naamId = (await vak.getAttribute('aria-labelledby'))!;
    await expect(page.locator(`[id="${naamId}"]`).textContent()).resolves.toContain('Per team en maand');
    await page.context().close();
  }, 90_000);

  it('shows a functioneel beheerder the background jobs of the own region, with a retry for a failed one', async () => {
    // A job of VT05 that fails at once (the benchmark worker knows no job of this name), on this file's queues.
    const owner = new pg.Client({ connectionString: databaseUrl('DATABASE_OWNER_URL', omgeving.database) });
    await owner.connect();
    const tenantId = (await owner.query<{ id: string }>(`SELECT id FROM referentie.organisatie WHERE code = 'VT05'`)).rows[0]!.id;
    await owner.end();
    const redis = new URL(requireEnv('REDIS_URL'));
    const queue = new Queue('benchmark', {
      connection: { host: redis.hostname, port: Number(redis.port || 6379) },
      prefix: `${requireEnv('QUEUE_PREFIX')}-web`,
    }).on('error', () => undefined);
    try {
      const job = await queue.add('onbekend', { tenantId }, { attempts: 1 });
      for (let i = 0; i < 100 && (await job.getState()) !== 'failed'; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await job.getState()).toBe('failed');

      const token = await tokenFor({ tenant: 'VT05', roles: ['functioneel-beheerder'], user: 'fb-vt05' });
      const STAND = '{ wachtrijen { queue wachtend actief uitgesteld mislukt voltooidLaatste24Uur } }';
      const page = await inloggen('functioneel-beheerder', 'VT05', '/achtergrondtaken');
      await page.getByRole('link', { name: 'Achtergrondtaken' }).waitFor();
      const tabel = page.getByTestId('wachtrijen');
      // The page's counts are the API's (read again until both agree, as the worker may finish a job in between).
      let opPagina: string[][] = [];
      let vanApi: string[][] = [];
      for (let poging = 0; poging < 5; poging++) {
        if (poging) await page.getByRole('button', { name: 'Vernieuwen' }).click();
        await tabel.waitFor();
        opPagina = await page.evaluate(
          `[...document.querySelectorAll('[data-testid=wachtrijen] tbody tr')].map((r) => [r.dataset.queue, ...[...r.querySelectorAll('td')].map((c) => c.textContent)])`,
        );
        const antwoord = await gql<{ wachtrijen: Record<string, string | number>[] }>(`${omgeving.url}/graphql`, STAND, token);
        vanApi = antwoord.data!.wachtrijen.map((w) =>
          ['queue', 'wachtend', 'actief', 'uitgesteld', 'mislukt', 'voltooidLaatste24Uur'].map((k) => String(w[k])),
        );
        if (JSON.stringify(opPagina) === JSON.stringify(vanApi)) break;
      }
      expect(opPagina.map((r) => r[0])).toEqual(['DEADLINES', 'BENCHMARK', 'BEWAARTERMIJN']);
      expect(opPagina).toEqual(vanApi);
      expect(Number(opPagina[1]![4])).toBeGreaterThanOrEqual(1); // the failed job above

      const knop = page.getByRole('button', { name: `Opnieuw proberen: taak ${job.id}` });
      await knop.waitFor();
      await scan(page, '11-achtergrondtaken');
      const eerder = (await queue.getJob(job.id!))!.finishedOn;
      await knop.click();
      await page.getByText(`Taak ${job.id} wordt opnieuw geprobeerd.`).waitFor();
      // The retry reached the queue: the worker ran the job again.
      let opnieuw = eerder;
      for (let i = 0; i < 100 && opnieuw === eerder; i++) {
        await new Promise((r) => setTimeout(r, 100));
        opnieuw = (await queue.getJob(job.id!))?.finishedOn;
      }
      expect(opnieuw).not.toBe(eerder);
      // A medewerker has no such menu entry.
      const medewerker = await inloggen('medewerker', 'VT05');
      await expect(medewerker.getByRole('link', { name: 'Achtergrondtaken' }).count()).resolves.toBe(0);
      await Promise.all([page.context().close(), medewerker.context().close()]);
    } finally {
      await queue.close();
    }
  }, 90_000);

  it('answers an unknown portal route with its own not-found page', async () => {
    const page = await inloggen('landelijk-analist');
    await page.goto(`${omgeving.url}/bestaat-niet`);
    await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
    await scan(page, '09-niet-gevonden');
    await page.context().close();
  }, 60_000);
});
