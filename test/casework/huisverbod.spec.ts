import type pg from 'pg';
import { TakenService } from '@vt/vervolg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { dag, errorCode, nieuweMelding, persoon, zetTeamRegelAan, type MeldingResult } from '../support/casework.js';
import { M, Proces } from '../support/proces.js';

const HV = `id casusId opgelegdOp einddatum oorspronkelijkeEinddatum status besluitdatum gemeenteCode kenmerkGemeente plegerId achterblijverIds
  verlengd verlengingBesluitdatum eindeVastgelegd beeindigdOp eindeReden casusregie { medewerker gestartOp beeindigdOp resultaat } versie`;

const REGISTREER = `mutation($input: RegistreerHuisverbodInput!) { registreerHuisverbod(input: $input) { ${HV} } }`;
const VERLENG = `mutation($id: ID!, $versie: Int!, $besluitdatum: Date, $einddatum: Date) {
  verlengHuisverbod(huisverbodId: $id, versie: $versie, besluitdatum: $besluitdatum, einddatum: $einddatum) { ${HV} } }`;
const BEEINDIG = `mutation($input: BeeindigHuisverbodInput!) { beeindigHuisverbod(input: $input) { ${HV} } }`;
const START_REGIE = `mutation($input: StartHuisverbodCasusregieInput!) { startHuisverbodCasusregie(input: $input) { ${HV} } }`;
const EINDE_REGIE = `mutation($input: BeeindigHuisverbodCasusregieInput!) { beeindigHuisverbodCasusregie(input: $input) { ${HV} } }`;
const WERK = `query { werkvoorraad(first: 100, soorten: [HUISVERBOD_EINDE]) { edges { node { soort objectId casusId uiterlijkeDatum verlopen } } } }`;
const TAKEN = `{ taken(first: 100) { edges { node { soort objectId uiterlijkeDatum signaal } } } }`;

interface Huisverbod {
  id: string;
  casusId: string;
  opgelegdOp: string;
  einddatum: string;
  oorspronkelijkeEinddatum: string;
  status: string;
  besluitdatum: string | null;
  gemeenteCode: string | null;
  kenmerkGemeente: string | null;
  plegerId: string | null;
  achterblijverIds: string[];
  verlengd: boolean;
  verlengingBesluitdatum: string | null;
  eindeVastgelegd: boolean;
  beeindigdOp: string | null;
  eindeReden: string | null;
  casusregie: { medewerker: string; gestartOp: string; beeindigdOp: string | null; resultaat: string | null } | null;
  versie: number;
}

interface WerkItem {
  soort: string;
  objectId: string;
  casusId: string;
  uiterlijkeDatum: string;
  verlopen: boolean;
}

/** A family with a pleger, a partner and a child: the persons of the melding by role. */
function gezin(melding: MeldingResult) {
  const van = (rol: string) => melding.betrokkenen.find((b) => b.rol === rol)!.persoon.id;
  return { pleger: van('PLEGER'), partner: van('SLACHTOFFER'), kind: van('KIND') };
}

/**
 * The tijdelijk huisverbod from start to end through GraphQL on the real database (VT01; the team
 * rule in VT02): pleger and achterblijvers, the besluit and gemeente, one extension to at most 28
 * days, the end status, the casusregie, and the werkvoorraad task when the end nears.
 */
