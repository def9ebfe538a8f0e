import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { apiApp } from '@vt/api';
import { benchmarkApp } from '@vt/benchmark';
import { workerApp } from '@vt/worker';
import { laadDemodata } from '@vt/demodata';
import { PORTAAL_CLIENT_ID, PLATFORM_SCOPE, devIdpIssuerEntry, loadDevIdpConfig, startDevIdp, type DevIdp } from '@vt/dev-idp';
import { createApp, type BootstrapOptions } from '@vt/platform';
import { startBrowser } from '../support/browser.js';
import { requireEnv, testConfig } from '../support/env.js';
import { freePort } from '../support/net.js';
import { tokenFor } from '../support/tokens.js';

/**
 * The portal's real login in Chromium: OpenID Connect authorization code + PKCE against the
 * development identity provider (apps/dev-idp), whose tokens the api and the benchmark service
 * trust through AUTH_ISSUERS_FILE (its groups mapped to platform roles, VT12 and VT18 only).
 * Own database (two participating regions, 35 days up to 2026-06-30, the benchmark of 2026-Q2).
 */
const PERIODE = '2026-Q2';
const KENGETAL = 'FTE_PER_1000_MELDINGEN';
const WEB_DIST = resolve('apps/web/dist');
const WACHTWOORD = 'oidc-test';
/** The portal's session in the tab (evaluated in the page; the tests are compiled without the DOM types). */
const SESSIE = "sessionStorage.getItem('vt.portaal.sessie')";

interface Omgeving {
  apps: INestApplication[];
  idp: DevIdp;
  url: string;
  database: string;
  dir: string;
}

function databaseUrl(variable: string, database: string): string {
  const url = new URL(requireEnv(variable));
  url.pathname = `/${database}`;
  return url.toString();
}

async function start(kind: BootstrapOptions, port: number, env: Record<string, string>): Promise<INestApplication> {
  const app = await createApp(kind, testConfig(env));
  await app.listen(port, '127.0.0.1');
  return app;
}

async function maakOmgeving(): Promise<Omgeving> {
  const database = `${requireEnv('TEST_RUN_ID')}_oidc`.slice(0, 60);
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
    seed: 12,
    jaren: 35 / 365,
    regios: ['VT12', 'VT18'],
    tot: '2026-06-30',
    deelnemen: true,
  });
  const [apiPort, benchmarkPort, workerPort, idpPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const url = `http://127.0.0.1:${apiPort}`;
  const idp = await startDevIdp(
    loadDevIdpConfig({ NODE_ENV: 'test', DEV_IDP_PORT: String(idpPort), DEV_IDP_PORTAL_ORIGINS: url, DEV_IDP_PASSWORD: WACHTWOORD }),
  );
  const dir = await mkdtemp(join(tmpdir(), 'vt-oidc-'));
  const issuersFile = join(dir, 'auth-issuers.json');
  await writeFile(issuersFile, JSON.stringify({ issuers: [devIdpIssuerEntry(idp.issuer)] }));
  const env = { ...urls, QUEUE_PREFIX: `${requireEnv('QUEUE_PREFIX')}-oidc`, PORTAL_DIR: WEB_DIST, AUTH_ISSUERS_FILE: issuersFile };
  const apps = await Promise.all([
    start(apiApp, apiPort, {
      ...env,
      PORTAL_BENCHMARK_URL: `http://127.0.0.1:${benchmarkPort}/graphql`,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: PORTAAL_CLIENT_ID,
      OIDC_SCOPE: `openid profile ${PLATFORM_SCOPE}`,
    }),
    start(benchmarkApp, benchmarkPort, { ...env, CORS_ORIGINS: url }),
    start(workerApp, workerPort, env),
  ]);
  return { apps, idp, url, database, dir };
}

async function gql<T>(url: string, query: string, token: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string }[] };
}

