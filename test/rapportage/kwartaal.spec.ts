import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { kysely } from '@vt/database';
import { startApp, type RunningApp } from '../support/app.js';
import { errorCode, nieuweMelding } from '../support/casework.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { createBeoordeling } from '../support/factories.js';
import { startIntegration, type Integration } from '../support/integration.js';
import { tokenFor } from '../support/tokens.js';

/**
 * The kwartaalrapportage on constructed data: region VT23 (Zeeland, reserved for this file) in
 * 2018 (no other test uses it), with the comparison quarters of 2017 and 2016. Meldingen and
 * adviezen are registered through the API with a past ontvangenOp (so the beoordeling term comes
 * from the region's real werkdagen calendar); what the API only stamps with now() (beoordelingen,
 * interventies, overdrachten, ...) is inserted with its 2018 dates in the region's transaction.
 * Every expected figure below is counted by hand from that list.
 */
const REGIO = 'VT23';
const MIDDELBURG = 'GM0687';
const GOES = 'GM0664';
const CIJFERS = `adviezen adviezenChat meldingen zorgmeldingenJeugd meldingenInclusiefZorgmeldingen veiligheidsbeoordelingen
  beoordelingenBinnenTermijn percentageBeoordelingenBinnenTermijn besluitGeenVervolgstappen besluitOverdracht besluitOnderzoek
  besluitVoorwaardenEnVervolg besluitRegionaalMaatwerk crises huisverboden huisverbodenVerlengd onderzoekenGestart voorwaardenEnVervolgGestart
  onderzoekenAfgesloten percentageOnderzoekenBinnen10WekenNaStart percentageOnderzoekenBinnen10WekenNaMelding voorwaardenEnVervolgAfgesloten
  percentageVoorwaardenEnVervolgBinnen10WekenNaStart percentageVoorwaardenEnVervolgBinnen10WekenNaMelding
  wachtlijstBeoordeling wachtlijstStart wachtlijstOverdracht monitoringContacten monitoringDrieMaandenGezin monitoringDrieMaandenProfessional
  monitoringTwaalfMaandenGezin monitoringTwaalfMaandenProfessional monitoringScores klachtenOntvangen klachtenAfgesloten klachtenGegrond ziekteverzuim`;
const QUERY = `query($p: String!) { kwartaalrapportage(periode: $p) {
  periode soort van tot regioCode regioNaam voorlopig
  maanden { maand cijfers { ${CIJFERS} } }
  totaal { ${CIJFERS} }
  vorigeJaren { jaar periode totaal { adviezen meldingen } }
  begroting { product begroot gerealiseerd percentage perMaand { maand begroot gerealiseerd } }
  kosten { jaar begroteKosten gerealiseerdeKosten }
  gemeenten { gemeenteCode naam inRegio inwoners peildatum adviezen meldingen zorgmeldingenJeugd adviezenPer100000 meldingenPer100000 }
  regioTotaal { inwoners adviezen meldingen adviezenPer100000 meldingenPer100000 }
  ziekteverzuim { maand team percentage } } }`;

type Cijfers = Record<string, number | null>;
interface Rapport {
  periode: string;
  soort: string;
  regioCode: string;
  regioNaam: string;
  voorlopig: boolean;
  maanden: { maand: string; cijfers: Cijfers }[];
  totaal: Cijfers;
  vorigeJaren: { jaar: number; periode: string; totaal: Cijfers }[];
  begroting: {
    product: string;
    begroot: number | null;
    gerealiseerd: number;
    percentage: number | null;
    perMaand: { maand: string; begroot: number | null; gerealiseerd: number }[];
  }[];
  kosten: { jaar: number; begroteKosten: number; gerealiseerdeKosten: number | null };
  gemeenten: {
    gemeenteCode: string | null;
    naam: string;
    inRegio: boolean;
    inwoners: number | null;
    peildatum: string | null;
    adviezen: number;
    meldingen: number;
    zorgmeldingenJeugd: number;
    adviezenPer100000: number | null;
    meldingenPer100000: number | null;
  }[];
  regioTotaal: { inwoners: number; adviezen: number; meldingen: number; adviezenPer100000: number; meldingenPer100000: number };
  ziekteverzuim: { maand: string; team: string; percentage: number }[];
}

