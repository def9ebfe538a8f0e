import type pg from 'pg';
import { controleerLevering, leesCsv, type CbsManifest } from '@vt/rapportage';
import { startApp, type RunningApp } from '../support/app.js';
import { errorCode } from '../support/casework.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import {
  addMeldingBetrokkene,
  createAdvies,
  createBeoordeling,
  createCasus,
  createInterventie,
  createMelding,
  createOverdracht,
  createPersoon,
  testBsn,
} from '../support/factories.js';
import { startIntegration, type Integration } from '../support/integration.js';
import { tokenFor } from '../support/tokens.js';

/**
 * CBS beleidsinformatie (issue 17, point 1) on a small constructed dataset in VT03, half year
 * 2019-H1, which no other test uses: every expected cell below is counted by hand from the records
 * made in beforeAll. VT24 holds one advies in 2019-H1 for the cross-tenant test.
 */

const QUERY = `query($halfjaar: String!) { cbsBeleidsinformatie(halfjaar: $halfjaar) {
  halfjaar van tot regio voorlopig
  tabellen { code titel perGemeente cellen { gemeenteCode onderwerp categorie aantal publicatieAantal } } } }`;

interface Cel {
  gemeenteCode: string | null;
  onderwerp: string;
  categorie: string;
  aantal: number;
  publicatieAantal: number | null;
}
interface Tabel {
  code: string;
  titel: string;
  perGemeente: boolean;
  cellen: Cel[];
}
interface Beleidsinformatie {
  halfjaar: string;
  van: string;
  tot: string;
  regio: string;
  voorlopig: boolean;
  tabellen: Tabel[];
}

const ALMERE = 'GM0034';
const ZEEWOLDE = 'GM0050';

