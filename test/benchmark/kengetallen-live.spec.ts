import type pg from 'pg';
import { KENGETALLEN } from '@vt/benchmark-kengetallen';
import { startApp, type RunningApp } from '../support/app.js';
import { errorCode, nieuweMelding, type MeldingResult } from '../support/casework.js';
import { benchmarkDeelnameSlot, connectAs, tenantIdOf } from '../support/db.js';
import { createBeoordeling, createInterventie, createMelding, createOverdracht } from '../support/factories.js';
import { startIntegration, type Integration } from '../support/integration.js';
import { tokenFor } from '../support/tokens.js';

/**
 * Every kengetal of the catalogue computed from live data through the platform: region VT10 in
 * 2014 (no other test uses that region and year). Meldingen, adviezen, police reports, huisverboden,
 * crises, medewerkers, hours, the begroting and the jaarrekening go through the api (with past
 * dates); what the api stamps with now() (vastgestelde beoordelingen, interventies, overdrachten)
 * and one artificial niet-unieke hermelding are inserted with their 2014 dates in the region's own
 * transaction (test/support/factories.ts). The worker computes the snapshot (herberekenBenchmark),
 * and every value is read through the benchmark service's GraphQL and compared with the value
 * counted by hand below. The benchmark service runs with disclosure control off (minimum 0,
 * rounding 1) so the exact teller and noemer are published; the disclosure rules have their own
 * tests (benchmark.spec.ts).
 */
const REGIO = 'VT10';
const JAAR = '2014';
const op = (datum: string) => `${datum}T10:00:00+01:00`;

interface Cel {
  regioCode: string;
  waarde: number | null;
  teller: number | null;
  noemer: number | null;
  onderdrukt: boolean;
  kostenbron: string | null;
}
const BENCHMARK = `query($periode: String!) { benchmark(periode: $periode) { kengetallen {
  kengetal { code vervallen } regios { regioCode waarde teller noemer onderdrukt kostenbron } } } }`;

