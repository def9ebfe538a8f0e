import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { requireEnv } from '../support/env.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding, uniqueBsn } from '../support/casework.js';
import { Proces } from '../support/proces.js';

async function eventually<T>(check: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const CSV_HEADER =
  'soort,registratienummer,datum,gemeente,postcode,huisnummer,eenheid,telefoon,email,aard,duur,omschrijving,naam,geboortedatum,bsn,rol';
const MELDING = `query($id: ID!) { melding(id: $id) { id versie fase classificatie team acuut uiterlijkeScreeningsdatum uiterlijkeBeoordelingsdatum
  politieRegistratienummer nietUniekVanId samenvatting casus { id crisisinterventies { id } }
  screening { uitkomst toelichting tijdig crisisinterventieId } } }`;
const WERK = `query($soorten: [WerkSoort!]) { werkvoorraad(first: 100, soorten: $soorten) { edges { node { soort meldingId } } } }`;
const ZORGMELDINGEN = `query($status: ZorgmeldingStatus) { zorgmeldingenJeugd(first: 20, status: $status) { totalCount
  edges { node { id politieRegistratienummer status aantalKinderen gemeenteCode personen { naam rol } omschrijving doorgestuurdNaar meldingId versie } } } }`;
const SCREEN_ZORG = `mutation($input: ScreenZorgmeldingJeugdInput!) { screenZorgmeldingJeugd(input: $input) { id status personen { naam } meldingId doorgestuurdNaar versie } }`;

interface MeldingState {
  id: string;
  versie: number;
  fase: string;
  classificatie: string;
  team: string | null;
  acuut: boolean;
  uiterlijkeScreeningsdatum: string | null;
  uiterlijkeBeoordelingsdatum: string;
  politieRegistratienummer: string | null;
  nietUniekVanId: string | null;
  samenvatting: string | null;
  casus: { id: string; crisisinterventies: { id: string }[] };
  screening: { uitkomst: string; toelichting: string | null; tijdig: boolean; crisisinterventieId: string | null } | null;
}
interface ImportResult {
  meldingen: number;
  nietUniek: number;
  zorgmeldingenJeugd: number;
  alBekend: number;
  fouten: { regel: number; veld: string; melding: string }[];
}

const dagenGeleden = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 15, points 1-3: the same-werkdag screening for acute danger, the police import with
 * niet-unieke meldingen, and politiezorgmeldingen jeugd as their own stream. VT24 (VT14 for the
 * other region).
 */
describe('intake: screening, police import, politiezorgmeldingen jeugd', () => {
  let api: RunningApp;
  let worker: RunningApp;
  let admin: pg.Client;
  let p: Proces;
  let mw: string;
  let beheerder: string;
  let ander: string;
  let tenant: string;
  const run = Date.now().toString(36).toUpperCase();
  const env = () => ({ OUTBOX_RELAY: 'true', QUEUE_PREFIX: `${requireEnv('QUEUE_PREFIX')}-intake` });

  const melding = (token: string, id: string) => p.call<MeldingState | null>(token, MELDING, { id });
  const werk = async (token: string, soorten: string[] | null = null) =>
    (await p.call<{ edges: { node: { soort: string; meldingId: string } }[] }>(token, WERK, { soorten })).edges.map((e) => e.node);
  const importeer = async (token: string | null, body: string, type = 'text/csv') => {
    const response = await fetch(`${api.url}/import/politiemeldingen`, {
      method: 'POST',
      body,
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    return { status: response.status, body: (await response.json()) as ImportResult & { errors?: { extensions: { code: string } }[] } };
  };
  const meldingenMetNummer = async (nummers: string[]) =>
    (
      await admin.query(
        `SELECT politie_registratienummer AS nr, politie, fase, classificatie, niet_uniek_van, uiterlijke_screeningsdatum IS NOT NULL AS te_screenen
         FROM melding WHERE tenant_id = $1 AND politie_registratienummer = ANY($2) ORDER BY politie_registratienummer`,
        [tenant, nummers],
      )
    ).rows as { nr: string; politie: string; fase: string; classificatie: string; niet_uniek_van: string | null; te_screenen: boolean }[];

  beforeAll(async () => {
    [api, worker, admin] = await Promise.all([startApp('api', env()), startApp('worker', env()), connectAs('admin')]);
    p = new Proces(api);
    tenant = await tenantIdOf('VT24');
    mw = await tokenFor({ tenant: 'VT24', roles: ['medewerker'], user: 'mw-24' });
    beheerder = await tokenFor({ tenant: 'VT24', roles: ['functioneel-beheerder'], user: 'fb-24' });
    ander = await tokenFor({ tenant: 'VT14', roles: ['medewerker', 'teammanager', 'vertrouwensarts'], user: 'mw-14-intake' });
    const { version } = await p.call<{ version: number }>(beheerder, `{ instellingen { version } }`, {});
    await p.call(
      beheerder,
      `mutation($v: Int!) { wijzigInstellingen(input: { mdToetsingVerplicht: false, werkBeperktTotTeam: false, crisisteam: "Crisisdienst", versie: $v }) { crisisteam } }`,
      { v: version },
    );
  }, 60_000);
  afterAll(async () => {
    await Promise.all([api.close(), worker.close(), admin.end()]);
  });

  describe('screening', () => {
    it('a new melding awaits screening the werkdag it arrives; NIET_ACUUT leaves the normal beoordeling, once', async () => {
      const m = await nieuweMelding(api, mw);
      const voor = (await melding(mw, m.id))!;
      expect(voor.uiterlijkeScreeningsdatum).not.toBeNull();
      expect(voor.uiterlijkeScreeningsdatum! >= dagenGeleden(0)).toBe(true);
      expect(await werk(mw, ['SCREENEN'])).toContainEqual({ soort: 'SCREENEN', meldingId: m.id });

      const na = await p.call<{ versie: number }>(mw, `mutation($input: ScreenMeldingInput!) { screenMelding(input: $input) { versie } }`, {
        input: { meldingId: m.id, versie: voor.versie, uitkomst: 'NIET_ACUUT' },
      });
      const state = (await melding(mw, m.id))!;
      expect(state).toMatchObject({
        uiterlijkeScreeningsdatum: null,
        acuut: false,
        fase: 'TE_BEOORDELEN',
        screening: { uitkomst: 'NIET_ACUUT', tijdig: true },
      });
      expect(state.casus.crisisinterventies).toEqual([]);
      expect(await werk(mw, ['SCREENEN'])).not.toContainEqual({ soort: 'SCREENEN', meldingId: m.id });
      expect(await werk(mw, ['BEOORDELEN'])).toContainEqual({ soort: 'BEOORDELEN', meldingId: m.id });
      expect(
        await p.code(mw, `mutation($input: ScreenMeldingInput!) { screenMelding(input: $input) { id } }`, {
          input: { meldingId: m.id, versie: na.versie, uitkomst: 'ACUUT', toelichting: 'x' },
        }),
      ).toBe('ONGELDIGE_OVERGANG');
    });

    it('ACUUT starts a crisisinterventie, goes to the crisis team and leads the werkvoorraad', async () => {
      const m = await nieuweMelding(api, mw);
      const zonder = await api.gql(`mutation($input: ScreenMeldingInput!) { screenMelding(input: $input) { id } }`, {
        token: mw,
        variables: { input: { meldingId: m.id, versie: m.versie, uitkomst: 'ACUUT' } },
      });
      expect([errorCode(zonder), zonder.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'toelichting']);
      await p.call(mw, `mutation($input: ScreenMeldingInput!) { screenMelding(input: $input) { id } }`, {
        input: { meldingId: m.id, versie: m.versie, uitkomst: 'ACUUT', toelichting: 'Kind alleen thuis, vader dreigt terug te komen.' },
      });
      const state = (await melding(mw, m.id))!;
      expect(state).toMatchObject({
        acuut: true,
        team: 'Crisisdienst',
        uiterlijkeScreeningsdatum: null,
        fase: 'TE_BEOORDELEN',
      });
      expect(state.casus.crisisinterventies).toHaveLength(1);
      expect(state.screening).toMatchObject({ uitkomst: 'ACUUT', crisisinterventieId: state.casus.crisisinterventies[0]!.id });
      // Before everything else, also before older overdue work.
      await nieuweMelding(api, mw, { ontvangenOp: new Date(Date.now() - 20 * 86_400_000).toISOString() });
      expect((await werk(mw))[0]).toEqual({ soort: 'ACUUT_BEOORDELEN', meldingId: m.id });
      expect(await werk(mw, ['BEOORDELEN'])).not.toContainEqual({ soort: 'BEOORDELEN', meldingId: m.id });
    });

    it('an unscreened melding past its werkdag becomes a task for the team', async () => {
      const m = await nieuweMelding(api, mw, { ontvangenOp: new Date(Date.now() - 10 * 86_400_000).toISOString() });
      const taken = await eventually(
        async () =>
          (await admin.query(`SELECT soort, signaal FROM taak WHERE tenant_id = $1 AND melding_id = $2 ORDER BY soort`, [tenant, m.id]))
            .rows as { soort: string; signaal: string }[],
        (rows) => rows.some((r) => r.soort === 'SCREENEN'),
      );
      expect(taken).toContainEqual({ soort: 'SCREENEN', signaal: 'VERLOPEN' });
      await p.call(mw, `mutation($input: ScreenMeldingInput!) { screenMelding(input: $input) { id } }`, {
        input: { meldingId: m.id, versie: (await melding(mw, m.id))!.versie, uitkomst: 'NIET_ACUUT' },
      });
      const daarna = await eventually(
        async () =>
          (await admin.query(`SELECT soort FROM taak WHERE tenant_id = $1 AND melding_id = $2 AND soort = 'SCREENEN'`, [tenant, m.id]))
            .rows,
        (rows) => rows.length === 0,
      );
      expect(daarna).toEqual([]);
      expect((await melding(mw, m.id))!.screening!.tijdig).toBe(false);
    });

    it('another region cannot screen the melding (NIET_GEVONDEN, as an unknown id)', async () => {
      const m = await nieuweMelding(api, mw);
      const screen = `mutation($input: ScreenMeldingInput!) { screenMelding(input: $input) { id } }`;
      expect(await p.code(ander, screen, { input: { meldingId: m.id, versie: m.versie, uitkomst: 'NIET_ACUUT' } })).toBe('NIET_GEVONDEN');
      expect((await melding(mw, m.id))!.uiterlijkeScreeningsdatum).not.toBeNull();
    });
  });

  describe('police import', () => {
    const regel = (nr: string, datum: string, extra: Partial<Record<string, string>> = {}) => {
      const v = {
        soort: 'MELDING',
        registratienummer: nr,
        datum,
        gemeente: 'GM0599',
        postcode: '3011AB',
        huisnummer: '1',
        eenheid: 'Politie Rotterdam',
        telefoon: '0900-8844',
        email: '',
        aard: 'EX_PARTNERGEWELD',
        duur: 'ONBEKEND',
        omschrijving: 'Ruzie tussen partners, buren belden.',
        naam: `Persoon ${nr}`,
        geboortedatum: '1990-01-01',
        bsn: '',
        rol: 'SLACHTOFFER',
        ...extra,
      };
      // CSV quoting: a value with a comma or quote is quoted, quotes doubled.
      return CSV_HEADER.split(',')
        .map((k) => v[k as keyof typeof v] ?? '')
        .map((x) => (/[",]/.test(x) ? `"${x.replaceAll('"', '""')}"` : x))
        .join(',');
    };

    it('refuses a file with errors: every problem with its line, nothing stored', async () => {
      const nr = `F${run}`;
      const csv = [
        CSV_HEADER,
        regel(`${nr}-1`, dagenGeleden(3), { bsn: '123456789' }),
        regel(`${nr}-2`, dagenGeleden(3), { gemeente: 'GM9999' }),
        regel(`${nr}-3`, dagenGeleden(3), { aard: '' }),
        regel(`${nr}-4`, 'gisteren'),
        regel(`${nr}-4`, dagenGeleden(2)),
        regel(`${nr}-6`, dagenGeleden(2)),
      ].join('\n');
      const { status, body } = await importeer(mw, csv);
      expect(status).toBe(200);
      expect(body.meldingen).toBe(0);
      expect(body.fouten.map((f) => [f.regel, f.veld])).toEqual([
        [2, 'bsn'],
        [3, 'gemeente'],
        [4, 'aard'],
        [5, 'datum'],
        // Rows with the same number are one report (one row per person): a row that contradicts it is refused.
        [6, 'datum'],
      ]);
      expect(await meldingenMetNummer([1, 2, 3, 4, 6].map((i) => `${nr}-${i}`))).toEqual([]);
    });

    it('stores a correct file once, detects niet-unieke meldingen per household and window, and a re-import changes nothing', async () => {
      const nr = `P${run}`;
      const kind = `Kind ${run}`;
      const csv = [
        CSV_HEADER,
        // Household A: first report, a repeat 3 days later (same address), and one 20 days later (outside the window).
        regel(`${nr}-1`, dagenGeleden(30), { postcode: '3011AB', huisnummer: `1${run.slice(-3)}` }),
        regel(`${nr}-2`, dagenGeleden(27), { postcode: '3011AB', huisnummer: `1${run.slice(-3)}`, naam: 'Ander Persoon' }),
        regel(`${nr}-3`, dagenGeleden(7), { postcode: '3011AB', huisnummer: `1${run.slice(-3)}` }),
        // Household B: two rows (persons) of one report; then a report about the same child elsewhere, 2 days later.
        regel(`${nr}-4`, dagenGeleden(10), {
          postcode: '3012CD',
          huisnummer: '5',
          naam: kind,
          geboortedatum: '2016-04-04',
          rol: 'KIND',
          aard: 'KINDERMISHANDELING',
        }),
        regel(`${nr}-4`, dagenGeleden(10), {
          postcode: '3012CD',
          huisnummer: '5',
          naam: `Vader ${run}`,
          geboortedatum: '1980-02-02',
          rol: 'PLEGER',
          aard: 'KINDERMISHANDELING',
        }),
        regel(`${nr}-5`, dagenGeleden(8), {
          postcode: '3099ZZ',
          huisnummer: '9',
          naam: kind,
          geboortedatum: '2016-04-04',
          rol: 'KIND',
          aard: 'KINDERMISHANDELING',
          bsn: '',
        }),
      ].join('\n');
      const eerste = await importeer(mw, csv);
      expect(eerste.body).toEqual({ meldingen: 3, nietUniek: 2, zorgmeldingenJeugd: 0, alBekend: 0, fouten: [] });
      const rijen = await meldingenMetNummer([1, 2, 3, 4, 5].map((i) => `${nr}-${i}`));
      const per = Object.fromEntries(rijen.map((r) => [r.nr.split('-')[1], r]));
      expect(per['1']).toMatchObject({ politie: 'UNIEK', fase: 'TE_BEOORDELEN', niet_uniek_van: null, te_screenen: true });
      expect(per['2']).toMatchObject({ politie: 'NIET_UNIEK', fase: 'AFGESLOTEN', classificatie: 'NIET_INGEDEELD', te_screenen: false });
      expect(per['3']).toMatchObject({ politie: 'UNIEK', niet_uniek_van: null });
      expect(per['4']).toMatchObject({ politie: 'UNIEK' });
      expect(per['5']).toMatchObject({ politie: 'NIET_UNIEK' });
      const ids = (
        await admin.query(
          `SELECT id, politie_registratienummer AS nr FROM melding WHERE tenant_id = $1 AND politie_registratienummer = ANY($2)`,
          [tenant, [`${nr}-1`, `${nr}-2`, `${nr}-4`, `${nr}-5`]],
        )
      ).rows as { id: string; nr: string }[];
      const id = (n: string) => ids.find((r) => r.nr === `${nr}-${n}`)!.id;
      expect(per['2']!.niet_uniek_van).toBe(id('1'));
      expect(per['5']!.niet_uniek_van).toBe(id('4'));
      const viaApi = (await melding(mw, id('2')))!;
      expect(viaApi).toMatchObject({
        politieRegistratienummer: `${nr}-2`,
        nietUniekVanId: id('1'),
        samenvatting: 'Ruzie tussen partners, buren belden.',
      });

      const opnieuw = await importeer(mw, csv);
      expect(opnieuw.body).toEqual({ meldingen: 0, nietUniek: 0, zorgmeldingenJeugd: 0, alBekend: 5, fouten: [] });
      expect(await meldingenMetNummer([1, 2, 3, 4, 5].map((i) => `${nr}-${i}`))).toHaveLength(5);
    });

    it('reads JSON too, and refuses without a token (401), without the permission (403) or another type (415)', async () => {
      const nr = `J${run}`;
      const json = JSON.stringify({
        meldingen: [
          {
            registratienummer: nr,
            datum: `${dagenGeleden(1)}T21:15:00+01:00`,
            gemeenteCode: 'GM0599',
            eenheid: 'Politie Rotterdam',
            contact: { email: 'wijkagent@politie.example' },
            aardGeweld: ['HUISELIJK_GEWELD_OVERIG'],
            personen: [{ naam: `Json Persoon ${run}`, geboortedatum: '1970-07-07', bsn: uniqueBsn(), rol: 'SLACHTOFFER' }],
          },
        ],
      });
      expect((await importeer(null, json, 'application/json')).status).toBe(401);
      const teammanager = await tokenFor({ tenant: 'VT24', roles: ['teammanager'], user: 'tm-24' });
      expect((await importeer(teammanager, json, 'application/json')).status).toBe(403);
      expect((await importeer(mw, json, 'application/xml')).status).toBe(415);
      expect((await importeer(mw, json, 'application/json')).body).toEqual({
        meldingen: 1,
        nietUniek: 0,
        zorgmeldingenJeugd: 0,
        alBekend: 0,
        fouten: [],
      });
      // Another region imports the same number as its own: isolated, nothing of VT24 is touched or revealed.
      expect((await importeer(ander, json.replace('GM0599', 'GM0344'), 'application/json')).body).toMatchObject({
        meldingen: 1,
        alBekend: 0,
      });
      expect(await meldingenMetNummer([nr])).toHaveLength(1);
    });
  });

  describe('politiezorgmeldingen jeugd', () => {
    it('are their own stream: screened, forwarded without a dossier or turned into a melding, once', async () => {
      const nr = `Z${run}`;
      const rij = (n: string, naam: string, rol: string) =>
        [
          'ZORGMELDING_JEUGD',
          `${nr}-${n}`,
          dagenGeleden(1),
          'GM0599',
          '3013EF',
          '7',
          'Politie Rotterdam',
          '0900-8844',
          '',
          '',
          '',
          'Zorgen om kind',
          naam,
          '2014-03-03',
          '',
          rol,
        ].join(',');
      const csv = [
        CSV_HEADER,
        rij('1', `Kind Een ${run}`, 'KIND'),
        rij('2', `Kind Twee ${run}`, 'KIND'),
        rij('2', `Moeder ${run}`, 'OUDER_VERZORGER'),
      ].join('\n');
      expect((await importeer(mw, csv)).body).toMatchObject({ meldingen: 0, zorgmeldingenJeugd: 2, fouten: [] });
      expect(await meldingenMetNummer([`${nr}-1`, `${nr}-2`])).toEqual([]);

      const lijst = await p.call<{
        totalCount: number;
        edges: { node: { id: string; politieRegistratienummer: string; versie: number; aantalKinderen: number; personen: unknown[] } }[];
      }>(mw, ZORGMELDINGEN, { status: 'TE_SCREENEN' });
      const z1 = lijst.edges.find((e) => e.node.politieRegistratienummer === `${nr}-1`)!.node;
      const z2 = lijst.edges.find((e) => e.node.politieRegistratienummer === `${nr}-2`)!.node;
      expect([z1.aantalKinderen, z2.aantalKinderen, z2.personen]).toEqual([
        1,
        1,
        [
          { naam: `Kind Twee ${run}`, rol: 'KIND' },
          { naam: `Moeder ${run}`, rol: 'OUDER_VERZORGER' },
        ],
      ]);

      const doorsturen = {
        doorgestuurdNaar: 'Wijkteam Noord',
        betrokkenenGeinformeerdOp: dagenGeleden(0),
        betrokkenenGeinformeerdVia: 'BRIEF',
      };
      // Forwarding needs where to and how the betrokkenen were informed; then the persons are erased.
      const onvolledig = await api.gql(SCREEN_ZORG, {
        token: mw,
        variables: { input: { id: z1.id, versie: z1.versie, onveiligheid: false, toelichting: 'Opvoedvragen' } },
      });
      expect(errorCode(onvolledig)).toBe('VALIDATIE');
      const door = await p.call<{ status: string; personen: unknown[]; doorgestuurdNaar: string }>(mw, SCREEN_ZORG, {
        input: {
          id: z1.id,
          versie: z1.versie,
          onveiligheid: false,
          toelichting: 'Opvoedvragen, geen afhankelijkheidsrelatie onveilig',
          doorgestuurdNaar: 'Wijkteam Noord',
          betrokkenenGeinformeerdOp: dagenGeleden(0),
          betrokkenenGeinformeerdVia: 'BRIEF',
        },
      });
      expect(door).toMatchObject({ status: 'DOORGESTUURD', personen: [], doorgestuurdNaar: 'Wijkteam Noord' });
      const { rows } = await admin.query(`SELECT gegevens FROM zorgmelding_jeugd WHERE id = $1`, [z1.id]);
      expect(rows[0].gegevens).toBeNull();

      const om = await p.call<{ status: string; meldingId: string }>(mw, SCREEN_ZORG, {
        input: {
          id: z2.id,
          versie: z2.versie,
          onveiligheid: true,
          toelichting: 'Moeder onveilig voor kind',
          aardGeweld: ['KINDERMISHANDELING'],
        },
      });
      expect(om.status).toBe('OMGEZET');
      const nieuw = (await melding(mw, om.meldingId))!;
      expect(nieuw).toMatchObject({ politieRegistratienummer: `${nr}-2`, fase: 'TE_BEOORDELEN' });
      expect(nieuw.uiterlijkeScreeningsdatum).not.toBeNull();
      expect(await p.code(mw, SCREEN_ZORG, { input: { id: z2.id, versie: 2, onveiligheid: false, toelichting: 'x', ...doorsturen } })).toBe(
        'ONGELDIGE_OVERGANG',
      );

      // Counted apart; another region sees none of it and cannot screen it.
      const doorgestuurd = await p.call<{ totalCount: number }>(mw, ZORGMELDINGEN, { status: 'DOORGESTUURD' });
      expect(doorgestuurd.totalCount).toBeGreaterThanOrEqual(1);
      const vreemd = await p.call<{ edges: { node: { id: string } }[] }>(ander, ZORGMELDINGEN, { status: null });
      expect(vreemd.edges.map((e) => e.node.id)).not.toContain(z1.id);
      expect(
        await p.code(ander, SCREEN_ZORG, { input: { id: z2.id, versie: 2, onveiligheid: false, toelichting: 'x', ...doorsturen } }),
      ).toBe('NIET_GEVONDEN');
      const log = await admin.query(
        `SELECT actie FROM toegangslog WHERE object_id = $1 AND object_type = 'ZorgmeldingJeugd' ORDER BY tijdstip`,
        [z1.id],
      );
      expect(log.rows.map((r) => r.actie)).toEqual(expect.arrayContaining(['CREATE', 'READ', 'UPDATE']));
    });
  });
});