const op = (datum: string) => `${datum}T10:00:00+01:00`;

describe('kwartaalrapportage (VT23, 2018)', () => {
  let api: RunningApp;
  let db: Integration;
  let manager: string;
  let beheerder: string;
  let medewerker: string;
  const meldingen: Record<string, { id: string; casusId: string; termijn: string }> = {};

  const rapport = async (periode: string, token = manager) => {
    const res = await api.gql<{ kwartaalrapportage: Rapport }>(QUERY, { token, variables: { p: periode } });
    expect(res.errors).toBeUndefined();
    return res.data!.kwartaalrapportage;
  };

  beforeAll(async () => {
    api = await startApp('api');
    db = await startIntegration();
    manager = await tokenFor({ tenant: REGIO, roles: ['teammanager'], user: 'manager-23' });
    beheerder = await tokenFor({ tenant: REGIO, roles: ['functioneel-beheerder'], user: 'beheer-23' });
    medewerker = await tokenFor({ tenant: REGIO, roles: ['medewerker'], user: 'mw-23' });
    const tenant = await tenantIdOf(REGIO);

    // Meldingen through the API. M1 arrives on Friday 29 December 2017: with Nieuwjaarsdag its 5
    // werkdagen end on Monday 8 January (without the holiday: Friday 5 January).
    const melding = async (naam: string, ontvangen: string, gemeenteCode: string) => {
      const m = await nieuweMelding(api, medewerker, { ontvangenOp: op(ontvangen), gemeenteCode });
      meldingen[naam] = { id: m.id, casusId: m.casus.id, termijn: m.uiterlijkeBeoordelingsdatum };
    };
    await melding('M1', '2017-12-29', MIDDELBURG);
    await melding('M2', '2018-01-10', MIDDELBURG);
    await melding('M3', '2018-01-15', GOES); // never beoordeeld: term 22 January, waiting at every month end
    await melding('M4', '2018-02-05', GOES);
    await melding('M6', '2018-03-12', MIDDELBURG);
    await melding('M8', '2018-03-26', GOES); // term 4 April (Goede Vrijdag, Tweede Paasdag): not yet past on 31 March
    await melding('V17', '2017-02-15', GOES);
    await melding('V16', '2016-03-01', GOES);

    const advies = async (ontvangen: string, kanaal: string, gemeenteCode: string) => {
      const res = await api.gql(`mutation($input: RegistreerAdviesInput!) { registreerAdvies(input: $input) { id } }`, {
        token: medewerker,
        variables: {
          input: {
            soort: 'ADVIES',
            kanaal,
            ontvangenOp: op(ontvangen),
            adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true },
            aardGeweld: ['KINDERMISHANDELING'],
            samenvatting: 'Uitleg gegeven.',
            gemeenteCode,
          },
        },
      });
      expect(res.errors).toBeUndefined();
    };
    await advies('2018-01-08', 'TELEFOON', MIDDELBURG);
    await advies('2018-01-22', 'CHAT', MIDDELBURG);
    await advies('2018-02-14', 'MAIL', GOES);
    await advies('2017-03-01', 'TELEFOON', GOES);

    // What the API stamps with now(), inserted with 2018 dates in the region's own transaction.
    await db.withTenantManager(tenant, async (m) => {
      const k = kysely(m);
      const { M1, M2, M4, M6 } = meldingen;
      // A niet-unieke politiemelding in February: never a melding in any count.
      await nietUniekeMelding(m, M4!.casusId);
      const beoordeling = (mld: { id: string }, besluit: string, getoetst: string) =>
        createBeoordeling(m, mld.id, {
          besluit: besluit as 'OVERDRACHT',
          status: 'VASTGESTELD',
          besloten_door: 'test-a',
          getoetst_door: 'test-b',
          besloten_op: new Date(op(getoetst)),
          getoetst_op: new Date(op(getoetst)),
        });
      await beoordeling(M1!, 'OVERDRACHT', '2018-01-08'); // within term only thanks to Nieuwjaarsdag
      await beoordeling(M2!, 'ONDERZOEK', '2018-01-19'); // term 17 January: late
      await beoordeling(M4!, 'OVERDRACHT', '2018-02-07');
      await beoordeling(M6!, 'GEEN_VERVOLGSTAPPEN', '2018-03-14');
      // Onderzoek of M2: started 22 January, closed 30 March: within 10 weken of its start (2 April), not of the melding (21 March).
      await k
        .insertInto('interventie')
        .values({
          casus_id: M2!.casusId,
          melding_id: M2!.id,
          soort: 'ONDERZOEK',
          status: 'AFGESLOTEN',
          besloten_op: '2018-01-19',
          gestart_op: '2018-01-22',
          afgesloten_op: '2018-03-30',
          uiterlijke_startdatum: '2018-01-26',
          uiterlijke_einddatum: '2018-04-02',
          wettelijke_einddatum: '2018-03-30',
        })
        .execute();
      // V&V of M1: started 9 January, closed 20 March, exactly 70 days later (within 10 weken of its start),
      // but 81 days after the melding of 29 December.
      await k
        .insertInto('interventie')
        .values({
          casus_id: M1!.casusId,
          melding_id: M1!.id,
          soort: 'VOORWAARDEN_EN_VERVOLG',
          status: 'AFGESLOTEN',
          besloten_op: '2018-01-08',
          gestart_op: '2018-01-09',
          afgesloten_op: '2018-03-20',
          uiterlijke_startdatum: '2018-01-15',
          uiterlijke_einddatum: '2018-03-20',
          wettelijke_einddatum: '2018-03-19',
        })
        .execute();
      // V&V of M4, decided 7 February, not started: on the start wachtlijst at the end of February and March.
      await k
        .insertInto('interventie')
        .values({
          casus_id: M4!.casusId,
          melding_id: M4!.id,
          soort: 'VOORWAARDEN_EN_VERVOLG',
          status: 'GEPLAND',
          besloten_op: '2018-02-07',
          uiterlijke_startdatum: '2018-02-14',
          wettelijke_einddatum: '2018-04-18',
        })
        .execute();
      // Overdrachten: M1's waits in January and gets a date on 15 February; M4's waits from 1 March.
      const o1 = await k
        .insertInto('overdracht')
        .values({
          casus_id: M1!.casusId,
          melding_id: M1!.id,
          partner_naam: 'Wijkteam Middelburg',
          partner_type: 'LOKAAL_TEAM',
          status: 'GEPLAND',
          afgesproken_datum: '2018-02-20',
          warm: true,
          created_at: new Date(op('2018-01-08')),
          gepland_op: new Date(op('2018-02-15')),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const o2 = await k
        .insertInto('overdracht')
        .values({
          casus_id: M4!.casusId,
          melding_id: M4!.id,
          partner_naam: 'Wijkteam Goes',
          partner_type: 'LOKAAL_TEAM',
          status: 'WACHTLIJST',
          warm: false,
          created_at: new Date(op('2018-03-01')),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await k
        .insertInto('crisisinterventie')
        .values({ casus_id: M6!.casusId, datum: new Date(op('2018-03-05')), geregistreerd_door: 'test', samenvatting: 'Crisis' })
        .execute();
      await k
        .insertInto('huisverbod')
        .values({
          casus_id: M4!.casusId,
          opgelegd_op: '2018-02-20',
          einddatum: '2018-03-20',
          status: 'VERLENGD',
          verlengd: true,
          geregistreerd_door: 'test',
        })
        .execute();
      const monitoring = (
        overdrachtId: string,
        uitgevoerd: string,
        moment: 'DRIE_MAANDEN' | 'TWAALF_MAANDEN',
        gezin: string,
        professional: string,
      ) =>
        k
          .insertInto('monitoring_contact')
          .values({
            casus_id: M1!.casusId,
            overdracht_id: overdrachtId,
            moment,
            status: 'UITGEVOERD',
            gepland_op: uitgevoerd,
            uitgevoerd_op: uitgevoerd,
            score_gezin: gezin as 'VOLDOENDE',
            score_professional: professional as 'VOLDOENDE',
          })
          .execute();
      await monitoring(o1.id, '2018-03-20', 'DRIE_MAANDEN', 'VOLDOENDE', 'ONVOLDOENDE');
      await monitoring(o2.id, '2018-03-21', 'DRIE_MAANDEN', 'ONVOLDOENDE', 'ONVOLDOENDE');
      await monitoring(o1.id, '2018-02-10', 'TWAALF_MAANDEN', 'VOLDOENDE', 'VOLDOENDE');
      const klacht = {
        klager_naam: 'Fictieve Klager',
        klager_relatie: 'BETROKKENE_ZELF',
        onderwerp: 'Bejegening',
        route: 'INTERNE_BEMIDDELING',
        geregistreerd_door: 'test',
      } as const;
      await k
        .insertInto('klacht')
        .values({ ...klacht, ontvangen_op: '2018-01-05', status: 'AFGESLOTEN', afgesloten_op: '2018-02-20', uitkomst: 'GEGROND' })
        .execute();
      await k
        .insertInto('klacht')
        .values({ ...klacht, ontvangen_op: '2018-03-01' })
        .execute();
      await k
        .insertInto('zorgmelding_jeugd')
        .values({
          aantal_kinderen: 2,
          gemeente_code: GOES,
          ontvangen_op: new Date(op('2018-02-12')),
          ontvangstdatum: '2018-02-12',
          politie_registratienummer: 'PL2300-2018-1',
          uiterlijke_screeningsdatum: '2018-02-19',
          status: 'DOORGESTUURD',
          doorgestuurd_naar: 'Wijkteam Goes',
          betrokkenen_geinformeerd_op: '2018-02-13',
        })
        .execute();
    });

    // Inwoners at the right peildatum: Middelburg gets a 1 January 2018 figure (the seed has 2022 only).
    const admin = await connectAs('admin');
    try {
      await admin.query(`INSERT INTO referentie.gemeente_inwoners (gemeente_code, peildatum, inwoners) VALUES ($1, '2018-01-01', 48000)`, [
        MIDDELBURG,
      ]);
    } finally {
      await admin.end();
    }

    // Inputs through the API: ziekteverzuim, the begroting per month and the jaarrekening.
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const res = await api.gql<Record<string, { versie: number }>>(query, { token: beheerder, variables });
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const VERZUIM = `mutation($input: LegZiekteverzuimVastInput!) { legZiekteverzuimVast(input: $input) { team percentage } }`;
    await gql(VERZUIM, {
      input: {
        jaar: 2018,
        maand: 1,
        teams: [
          { team: 'Team Noord', percentage: 4.5 },
          { team: 'Team Zuid', percentage: 6.5 },
        ],
      },
    });
    await gql(VERZUIM, { input: { jaar: 2018, maand: 2, teams: [{ team: 'Team Noord', percentage: 3 }] } });
    let versie = (
      await gql(`mutation($input: LegBegrotingVastInput!) { legBegrotingVast(input: $input) { versie } }`, {
        input: {
          jaar: 2018,
          versie: 0,
          loonkosten: [],
          kosten: [{ soort: 'INDIRECT', categorie: 'huisvesting', bedrag: 1000000 }],
          inkomsten: [],
          volumes: [],
        },
      })
    ).legBegrotingVast!.versie;
    const maandvolumes = [1, 2, 3].flatMap((maand) => [
      { maand, product: 'ADVIES', volume: 2 },
      { maand, product: 'MELDING', volume: 2 },
    ]);
    maandvolumes.push({ maand: 3, product: 'CRISIS', volume: 1 });
    versie = (
      await gql(`mutation($input: LegBegrotingPerMaandVastInput!) { legBegrotingPerMaandVast(input: $input) { versie } }`, {
        input: { jaar: 2018, versie, maandvolumes },
      })
    ).legBegrotingPerMaandVast!.versie;
    await gql(`mutation($input: LegJaarrekeningVastInput!) { legJaarrekeningVast(input: $input) { versie } }`, {
      input: { jaar: 2018, versie, gerealiseerdeKosten: 1234567 },
    });
  }, 120_000);

  afterAll(async () => {
    const admin = await connectAs('admin');
    try {
      await admin.query(`DELETE FROM referentie.gemeente_inwoners WHERE gemeente_code = $1 AND peildatum = '2018-01-01'`, [MIDDELBURG]);
    } finally {
      await admin.end();
    }
    await Promise.all([api.close(), db.close()]);
  });

  /** A niet-unieke politiemelding on 20 February 2018 in Middelburg (as the police import stores one). */
  async function nietUniekeMelding(m: Parameters<Parameters<Integration['withTenantManager']>[1]>[0], casusId: string) {
    return kysely(m)
      .insertInto('melding')
      .values({
        casus_id: casusId,
        nummer: `M-NU-${Date.now().toString(36)}`,
        ontvangen_op: new Date(op('2018-02-20')),
        ontvangstdatum: '2018-02-20',
        uiterlijke_beoordelingsdatum: '2018-02-27',
        melder_naam: 'Politie',
        melder_organisatie: 'POLITIE',
        politie: 'NIET_UNIEK',
        aard_geweld: ['KINDERMISHANDELING'],
        duur_geweld: 'ONBEKEND',
        classificatie: 'NIET_INGEDEELD',
        fase: 'AFGESLOTEN',
        gemeente_code: MIDDELBURG,
        geregistreerd_door: 'test',
      })
      .execute();
  }

  it('takes the beoordeling term from the region calendar (Nieuwjaarsdag, Goede Vrijdag and Tweede Paasdag)', () => {
    expect(meldingen.M1!.termijn).toBe('2018-01-08');
    expect(meldingen.M2!.termijn).toBe('2018-01-17');
    expect(meldingen.M8!.termijn).toBe('2018-04-04');
  });

  it('counts each month of 2018-Q1 as computed by hand', async () => {
    const r = await rapport('2018-Q1');
    expect(r).toMatchObject({ periode: '2018-Q1', soort: 'KWARTAAL', regioCode: 'VT23', regioNaam: 'Zeeland', voorlopig: false });
    const [jan, feb, mrt] = r.maanden.map((m) => m.cijfers);
    expect(r.maanden.map((m) => m.maand)).toEqual(['2018-01', '2018-02', '2018-03']);
    // Adviezen: 8 and 22 January (one by chat), 14 February.
    expect([jan!.adviezen, feb!.adviezen, mrt!.adviezen, r.totaal.adviezen, r.totaal.adviezenChat]).toEqual([2, 1, 0, 3, 1]);
    // Meldingen: M2, M3 | M4 (the niet-unieke of 20 February is not one) | M6, M8. M1 is December 2017.
    expect([jan!.meldingen, feb!.meldingen, mrt!.meldingen, r.totaal.meldingen]).toEqual([2, 1, 2, 5]);
    expect([feb!.zorgmeldingenJeugd, r.totaal.meldingenInclusiefZorgmeldingen]).toEqual([1, 6]);
    // Beoordelingen: January M1 (in time thanks to the holiday) and M2 (late); February M4; March M6.
    expect([jan!.veiligheidsbeoordelingen, jan!.beoordelingenBinnenTermijn, jan!.percentageBeoordelingenBinnenTermijn]).toEqual([2, 1, 50]);
    expect([r.totaal.veiligheidsbeoordelingen, r.totaal.beoordelingenBinnenTermijn, r.totaal.percentageBeoordelingenBinnenTermijn]).toEqual(
      [4, 3, 75],
    );
    expect(r.totaal).toMatchObject({
      besluitOverdracht: 2,
      besluitOnderzoek: 1,
      besluitGeenVervolgstappen: 1,
      besluitVoorwaardenEnVervolg: 0,
    });
    // Waiting lists at each month end.
    // M3 and the never-beoordeelde V17 and V16 of earlier years; not M8, whose term is not past on 31 March.
    expect(r.maanden.map((m) => m.cijfers.wachtlijstBeoordeling)).toEqual([3, 3, 3]);
    expect(r.maanden.map((m) => m.cijfers.wachtlijstStart)).toEqual([0, 1, 1]);
    expect(r.maanden.map((m) => m.cijfers.wachtlijstOverdracht)).toEqual([1, 0, 1]);
    expect(r.totaal).toMatchObject({ wachtlijstBeoordeling: 3, wachtlijstStart: 1, wachtlijstOverdracht: 1 });
    // Interventions, crisis, THV.
    expect(r.totaal).toMatchObject({
      onderzoekenGestart: 1,
      onderzoekenAfgesloten: 1,
      percentageOnderzoekenBinnen10WekenNaStart: 100,
      percentageOnderzoekenBinnen10WekenNaMelding: 0,
      voorwaardenEnVervolgGestart: 1,
      voorwaardenEnVervolgAfgesloten: 1,
      percentageVoorwaardenEnVervolgBinnen10WekenNaStart: 100,
      percentageVoorwaardenEnVervolgBinnen10WekenNaMelding: 0,
      crises: 1,
      huisverboden: 1,
      huisverbodenVerlengd: 1,
    });
    expect([mrt!.onderzoekenAfgesloten, mrt!.crises, feb!.huisverboden]).toEqual([1, 1, 1]);
    // Monitoring: 3 months 1 of 2 family voldoende, 0 of 2 professional; 12 months 1 of 1 each.
    expect(r.totaal).toMatchObject({
      monitoringContacten: 3,
      monitoringDrieMaandenGezin: 50,
      monitoringDrieMaandenProfessional: 0,
      monitoringTwaalfMaandenGezin: 100,
      monitoringTwaalfMaandenProfessional: 100,
      monitoringScores: 6,
    });
    // Klachten: received 5 January and 1 March; the first closed gegrond on 20 February.
    expect([jan!.klachtenOntvangen, feb!.klachtenAfgesloten, feb!.klachtenGegrond, r.totaal.klachtenOntvangen]).toEqual([1, 1, 1, 2]);
    // Ziekteverzuim: January (4.5 + 6.5) / 2, February 3, March none; the quarter (4.5 + 6.5 + 3) / 3.
    expect([jan!.ziekteverzuim, feb!.ziekteverzuim, mrt!.ziekteverzuim, r.totaal.ziekteverzuim]).toEqual([5.5, 3, null, 4.67]);
    expect(r.ziekteverzuim).toEqual([
      { maand: '2018-01', team: 'Team Noord', percentage: 4.5 },
      { maand: '2018-01', team: 'Team Zuid', percentage: 6.5 },
      { maand: '2018-02', team: 'Team Noord', percentage: 3 },
    ]);
  });

  it('sets the period against the same quarter of 2017 and 2016', async () => {
    const r = await rapport('2018-Q1');
    expect(r.vorigeJaren).toEqual([
      { jaar: 2017, periode: '2017-Q1', totaal: { adviezen: 1, meldingen: 1 } },
      { jaar: 2016, periode: '2016-Q1', totaal: { adviezen: 0, meldingen: 1 } },
    ]);
  });

  it('sets the begroting per month against the realisation, and the jaarrekening against the budgeted costs', async () => {
    const r = await rapport('2018-Q1');
    const regel = (product: string) => r.begroting.find((b) => b.product === product)!;
    expect(regel('ADVIES')).toMatchObject({ begroot: 6, gerealiseerd: 3, percentage: 50 });
    expect(regel('ADVIES').perMaand).toEqual([
      { maand: '2018-01', begroot: 2, gerealiseerd: 2 },
      { maand: '2018-02', begroot: 2, gerealiseerd: 1 },
      { maand: '2018-03', begroot: 2, gerealiseerd: 0 },
    ]);
    expect(regel('MELDING')).toMatchObject({ begroot: 6, gerealiseerd: 5, percentage: 83.3 });
    expect(regel('CRISIS')).toMatchObject({ begroot: 1, gerealiseerd: 1, percentage: 100 });
    expect(regel('HUISVERBOD')).toMatchObject({ begroot: null, gerealiseerd: 1, percentage: null });
    expect(r.kosten).toEqual({ jaar: 2018, begroteKosten: 1000000, gerealiseerdeKosten: 1234567 });
  });

  it('counts per gemeente, absolute and per 100,000 inwoners at the peildatum of the period', async () => {
    const r = await rapport('2018-Q1');
    const middelburg = r.gemeenten.find((g) => g.gemeenteCode === MIDDELBURG)!;
    const goes = r.gemeenten.find((g) => g.gemeenteCode === GOES)!;
    // Middelburg: 2 adviezen, 2 meldingen (M2, M6; not the niet-unieke) on 48,000 inwoners at 1-1-2018.
    expect(middelburg).toMatchObject({ inRegio: true, inwoners: 48000, peildatum: '2018-01-01', adviezen: 2, meldingen: 2 });
    expect([middelburg.adviezenPer100000, middelburg.meldingenPer100000]).toEqual([4.2, 4.2]); // 2 / 48,000 × 100,000 = 4.17
    // Goes has no 2018 figure: the earliest known (1-1-2022, 38,950). 1 advies, 3 meldingen (M3, M4, M8), 1 zorgmelding.
    expect(goes).toMatchObject({ inwoners: 38950, peildatum: '2022-01-01', adviezen: 1, meldingen: 3, zorgmeldingenJeugd: 1 });
    expect([goes.adviezenPer100000, goes.meldingenPer100000]).toEqual([2.6, 7.7]); // 2.57 and 7.70
    // Every gemeente of Zeeland is listed (13), also without signals.
    expect(r.gemeenten.filter((g) => g.inRegio)).toHaveLength(13);
    // The region: the 2022 inwoners of its 13 gemeenten (386,767) with Middelburg at 48,000 instead of 49,199.
    expect(r.regioTotaal).toEqual({ inwoners: 385568, adviezen: 3, meldingen: 5, adviezenPer100000: 0.8, meldingenPer100000: 1.3 });
  });

  it('reports a month and a year, and marks an open period voorlopig', async () => {
    const februari = await rapport('2018-02');
    expect(februari.soort).toBe('MAAND');
    expect(februari.maanden).toHaveLength(1);
    expect([februari.totaal.meldingen, februari.totaal.adviezen, februari.totaal.wachtlijstStart]).toEqual([1, 1, 1]);
    expect(februari.vorigeJaren.map((v) => v.periode)).toEqual(['2017-02', '2016-02']);
    const jaar = await rapport('2018');
    expect(jaar.maanden).toHaveLength(12);
    expect([jaar.totaal.meldingen, jaar.totaal.adviezen, jaar.voorlopig]).toEqual([5, 3, false]);
    // Only the marker: other files register data in the current month.
    const nu = new Date().toISOString().slice(0, 7);
    expect((await rapport(nu)).voorlopig).toBe(true);
  });

  it('refuses a malformed or future period with VALIDATIE naming periode', async () => {
    for (const periode of ['2018-13', '2018-Q5', '18', 'kwartaal', '1999', String(new Date().getFullYear() + 1)]) {
      const res = await api.gql(QUERY, { token: manager, variables: { p: periode } });
      expect(errorCode(res)).toBe('VALIDATIE');
      expect(res.errors![0]!.extensions!.field).toBe('periode');
    }
  });

  it('shows another region only its own numbers', async () => {
    const ander = await tokenFor({ tenant: 'VT22', roles: ['teammanager'], user: 'manager-22' });
    const r = await rapport('2018-Q1', ander);
    expect(r.regioCode).toBe('VT22');
    expect([
      r.totaal.adviezen,
      r.totaal.meldingen,
      r.totaal.veiligheidsbeoordelingen,
      r.totaal.klachtenOntvangen,
      r.totaal.ziekteverzuim,
    ]).toEqual([0, 0, 0, 0, null]);
    expect(r.gemeenten.some((g) => g.gemeenteCode === MIDDELBURG)).toBe(false);
    expect(r.begroting.every((b) => b.begroot === null)).toBe(true);
    expect(r.kosten.gerealiseerdeKosten).toBeNull();
    const pdf = await fetch(`${api.url}/rapportages/kwartaal/2018-Q1.pdf`, { headers: { authorization: `Bearer ${ander}` } });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true });
    expect(text).not.toContain('Middelburg');
  });

  it('refuses the medewerker and the landelijk-analist, over GraphQL and as a download', async () => {
    const analist = await tokenFor({ roles: ['landelijk-analist'], user: 'analist' });
    for (const token of [medewerker, analist]) {
      expect(errorCode(await api.gql(QUERY, { token, variables: { p: '2018-Q1' } }))).toBe('FORBIDDEN');
      const res = await fetch(`${api.url}/rapportages/kwartaal/2018-Q1.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    }
    expect((await fetch(`${api.url}/rapportages/kwartaal/2018-Q1.pdf`)).status).toBe(401);
  });

  it('downloads a signable PDF in Dutch with the figures', async () => {
    const res = await fetch(`${api.url}/rapportages/kwartaal/2018-Q1.pdf`, { headers: { authorization: `Bearer ${beheerder}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('kwartaalrapportage-VT23-2018-Q1.pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const t = text.replace(/\s+/g, ' ');
    for (const tekst of [
      'Kwartaalrapportage Veilig Thuis Zeeland',
      'Periode: 2018-Q1 (1 januari 2018 tot en met 31 maart 2018)',
      '% binnen 5 werkdagen 50% 100% 100% 75%',
      'Meldingen 2 1 2 5 1 1',
      'Middelburg 48.000 2018-01-01 2 4,2 2 4,2',
      'Team Zuid 2018-01 6,5%',
      '€ 1.234.567',
      'Directeur-bestuurder',
      'Handtekening',
    ])
      expect(t).toContain(tekst);
    expect(t).not.toContain('VOORLOPIG');
    // Reproducible: the same period on the same data renders the same bytes (its dates are the period's).
    const nogmaals = await fetch(`${api.url}/rapportages/kwartaal/2018-Q1.pdf`, { headers: { authorization: `Bearer ${manager}` } });
    expect(Buffer.from(await nogmaals.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('downloads an XLSX in Dutch with the figures', async () => {
    const res = await fetch(`${api.url}/rapportages/kwartaal/2018-Q1.xlsx`, { headers: { authorization: `Bearer ${manager}` } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rijMet = (blad: string, label: string) => {
      let gevonden: unknown[] | undefined;
      wb.getWorksheet(blad)!.eachRow((row) => {
        const waarden = (row.values as unknown[]).slice(1);
        if (waarden[0] === label || waarden[1] === label) gevonden ??= waarden;
      });
      return gevonden;
    };
    expect(rijMet('Overzicht', 'Periode')).toEqual(['Periode', '2018-Q1 (1 januari 2018 tot en met 31 maart 2018)']);
    expect(rijMet('Overzicht', 'Meldingen')).toEqual(['Meldingen', 2, 1, 2, 5, 1, 1]);
    expect(rijMet('Overzicht', '% binnen 5 werkdagen')!.slice(0, 5)).toEqual(['% binnen 5 werkdagen', 50, 100, 100, 75]);
    expect(rijMet('Gemeenten', 'Middelburg')).toEqual([MIDDELBURG, 'Middelburg', 'ja', 48000, '2018-01-01', 2, 4.2, 2, 4.2, 0]);
    expect(rijMet('Begroting', 'Adviezen')).toEqual(['Adviezen', 2, 2, 2, 2, 1, 0, 6, 3, 50]);
    expect(rijMet('Begroting', 'Kosten')).toEqual(['Kosten', 1000000, 1234567]);
    expect(rijMet('Ziekteverzuim', 'Team Zuid')).toEqual(['2018-01', 'Team Zuid', 6.5]);
  });
  it('keeps ziekteverzuim and the begroting per month to their region, and their mutations to the functioneel-beheerder', async () => {
    const LEES = `query { ziekteverzuim(jaar: 2018) { maand team percentage } begroting(jaar: 2018) { maandvolumes { maand product volume } gerealiseerdeKosten } }`;
    const eigen = await api.gql<{ ziekteverzuim: unknown[]; begroting: { maandvolumes: unknown[]; gerealiseerdeKosten: number | null } }>(
      LEES,
      { token: manager },
    );
    expect([
      eigen.data!.ziekteverzuim.length,
      eigen.data!.begroting.maandvolumes.length,
      eigen.data!.begroting.gerealiseerdeKosten,
    ]).toEqual([3, 7, 1234567]);
    const ander = await tokenFor({ tenant: 'VT22', roles: ['teammanager'], user: 'manager-22' });
    const vreemd = await api.gql<typeof eigen.data>(LEES, { token: ander });
    expect([
      vreemd.data!.ziekteverzuim.length,
      vreemd.data!.begroting.maandvolumes.length,
      vreemd.data!.begroting.gerealiseerdeKosten,
    ]).toEqual([0, 0, null]);
    const zet = `mutation { legZiekteverzuimVast(input: { jaar: 2018, maand: 3, teams: [{ team: "Team Noord", percentage: 9 }] }) { team } }`;
    expect(errorCode(await api.gql(zet, { token: manager }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(zet, { token: medewerker }))).toBe('FORBIDDEN');
    const fout = `mutation { legZiekteverzuimVast(input: { jaar: 2018, maand: 3, teams: [{ team: "Team Noord", percentage: 101 }] }) { team } }`;
    const res = await api.gql(fout, { token: beheerder });
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'teams[0].percentage']);
    expect((await api.gql<{ ziekteverzuim: unknown[] }>(LEES, { token: manager })).data!.ziekteverzuim).toHaveLength(3);
  });
});