describe('tijdelijk huisverbod', () => {
  let api: RunningApp;
  let p: Proces;
  let admin: pg.Client;
  let mw: string;
  let beheerder: string;

  const gezinsMelding = (token = mw) =>
    nieuweMelding(api, token, {
      betrokkenen: [persoon('PLEGER', { geboortedatum: '1985-02-03' }), persoon('SLACHTOFFER'), persoon('KIND')],
    });

  async function registreer(token: string, input: Record<string, unknown>): Promise<Huisverbod> {
    return p.call<Huisverbod>(token, REGISTREER, { input });
  }

  /** Everything a refused call could have touched: the casus' huisverboden, their persons and the timeline. */
  async function snapshot(casusId: string) {
    const { rows } = await admin.query(
      `SELECT (SELECT json_agg(h ORDER BY h.created_at) FROM huisverbod h WHERE h.casus_id = $1) AS huisverboden,
              (SELECT json_agg(b ORDER BY b.persoon_id) FROM huisverbod_betrokkene b JOIN huisverbod h ON h.id = b.huisverbod_id
                WHERE h.casus_id = $1) AS personen,
              (SELECT count(*) FROM tijdlijn_gebeurtenis t WHERE t.casus_id = $1)::int AS gebeurtenissen`,
      [casusId],
    );
    return rows[0];
  }

  /** The call fails with `code` (and `field` when given) and changes nothing. */
  async function geweigerd(
    casusId: string,
    token: string,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field?: string,
  ) {
    const voor = await snapshot(casusId);
    const response = await api.gql(query, { token, variables });
    expect(errorCode(response)).toBe(code);
    if (field) expect(response.errors![0]!.extensions!.field).toBe(field);
    expect(await snapshot(casusId)).toEqual(voor);
  }

  const werk = async (token: string) =>
    (await api.gql<{ werkvoorraad: { edges: { node: WerkItem }[] } }>(WERK, { token })).data!.werkvoorraad.edges.map((e) => e.node);
  const taken = async (token: string) =>
    (
      await api.gql<{ taken: { edges: { node: { soort: string; objectId: string; uiterlijkeDatum: string; signaal: string } }[] } }>(
        TAKEN,
        { token },
      )
    ).data!.taken.edges.map((e) => e.node);

  beforeAll(async () => {
    [api, admin] = await Promise.all([startApp('api'), connectAs('admin')]);
    p = new Proces(api);
    mw = await tokenFor({ tenant: 'VT01', roles: ['medewerker'], user: 'thv-1' });
    beheerder = await tokenFor({ tenant: 'VT01', roles: ['functioneel-beheerder'], user: 'thv-beheer' });
  });
  afterAll(() => Promise.all([api.close(), admin.end()]));

  it('runs from start to end: registered with pleger and achterblijvers, extended once, casusregie, withdrawn', async () => {
    const melding = await gezinsMelding();
    const { pleger, partner, kind } = gezin(melding);
    const hv = await registreer(mw, {
      casusId: melding.casus.id,
      besluitdatum: dag(-2),
      opgelegdOp: dag(-2),
      gemeenteCode: ' gm0363 ',
      kenmerkGemeente: 'THV-2026-017',
      plegerId: pleger,
      achterblijverIds: [partner, kind],
    });
    expect(hv).toMatchObject({
      casusId: melding.casus.id,
      opgelegdOp: dag(-2),
      einddatum: dag(7),
      oorspronkelijkeEinddatum: dag(7),
      status: 'LOPEND',
      besluitdatum: dag(-2),
      gemeenteCode: 'GM0363',
      kenmerkGemeente: 'THV-2026-017',
      plegerId: pleger,
      verlengd: false,
      eindeVastgelegd: false,
      casusregie: null,
      versie: 1,
    });
    expect([...hv.achterblijverIds].sort()).toEqual([partner, kind].sort());

    const regie = await p.call<Huisverbod>(mw, START_REGIE, {
      input: { huisverbodId: hv.id, versie: hv.versie, medewerker: 'thv-2', startdatum: dag(-1) },
    });
    expect(regie.casusregie).toEqual({ medewerker: 'thv-2', gestartOp: dag(-1), beeindigdOp: null, resultaat: null });

    // Extended once, to 28 days from the start; the besluit of the extension falls within the first term.
    const verlengd = await p.call<Huisverbod>(mw, VERLENG, { id: hv.id, versie: regie.versie, besluitdatum: dag(0) });
    expect(verlengd).toMatchObject({
      status: 'VERLENGD',
      einddatum: dag(25),
      oorspronkelijkeEinddatum: dag(7),
      verlengd: true,
      verlengingBesluitdatum: dag(0),
      versie: regie.versie + 1,
    });
    await geweigerd(melding.casus.id, mw, VERLENG, { id: hv.id, versie: verlengd.versie, besluitdatum: dag(0) }, 'ONGELDIGE_OVERGANG');

    const regieKlaar = await p.call<Huisverbod>(mw, EINDE_REGIE, {
      input: {
        huisverbodId: hv.id,
        versie: verlengd.versie,
        einddatum: dag(0),
        resultaat: 'Pleger in behandeling; veiligheidsplan met achterblijvers',
      },
    });
    expect(regieKlaar.casusregie).toMatchObject({
      beeindigdOp: dag(0),
      resultaat: 'Pleger in behandeling; veiligheidsplan met achterblijvers',
    });

    const ingetrokken = await p.call<Huisverbod>(mw, BEEINDIG, {
      input: {
        huisverbodId: hv.id,
        versie: regieKlaar.versie,
        einde: 'INGETROKKEN',
        datum: dag(0),
        reden: 'Pleger verhuisd naar eigen woning',
      },
    });
    expect(ingetrokken).toMatchObject({
      status: 'INGETROKKEN',
      eindeVastgelegd: true,
      beeindigdOp: dag(0),
      eindeReden: 'Pleger verhuisd naar eigen woning',
      verlengd: true,
      einddatum: dag(25),
    });
    // An end is recorded once; an ended huisverbod is not extended.
    const nogmaals = { huisverbodId: hv.id, versie: ingetrokken.versie, einde: 'VERNIETIGD', reden: 'x' };
    await geweigerd(melding.casus.id, mw, BEEINDIG, { input: nogmaals }, 'ONGELDIGE_OVERGANG');
    await geweigerd(melding.casus.id, mw, VERLENG, { id: hv.id, versie: ingetrokken.versie }, 'ONGELDIGE_OVERGANG');

    const casus = await api.gql<{ casus: { huisverboden: Huisverbod[]; tijdlijn: { soort: string }[] } }>(
      `query($id: ID!) { casus(id: $id) { huisverboden { ${HV} } tijdlijn { soort } } }`,
      { token: mw, variables: { id: melding.casus.id } },
    );
    expect(casus.data!.casus.huisverboden).toEqual([ingetrokken]);
    expect(casus.data!.casus.tijdlijn.map((e) => e.soort).filter((s) => s.startsWith('HUISVERBOD'))).toEqual([
      'HUISVERBOD',
      'HUISVERBOD_CASUSREGIE_GESTART',
      'HUISVERBOD_VERLENGD',
      'HUISVERBOD_CASUSREGIE_BEEINDIGD',
      'HUISVERBOD_BEEINDIGD',
    ]);

    // NEN 7513: every change and every refused attempt is in the access log of the casus.
    const log = await api.gql<{
      toegangslog: { edges: { node: { actie: string; objectType: string; objectId: string; uitkomst: string } }[] };
    }>(`query($id: ID!) { toegangslog(casusId: $id, first: 100) { edges { node { actie objectType objectId uitkomst } } } }`, {
      token: beheerder,
      variables: { id: melding.casus.id },
    });
    const entries = log.data!.toegangslog.edges.map((e) => e.node).filter((n) => n.objectType === 'Huisverbod');
    expect(
      entries
        .filter((n) => n.uitkomst === 'GESLAAGD')
        .map((n) => n.actie)
        .sort(),
    ).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'UPDATE']);
    expect(entries.every((n) => n.objectId === hv.id)).toBe(true);
    expect((await admin.query(`SELECT rol FROM huisverbod_betrokkene WHERE huisverbod_id = $1 ORDER BY rol`, [hv.id])).rows).toEqual([
      { rol: 'ACHTERBLIJVER' },
      { rol: 'ACHTERBLIJVER' },
      { rol: 'PLEGER' },
    ]);
  });

  it('refuses invalid registrations with the field named, and stores nothing', async () => {
    const melding = await gezinsMelding();
    const ander = await gezinsMelding();
    const { pleger, partner } = gezin(melding);
    const casusId = melding.casus.id;
    const geldig = { casusId, opgelegdOp: dag(-1), plegerId: pleger, achterblijverIds: [partner] };
    const cases: [Record<string, unknown>, string][] = [
      [{ plegerId: gezin(ander).pleger }, 'plegerId'],
      [{ achterblijverIds: [partner, gezin(ander).kind] }, 'achterblijverIds[1]'],
      [{ achterblijverIds: [pleger] }, 'achterblijverIds[0]'],
      [{ achterblijverIds: [partner, partner] }, 'achterblijverIds[1]'],
      [{ achterblijverIds: Array.from({ length: 21 }, () => partner) }, 'achterblijverIds'],
      [{ gemeenteCode: 'GM9999' }, 'gemeenteCode'],
      [{ gemeenteCode: 'Amsterdam' }, 'gemeenteCode'],
      [{ besluitdatum: dag(0), opgelegdOp: dag(-1) }, 'besluitdatum'],
      [{ opgelegdOp: dag(3) }, 'opgelegdOp'],
      [{ kenmerkGemeente: 'x'.repeat(101) }, 'kenmerkGemeente'],
    ];
    for (const [wijziging, field] of cases) {
      await geweigerd(casusId, mw, REGISTREER, { input: { ...geldig, ...wijziging } }, 'VALIDATIE', field);
    }
    expect(await snapshot(casusId)).toMatchObject({ huisverboden: null, personen: null });
    // The valid input is accepted (the refusals were about the field named).
    expect((await registreer(mw, geldig)).plegerId).toBe(pleger);
  });

  it('refuses an extension beyond 28 days, a stale version and wrong end or casusregie steps, changing nothing', async () => {
    const melding = await gezinsMelding();
    const casusId = melding.casus.id;
    const hv = await registreer(mw, { casusId, opgelegdOp: dag(-3), besluitdatum: dag(-3) });
    const id = hv.id;
    await geweigerd(casusId, mw, VERLENG, { id, versie: hv.versie, einddatum: dag(25) }, 'VALIDATIE', 'einddatum');
    await geweigerd(casusId, mw, VERLENG, { id, versie: hv.versie, einddatum: dag(6) }, 'VALIDATIE', 'einddatum');
    await geweigerd(casusId, mw, VERLENG, { id, versie: hv.versie, besluitdatum: dag(-4) }, 'VALIDATIE', 'besluitdatum');
    await geweigerd(casusId, mw, VERLENG, { id, versie: hv.versie + 1 }, 'VERSIE_CONFLICT');
    const beeindig = (extra: Record<string, unknown>) => ({ input: { huisverbodId: id, versie: hv.versie, ...extra } });
    await geweigerd(casusId, mw, BEEINDIG, beeindig({ einde: 'INGETROKKEN' }), 'VALIDATIE', 'reden');
    await geweigerd(casusId, mw, BEEINDIG, beeindig({ einde: 'AFGELOPEN' }), 'ONGELDIGE_OVERGANG');
    await geweigerd(casusId, mw, BEEINDIG, beeindig({ einde: 'VERNIETIGD', reden: 'x', datum: dag(-4) }), 'VALIDATIE', 'datum');
    await geweigerd(casusId, mw, BEEINDIG, beeindig({ einde: 'VERNIETIGD', reden: 'x', datum: dag(1) }), 'VALIDATIE', 'datum');
    const regie = { input: { huisverbodId: id, versie: hv.versie, resultaat: 'x' } };
    await geweigerd(casusId, mw, EINDE_REGIE, regie, 'ONGELDIGE_OVERGANG');
    await geweigerd(
      casusId,
      mw,
      START_REGIE,
      { input: { huisverbodId: id, versie: hv.versie, startdatum: dag(-4) } },
      'VALIDATIE',
      'startdatum',
    );
    const gestart = await p.call<Huisverbod>(mw, START_REGIE, { input: { huisverbodId: id, versie: hv.versie, startdatum: dag(0) } });
    expect(gestart.casusregie).toEqual({ medewerker: 'thv-1', gestartOp: dag(0), beeindigdOp: null, resultaat: null });
    await geweigerd(casusId, mw, START_REGIE, { input: { huisverbodId: id, versie: gestart.versie } }, 'ONGELDIGE_OVERGANG');
    // An extension to a chosen day within 28 days is accepted.
    const verlengd = await p.call<Huisverbod>(mw, VERLENG, { id, versie: gestart.versie, einddatum: dag(20), besluitdatum: dag(0) });
    expect(verlengd).toMatchObject({ einddatum: dag(20), status: 'VERLENGD' });
  });

  it('lets one of two concurrent changes at the same version through; the other gets VERSIE_CONFLICT', async () => {
    const melding = await gezinsMelding();
    const hv = await registreer(mw, { casusId: melding.casus.id, opgelegdOp: dag(-1) });
    const codes = await Promise.all([
      p.code(mw, VERLENG, { id: hv.id, versie: hv.versie, besluitdatum: dag(0) }),
      p.code(mw, BEEINDIG, { input: { huisverbodId: hv.id, versie: hv.versie, einde: 'INGETROKKEN', datum: dag(0), reden: 'x' } }),
    ]);
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c === 'VERSIE_CONFLICT')).toHaveLength(1);
    const { rows } = await admin.query(`SELECT version FROM huisverbod WHERE id = $1`, [hv.id]);
    expect(rows).toEqual([{ version: 2 }]);
  });

  it('shows a huisverbod whose term passed as AFGELOPEN; the end is recorded once and its task goes', async () => {
    const melding = await gezinsMelding();
    const hv = await registreer(mw, { casusId: melding.casus.id, opgelegdOp: dag(-12) });
    expect(hv).toMatchObject({ einddatum: dag(-3), status: 'AFGELOPEN', eindeVastgelegd: false, beeindigdOp: null });
    expect(await werk(mw)).toContainEqual({
      soort: 'HUISVERBOD_EINDE',
      objectId: hv.id,
      casusId: melding.casus.id,
      uiterlijkeDatum: dag(-3),
      verlopen: true,
    });
    // Withdrawing is only possible within the term.
    await geweigerd(
      melding.casus.id,
      mw,
      BEEINDIG,
      { input: { huisverbodId: hv.id, versie: hv.versie, einde: 'INGETROKKEN', datum: dag(0), reden: 'x' } },
      'VALIDATIE',
      'datum',
    );
    await geweigerd(
      melding.casus.id,
      mw,
      BEEINDIG,
      { input: { huisverbodId: hv.id, versie: hv.versie, einde: 'AFGELOPEN', datum: dag(-4) } },
      'VALIDATIE',
      'datum',
    );
    const afgelopen = await p.call<Huisverbod>(mw, BEEINDIG, { input: { huisverbodId: hv.id, versie: hv.versie, einde: 'AFGELOPEN' } });
    expect(afgelopen).toMatchObject({ status: 'AFGELOPEN', eindeVastgelegd: true, beeindigdOp: dag(-3), eindeReden: null });
    await geweigerd(
      melding.casus.id,
      mw,
      BEEINDIG,
      { input: { huisverbodId: hv.id, versie: afgelopen.versie, einde: 'AFGELOPEN' } },
      'ONGELDIGE_OVERGANG',
    );
    expect((await werk(mw)).map((w) => w.objectId)).not.toContain(hv.id);
  });

  it('puts a task in the werkvoorraad when the end nears, and removes it after the extension', async () => {
    const tenant = await tenantIdOf('VT01');
    const taakService = api.app.get(TakenService, { strict: false });
    const melding = await gezinsMelding();
    // Ends tomorrow: within the signal horizon of 2 werkdagen whatever day it is.
    const bijna = await registreer(mw, { casusId: melding.casus.id, opgelegdOp: dag(-8) });
    const vers = await registreer(mw, { casusId: melding.casus.id, opgelegdOp: dag(0) });
    expect(bijna.einddatum).toBe(dag(1));
    const items = await werk(mw);
    expect(items).toContainEqual({
      soort: 'HUISVERBOD_EINDE',
      objectId: bijna.id,
      casusId: melding.casus.id,
      uiterlijkeDatum: dag(1),
      verlopen: false,
    });
    expect(items).toContainEqual(expect.objectContaining({ objectId: vers.id, uiterlijkeDatum: dag(9) }));

    await taakService.herbereken(tenant);
    const mijn = (await taken(mw)).filter((t) => [bijna.id, vers.id].includes(t.objectId));
    expect(mijn).toEqual([{ soort: 'HUISVERBOD_EINDE', objectId: bijna.id, uiterlijkeDatum: dag(1), signaal: 'BINNENKORT' }]);

    // The team advised an extension and the burgemeester extended it: the task goes.
    await p.call(mw, VERLENG, { id: bijna.id, versie: bijna.versie, besluitdatum: dag(0) });
    await taakService.herbereken(tenant);
    expect((await taken(mw)).map((t) => t.objectId)).not.toContain(bijna.id);
    expect(await werk(mw)).toContainEqual(expect.objectContaining({ objectId: bijna.id, uiterlijkeDatum: dag(19) }));
  });

  it("is another region's huisverbod NIET_GEVONDEN, and another region's person no pleger", async () => {
    const vt02 = await tokenFor({ tenant: 'VT02', roles: ['medewerker'], user: 'thv-vt02' });
    const melding = await gezinsMelding();
    const hv = await registreer(mw, { casusId: melding.casus.id, opgelegdOp: dag(-1) });
    const vreemd = await gezinsMelding(vt02);
    const casusId = melding.casus.id;
    await geweigerd(casusId, vt02, VERLENG, { id: hv.id, versie: hv.versie }, 'NIET_GEVONDEN');
    await geweigerd(
      casusId,
      vt02,
      BEEINDIG,
      { input: { huisverbodId: hv.id, versie: hv.versie, einde: 'INGETROKKEN', reden: 'x' } },
      'NIET_GEVONDEN',
    );
    await geweigerd(casusId, vt02, START_REGIE, { input: { huisverbodId: hv.id, versie: hv.versie } }, 'NIET_GEVONDEN');
    await geweigerd(casusId, vt02, REGISTREER, { input: { casusId, opgelegdOp: dag(0) } }, 'NIET_GEVONDEN');
    await geweigerd(
      casusId,
      mw,
      REGISTREER,
      { input: { casusId, opgelegdOp: dag(0), plegerId: gezin(vreemd).pleger } },
      'VALIDATIE',
      'plegerId',
    );
    expect((await werk(vt02)).map((w) => w.objectId)).not.toContain(hv.id);
  });

  it('follows the team rule (VT02): another team neither changes nor sees the huisverbod or its task', async () => {
    const beheer02 = await tokenFor({ tenant: 'VT02', roles: ['functioneel-beheerder'], user: 'thv-beheer-02' });
    const manager = await tokenFor({ tenant: 'VT02', roles: ['teammanager'], user: 'thv-manager-02' });
    const zuid = await tokenFor({ tenant: 'VT02', roles: ['medewerker'], user: 'thv-zuid', team: 'Zuid' });
    const noord = await tokenFor({ tenant: 'VT02', roles: ['medewerker', 'vertrouwensarts'], user: 'thv-noord', team: 'Noord' });
    await zetTeamRegelAan(api, beheer02);
    const melding = await gezinsMelding(zuid);
    await p.call(manager, M.wijsToe, { input: { meldingId: melding.id, versie: melding.versie, team: 'Zuid', medewerker: 'thv-zuid' } });
    const { pleger, kind } = gezin(melding);
    const casusId = melding.casus.id;
    await geweigerd(casusId, noord, REGISTREER, { input: { casusId, opgelegdOp: dag(-8), plegerId: pleger } }, 'NIET_GEVONDEN');
    const hv = await registreer(zuid, { casusId, opgelegdOp: dag(-8), plegerId: pleger, achterblijverIds: [kind] });
    const pogingen: [string, Record<string, unknown>][] = [
      [VERLENG, { id: hv.id, versie: hv.versie }],
      [BEEINDIG, { input: { huisverbodId: hv.id, versie: hv.versie, einde: 'INGETROKKEN', reden: 'x' } }],
      [START_REGIE, { input: { huisverbodId: hv.id, versie: hv.versie } }],
      [EINDE_REGIE, { input: { huisverbodId: hv.id, versie: hv.versie, resultaat: 'x' } }],
    ];
    for (const [query, variables] of pogingen) await geweigerd(casusId, noord, query, variables, 'NIET_GEVONDEN');
    expect((await werk(noord)).map((w) => w.objectId)).not.toContain(hv.id);
    expect((await werk(zuid)).map((w) => w.objectId)).toContain(hv.id);
    expect((await werk(manager)).map((w) => w.objectId)).toContain(hv.id);
    // Own team changes it.
    const regie = await p.call<Huisverbod>(zuid, START_REGIE, { input: { huisverbodId: hv.id, versie: hv.versie } });
    expect(regie.casusregie?.medewerker).toBe('thv-zuid');
  });
});
