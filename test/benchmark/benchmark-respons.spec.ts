import { jest } from '@jest/globals';
import type pg from 'pg';
import { BenchmarkService } from '@vt/benchmark-kengetallen';
import { startApp, type RunningApp } from '../support/app.js';
import { benchmarkDeelnameSlot, bewaarDeelname, connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';

// A period no other file writes snapshots for; VT09 and VT10 are this file's regions.
const PERIODE = '2012';
const KENGETAL = 'AANTAL_MELDINGEN';
const ANDER = 'AANTAL_ADVIEZEN';
const BENCHMARK = `query Respons($periode: String!, $k: [String!]) { benchmark(periode: $periode, kengetallen: $k) { periode kengetallen {
  kengetal { code } regios { regioCode teller waarde onderdrukt eigenRegio } } } }`;

interface Cel {
  regioCode: string;
  teller: number | null;
  waarde: number | null;
  onderdrukt: boolean;
  eigenRegio: boolean;
}
interface Antwoord {
  data?: { benchmark: { periode: string; kengetallen: { kengetal: { code: string }; regios: Cel[] }[] } } | null;
  errors?: { extensions?: { code?: string } }[];
}

/**
 * A repeated benchmark(...) request is answered from its stored response (BenchmarkResponsePlugin):
 * byte for byte the same, never stale, never another caller's, never past a refusal (VT09, VT10, 2012).
 */
describe('benchmark response cache', () => {
  let benchmark: RunningApp;
  let admin: pg.Client;
  let service: BenchmarkService;
  const regio: Record<'VT09' | 'VT10', string> = { VT09: '', VT10: '' };
  let vrijgeven: (() => Promise<void>) | undefined;
  let herstelDeelname: (() => Promise<void>) | undefined;

  /** The raw HTTP answer: status and body text exactly as sent. */
  async function vraag(
    token: string | undefined,
    variables: Record<string, unknown> = { periode: PERIODE, k: [KENGETAL] },
    query = BENCHMARK,
  ): Promise<{ status: number; tekst: string; json: Antwoord }> {
    const response = await fetch(`${benchmark.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const tekst = await response.text();
    return { status: response.status, tekst, json: JSON.parse(tekst) as Antwoord };
  }

  function cel(antwoord: Antwoord, code: string, kengetal = KENGETAL): Cel | undefined {
    if (antwoord.errors) throw new Error(JSON.stringify(antwoord.errors));
    return antwoord.data!.benchmark.kengetallen.find((k) => k.kengetal.code === kengetal)!.regios.find((r) => r.regioCode === code);
  }

  /** What a finished recomputation does (BenchmarkBerekening.bereken): close the current row, open a new one. */
  async function herberekend(code: 'VT09' | 'VT10', kengetal: string, teller: number) {
    await admin.query('BEGIN');
    await admin.query(
      `UPDATE benchmark.kengetal_waarde SET geldig_tot = now() WHERE organisatie_id = $1 AND periode = $2 AND kengetal = $3 AND geldig_tot IS NULL`,
      [regio[code], PERIODE, kengetal],
    );
    await admin.query(
      `INSERT INTO benchmark.kengetal_waarde (organisatie_id, periode, kengetal, teller, noemer, berekening_id) VALUES ($1, $2, $3, $4, NULL, 'respons-spec')`,
      [regio[code], PERIODE, kengetal, teller],
    );
    await admin.query('COMMIT');
  }

  async function neemDeel(code: 'VT09' | 'VT10', deelnemer: boolean) {
    await admin.query(
      `INSERT INTO benchmark.deelname (organisatie_id, deelnemer, gewijzigd_door) VALUES ($1, $2, 'respons-spec')
       ON CONFLICT (organisatie_id) DO UPDATE SET deelnemer = excluded.deelnemer, gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()`,
      [regio[code], deelnemer],
    );
  }

  beforeAll(async () => {
    benchmark = await startApp('benchmark');
    service = benchmark.app.get(BenchmarkService);
    // This file changes VT09's and VT10's participation: no other file does so meanwhile.
    vrijgeven = await benchmarkDeelnameSlot();
    admin = await connectAs('admin');
    regio.VT09 = await tenantIdOf('VT09');
    regio.VT10 = await tenantIdOf('VT10');
    const ids = [regio.VT09, regio.VT10];
    herstelDeelname = await bewaarDeelname(admin, ids);
    await admin.query(`DELETE FROM benchmark.kengetal_waarde WHERE organisatie_id = any($1::uuid[]) AND periode = $2`, [ids, PERIODE]);
    await neemDeel('VT09', true);
    await neemDeel('VT10', true);
    await herberekend('VT09', KENGETAL, 40);
    await herberekend('VT10', KENGETAL, 60);
    await herberekend('VT09', ANDER, 30);
    await herberekend('VT10', ANDER, 70);
  }, 60_000);

  afterAll(async () => {
    const ids = [regio.VT09, regio.VT10];
    try {
      await admin?.query(`DELETE FROM benchmark.kengetal_waarde WHERE organisatie_id = any($1::uuid[]) AND periode = $2`, [ids, PERIODE]);
      await herstelDeelname?.();
    } finally {
      await admin?.end();
      await vrijgeven?.();
      await benchmark?.close();
    }
  });

  afterEach(() => jest.restoreAllMocks());

  it('answers a repeated request byte for byte as the first, without running the resolver again', async () => {
    const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-respons' });
    const uitgerekend = jest.spyOn(service, 'benchmark');
    const eerste = await vraag(analist);
    expect(eerste.status).toBe(200);
    expect(cel(eerste.json, 'VT09')).toMatchObject({ teller: 40, waarde: 40, eigenRegio: false });
    expect(uitgerekend).toHaveBeenCalledTimes(1);
    const tweede = await vraag(analist);
    expect(tweede.status).toBe(200);
    expect(tweede.tekst).toBe(eerste.tekst);
    // Served from the stored response: the resolver (and graphql-js's walk over the answer) did not run.
    expect(uitgerekend).toHaveBeenCalledTimes(1);
  });

  it('serves the new values at once after a recomputation', async () => {
    const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-respons' });
    const vt09 = await tokenFor({ tenant: 'VT09', roles: ['medewerker'], user: 'respons-vt09' });
    expect(cel((await vraag(analist)).json, 'VT09')).toMatchObject({ teller: 40 });
    expect(cel((await vraag(vt09)).json, 'VT09')).toMatchObject({ teller: 40, eigenRegio: true });
    expect(cel((await vraag(vt09)).json, 'VT09')).toMatchObject({ teller: 40 }); // stored
    await herberekend('VT09', KENGETAL, 45);
    expect(cel((await vraag(analist)).json, 'VT09')).toMatchObject({ teller: 45, waarde: 45 });
    expect(cel((await vraag(vt09)).json, 'VT09')).toMatchObject({ teller: 45, eigenRegio: true });
    // A newly small count: the stored published 45 must not be served.
    await herberekend('VT09', KENGETAL, 3);
    expect(cel((await vraag(analist)).json, 'VT09')).toMatchObject({ teller: null, waarde: null, onderdrukt: true });
    await herberekend('VT09', KENGETAL, 40);
    expect(cel((await vraag(analist)).json, 'VT09')).toMatchObject({ teller: 40, onderdrukt: false });
  });

  it("refuses a region that does not take part although the same document is stored for others and for the region's earlier self", async () => {
    const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-respons' });
    const vt09 = await tokenFor({ tenant: 'VT09', roles: ['medewerker'], user: 'respons-vt09' });
    expect(cel((await vraag(vt09)).json, 'VT09')).toMatchObject({ eigenRegio: true });
    expect(cel((await vraag(analist)).json, 'VT09')).toMatchObject({ teller: 40 });
    await neemDeel('VT09', false);
    try {
      for (let i = 0; i < 2; i++) {
        const geweigerd = await vraag(vt09);
        expect(geweigerd.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(geweigerd.json.data ?? null).toBeNull();
      }
      // The analist's stored response (with VT09) is not served either: VT09 left the participants.
      expect(cel((await vraag(analist)).json, 'VT09')).toBeUndefined();
      expect(cel((await vraag(analist)).json, 'VT10')).toMatchObject({ teller: 60 });
    } finally {
      await neemDeel('VT09', true);
    }
    expect(cel((await vraag(vt09)).json, 'VT09')).toMatchObject({ teller: 40, eigenRegio: true });
  });

  it("never serves one region's stored response to another region", async () => {
    const vt09 = await tokenFor({ tenant: 'VT09', roles: ['medewerker'], user: 'respons-vt09' });
    const vt10 = await tokenFor({ tenant: 'VT10', roles: ['medewerker'], user: 'respons-vt10' });
    // The same document and variables; VT09 asks first (and twice, so its response is stored).
    const van09 = await vraag(vt09);
    expect((await vraag(vt09)).tekst).toBe(van09.tekst);
    expect(cel(van09.json, 'VT09')).toMatchObject({ eigenRegio: true });
    expect(cel(van09.json, 'VT10')).toMatchObject({ eigenRegio: false });
    const van10 = await vraag(vt10);
    expect(van10.tekst).not.toBe(van09.tekst);
    expect(cel(van10.json, 'VT09')).toMatchObject({ teller: 40, eigenRegio: false });
    expect(cel(van10.json, 'VT10')).toMatchObject({ teller: 60, eigenRegio: true });
    // Another user with other roles of VT09 gets VT09's answer (it does not depend on the user).
    const beheerder09 = await tokenFor({ tenant: 'VT09', roles: ['functioneel-beheerder'], user: 'respons-fb09' });
    expect((await vraag(beheerder09)).tekst).toBe(van09.tekst);
    expect((await vraag(vt10)).tekst).toBe(van10.tekst);
  });

  it('keeps different variables, codes and documents apart', async () => {
    const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-respons' });
    const codes = (antwoord: Antwoord) => antwoord.data!.benchmark.kengetallen.map((k) => k.kengetal.code);
    const een = await vraag(analist, { periode: PERIODE, k: [KENGETAL] });
    const ander = await vraag(analist, { periode: PERIODE, k: [ANDER] });
    const beide = await vraag(analist, { periode: PERIODE, k: [ANDER, KENGETAL] });
    for (let i = 0; i < 2; i++) {
      expect(codes((await vraag(analist, { periode: PERIODE, k: [KENGETAL] })).json)).toEqual([KENGETAL]);
      expect(codes((await vraag(analist, { periode: PERIODE, k: [ANDER] })).json)).toEqual([ANDER]);
      expect(codes((await vraag(analist, { periode: PERIODE, k: [ANDER, KENGETAL] })).json)).toEqual([ANDER, KENGETAL]);
    }
    expect(cel(een.json, 'VT09')).toMatchObject({ teller: 40 });
    expect(cel(ander.json, 'VT09', ANDER)).toMatchObject({ teller: 30 });
    expect(cel(beide.json, 'VT10', ANDER)).toMatchObject({ teller: 70 });
    // Another period: the half year has no values of this file, the year does.
    const halfjaar = await vraag(analist, { periode: `${PERIODE}-H1`, k: [KENGETAL] });
    expect(halfjaar.json.data!.benchmark.periode).toBe(`${PERIODE}-H1`);
    expect(cel(halfjaar.json, 'VT09')).toBeUndefined();
    expect(cel((await vraag(analist, { periode: PERIODE, k: [KENGETAL] })).json, 'VT09')).toMatchObject({ teller: 40 });
    // Another selection of the same field and arguments: its own shape, not the stored one.
    const smal = `query($periode: String!, $k: [String!]) { benchmark(periode: $periode, kengetallen: $k) { periode } }`;
    for (let i = 0; i < 2; i++)
      expect((await vraag(analist, { periode: PERIODE, k: [KENGETAL] }, smal)).json).toEqual({ data: { benchmark: { periode: PERIODE } } });
    expect(cel((await vraag(analist)).json, 'VT09')).toMatchObject({ teller: 40 });
    // An invalid variable stays an error after the valid one is stored.
    const fout = await vraag(analist, { periode: 'elf', k: [KENGETAL] });
    expect(fout.json.errors?.[0]?.extensions?.code).toBe('VALIDATIE');
  });

  it('still answers 401 without a token or with a bad one once the document is stored', async () => {
    const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'lnvt-respons' });
    const vt09 = await tokenFor({ tenant: 'VT09', roles: ['medewerker'], user: 'respons-vt09' });
    for (const token of [analist, analist, vt09, vt09]) expect((await vraag(token)).status).toBe(200);
    for (const token of [undefined, 'not-a-token', `${vt09.slice(0, -4)}AAAA`]) {
      const geweigerd = await vraag(token);
      expect(geweigerd.status).toBe(401);
      expect(geweigerd.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(geweigerd.json.data ?? null).toBeNull();
    }
  });
});
