import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, meldingInput, registreerMelding, zetTeamRegelAan } from '../support/casework.js';

const REGISTREER = `mutation($input: RegistreerMedewerkerInput!) { registreerMedewerker(input: $input) { id } }`;
const DIENST = `id begin eind omschrijving versie aantalContacten urenGeboekt medewerkers { medewerkerId naam functie }`;
const PLAN = `mutation($input: PlanBereikbaarheidsdienstInput!) { planBereikbaarheidsdienst(input: $input) { ${DIENST} } }`;
const WIJZIG = `mutation($input: WijzigBereikbaarheidsdienstInput!) { wijzigBereikbaarheidsdienst(input: $input) { ${DIENST} } }`;
const VERWIJDER = `mutation($id: ID!, $v: Int!) { verwijderBereikbaarheidsdienst(id: $id, versie: $v) }`;
const ROOSTER = `query($van: DateTime!, $tot: DateTime!) { bereikbaarheidsrooster(van: $van, tot: $tot) { diensten { ${DIENST} } gaten { soort van tot } } }`;
const WIE = `query($op: DateTime) { wieHeeftDienst(op: $op) { ${DIENST} } }`;
const BOEK = `mutation($id: ID!) { boekBereikbaarheidsuren(dienstId: $id) { id medewerkerId datum functie product uren bron } }`;
// Far enough ahead that nothing else is planned, near enough for the DateTime bounds of the api.
const J = String(new Date().getUTCFullYear() + 2);
const ADVIES = `mutation($input: RegistreerAdviesInput!) { registreerAdvies(input: $input) { id } }`;

interface Dienst {
  id: string;
  begin: string;
  eind: string;
  versie: number;
  aantalContacten: number;
  urenGeboekt: boolean;
  medewerkers: { medewerkerId: string; naam: string; functie: string }[];
}
interface Rooster {
  diensten: Dienst[];
  gaten: { soort: string; van: string; tot: string }[];
}
interface Boeking {
  id: string;
  medewerkerId: string;
  datum: string;
  functie: string;
  product: string;
  uren: number;
  bron: string;
}