/** The hand-counted cells of 2019-H1 in VT03, as `tabel onderwerp categorie[ gemeente]: aantal`. */
const VERWACHT: Record<string, string[]> = {
  // Adviezen A1, A2 (Almere) and A3 (no gemeente); meldingen M1, M3 (Almere), M2 (Zeewolde), M4 (no gemeente).
  '84847': [
    'ADVIEZEN TOTAAL: 3',
    `ADVIEZEN TOTAAL ${ALMERE}: 2`,
    'ADVIEZEN TOTAAL ONBEKEND: 1',
    'MELDINGEN TOTAAL: 4',
    `MELDINGEN TOTAAL ${ALMERE}: 2`,
    `MELDINGEN TOTAAL ${ZEEWOLDE}: 1`,
    'MELDINGEN TOTAAL ONBEKEND: 1',
  ],
  // A1 (familielid), A3 (hoedanigheid not recorded) niet beroepsmatig, A2 onderwijs (leerkracht);
  // M1, M3 politie (politieambtenaar), M2 gezondheidszorg (huisarts), M4 niet beroepsmatig (buurtbewoner).
  '84848': [
    'ADVIEZEN NIET_BEROEPSMATIG: 2',
    'ADVIEZEN ONDERWIJS: 1',
    'ADVIEZEN_NAAR_HOEDANIGHEID FAMILIELID: 1',
    'ADVIEZEN_NAAR_HOEDANIGHEID LEERKRACHT_OF_INTERN_BEGELEIDER: 1',
    'ADVIEZEN_NAAR_HOEDANIGHEID ONBEKEND: 1',
    'MELDINGEN GEZONDHEIDSZORG: 1',
    'MELDINGEN NIET_BEROEPSMATIG: 1',
    'MELDINGEN POLITIE: 2',
    'MELDINGEN_NAAR_HOEDANIGHEID BUURTBEWONER_OF_KENNIS: 1',
    'MELDINGEN_NAAR_HOEDANIGHEID HUISARTS: 1',
    'MELDINGEN_NAAR_HOEDANIGHEID POLITIEAMBTENAAR: 2',
  ],
  '84849': ['MELDINGEN EEN_TOT_VIJF_JAAR: 1', 'MELDINGEN MAXIMAAL_EEN_WEEK: 1', 'MELDINGEN MEER_DAN_VIJF_JAAR: 1', 'MELDINGEN ONBEKEND: 1'],
  // A1 KM, A2 KM + EXP, A3 EXP; M1 KM, M2 EXP + KM, M3 EXP, M4 OUDEREN.
  '84850': [
    'ADVIEZEN EX_PARTNERGEWELD: 2',
    'ADVIEZEN KINDERMISHANDELING: 2',
    'MELDINGEN EX_PARTNERGEWELD: 2',
    'MELDINGEN KINDERMISHANDELING: 2',
    'MELDINGEN OUDERENMISHANDELING: 1',
  ],
  '84851': ['MELDINGEN EERGERELATEERD_GEWELD: 1', 'MELDINGEN EX_PARTNER_STALKING: 1', 'MELDINGEN MENSENHANDEL: 1'],
  // M1 onderzoek (acuut + structureel), M2 overdracht (structureel; an earlier afgewezen besluit does not count),
  // M3 only ter toetsing (not yet beoordeeld), M4 onderzoek (neither).
  '84852': [
    'VEILIGHEIDSTAXATIE ACUTE_EN_STRUCTURELE_ONVEILIGHEID: 1',
    'VEILIGHEIDSTAXATIE ALLEEN_STRUCTURELE_ONVEILIGHEID: 1',
    'VEILIGHEIDSTAXATIE GEEN_ONVEILIGHEID: 1',
    'VEILIGHEIDSTAXATIE NOG_NIET_BEOORDEELD: 1',
    'VERVOLG NOG_NIET_BEOORDEELD: 1',
    'VERVOLG ONDERZOEK: 2',
    'VERVOLG OVERDRACHT: 1',
  ],
  // M1's onderzoek closed (kindermishandeling bevestigd), M4's closed early.
  '84853': ['KINDERMISHANDELING BEVESTIGD: 1', 'ONDERZOEKEN AFGESLOTEN: 1', 'ONDERZOEKEN VOORTIJDIG_AFGESLOTEN: 1'],
  // M1 handed over warm to the lokaal team after its onderzoek, M2 cold to jeugdhulp straight after the beoordeling.
  '84854': ['OVERDRACHTEN NA_ONDERZOEK: 1', 'OVERDRACHTEN NA_VEILIGHEIDSBEOORDELING: 1', 'WIJZE KOUD: 1', 'WIJZE WARM: 1'],
  '84855': ['OVERDRACHTEN JEUGDHULP: 1', 'OVERDRACHTEN LOKAAL_TEAM: 1'],
  '85361': ['MELDINGEN EERSTE_MELDING: 2', 'MELDINGEN HERMELDING: 1', 'MELDINGEN VERVOLGMELDING_TIJDENS_BEOORDELING: 1'],
};

const celTekst = (c: Cel) => `${c.onderwerp} ${c.categorie}${c.gemeenteCode ? ` ${c.gemeenteCode}` : ''}: ${c.aantal}`;