describe(`kengetallen from live data (${REGIO}, ${JAAR})`, () => {
  let api: RunningApp;
  let benchmark: RunningApp;
  let worker: RunningApp;
  let db: Integration;
  let admin: pg.Client;
  let medewerker: string;
  let beheerder: string;
  let vrijgeven: (() => Promise<void>) | undefined;
  const meldingen: Record<string, MeldingResult> = {};

  const gql = async <T = Record<string, unknown>>(
    app: RunningApp,
    query: string,
    token: string,
    variables: Record<string, unknown> = {},
  ) => {
    const res = await app.gql<T>(query, { token, variables });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };

  async function herbereken(): Promise<void> {
    const { herberekenBenchmark } = await gql<{ herberekenBenchmark: { id: string; totaal: number } }>(
      api,
      `mutation($p: String!) { herberekenBenchmark(periode: $p) { id totaal } }`,
      beheerder,
      { p: JAAR },
    );
    expect(herberekenBenchmark.totaal).toBe(1); // the functioneel-beheerder recomputes the own region only
    for (let i = 0; i < 300; i++) {
      const { benchmarkJob } = await gql<{ benchmarkJob: { status: string; mislukt: number } }>(
        api,
        `query($id: ID!) { benchmarkJob(id: $id) { status mislukt } }`,
        beheerder,
        { id: herberekenBenchmark.id },
      );
      if (benchmarkJob.status === 'COMPLETED') {
        expect(benchmarkJob.mislukt).toBe(0);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('recomputation did not finish in 30 s');
  }

  /** The own region's published cell per kengetal. */
  async function lees(): Promise<Record<string, Cel>> {
    const { benchmark: b } = await gql<{ benchmark: { kengetallen: { kengetal: { code: string }; regios: Cel[] }[] } }>(
      benchmark,
      BENCHMARK,
      medewerker,
      { periode: JAAR },
    );
    return Object.fromEntries(b.kengetallen.map((k) => [k.kengetal.code, k.regios.find((r) => r.regioCode === REGIO)!]));
  }

  beforeAll(async () => {
    [api, benchmark, worker] = await Promise.all([
      startApp('api'),
      startApp('benchmark', { BENCHMARK_MIN_AANTAL: '0', BENCHMARK_AFRONDING: '1' }),
      startApp('worker'),
    ]);
    db = await startIntegration();
    admin = await connectAs('admin');
    medewerker = await tokenFor({ tenant: REGIO, roles: ['medewerker'], user: 'k17-mw' });
    beheerder = await tokenFor({ tenant: REGIO, roles: ['functioneel-beheerder'], user: 'k17-fb' });
  }, 60_000);

  afterAll(async () => {
    // Never leave the region taking part (it would show up in other files' benchmarks).
    if (vrijgeven)
      await api.gql(`mutation { neemDeelAanBenchmark(deelnemen: false, periode: "2014") { deelnemer } }`, { token: beheerder });
    await vrijgeven?.();
    await admin?.end();
    await db?.close();
    await Promise.all([api?.close(), benchmark?.close(), worker?.close()]);
  });

  it('builds the region-year through the api and the factories', async () => {
    // Meldingen through the api, with past receipt dates (the beoordeling term comes from the region calendar).
    const melding = async (naam: string, ontvangen: string) => {
      meldingen[naam] = await nieuweMelding(api, medewerker, { ontvangenOp: op(ontvangen) });
    };
    await melding('M0', '2013-12-30'); // received in 2013: not a 2014 melding, but assessed in January 2014
    await melding('M1', '2014-01-06');
    await melding('M2', '2014-02-03');
    await melding('M3', '2014-03-03');
    await melding('M4', '2014-04-07');
    await melding('M5', '2014-09-01');
    await melding('M6', '2014-12-15'); // never assessed
    await melding('M7', '2014-11-03'); // assessed only in January 2015
    await melding('M8', '2015-01-05'); // received in 2015
    for (const m of Object.values(meldingen)) expect(m.classificatie).toBe('EERSTE_MELDING');

    // Adviezen through the api: three in 2014, one on New Year's Eve 2013.
    for (const ontvangen of ['2013-12-31', '2014-02-10', '2014-06-10', '2014-12-31']) {
      await gql(api, `mutation($input: RegistreerAdviesInput!) { registreerAdvies(input: $input) { id } }`, medewerker, {
        input: {
          soort: 'ADVIES',
          kanaal: 'TELEFOON',
          ontvangenOp: op(ontvangen),
          adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true },
          aardGeweld: ['KINDERMISHANDELING'],
          samenvatting: 'Uitleg gegeven.',
          gemeenteCode: 'GM0599',
        },
      });
    }

    // Police reports through the import: a unique one, and two days later a niet-unieke one about the same household.
    const nummer = `PL10-${Date.now().toString(36)}`;
    const importeer = async (nr: string, datum: string) => {
      const header =
        'soort,registratienummer,datum,gemeente,postcode,huisnummer,eenheid,telefoon,email,aard,duur,omschrijving,naam,geboortedatum,bsn,rol';
      const rij = [
        'MELDING',
        nr,
        datum,
        'GM0599',
        '3011AB',
        '1014',
        'Politie',
        '0900-8844',
        '',
        'EX_PARTNERGEWELD',
        'ONBEKEND',
        'Ruzie',
        `Persoon ${nr}`,
        '1990-01-01',
        '',
        'SLACHTOFFER',
      ];
      const response = await fetch(`${api.url}/import/politiemeldingen`, {
        method: 'POST',
        body: `${header}\n${rij.join(',')}`,
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${medewerker}` },
      });
      return response.json();
    };
    expect(await importeer(`${nummer}-1`, '2014-03-03')).toMatchObject({ meldingen: 1, nietUniek: 0, fouten: [] });
    expect(await importeer(`${nummer}-2`, '2014-03-05')).toMatchObject({ meldingen: 0, nietUniek: 1, fouten: [] });

    // Huisverboden and crises through the api.
    const casus = (naam: string) => meldingen[naam]!.casus.id;
    for (const [naam, opgelegd] of [
      ['M3', '2013-12-28'],
      ['M2', '2014-03-15'],
      ['M5', '2014-10-01'],
    ] as const) {
      await gql(api, `mutation($input: RegistreerHuisverbodInput!) { registreerHuisverbod(input: $input) { id } }`, medewerker, {
        input: { casusId: casus(naam), opgelegdOp: opgelegd },
      });
    }
    for (const [naam, datum] of [
      ['M1', '2014-01-07'],
      ['M4', '2014-05-05'],
      ['M5', '2014-12-31'],
      ['M8', '2015-01-06'],
    ] as const) {
      await gql(api, `mutation($input: RegistreerCrisisInput!) { registreerCrisisinterventie(input: $input) { id } }`, medewerker, {
        input: { casusId: casus(naam), datum: op(datum), samenvatting: 'Crisis' },
      });
    }

    // Formatie through the api: MW 0.8 HBO and VA 0.2 WO all year, GD 0.5 WO from 1 July, STAF 0.4 MBO (indirect) all year.
    const MEDEWERKER = `mutation($input: RegistreerMedewerkerInput!) { registreerMedewerker(input: $input) { id } }`;
    const dienstverband = (functie: string, fte: number, niveau: string, categorie: string, van: string) => ({
      functie,
      fte,
      opleidingsniveau: niveau,
      categorie,
      van,
      tot: '2014-12-31',
    });
    await gql(api, MEDEWERKER, beheerder, {
      input: { naam: 'Fictieve Werker', gebruikerId: 'k17-mw', dienstverband: dienstverband('MW', 0.8, 'HBO', 'DIRECT', '2014-01-01') },
    });
    await gql(api, MEDEWERKER, beheerder, {
      input: { naam: 'Fictieve Arts', dienstverband: dienstverband('VA', 0.2, 'WO', 'DIRECT', '2014-01-01') },
    });
    await gql(api, MEDEWERKER, beheerder, {
      input: { naam: 'Fictieve Gedragswetenschapper', dienstverband: dienstverband('GD', 0.5, 'WO', 'DIRECT', '2014-07-01') },
    });
    await gql(api, MEDEWERKER, beheerder, {
      input: { naam: 'Fictieve Staf', dienstverband: dienstverband('STAF', 0.4, 'MBO', 'STAF', '2014-01-01') },
    });

    // Hours through the api (the MW's own bookings).
    for (const [datum, product, uren] of [
      ['2013-12-31', 'ONDERZOEK', 4], // 2013
      ['2014-02-25', 'ONDERZOEK', 6],
      ['2014-03-12', 'VOORWAARDEN_EN_VERVOLG', 4],
      ['2014-03-17', 'HUISVERBOD', 3],
      ['2014-05-05', 'CRISIS', 2],
      ['2014-06-10', 'ADVIES_EN_ONDERSTEUNING', 5], // direct work
      ['2014-06-11', 'ONDERSTEUNING', 2], // support work: indirect
      ['2014-06-12', 'SCHOLING', 8],
      ['2014-06-13', 'MANAGEMENT', 1],
      ['2014-06-16', 'ADVIES', 3],
    ] as const) {
      await gql(api, `mutation($input: BoekUrenInput!) { boekUren(input: $input) { id } }`, medewerker, {
        input: { datum, product, uren, functie: datum < '2014-01-01' ? 'MW' : undefined },
      });
    }

    // What the api stamps with now(), with its 2014 dates, in the region's own transaction.
    const tenant = await tenantIdOf(REGIO);
    await db.withTenantManager(tenant, async (m) => {
      const { M0, M1, M2, M3, M4, M5, M7 } = meldingen as Record<string, MeldingResult>;
      const beoordeling = (mld: MeldingResult, besluit: string, getoetst: string) =>
        createBeoordeling(m, mld.id, {
          besluit: besluit as 'OVERDRACHT',
          status: 'VASTGESTELD',
          besloten_door: 'k17-a',
          getoetst_door: 'k17-b',
          besloten_op: new Date(op(getoetst)),
          getoetst_op: new Date(op(getoetst)),
        });
      await beoordeling(M0!, 'GEEN_VERVOLGSTAPPEN', '2014-01-03');
      await beoordeling(M1!, 'OVERDRACHT', '2014-01-08');
      await beoordeling(M2!, 'ONDERZOEK', '2014-02-20'); // late
      await beoordeling(M3!, 'VOORWAARDEN_EN_VERVOLG', '2014-03-05');
      await beoordeling(M4!, 'OVERDRACHT', '2014-04-09');
      await beoordeling(M5!, 'VOORWAARDEN_EN_VERVOLG', '2014-09-03');
      await beoordeling(M7!, 'OVERDRACHT', '2015-01-05');
      // A niet-unieke politiemelding classified as hermelding and even assessed (the platform never does
      // this; the figures must still not count it), and a real hermelding closed without beoordeling.
      const casusId = M1!.casus.id;
      const nu = await createMelding(m, casusId, {
        ontvangen_op: new Date(op('2014-06-02')),
        ontvangstdatum: '2014-06-02',
        uiterlijke_beoordelingsdatum: '2014-06-09',
        politie: 'NIET_UNIEK',
        classificatie: 'HERMELDING',
        fase: 'AFGESLOTEN',
      });
      await beoordeling({ id: nu.id } as MeldingResult, 'OVERDRACHT', '2014-06-03');
      await createMelding(m, casusId, {
        ontvangen_op: new Date(op('2014-05-05')),
        ontvangstdatum: '2014-05-05',
        uiterlijke_beoordelingsdatum: '2014-05-12',
        classificatie: 'HERMELDING',
        fase: 'AFGESLOTEN',
      });
      const interventie = (
        mld: MeldingResult,
        soort: 'ONDERZOEK' | 'VOORWAARDEN_EN_VERVOLG',
        besloten: string,
        gestart: string | null,
        af: string | null,
      ) =>
        createInterventie(m, mld.casus.id, mld.id, {
          soort,
          status: af ? 'AFGESLOTEN' : gestart ? 'GESTART' : 'GEPLAND',
          besloten_op: besloten,
          gestart_op: gestart,
          afgesloten_op: af,
          uiterlijke_startdatum: besloten,
          uiterlijke_einddatum: gestart ? '2015-06-30' : null,
          wettelijke_einddatum: '2015-06-30',
        });
      await interventie(M2!, 'ONDERZOEK', '2014-02-20', '2014-02-24', '2014-04-28'); // 63 days: within 10 weken
      await interventie(M4!, 'ONDERZOEK', '2014-05-01', '2014-05-05', '2014-08-29'); // 116 days: late
      await interventie(M1!, 'ONDERZOEK', '2014-12-15', '2014-12-18', null); // started, still open
      await interventie(M0!, 'ONDERZOEK', '2013-12-20', '2014-01-10', '2014-03-14'); // decided 2013, started 2014, 63 days
      await interventie(M3!, 'VOORWAARDEN_EN_VERVOLG', '2014-03-10', '2014-03-12', '2014-05-21'); // exactly 70 days: within
      await interventie(M5!, 'VOORWAARDEN_EN_VERVOLG', '2014-09-05', '2014-09-08', '2015-01-20'); // closed in 2015
      await interventie(M7!, 'VOORWAARDEN_EN_VERVOLG', '2014-12-10', null, null); // waiting to start at year end
      // Overdrachten: M1's got a date in February; M4's and M3's wait at year end (M3's date is agreed in 2015).
      const gepland = (aangemaakt: string, datum: string) => ({
        created_at: new Date(op(aangemaakt)),
        gepland_op: new Date(op(datum)),
        status: 'GEPLAND' as const,
        afgesproken_datum: datum,
      });
      await createOverdracht(m, M1!.casus.id, M1!.id, gepland('2014-01-10', '2014-02-01'));
      await createOverdracht(m, M4!.casus.id, M4!.id, { created_at: new Date(op('2014-11-20')) });
      await createOverdracht(m, M3!.casus.id, M3!.id, gepland('2014-12-01', '2015-01-10'));
    });

    // The begroting of 2014 through the api (the jaarrekening comes later).
    await gql(api, `mutation($input: LegBegrotingVastInput!) { legBegrotingVast(input: $input) { versie } }`, beheerder, {
      input: {
        jaar: 2014,
        versie: 0,
        loonkosten: [
          { functie: 'MW', bedragPerFte: 70_000 },
          { functie: 'STAF', bedragPerFte: 50_000 },
        ],
        kosten: [
          { soort: 'DIRECT', categorie: 'Reiskosten', bedrag: 10_000 },
          { soort: 'INDIRECT', categorie: 'Huisvesting', bedrag: 20_000 },
        ],
        inkomsten: [],
        volumes: [],
      },
    });

    // Take part for as long as this file reads the benchmark (one test file at a time changes participation).
    vrijgeven = await benchmarkDeelnameSlot();
    await gql(api, `mutation { neemDeelAanBenchmark(deelnemen: true, periode: "2014") { deelnemer } }`, beheerder);
  }, 120_000);

  it('publishes every kengetal with the value counted by hand, the begroting while no jaarrekening is recorded', async () => {
    const { M6, M7 } = meldingen as Record<string, MeldingResult>;
    // Inwoners: the region's gemeenten at their latest peildatum (reference data).
    const { rows } = await admin.query<{ inwoners: string }>(
      `SELECT sum(i.inwoners) AS inwoners FROM referentie.regio r JOIN referentie.gemeente g ON g.regio_code = r.code
       JOIN LATERAL (SELECT inwoners FROM referentie.gemeente_inwoners gi WHERE gi.gemeente_code = g.code ORDER BY peildatum DESC LIMIT 1) i ON true
       WHERE r.code = $1`,
      [REGIO],
    );
    const inwoners = Number(rows[0]!.inwoners);
    expect(inwoners).toBeGreaterThan(100_000);

    // Counted by hand from the list above.
    const adviezen = 3; // 10 Feb, 10 Jun, 31 Dec 2014
    // M1-M7, the unique police report and the hermelding; the two niet-unieke politiemeldingen are not meldingen.
    const aantalMeldingen = 7 + 1 + 1;
    const hermeldingen = 1;
    const beoordelingen = 6; // M0, M1, M2, M3, M4, M5 (M7's is in 2015; the niet-unieke one does not count)
    const binnenTermijn = 5; // all but M2
    const overdrachtBesluiten = 2; // M1, M4
    const ozGestart = 4;
    const vvGestart = 2;
    const ozAf = 3;
    const ozTijdig = 2;
    const vvAf = 1;
    const vvTijdig = 1;
    const huisverboden = 2;
    const crises = 3;
    // Wachtlijsten at 31 December 2014: M6 (if its term has passed), M7 (assessed in 2015) and the unique police report.
    const wachtBeoordeling =
      (M6!.uiterlijkeBeoordelingsdatum < '2014-12-31' ? 1 : 0) + (M7!.uiterlijkeBeoordelingsdatum < '2014-12-31' ? 1 : 0) + 1;
    expect(wachtBeoordeling).toBe(3);
    const wachtStart = 1; // M7's V&V
    const wachtOverdracht = 2; // M4's and M3's
    const urenOnderzoek = 6;
    const urenOverig = 4 + 3 + 2;
    const urenDirect = 6 + 4 + 3 + 2 + 5 + 3; // ONDERSTEUNING, SCHOLING and MANAGEMENT are not direct
    const gd = (0.5 * 184) / 365; // 1 July to 31 December
    const fteTotaal = 0.8 + 0.2 + gd + 0.4;
    const fteDirect = 0.8 + 0.2 + gd;
    const begroting = 0.8 * 70_000 + 0.4 * 50_000 + 10_000 + 20_000;

    const verwacht: Record<string, [number, number | null, number]> = {
      FTE_PER_1000_MELDINGEN: [fteTotaal, aantalMeldingen, 1000],
      PERCENTAGE_INDIRECT: [0.4, fteTotaal, 100],
      SIGNALEN_PER_1000_INWONERS: [adviezen + aantalMeldingen, inwoners, 1000],
      KOSTEN_PER_1000_INWONERS: [begroting, inwoners, 1000],
      ONDERZOEK_VS_OVERIGE_INTERVENTIES: [ozGestart, ozGestart + vvGestart + huisverboden + crises, 100],
      PERCENTAGE_ONDERZOEK_VS_VV: [ozGestart, ozGestart + vvGestart, 100],
      AANTAL_HUISVERBODEN: [huisverboden, null, 1],
      AANTAL_CRISISINTERVENTIES: [crises, null, 1],
      UREN_PER_ONDERZOEK: [urenOnderzoek, ozAf, 1],
      UREN_PER_OVERIGE_INTERVENTIE: [urenOverig, vvAf + huisverboden + crises, 1],
      PERCENTAGE_HBO: [0.8 + 0.2 + gd, fteTotaal, 100],
      PERCENTAGE_GEDRAGSWETENSCHAPPERS: [gd, fteTotaal, 100],
      PERCENTAGE_VERTROUWENSARTSEN: [0.2, fteTotaal, 100],
      NETTO_PRODUCTIEVE_UREN: [urenDirect, fteDirect, 1],
      PERCENTAGE_BEOORDELING_BINNEN_TERMIJN: [binnenTermijn, beoordelingen, 100],
      PERCENTAGE_ONDERZOEK_BINNEN_TERMIJN: [ozTijdig, ozAf, 100],
      PERCENTAGE_VV_BINNEN_TERMIJN: [vvTijdig, vvAf, 100],
      WACHTLIJST_PER_100000_INWONERS: [wachtOverdracht, inwoners, 100_000],
      WACHTLIJST_BEOORDELING_PER_100000_INWONERS: [wachtBeoordeling, inwoners, 100_000],
      WACHTLIJST_START_PER_100000_INWONERS: [wachtStart, inwoners, 100_000],
      PERCENTAGE_HERMELDINGEN: [hermeldingen, aantalMeldingen, 100],
      PERCENTAGE_OVERDRACHT_NA_BEOORDELING: [overdrachtBesluiten, beoordelingen, 100],
      AANTAL_ADVIEZEN: [adviezen, null, 1],
      AANTAL_MELDINGEN: [aantalMeldingen, null, 1],
      AANTAL_ONDERZOEKEN: [ozAf, null, 1],
      AANTAL_VV: [vvAf, null, 1],
    };
    // A kengetal added to the catalogue without a live check here fails this line.
    expect(KENGETALLEN.map((k) => k.code).sort()).toEqual(Object.keys(verwacht).sort());

    await herbereken();
    const cellen = await lees();
    for (const [code, [teller, noemer, factor]] of Object.entries(verwacht)) {
      const cel = cellen[code]!;
      expect([code, cel.onderdrukt]).toEqual([code, false]);
      expect([code, cel.teller]).toEqual([code, expect.closeTo(teller, 9)]);
      expect([code, cel.noemer]).toEqual([code, noemer === null ? null : expect.closeTo(noemer, 9)]);
      expect([code, cel.waarde]).toEqual([code, expect.closeTo(noemer === null ? teller * factor : (teller / noemer) * factor, 9)]);
      expect([code, cel.kostenbron]).toEqual([code, code === 'KOSTEN_PER_1000_INWONERS' ? 'BEGROTING' : null]);
    }
  }, 60_000);

  it('uses the realised costs once the jaarrekening of the closed year is recorded, and says so', async () => {
    const { begroting } = await gql<{ begroting: { versie: number } }>(api, `query { begroting(jaar: 2014) { versie } }`, beheerder);
    await gql(api, `mutation($input: LegJaarrekeningVastInput!) { legJaarrekeningVast(input: $input) { versie } }`, beheerder, {
      input: { jaar: 2014, versie: begroting.versie, gerealiseerdeKosten: 123_456.78 },
    });
    await herbereken();
    const kosten = (await lees()).KOSTEN_PER_1000_INWONERS!;
    expect(kosten).toMatchObject({ teller: 123_456.78, kostenbron: 'JAARREKENING' });
    expect(kosten.waarde).toBeCloseTo((123_456.78 / kosten.noemer!) * 1000, 9);
  }, 60_000);

  it('marks the replaced kengetal as vervallen and serves the definitions from the catalogue', async () => {
    const { kengetallen } = await gql<{
      kengetallen: {
        code: string;
        definitie: string;
        tellerBouwstenen: string[];
        noemerBouwstenen: string[];
        bronTabellen: string[];
        uitgesloten: string[];
        vervallen: string | null;
      }[];
    }>(benchmark, `{ kengetallen { code definitie tellerBouwstenen noemerBouwstenen bronTabellen uitgesloten vervallen } }`, medewerker);
    expect(kengetallen.map((k) => k.code)).toEqual(KENGETALLEN.map((k) => k.code));
    const per = Object.fromEntries(kengetallen.map((k) => [k.code, k]));
    expect(per.ONDERZOEK_VS_OVERIGE_INTERVENTIES!.vervallen).toContain('PERCENTAGE_ONDERZOEK_VS_VV');
    expect(kengetallen.filter((k) => k.vervallen).map((k) => k.code)).toEqual(['ONDERZOEK_VS_OVERIGE_INTERVENTIES']);
    expect(per.PERCENTAGE_ONDERZOEK_VS_VV).toMatchObject({
      tellerBouwstenen: ['ONDERZOEKEN_GESTART'],
      noemerBouwstenen: ['ONDERZOEKEN_GESTART', 'VV_GESTART'],
      bronTabellen: ['interventie'],
    });
    expect(per.AANTAL_MELDINGEN!.uitgesloten.join(' ')).toContain('NIET_UNIEK');
    expect(per.NETTO_PRODUCTIEVE_UREN!.bronTabellen).toEqual(['dienstverband', 'tijdregistratie']);
    // The own region only computes its own figures: a medewerker may not recompute.
    expect(errorCode(await api.gql(`mutation { herberekenBenchmark(periode: "2014") { id } }`, { token: medewerker }))).toBe('FORBIDDEN');
  });
});