/** The 24/7 bereikbaarheidsdienst through GraphQL (VT10 plans; VT25 is the other region). */
describe('bereikbaarheidsdienst', () => {
  let api: RunningApp;
  let admin: pg.Client;
  let beheerder: string;
  let teammanager: string;
  const suffix = Date.now().toString(36);
  const mw: Record<'een' | 'twee' | 'arts', { id: string; token: string }> = {} as never;

  async function medewerker(gebruikerId: string, functie: string, team = 'A') {
    const response = await api.gql<{ registreerMedewerker: { id: string } }>(REGISTREER, {
      token: beheerder,
      variables: {
        input: {
          gebruikerId,
          naam: `Fictieve ${gebruikerId}`,
          team,
          dienstverband: { functie, fte: 0.8, opleidingsniveau: 'WO', categorie: 'DIRECT', van: '2020-01-01' },
        },
      },
    });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const rol = functie === 'VA' ? 'vertrouwensarts' : 'medewerker';
    return { id: response.data!.registreerMedewerker.id, token: await tokenFor({ tenant: 'VT10', roles: [rol], user: gebruikerId, team }) };
  }

  async function plan(begin: string, eind: string, medewerkers: Record<string, unknown>[], token = teammanager) {
    return api.gql<{ planBereikbaarheidsdienst: Dienst }>(PLAN, { token, variables: { input: { begin, eind, medewerkers } } });
  }

  async function gepland(begin: string, eind: string, medewerkers: Record<string, unknown>[]): Promise<Dienst> {
    const response = await plan(begin, eind, medewerkers);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.planBereikbaarheidsdienst;
  }

  async function rooster(van: string, tot: string, token = teammanager): Promise<Rooster> {
    const response = await api.gql<{ bereikbaarheidsrooster: Rooster }>(ROOSTER, { token, variables: { van, tot } });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.bereikbaarheidsrooster;
  }

  beforeAll(async () => {
    [api, admin] = await Promise.all([startApp('api'), connectAs('admin')]);
    beheerder = await tokenFor({ tenant: 'VT10', roles: ['functioneel-beheerder'], user: `fb-${suffix}` });
    teammanager = await tokenFor({ tenant: 'VT10', roles: ['teammanager'], user: `tm-${suffix}`, team: 'A' });
    mw.een = await medewerker(`mw1-${suffix}`, 'MW');
    mw.twee = await medewerker(`mw2-${suffix}`, 'MW');
    mw.arts = await medewerker(`va-${suffix}`, 'VA');
  });
  afterAll(() => Promise.all([api.close(), admin.end()]));

  it('plans a rooster, says who is on call and reports the gaps, also a period without vertrouwensarts', async () => {
    const nacht = await gepland(`${J}-03-01T17:00:00.000Z`, `${J}-03-02T07:00:00.000Z`, [
      { medewerkerId: mw.een.id },
      { medewerkerId: mw.arts.id },
    ]);
    expect(nacht.medewerkers.map((m) => [m.medewerkerId, m.functie]).sort()).toEqual(
      [
        [mw.een.id, 'MW'],
        [mw.arts.id, 'VA'],
      ].sort(),
    );
    await gepland(`${J}-03-02T07:00:00.000Z`, `${J}-03-02T17:00:00.000Z`, [{ medewerkerId: mw.twee.id }]);

    const gezien = await rooster(`${J}-03-01T17:00:00.000Z`, `${J}-03-02T19:00:00.000Z`);
    expect(gezien.diensten).toHaveLength(2);
    expect(gezien.gaten).toEqual([
      { soort: 'ZONDER_VERTROUWENSARTS', van: `${J}-03-02T07:00:00.000Z`, tot: `${J}-03-02T19:00:00.000Z` },
      { soort: 'ZONDER_MEDEWERKER', van: `${J}-03-02T17:00:00.000Z`, tot: `${J}-03-02T19:00:00.000Z` },
    ]);

    // Every region role sees who is on call; only planners plan.
    const wie = await api.gql<{ wieHeeftDienst: Dienst[] }>(WIE, { token: mw.twee.token, variables: { op: `${J}-03-01T23:30:00.000Z` } });
    expect(wie.data!.wieHeeftDienst.map((d) => d.id)).toEqual([nacht.id]);
    expect(wie.data!.wieHeeftDienst[0]!.medewerkers.map((m) => m.naam).sort()).toEqual([`Fictieve mw1-${suffix}`, `Fictieve va-${suffix}`]);
    expect(
      errorCode(await plan(`${J}-03-05T17:00:00.000Z`, `${J}-03-06T07:00:00.000Z`, [{ medewerkerId: mw.twee.id }], mw.twee.token)),
    ).toBe('FORBIDDEN');

    const gaten = await api.gql<{ bereikbaarheidsgaten: { soort: string; van: string; tot: string }[] }>(
      `{ bereikbaarheidsgaten(dagen: 1) { soort van tot } }`,
      { token: mw.een.token },
    );
    // Nothing is planned for the coming day in this region: both kinds of gap cover it whole.
    expect(gaten.data!.bereikbaarheidsgaten.map((g) => g.soort).sort()).toEqual(['ZONDER_MEDEWERKER', 'ZONDER_VERTROUWENSARTS']);
  });

  it('refuses bad and overlapping shifts with VALIDATIE on the field, and stores nothing', async () => {
    const bestaand = await gepland(`${J}-04-01T17:00:00.000Z`, `${J}-04-02T07:00:00.000Z`, [{ medewerkerId: mw.een.id }]);
    const gevallen: [string, string, Record<string, unknown>[], string][] = [
      [`${J}-04-03T17:00:00.000Z`, `${J}-04-03T07:00:00.000Z`, [{ medewerkerId: mw.twee.id }], 'eind'],
      [`${J}-04-03T17:00:00.000Z`, `${J}-04-12T07:00:00.000Z`, [{ medewerkerId: mw.twee.id }], 'eind'],
      [
        `${J}-04-03T17:00:00.000Z`,
        `${J}-04-04T07:00:00.000Z`,
        [{ medewerkerId: mw.twee.id }, { medewerkerId: mw.twee.id }],
        'medewerkers[1].medewerkerId',
      ],
      [
        `${J}-04-02T06:00:00.000Z`,
        `${J}-04-02T17:00:00.000Z`,
        [{ medewerkerId: mw.twee.id }, { medewerkerId: mw.een.id }],
        'medewerkers[1].medewerkerId',
      ],
      [`${J}-04-03T17:00:00.000Z`, `${J}-04-04T07:00:00.000Z`, [{ medewerkerId: mw.twee.id, functie: 'VA' }], 'medewerkers[0].functie'],
      [`${J}-04-03T17:00:00.000Z`, `${J}-04-04T07:00:00.000Z`, [{ medewerkerId: 'geen-id' }], 'medewerkers[0].medewerkerId'],
      [`${J}-04-03T17:00:00.000Z`, `${J}-04-04T07:00:00.000Z`, [], 'medewerkers'],
    ];
    for (const [begin, eind, medewerkers, field] of gevallen) {
      const response = await plan(begin, eind, medewerkers);
      expect([field, errorCode(response)]).toEqual([field, 'VALIDATIE']);
      expect(response.errors![0]!.extensions!.field).toBe(field);
    }
    expect((await rooster(`${J}-04-01T00:00:00.000Z`, `${J}-04-13T00:00:00.000Z`)).diensten.map((d) => d.id)).toEqual([bestaand.id]);

    // Two plannings of the same person racing: one wins, the other is VALIDATIE.
    const race = await Promise.all([
      plan(`${J}-04-20T17:00:00.000Z`, `${J}-04-21T07:00:00.000Z`, [{ medewerkerId: mw.arts.id }]),
      plan(`${J}-04-21T05:00:00.000Z`, `${J}-04-21T17:00:00.000Z`, [{ medewerkerId: mw.arts.id }]),
    ]);
    expect(race.map(errorCode).sort()).toEqual(['VALIDATIE', undefined].sort());

    // Back to back is not overlap; moving into the other shift is.
    const volgende = await gepland(`${J}-04-02T07:00:00.000Z`, `${J}-04-02T17:00:00.000Z`, [{ medewerkerId: mw.een.id }]);
    const overlap = await api.gql(WIJZIG, {
      token: teammanager,
      variables: { input: { id: volgende.id, versie: volgende.versie, begin: `${J}-04-02T06:00:00.000Z` } },
    });
    expect(errorCode(overlap)).toBe('VALIDATIE');
    expect(overlap.errors![0]!.extensions!.field).toBe('medewerkers[0].medewerkerId');
    const gewijzigd = await api.gql<{ wijzigBereikbaarheidsdienst: Dienst }>(WIJZIG, {
      token: teammanager,
      variables: {
        input: { id: volgende.id, versie: volgende.versie, medewerkers: [{ medewerkerId: mw.twee.id }, { medewerkerId: mw.arts.id }] },
      },
    });
    expect(gewijzigd.errors).toBeUndefined();
    expect(gewijzigd.data!.wijzigBereikbaarheidsdienst.versie).toBe(volgende.versie + 1);
    const oudeVersie = await api.gql(WIJZIG, {
      token: teammanager,
      variables: { input: { id: volgende.id, versie: volgende.versie, omschrijving: 'dagdienst' } },
    });
    expect(errorCode(oudeVersie)).toBe('VERSIE_CONFLICT');
    expect(
      errorCode(await api.gql(VERWIJDER, { token: teammanager, variables: { id: volgende.id, v: volgende.versie + 1 } })),
    ).toBeUndefined();
  });

  it('links an out-of-hours melding and advies to the shift and its on-call medewerker', async () => {
    const dienst = await gepland('2026-10-10T17:00:00.000Z', '2026-10-11T07:00:00.000Z', [
      { medewerkerId: mw.een.id },
      { medewerkerId: mw.arts.id },
    ]);
    const melding = await registreerMelding(
      api,
      mw.een.token,
      meldingInput({ ontvangenOp: '2026-10-10T22:15:00.000Z', bereikbaarheid: { dienstId: dienst.id } }),
    );
    expect(melding.errors).toBeUndefined();
    const secretariaat = await tokenFor({ tenant: 'VT10', roles: ['administratief-medewerker'], user: `sc-${suffix}` });
    const advies = await api.gql<{ registreerAdvies: { id: string } }>(ADVIES, {
      token: secretariaat,
      variables: {
        input: {
          soort: 'ADVIES',
          kanaal: 'TELEFOON',
          adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true },
          aardGeweld: ['EX_PARTNERGEWELD'],
          samenvatting: 'Nachtelijk advies gegeven.',
          gemeenteCode: 'GM0599',
          ontvangenOp: '2026-10-11T03:00:00.000Z',
          bereikbaarheid: { dienstId: dienst.id, medewerkerId: mw.arts.id },
        },
      },
    });
    expect(advies.errors).toBeUndefined();
    const { rows } = await admin.query(
      `SELECT medewerker_id, melding_id, advies_id FROM bereikbaarheidscontact WHERE dienst_id = $1 ORDER BY ontvangen_op`,
      [dienst.id],
    );
    expect(rows).toEqual([
      { medewerker_id: mw.een.id, melding_id: melding.data!.registreerMelding.id, advies_id: null },
      { medewerker_id: mw.arts.id, melding_id: null, advies_id: advies.data!.registreerAdvies.id },
    ]);
    const terug = await api.gql<{ melding: { bereikbaarheid: unknown }; advies: { bereikbaarheid: unknown } }>(
      `query($m: ID!, $a: ID!) { melding(id: $m) { bereikbaarheid { dienstId medewerkerId medewerkerNaam } } advies(id: $a) { bereikbaarheid { dienstId medewerkerId } } }`,
      { token: secretariaat, variables: { m: melding.data!.registreerMelding.id, a: advies.data!.registreerAdvies.id } },
    );
    expect(terug.errors).toBeUndefined();
    expect(terug.data!.melding.bereikbaarheid).toEqual({
      dienstId: dienst.id,
      medewerkerId: mw.een.id,
      medewerkerNaam: `Fictieve mw1-${suffix}`,
    });
    expect(terug.data!.advies.bereikbaarheid).toEqual({ dienstId: dienst.id, medewerkerId: mw.arts.id });
    const wie = await api.gql<{ wieHeeftDienst: Dienst[] }>(WIE, { token: secretariaat, variables: { op: '2026-10-10T22:15:00.000Z' } });
    expect(wie.data!.wieHeeftDienst.map((d) => [d.id, d.aantalContacten])).toEqual([[dienst.id, 2]]);

    // Outside the shift, or by someone not on call: VALIDATIE, and no melding is stored.
    // Counted by the moments these attempts use: other files register meldingen at the same time.
    const pogingen = async () =>
      Number(
        (
          await admin.query(`SELECT count(*) FROM melding WHERE ontvangen_op = ANY($1::timestamptz[])`, [
            ['2026-10-11T08:00:00.000Z', '2026-10-10T23:00:00.000Z'],
          ])
        ).rows[0].count,
      );
    const voor = await pogingen();
    const buiten = await registreerMelding(
      api,
      mw.een.token,
      meldingInput({ ontvangenOp: '2026-10-11T08:00:00.000Z', bereikbaarheid: { dienstId: dienst.id } }),
    );
    expect([errorCode(buiten), buiten.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'bereikbaarheid.dienstId']);
    const nietOpDienst = await registreerMelding(
      api,
      mw.twee.token,
      meldingInput({ ontvangenOp: '2026-10-10T23:00:00.000Z', bereikbaarheid: { dienstId: dienst.id } }),
    );
    expect([errorCode(nietOpDienst), nietOpDienst.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'bereikbaarheid.medewerkerId']);
    expect(await pogingen()).toBe(voor);

    // The contacts keep their shift: it cannot be removed or shrunk past them.
    expect(errorCode(await api.gql(VERWIJDER, { token: teammanager, variables: { id: dienst.id, v: dienst.versie } }))).toBe(
      'ONGELDIGE_OVERGANG',
    );
    const korter = await api.gql(WIJZIG, {
      token: teammanager,
      variables: { input: { id: dienst.id, versie: dienst.versie, eind: '2026-10-11T01:00:00.000Z' } },
    });
    expect(errorCode(korter)).toBe('VALIDATIE');
  });

  it('books the hours of an ended shift once, per day in the Netherlands, within the 24-hour rule and open months', async () => {
    // 18:00 to 08:00 Dutch summer time: 6 hours on 20 October and 8 on 21 October.
    const dienst = await gepland('2026-10-20T16:00:00.000Z', '2026-10-21T06:00:00.000Z', [
      { medewerkerId: mw.twee.id },
      { medewerkerId: mw.arts.id },
    ]);
    const eerste = await api.gql<{ boekBereikbaarheidsuren: Boeking[] }>(BOEK, { token: beheerder, variables: { id: dienst.id } });
    expect(eerste.errors).toBeUndefined();
    const geboekt = eerste.data!.boekBereikbaarheidsuren;
    expect(geboekt.map((b) => [b.medewerkerId, b.datum, b.functie, b.uren]).sort()).toEqual(
      [
        [mw.twee.id, '2026-10-20', 'MW', 6],
        [mw.twee.id, '2026-10-21', 'MW', 8],
        [mw.arts.id, '2026-10-20', 'VA', 6],
        [mw.arts.id, '2026-10-21', 'VA', 8],
      ].sort(),
    );
    expect(new Set(geboekt.map((b) => `${b.product}|${b.bron}`))).toEqual(new Set(['BEREIKBAARHEIDSDIENST|BEREIKBAARHEIDSDIENST']));
    const tweede = await api.gql<{ boekBereikbaarheidsuren: Boeking[] }>(BOEK, { token: teammanager, variables: { id: dienst.id } });
    expect(tweede.data!.boekBereikbaarheidsuren.map((b) => b.id).sort()).toEqual(geboekt.map((b) => b.id).sort());
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM tijdregistratie WHERE bereikbaarheidsdienst_id = $1`, [dienst.id]);
    expect(rows).toEqual([{ n: 4 }]);
    const mijn = await api.gql<{ mijnUren: { edges: { node: { uren: number; product: string } }[] } }>(
      `{ mijnUren(van: "2026-10-20", tot: "2026-10-21", first: 10) { edges { node { uren product } } } }`,
      { token: mw.twee.token },
    );
    expect(mijn.data!.mijnUren.edges.map((e) => e.node.uren).sort()).toEqual([6, 8]);

    // Booked: period and medewerkers are fixed.
    const wijzig = await api.gql(WIJZIG, {
      token: teammanager,
      variables: { input: { id: dienst.id, versie: dienst.versie, eind: '2026-10-21T05:00:00.000Z' } },
    });
    expect(errorCode(wijzig)).toBe('ONGELDIGE_OVERGANG');

    // Not yet ended.
    const morgen = Date.now() + 24 * 3600_000;
    const toekomst = await gepland(new Date(morgen).toISOString(), new Date(morgen + 12 * 3600_000).toISOString(), [
      { medewerkerId: mw.twee.id },
    ]);
    const teVroeg = await api.gql(BOEK, { token: teammanager, variables: { id: toekomst.id } });
    expect([errorCode(teVroeg), teVroeg.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'dienstId']);

    // More than 24 hours on a day: nothing is booked.
    const eigen = await api.gql(`mutation { boekUren(input: { datum: "2026-10-22", product: ONDERZOEK, uren: 20 }) { id } }`, {
      token: mw.een.token,
    });
    expect(eigen.errors).toBeUndefined();
    const vol = await gepland('2026-10-22T06:00:00.000Z', '2026-10-22T14:00:00.000Z', [
      { medewerkerId: mw.een.id },
      { medewerkerId: mw.arts.id },
    ]);
    const teVeel = await api.gql(BOEK, { token: teammanager, variables: { id: vol.id } });
    expect([errorCode(teVeel), teVeel.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'dienstId']);
    const { rows: niets } = await admin.query(`SELECT count(*)::int AS n FROM tijdregistratie WHERE bereikbaarheidsdienst_id = $1`, [
      vol.id,
    ]);
    expect(niets).toEqual([{ n: 0 }]);

    // A closed month.
    const september = await gepland('2026-09-15T16:00:00.000Z', '2026-09-16T06:00:00.000Z', [{ medewerkerId: mw.twee.id }]);
    expect((await api.gql(`mutation { sluitPeriodeAf(jaar: 2026, maand: 9) }`, { token: beheerder })).errors).toBeUndefined();
    const gesloten = await api.gql(BOEK, { token: teammanager, variables: { id: september.id } });
    expect([errorCode(gesloten), gesloten.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'dienstId']);
  });

  it('cross-tenant: another region neither sees nor touches the rooster, and cannot link to its shifts', async () => {
    const dienst = await gepland('2026-11-01T17:00:00.000Z', '2026-11-02T07:00:00.000Z', [{ medewerkerId: mw.een.id }]);
    const vreemd = await tokenFor({ tenant: 'VT25', roles: ['functioneel-beheerder'], user: `fb25-${suffix}` });
    const vreemdRooster = await rooster('2026-11-01T00:00:00.000Z', '2026-11-03T00:00:00.000Z', vreemd);
    expect(vreemdRooster.diensten).toEqual([]);
    expect(vreemdRooster.gaten.map((g) => g.soort).sort()).toEqual(['ZONDER_MEDEWERKER', 'ZONDER_VERTROUWENSARTS']);
    const wie = await api.gql<{ wieHeeftDienst: Dienst[] }>(WIE, { token: vreemd, variables: { op: '2026-11-01T20:00:00.000Z' } });
    expect(wie.data!.wieHeeftDienst).toEqual([]);
    const gaten = await api.gql<{ bereikbaarheidsgaten: unknown[] }>(`{ bereikbaarheidsgaten(dagen: 2) { soort } }`, { token: vreemd });
    expect(gaten.data!.bereikbaarheidsgaten).toHaveLength(2);

    expect(
      errorCode(
        await api.gql(WIJZIG, { token: vreemd, variables: { input: { id: dienst.id, versie: dienst.versie, omschrijving: 'x' } } }),
      ),
    ).toBe('NIET_GEVONDEN');
    expect(errorCode(await api.gql(VERWIJDER, { token: vreemd, variables: { id: dienst.id, v: dienst.versie } }))).toBe('NIET_GEVONDEN');
    expect(errorCode(await api.gql(BOEK, { token: vreemd, variables: { id: dienst.id } }))).toBe('NIET_GEVONDEN');
    const metVreemdeMedewerker = await plan('2026-11-05T17:00:00.000Z', '2026-11-06T07:00:00.000Z', [{ medewerkerId: mw.twee.id }], vreemd);
    expect([errorCode(metVreemdeMedewerker), metVreemdeMedewerker.errors![0]!.extensions!.field]).toEqual([
      'VALIDATIE',
      'medewerkers[0].medewerkerId',
    ]);
    const melding = await registreerMelding(
      api,
      await tokenFor({ tenant: 'VT25', roles: ['medewerker'], user: `mw25-${suffix}` }),
      meldingInput({ ontvangenOp: '2026-11-01T20:00:00.000Z', bereikbaarheid: { dienstId: dienst.id, medewerkerId: mw.een.id } }),
    );
    expect([errorCode(melding), melding.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'bereikbaarheid.dienstId']);
    // The shift is untouched.
    const eigen = await api.gql<{ wieHeeftDienst: Dienst[] }>(WIE, { token: teammanager, variables: { op: '2026-11-01T20:00:00.000Z' } });
    expect(eigen.data!.wieHeeftDienst.map((d) => [d.id, d.versie, d.aantalContacten, d.urenGeboekt])).toEqual([
      [dienst.id, dienst.versie, 0, false],
    ]);
  });

  it('cross-team: with the team rule on, the rooster stays regional and a melding of another team links to the shift', async () => {
    await zetTeamRegelAan(api, beheerder);
    const dienst = await gepland('2026-11-10T17:00:00.000Z', '2026-11-11T07:00:00.000Z', [{ medewerkerId: mw.een.id }]);
    const andereTeammanager = await tokenFor({ tenant: 'VT10', roles: ['teammanager'], user: `tmb-${suffix}`, team: 'B' });
    const anderTeam = await tokenFor({ tenant: 'VT10', roles: ['medewerker'], user: `mwb-${suffix}`, team: 'B' });
    expect((await rooster('2026-11-10T00:00:00.000Z', '2026-11-12T00:00:00.000Z', andereTeammanager)).diensten.map((d) => d.id)).toEqual([
      dienst.id,
    ]);
    const wie = await api.gql<{ wieHeeftDienst: Dienst[] }>(WIE, { token: anderTeam, variables: { op: '2026-11-10T20:00:00.000Z' } });
    expect(wie.data!.wieHeeftDienst.map((d) => d.id)).toEqual([dienst.id]);
    // A teammanager of team B plans medewerkers of team A into the regional rooster.
    const gewijzigd = await api.gql<{ wijzigBereikbaarheidsdienst: Dienst }>(WIJZIG, {
      token: andereTeammanager,
      variables: {
        input: { id: dienst.id, versie: dienst.versie, medewerkers: [{ medewerkerId: mw.een.id }, { medewerkerId: mw.arts.id }] },
      },
    });
    expect(gewijzigd.data!.wijzigBereikbaarheidsdienst.medewerkers).toHaveLength(2);
    // Team B registers the out-of-hours melding on behalf of team A's on-call medewerker.
    const melding = await registreerMelding(
      api,
      anderTeam,
      meldingInput({ ontvangenOp: '2026-11-10T21:00:00.000Z', bereikbaarheid: { dienstId: dienst.id, medewerkerId: mw.een.id } }),
    );
    expect(melding.errors).toBeUndefined();
    const { rows } = await admin.query(`SELECT medewerker_id FROM bereikbaarheidscontact WHERE melding_id = $1`, [
      melding.data!.registreerMelding.id,
    ]);
    expect(rows).toEqual([{ medewerker_id: mw.een.id }]);
  });
});