describe('CBS beleidsinformatie', () => {
  let api: RunningApp;
  let integration: Integration;
  let admin: pg.Client;
  let beheerder: string;
  const namen: string[] = [];
  const bsns: string[] = [];
  const ids: string[] = [];

  beforeAll(async () => {
    api = await startApp('api');
    integration = await startIntegration();
    admin = await connectAs('admin');
    beheerder = await tokenFor({ tenant: 'VT03', roles: ['functioneel-beheerder'], user: 'fb-03-cbs' });
    const vt03 = await tenantIdOf('VT03');
    await integration.withTenantManager(vt03, async (m) => {
      const advies = async (ontvangen: string, velden: Parameters<typeof createAdvies>[1]) =>
        ids.push((await createAdvies(m, { ontvangen_op: new Date(ontvangen), ...velden })).id);
      // A3 arrived on 1 January 00:30 in the Netherlands: still 2018 in UTC, 2019-H1 by Dutch time.
      await advies('2019-01-15T10:00:00+01:00', {
        gemeente_code: ALMERE,
        aard_geweld: ['KINDERMISHANDELING'],
        adviesvrager_hoedanigheid: 'FAMILIELID',
      });
      await advies('2019-03-01T10:00:00+01:00', {
        gemeente_code: ALMERE,
        adviesvrager_organisatie: 'ONDERWIJS',
        adviesvrager_hoedanigheid: 'LEERKRACHT_OF_INTERN_BEGELEIDER',
        aard_geweld: ['KINDERMISHANDELING', 'EX_PARTNERGEWELD'],
      });
      await advies('2019-01-01T00:30:00+01:00', { aard_geweld: ['EX_PARTNERGEWELD'] });
      // Not counted: converted into a melding (counted as that melding), or outside the half year by Dutch time.
      await advies('2019-04-01T10:00:00+02:00', { status: 'OMGEZET', gemeente_code: ALMERE });
      await advies('2019-07-01T00:30:00+02:00', { gemeente_code: ALMERE });
      await advies('2018-12-31T23:30:00+01:00', { gemeente_code: ALMERE });

      const persoon = async () => {
        const naam = `Cbs Testpersoon ${namen.length}`;
        const bsn = testBsn();
        namen.push(naam);
        bsns.push(bsn);
        const p = await createPersoon(m, { naam, bsn, geboortedatum: '2012-03-04' });
        ids.push(p.id);
        return p.id;
      };
      const [kind, pleger, slachtoffer] = [await persoon(), await persoon(), await persoon()];
      const melding = async (datum: string, velden: Parameters<typeof createMelding>[2]) => {
        const casus = await createCasus(m);
        const mel = await createMelding(m, casus.id, {
          ontvangen_op: new Date(`${datum}T12:00:00+01:00`),
          ontvangstdatum: datum,
          uiterlijke_beoordelingsdatum: new Date(Date.parse(`${datum}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10),
          melder_naam: 'Cbs Melder Naam',
          ...velden,
        });
        ids.push(casus.id, mel.id);
        return { casus: casus.id, melding: mel.id };
      };
      const t = (uur: number) => new Date(`2019-02-01T${String(uur).padStart(2, '0')}:00:00Z`);

      const m1 = await melding('2019-02-01', {
        gemeente_code: ALMERE,
        politie: 'UNIEK',
        melder_hoedanigheid: 'POLITIEAMBTENAAR',
        aard_geweld: ['KINDERMISHANDELING'],
        duur_geweld: 'MAXIMAAL_EEN_WEEK',
        classificatie: 'EERSTE_MELDING',
      });
      await addMeldingBetrokkene(m, m1.melding, kind, 'KIND');
      await addMeldingBetrokkene(m, m1.melding, pleger, 'PLEGER');
      await createBeoordeling(m, m1.melding, {
        status: 'VASTGESTELD',
        besluit: 'ONDERZOEK',
        acute_onveiligheid: true,
        structurele_onveiligheid: true,
      });
      await createInterventie(m, m1.casus, m1.melding, {
        status: 'AFGESLOTEN',
        besloten_op: '2019-02-08',
        uiterlijke_startdatum: '2019-02-15',
        wettelijke_einddatum: '2019-04-19',
        afgesloten_op: '2019-04-01',
        uitkomsten: JSON.stringify([{ aardGeweld: 'KINDERMISHANDELING', uitkomst: 'BEVESTIGD' }]),
        created_at: t(9),
      });
      await createOverdracht(m, m1.casus, m1.melding, {
        partner_type: 'LOKAAL_TEAM',
        warm: true,
        status: 'UITGEVOERD',
        afgesproken_datum: '2019-04-10',
        uitgevoerd_op: '2019-04-10',
        gemeente_code: ALMERE,
        created_at: t(10),
      });

      const m2 = await melding('2019-03-10', {
        gemeente_code: ZEEWOLDE,
        melder_organisatie: 'GEZONDHEIDSZORG',
        melder_hoedanigheid: 'HUISARTS',
        aard_geweld: ['EX_PARTNERGEWELD', 'KINDERMISHANDELING'],
        duur_geweld: 'EEN_TOT_VIJF_JAAR',
        aanvullende_kenmerken: ['EERGERELATEERD_GEWELD'],
        classificatie: 'HERMELDING',
      });
      await addMeldingBetrokkene(m, m2.melding, kind, 'KIND');
      await addMeldingBetrokkene(m, m2.melding, slachtoffer, 'SLACHTOFFER');
      await createBeoordeling(m, m2.melding, { status: 'AFGEWEZEN', besluit: 'GEEN_VERVOLGSTAPPEN', besloten_op: t(8) });
      await createBeoordeling(m, m2.melding, { status: 'VASTGESTELD', besluit: 'OVERDRACHT', besloten_op: t(9) });
      await createOverdracht(m, m2.casus, m2.melding, { partner_type: 'JEUGDHULP', warm: false });

      const m3 = await melding('2019-06-30', {
        gemeente_code: ALMERE,
        politie: 'UNIEK',
        melder_hoedanigheid: 'POLITIEAMBTENAAR',
        aard_geweld: ['EX_PARTNERGEWELD'],
        aanvullende_kenmerken: ['MENSENHANDEL', 'EX_PARTNER_STALKING'],
        classificatie: 'VERVOLGMELDING_TIJDENS_BEOORDELING',
      });
      await createBeoordeling(m, m3.melding, { status: 'TER_TOETSING', besluit: 'OVERDRACHT' });

      const m4 = await melding('2019-01-01', {
        melder_organisatie: 'NIET_BEROEPSMATIG',
        melder_hoedanigheid: 'BUURTBEWONER_OF_KENNIS',
        aard_geweld: ['OUDERENMISHANDELING'],
        duur_geweld: 'MEER_DAN_VIJF_JAAR',
        classificatie: 'EERSTE_MELDING',
      });
      await createBeoordeling(m, m4.melding, { status: 'VASTGESTELD', besluit: 'ONDERZOEK', structurele_onveiligheid: false });
      await createInterventie(m, m4.casus, m4.melding, {
        status: 'VOORTIJDIG_AFGESLOTEN',
        besloten_op: '2019-01-08',
        uiterlijke_startdatum: '2019-01-15',
        wettelijke_einddatum: '2019-03-19',
        afgesloten_op: '2019-02-01',
        voortijdig_reden: 'Gezin verhuisd',
      });

      // Not counted: a niet-unieke politiemelding, and meldingen received just outside the half year.
      await melding('2019-05-05', { politie: 'NIET_UNIEK', classificatie: 'NIET_INGEDEELD', fase: 'AFGESLOTEN', gemeente_code: ALMERE });
      await melding('2019-07-01', { gemeente_code: ALMERE });
      await melding('2018-12-31', { gemeente_code: ALMERE });
    });
    await integration.withTenantManager(await tenantIdOf('VT24'), async (m) => {
      await createAdvies(m, { ontvangen_op: new Date('2019-02-02T10:00:00+01:00'), adviesvrager_organisatie: 'KINDEROPVANG' });
    });
  });

  afterAll(async () => {
    await admin?.end();
    await integration?.close();
    await api?.close();
  });

  const vraag = (token: string, halfjaar = '2019-H1') =>
    api.gql<{ cbsBeleidsinformatie: Beleidsinformatie }>(QUERY, { token, variables: { halfjaar } });
  const download = (token: string, bestand: 'levering.csv' | 'manifest.json', halfjaar = '2019-H1') =>
    fetch(`${api.url}/rapportages/cbs/${halfjaar}/${bestand}`, { headers: { authorization: `Bearer ${token}` } });

  it('computes every table from the constructed data, cell by cell as counted by hand', async () => {
    const res = await vraag(beheerder);
    expect(res.errors).toBeUndefined();
    const info = res.data!.cbsBeleidsinformatie;
    expect(info).toMatchObject({ halfjaar: '2019-H1', van: '2019-01-01', tot: '2019-06-30', regio: 'VT03', voorlopig: false });
    const gekregen = Object.fromEntries(info.tabellen.map((t) => [t.code, t.cellen.map(celTekst)]));
    expect(gekregen).toEqual(VERWACHT);
    expect(info.tabellen.filter((t) => t.perGemeente).map((t) => t.code)).toEqual(['84847']);
  });

  it('shows exact counts to the region and the small-cell form for outside it (1-4 suppressed, else a multiple of 5)', async () => {
    const info = (await vraag(beheerder)).data!.cbsBeleidsinformatie;
    const kern = info.tabellen.find((t) => t.code === '84847')!.cellen;
    expect(kern.find((c) => c.onderwerp === 'MELDINGEN' && c.gemeenteCode === null)).toMatchObject({ aantal: 4, publicatieAantal: null });
    expect(info.tabellen.flatMap((t) => t.cellen).every((c) => c.publicatieAantal === null)).toBe(true);
  });

  it('lets the teammanager read the tables', async () => {
    const teammanager = await tokenFor({ tenant: 'VT03', roles: ['teammanager'], user: 'tm-03-cbs' });
    const res = await vraag(teammanager);
    expect(res.errors).toBeUndefined();
    expect(res.data!.cbsBeleidsinformatie.tabellen[0]!.cellen.map(celTekst)).toEqual(VERWACHT['84847']);
  });

  it('marks the running half year voorlopig', async () => {
    // Today on the Dutch calendar, as the platform counts it.
    const [jaar, maand] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).split('-');
    const lopend = `${jaar}-H${Number(maand) <= 6 ? 1 : 2}`;
    const res = await vraag(beheerder, lopend);
    expect(res.errors).toBeUndefined();
    expect(res.data!.cbsBeleidsinformatie.voorlopig).toBe(true);
  });

  it.each(['2019-H3', '2019H1', '19-H1', '2014-H2', '2099-H1', ''])('refuses the half year %p with VALIDATIE', async (halfjaar) => {
    const res = await vraag(beheerder, halfjaar);
    expect(errorCode(res)).toBe('VALIDATIE');
    expect(res.errors![0]!.extensions!.field).toBe('halfjaar');
    expect(res.data ?? null).toBeNull();
  });

  it('delivers a CSV whose totals equal the tables, and a manifest that says so', async () => {
    const info = (await vraag(beheerder)).data!.cbsBeleidsinformatie;
    const res = await download(beheerder, 'levering.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('x-cbs-controle')).toBe('gelijk');
    const csv = await res.text();
    const rijen = leesCsv(csv);
    expect(rijen.map((r) => r.soort)).toEqual(['ADVIES', 'ADVIES', 'ADVIES', 'MELDING', 'MELDING', 'MELDING', 'MELDING']);
    // The table cells as the API shows them, checked against the file by the same function the manifest uses.
    const tabellen = info.tabellen.flatMap((t) =>
      t.cellen.map((c) => ({ tabel: t.code, onderwerp: c.onderwerp, categorie: c.categorie, gemeente: c.gemeenteCode, aantal: c.aantal })),
    );
    expect(controleerLevering(csv, tabellen)).toEqual({ gelijk: true, verschillen: [] });
    // The check can fail: one row less is a difference in every table that row is in.
    const eenRijMinder = csv
      .split('\r\n')
      .filter((_, i) => i !== 1)
      .join('\r\n');
    const controle = controleerLevering(eenRijMinder, tabellen);
    expect(controle.gelijk).toBe(false);
    expect(controle.verschillen).toContain('84847 ADVIEZEN TOTAAL: file 2, table 3');

    const manifest = (await (await download(beheerder, 'manifest.json')).json()) as CbsManifest;
    expect(manifest).toMatchObject({
      halfjaar: '2019-H1',
      regio: 'VT03',
      voorlopig: false,
      bestand: 'cbs-beleidsinformatie-VT03-2019-H1.csv',
      rijen: { totaal: 7, adviezen: 3, meldingen: 4 },
      controle: { gelijk: true, verschillen: [] },
    });
    expect(manifest.tabellen.find((t) => t.code === '84847')!.totalen).toEqual({ ADVIEZEN: 3, MELDINGEN: 4 });
    expect(manifest.tabellen.find((t) => t.code === '84852')!.totalen).toEqual({ VEILIGHEIDSTAXATIE: 4, VERVOLG: 4 });
  });

  it('gives the same bytes twice, pseudonymises persons consistently and holds no names, BSN, birth dates or ids', async () => {
    const eerste = Buffer.from(await (await download(beheerder, 'levering.csv')).arrayBuffer());
    const tweede = Buffer.from(await (await download(beheerder, 'levering.csv')).arrayBuffer());
    expect(tweede.equals(eerste)).toBe(true);
    const csv = eerste.toString('utf8');
    for (const geheim of [...namen, ...bsns, ...ids, '2012-03-04', 'Cbs Melder Naam', 'Test advies']) expect(csv).not.toContain(geheim);
    const rijen = leesCsv(csv);
    const meldingen = rijen.filter((r) => r.soort === 'MELDING');
    // M1 and M2 share the child: the same key in both rows, and not a key of anything else.
    const kinderen = meldingen.flatMap((r) => r.betrokkenen.split('|').filter((b) => b.startsWith('KIND:')));
    expect(kinderen).toHaveLength(2);
    expect(kinderen[0]).toBe(kinderen[1]);
    expect(kinderen[0]).toMatch(/^KIND:[0-9a-f]{32}$/);
    expect(new Set(rijen.map((r) => r.record_sleutel)).size).toBe(7);
  });

  it('logs each download as an EXPORT in the access log', async () => {
    const gebruiker = `fb-03-cbs-log-${Date.now()}`;
    const token = await tokenFor({ tenant: 'VT03', roles: ['functioneel-beheerder'], user: gebruiker });
    expect((await download(token, 'levering.csv')).status).toBe(200);
    const { rows } = await admin.query(
      `SELECT actie, object_type FROM toegangslog WHERE tenant_id = $1 AND gebruiker_id = $2 ORDER BY tijdstip`,
      [await tenantIdOf('VT03'), gebruiker],
    );
    expect(rows).toEqual([{ actie: 'EXPORT', object_type: 'CbsLevering' }]);
  });

  it('refuses a bad half year on download with VALIDATIE in the GraphQL error shape', async () => {
    const res = await download(beheerder, 'levering.csv', '2099-H1');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'halfjaar' });
  });

  it("shows another region's functioneel beheerder only its own figures and file", async () => {
    const vt24 = await tokenFor({ tenant: 'VT24', roles: ['functioneel-beheerder'], user: 'fb-24-cbs' });
    const info = (await vraag(vt24)).data!.cbsBeleidsinformatie;
    expect(info.regio).toBe('VT24');
    const gekregen = Object.fromEntries(info.tabellen.filter((t) => t.cellen.length > 0).map((t) => [t.code, t.cellen.map(celTekst)]));
    expect(gekregen).toEqual({
      '84847': ['ADVIEZEN TOTAAL: 1', 'ADVIEZEN TOTAAL ONBEKEND: 1'],
      '84848': ['ADVIEZEN KINDEROPVANG: 1', 'ADVIEZEN_NAAR_HOEDANIGHEID ONBEKEND: 1'],
      '84850': ['ADVIEZEN KINDERMISHANDELING: 1'],
    });
    const rijen = leesCsv(await (await download(vt24, 'levering.csv')).text());
    expect(rijen.map((r) => [r.soort, r.organisatie])).toEqual([['ADVIES', 'KINDEROPVANG']]);
  });

  it.each([
    ['a medewerker', { tenant: 'VT03', roles: ['medewerker'] }],
    ['a landelijk-analist', { tenant: 'VT03', roles: ['landelijk-analist'] }],
  ])('refuses %s the tables and the file', async (_, opties) => {
    const token = await tokenFor({ ...opties, user: 'geweigerd-cbs' });
    const res = await vraag(token);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data ?? null).toBeNull();
    const file = await download(token, 'levering.csv');
    expect(file.status).toBe(403);
    expect(await file.text()).not.toContain('ADVIES');
  });

  it('refuses the teammanager the row-level file', async () => {
    const teammanager = await tokenFor({ tenant: 'VT03', roles: ['teammanager'], user: 'tm-03-cbs' });
    expect((await download(teammanager, 'levering.csv')).status).toBe(403);
    expect((await download(teammanager, 'manifest.json')).status).toBe(403);
  });
});