/** The benchmark of PERIODE, computed by the worker (asked with a development token: the legacy issuer stays trusted). */
async function herbereken(url: string): Promise<void> {
  const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-analist' });
  const started = await gql<{ herberekenBenchmark: { id: string } }>(
    `${url}/graphql`,
    `mutation($p: String!) { herberekenBenchmark(periode: $p) { id } }`,
    analist,
    { p: PERIODE },
  );
  if (!started.data) throw new Error(JSON.stringify(started.errors));
  for (let i = 0; i < 600; i++) {
    const job = await gql<{ benchmarkJob: { status: string } }>(
      `${url}/graphql`,
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

describe('the portal login through the development identity provider (OIDC code flow + PKCE) in Chromium', () => {
  // A browser flow on a loaded 2-core CI machine (apps, Chromium and another test file at once) can take over Jest's 30 s.
  jest.setTimeout(90_000);
  let omgeving: Omgeving;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('apps/web/dist is missing: npm test builds it (npm run build)');
    [omgeving, browser] = await Promise.all([maakOmgeving(), startBrowser()]);
    await herbereken(omgeving.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(omgeving?.apps.map((app) => app.close()) ?? []);
    await omgeving?.idp.close();
    if (omgeving) {
      await rm(omgeving.dir, { recursive: true, force: true });
      const admin = new pg.Client({ connectionString: requireEnv('DATABASE_ADMIN_URL') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${omgeving.database}" WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);

  async function nieuwePagina(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    // Below the test's own timeout: a step that waits too long fails naming its locator, not as a bare test timeout.
    context.setDefaultTimeout(45_000);
    return context.newPage();
  }

  /** From the portal's login page to the IdP's form, filled in and sent; returns on the portal (or the IdP on failure). */
  async function loginBijIdp(page: Page, gebruikersnaam: string, wachtwoord = WACHTWOORD, naar = '/'): Promise<void> {
    await page.goto(`${omgeving.url}${naar}`);
    await page.waitForURL('**/inloggen');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(`${omgeving.idp.issuer}/interaction/**`);
    await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
    await page.getByLabel('Wachtwoord').fill(wachtwoord);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }

  it('logs a VT18 teammanager in at the IdP and shows the portal for Rotterdam-Rijnmond with the management view', async () => {
    const page = await nieuwePagina();
    await loginBijIdp(page, 'vt18-teammanager');
    await page.waitForURL((url) => url.origin === omgeving.url && !url.pathname.startsWith('/inloggen'));
    await expect(page.locator('.vt-gebruiker').textContent()).resolves.toMatch(/Teammanager VT18 · teammanager · Rotterdam-Rijnmond/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Welkom, Teammanager VT18');
    await page.getByText('U bent ingelogd voor Rotterdam-Rijnmond.').waitFor({ state: 'visible' });
    // The platform role from the IdP group vt-teammanager opens the management view (Sturing).
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Sturing' }).waitFor({ state: 'visible' });
    // The portal calls the api with the IdP's access token: the region's own figures load.
    const token = (JSON.parse(await page.evaluate<string>(SESSIE)) as { token: string }).token;
    const organisatie = await gql<{ mijnOrganisatie: { code: string } }>(`${omgeving.url}/graphql`, '{ mijnOrganisatie { code } }', token);
    expect(organisatie.data?.mijnOrganisatie.code).toBe('VT18');
    // GET /sessie: the IdP's group mapped to the platform role, the region and team from its claims.
    const sessie = await fetch(`${omgeving.url}/sessie`, { headers: { authorization: `Bearer ${token}` } });
    expect(sessie.status).toBe(200);
    await expect(sessie.json()).resolves.toEqual({ naam: 'Teammanager VT18', rollen: ['teammanager'], regio: 'VT18', team: 'Team Noord' });
    const zonder = await fetch(`${omgeving.url}/sessie`);
    expect(zonder.status).toBe(401);
    expect(((await zonder.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    await page.context().close();
  });

  it('shows the landelijk-analist the benchmark of every participating region', async () => {
    const page = await nieuwePagina();
    await loginBijIdp(page, 'landelijk-analist', WACHTWOORD, `/benchmark?periode=${PERIODE}&kengetal=${KENGETAL}`);
    await page.waitForURL((url) => url.pathname === '/benchmark');
    await expect(page.locator('.vt-gebruiker').textContent()).resolves.toContain('Landelijk analist');
    await page.locator('[data-testid=benchmark-tabel] tbody tr').first().waitFor();
    await page.getByText('U ziet alle deelnemende regio’s.').waitFor({ state: 'visible' });
    const rijen = await page
      .locator('[data-testid=benchmark-tabel] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-regio')));
    expect(rijen).toEqual(['VT12', 'VT18']);
    await page.context().close();
  });

  it('logs out at the portal and at the IdP: the next login asks for the password again', async () => {
    const page = await nieuwePagina();
    await loginBijIdp(page, 'vt12-medewerker');
    await page.waitForURL((url) => url.origin === omgeving.url && !url.pathname.startsWith('/inloggen'));
    await expect(page.locator('.vt-gebruiker').textContent()).resolves.toContain('Kennemerland');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    // The IdP asks to confirm (RP-initiated logout), then sends the browser back to the portal's login page.
    await page.waitForURL(`${omgeving.idp.issuer}/session/end**`);
    await page.getByRole('button', { name: 'Ja, uitloggen' }).click();
    await page.waitForURL(`${omgeving.url}/inloggen`);
    await expect(page.evaluate(SESSIE)).resolves.toBeNull();
    await page.goto(`${omgeving.url}/`);
    await page.waitForURL('**/inloggen');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(`${omgeving.idp.issuer}/interaction/**`);
    await page.getByLabel('Wachtwoord').waitFor({ state: 'visible' });
    await page.context().close();
  });

  it('refuses a wrong password on an accessible, Dutch, development-only login page', async () => {
    const page = await nieuwePagina();
    await loginBijIdp(page, 'vt18-teammanager', 'niet-het-wachtwoord');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Onbekende gebruikersnaam of onjuist wachtwoord.');
    expect(new URL(page.url()).origin).toBe(omgeving.idp.issuer);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await page.getByText('Alleen voor ontwikkeling.').waitFor({ state: 'visible' });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.context().close();
  });

  it('keeps the development login next to the OIDC login', async () => {
    const page = await nieuwePagina();
    await page.goto(`${omgeving.url}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen als ontwikkelaar' }).waitFor({ state: 'visible' });
    await page.selectOption('#rol', 'teammanager');
    await page.selectOption('#regio', 'VT12');
    await page.getByRole('button', { name: 'Inloggen als ontwikkelaar' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    await expect(page.locator('.vt-gebruiker').textContent()).resolves.toContain('Kennemerland');
    await page.context().close();
  });
});
