import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, meldingInput, nieuweMelding, persoon, uniqueBsn, zetTeamRegelAan } from '../support/casework.js';
import { M, Proces } from '../support/proces.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const PERSOON = `id naam bsn geboortedatum geslacht woonplaats gemeenteCode telefoon email versie`;
const WIJZIG_PERSOON = `mutation($input: WijzigPersoonInput!) { wijzigPersoon(input: $input) { ${PERSOON} } }`;
const WIJZIG_MELDING = `mutation($input: WijzigMeldingInput!) { wijzigMelding(input: $input) {
  id versie aardGeweld duurGeweld samenvatting gemeenteCode melderAnoniem casus { tijdlijn { soort omschrijving } } } }`;
const BETROKKENEN = `id versie betrokkenen { rol wasBekend beeindigdOp beeindigdReden persoon { id naam } }`;
const VOEG_TOE = `mutation($input: VoegBetrokkeneToeInput!) { voegBetrokkeneToe(input: $input) { ${BETROKKENEN} } }`;
const WIJZIG_BETROKKENE = `mutation($input: WijzigBetrokkeneInput!) { wijzigBetrokkene(input: $input) { ${BETROKKENEN} } }`;
const BEEINDIG = `mutation($input: BeeindigBetrokkenheidInput!) { beeindigBetrokkenheid(input: $input) { ${BETROKKENEN} } }`;
const WIJZIGINGEN = `query($casusId: ID!, $first: Int, $after: String) { wijzigingen(casusId: $casusId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id casusId persoonId objectType objectId veld oud nieuw reden doorNaam op } } } }`;

interface PersoonResult {
  id: string;
  naam: string;
  bsn: string | null;
  geboortedatum: string | null;
  geslacht: string | null;
  woonplaats: string | null;
  gemeenteCode: string | null;
  telefoon: string | null;
  email: string | null;
  versie: number;
}
interface BetrokkenenResult {
  id: string;
  versie: number;
  betrokkenen: {
    rol: string;
    wasBekend: boolean;
    beeindigdOp: string | null;
    beeindigdReden: string | null;
    persoon: { id: string; naam: string };
  }[];
}
interface WijzigingNode {
  id: string;
  casusId: string | null;
  persoonId: string | null;
  objectType: string;
  objectId: string;
  veld: string;
  oud: unknown;
  nieuw: unknown;
  reden: string | null;
  doorNaam: string;
}
interface WijzigingenResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: WijzigingNode }[];
}

/**
 * Issue 14, point 1: correcting and enriching recorded case data, every change kept in the history
 * with its old value, reason and author. VT19 restricts work to teams (used by no other e2e file
 * that assigns work), so the team rule is exercised here too.
 */
describe('dossier corrections with history', () => {
  let api: RunningApp;
  let p: Proces;
  let mw: string;
  let gw: string;
  let manager: string;
  let noord: string;
  let vreemd: string;

  const personen = (token: string, meldingId: string) =>
    p.call<{ betrokkenen: { rol: string; persoon: PersoonResult }[] }>(
      token,
      `query($id: ID!) { melding(id: $id) { betrokkenen { rol persoon { ${PERSOON} } } } }`,
      { id: meldingId },
    );
  const wijzigingen = (token: string, casusId: string, extra: Record<string, unknown> = {}) =>
    p.call<WijzigingenResult>(token, WIJZIGINGEN, { casusId, ...extra });

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    const beheerder = await tokenFor({ tenant: 'VT19', roles: ['functioneel-beheerder'], user: 'beheer-19' });
    mw = await tokenFor({ tenant: 'VT19', roles: ['medewerker'], user: 'zuid-19', team: 'Zuid' });
    gw = await tokenFor({ tenant: 'VT19', roles: ['gedragswetenschapper'], user: 'gw-19', team: 'Zuid' });
    manager = await tokenFor({ tenant: 'VT19', roles: ['teammanager'], user: 'manager-19' });
    noord = await tokenFor({ tenant: 'VT19', roles: ['medewerker', 'vertrouwensarts'], user: 'noord-19', team: 'Noord' });
    vreemd = await tokenFor({ tenant: 'VT14', roles: ['medewerker', 'teammanager', 'vertrouwensarts'], user: 'vreemd-14' });
    await zetTeamRegelAan(api, beheerder);
  });

  afterAll(async () => {
    await api.close();
  });

  /** A melding of Team Zuid in its own casus, with one child. */
  async function zuidMelding(extra: Record<string, unknown> = {}) {
    const m = await nieuweMelding(api, mw, { betrokkenen: [persoon('KIND')], ...extra });
    const toegewezen = await p.call<{ versie: number }>(manager, M.wijsToe, {
      input: { meldingId: m.id, versie: m.versie, team: 'Zuid', medewerker: 'zuid-19' },
    });
    return { ...m, versie: toegewezen.versie, kind: m.betrokkenen[0]!.persoon.id };
  }

  it('corrects a person: one history entry per changed field, a timeline event, and the new version', async () => {
    const m = await zuidMelding();
    const bsn = uniqueBsn();
    const na = await p.call<PersoonResult>(mw, WIJZIG_PERSOON, {
      input: {
        persoonId: m.kind,
        versie: 1,
        bsn,
        geslacht: 'VROUW',
        woonplaats: 'Amsterdam',
        gemeenteCode: 'GM0363',
        telefoon: '020-1234567',
        geboortedatum: '2015-06-01',
        reden: 'Gegevens uit BRP',
      },
    });
    expect(na).toMatchObject({
      bsn,
      geslacht: 'VROUW',
      woonplaats: 'Amsterdam',
      gemeenteCode: 'GM0363',
      telefoon: '020-1234567',
      versie: 2,
    });

    const history = await wijzigingen(mw, m.casus.id);
    expect(history.totalCount).toBe(5);
    const velden = Object.fromEntries(history.edges.map((e) => [e.node.veld, e.node]));
    expect(Object.keys(velden).sort()).toEqual(['bsn', 'gemeenteCode', 'geslacht', 'telefoon', 'woonplaats']);
    expect(velden.woonplaats).toMatchObject({
      objectType: 'Persoon',
      objectId: m.kind,
      persoonId: m.kind,
      casusId: null,
      oud: null,
      nieuw: 'Amsterdam',
      reden: 'Gegevens uit BRP',
    });
    expect(velden.bsn).toMatchObject({ oud: null, nieuw: bsn });

    // A second correction records the old value; unchanged fields leave no entry.
    const weer = await p.call<PersoonResult>(mw, WIJZIG_PERSOON, {
      input: { persoonId: m.kind, versie: 2, woonplaats: 'Diemen', geslacht: 'VROUW', reden: 'Verhuisd' },
    });
    expect(weer.versie).toBe(3);
    const later = await wijzigingen(mw, m.casus.id, { first: 1 });
    expect(later.totalCount).toBe(6);
    expect(later.edges[0]!.node).toMatchObject({ veld: 'woonplaats', oud: 'Amsterdam', nieuw: 'Diemen', reden: 'Verhuisd' });
    expect(later.pageInfo.hasNextPage).toBe(true);
    const volgende = await wijzigingen(mw, m.casus.id, { first: 10, after: later.pageInfo.endCursor });
    expect(volgende.edges.map((e) => e.node.id)).not.toContain(later.edges[0]!.node.id);
    expect(volgende.edges).toHaveLength(5);

    const tijdlijn = await p.call<{ tijdlijn: { soort: string; omschrijving: string }[] }>(
      mw,
      `query($id: ID!) { casus(id: $id) { tijdlijn { soort omschrijving } } }`,
      { id: m.casus.id },
    );
    const events = tijdlijn.tijdlijn.filter((g) => g.soort === 'PERSOON_GEWIJZIGD');
    expect(events).toHaveLength(2);
    // Field names only, never the values.
    expect(events.map((g) => g.omschrijving).join(' ')).not.toMatch(/Amsterdam|Diemen|020/);
  });

  it('refuses a stale version, an invalid BSN, an unknown gemeente and a BSN of another person, changing nothing', async () => {
    const m = await zuidMelding();
    const ander = await zuidMelding();
    const bezet = uniqueBsn();
    await p.call(mw, WIJZIG_PERSOON, { input: { persoonId: ander.kind, versie: 1, bsn: bezet, reden: 'BRP' } });
    await p.call(mw, WIJZIG_PERSOON, { input: { persoonId: m.kind, versie: 1, woonplaats: 'Utrecht', reden: 'BRP' } });

    const fout = async (input: Record<string, unknown>) => {
      const response = await api.gql(WIJZIG_PERSOON, { token: mw, variables: { input: { persoonId: m.kind, reden: 'x', ...input } } });
      return { code: errorCode(response), field: response.errors?.[0]?.extensions?.field };
    };
    expect(await fout({ versie: 1, woonplaats: 'Zeist' })).toEqual({ code: 'VERSIE_CONFLICT', field: undefined });
    expect(await fout({ versie: 2, bsn: '123456780', woonplaats: 'Zeist' })).toEqual({ code: 'VALIDATIE', field: 'bsn' });
    expect(await fout({ versie: 2, gemeenteCode: 'GM9999', woonplaats: 'Zeist' })).toEqual({ code: 'VALIDATIE', field: 'gemeenteCode' });
    const dubbel = await api.gql(WIJZIG_PERSOON, {
      token: mw,
      variables: { input: { persoonId: m.kind, versie: 2, bsn: bezet, reden: 'x' } },
    });
    expect(errorCode(dubbel)).toBe('VALIDATIE');
    expect(dubbel.errors![0]!.extensions!.field).toBe('bsn');
    expect(dubbel.errors![0]!.message).toMatch(/merge/);
    expect(dubbel.errors![0]!.message).not.toContain(bezet);
    // A role that may not use a BSN may not set one.
    expect(await p.code(gw, WIJZIG_PERSOON, { input: { persoonId: m.kind, versie: 2, bsn: uniqueBsn(), reden: 'x' } })).toBe('FORBIDDEN');

    const [kind] = (await personen(mw, m.id)).betrokkenen;
    expect(kind!.persoon).toMatchObject({ woonplaats: 'Utrecht', bsn: null, gemeenteCode: null, versie: 2 });
    expect((await wijzigingen(mw, m.casus.id)).totalCount).toBe(1);
  });

  it('lets exactly one of two concurrent corrections of the same version win', async () => {
    const m = await zuidMelding();
    const results = await Promise.all(
      ['Rotterdam', 'Delft'].map((woonplaats) =>
        api.gql(WIJZIG_PERSOON, { token: mw, variables: { input: { persoonId: m.kind, versie: 1, woonplaats, reden: 'x' } } }),
      ),
    );
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['OK', 'VERSIE_CONFLICT']);
    const [kind] = (await personen(mw, m.id)).betrokkenen;
    expect(kind!.persoon.versie).toBe(2);
    expect((await wijzigingen(mw, m.casus.id)).totalCount).toBe(1);
  });

  it('corrects a melding with history and a timeline event; stale versions and unknown gemeenten change nothing', async () => {
    const m = await zuidMelding();
    const na = await p.call<{
      versie: number;
      aardGeweld: string[];
      samenvatting: string;
      gemeenteCode: string;
      melderAnoniem: boolean;
      casus: { tijdlijn: { soort: string }[] };
    }>(mw, WIJZIG_MELDING, {
      input: {
        meldingId: m.id,
        versie: m.versie,
        aardGeweld: ['KINDERMISHANDELING', 'HUISELIJK_GEWELD_OVERIG'],
        samenvatting: 'Na verrijking',
        gemeenteCode: 'GM0363',
        melderAnoniem: true,
        afwegingskader: { acuteOnveiligheid: true, structureleOnveiligheid: true, toelichting: 'Acuut' },
        reden: 'Verrijking',
      },
    });
    expect(na).toMatchObject({ versie: m.versie + 1, samenvatting: 'Na verrijking', gemeenteCode: 'GM0363', melderAnoniem: true });
    expect(na.aardGeweld.sort()).toEqual(['HUISELIJK_GEWELD_OVERIG', 'KINDERMISHANDELING']);
    expect(na.casus.tijdlijn.map((g) => g.soort)).toContain('MELDING_GEWIJZIGD');
    const history = await wijzigingen(mw, m.casus.id);
    expect(history.edges.map((e) => e.node.veld).sort()).toEqual([
      'aardGeweld',
      'afwegingskader',
      'gemeenteCode',
      'melderAnoniem',
      'samenvatting',
    ]);
    expect(history.edges.find((e) => e.node.veld === 'afwegingskader')!.node).toMatchObject({
      oud: { acuteOnveiligheid: false, structureleOnveiligheid: true, toelichting: 'Zorgen over thuissituatie' },
      nieuw: { acuteOnveiligheid: true, structureleOnveiligheid: true, toelichting: 'Acuut' },
    });
    expect(history.edges.find((e) => e.node.veld === 'melderAnoniem')!.node).toMatchObject({
      objectType: 'Melding',
      objectId: m.id,
      casusId: m.casus.id,
      oud: false,
      nieuw: true,
    });

    expect(await p.code(mw, WIJZIG_MELDING, { input: { meldingId: m.id, versie: m.versie, samenvatting: 'Oud', reden: 'x' } })).toBe(
      'VERSIE_CONFLICT',
    );
    const onbekend = await api.gql(WIJZIG_MELDING, {
      token: mw,
      variables: { input: { meldingId: m.id, versie: na.versie, gemeenteCode: 'GM9999', samenvatting: 'Anders', reden: 'x' } },
    });
    expect(errorCode(onbekend)).toBe('VALIDATIE');
    expect(onbekend.errors![0]!.extensions!.field).toBe('gemeenteCode');
    const nu = await p.call<{ versie: number; samenvatting: string }>(mw, `query($id: ID!) { melding(id: $id) { versie samenvatting } }`, {
      id: m.id,
    });
    expect(nu).toEqual({ versie: na.versie, samenvatting: 'Na verrijking' });
    expect((await wijzigingen(mw, m.casus.id)).totalCount).toBe(5);
  });

  it('hides BSN and contact values in the history from roles that may not see them', async () => {
    const m = await zuidMelding();
    const bsn = uniqueBsn();
    await p.call(mw, WIJZIG_PERSOON, {
      input: { persoonId: m.kind, versie: 1, bsn, email: 'ouder@example.org', woonplaats: 'Leiden', reden: 'BRP' },
    });
    const eigen = Object.fromEntries((await wijzigingen(mw, m.casus.id)).edges.map((e) => [e.node.veld, e.node]));
    expect(eigen.bsn).toMatchObject({ nieuw: bsn });
    expect(eigen.email).toMatchObject({ nieuw: 'ouder@example.org' });

    const zonder = Object.fromEntries((await wijzigingen(gw, m.casus.id)).edges.map((e) => [e.node.veld, e.node]));
    expect(zonder.bsn).toMatchObject({ oud: null, nieuw: null });
    expect(zonder.email).toMatchObject({ oud: null, nieuw: null });
    expect(zonder.woonplaats).toMatchObject({ nieuw: 'Leiden' });
    const [kind] = (await personen(gw, m.id)).betrokkenen;
    expect(kind!.persoon).toMatchObject({ bsn: null, email: null, woonplaats: 'Leiden' });
  });

  it('cross-team: a person, melding or casus of Team Zuid is unknown to Team Noord; the teammanager sees it', async () => {
    const m = await zuidMelding();
    expect(await p.code(noord, WIJZIG_PERSOON, { input: { persoonId: m.kind, versie: 1, woonplaats: 'X', reden: 'x' } })).toBe(
      'NIET_GEVONDEN',
    );
    expect(await p.code(noord, WIJZIG_MELDING, { input: { meldingId: m.id, versie: m.versie, samenvatting: 'X', reden: 'x' } })).toBe(
      'NIET_GEVONDEN',
    );
    expect(await p.code(noord, WIJZIGINGEN, { casusId: m.casus.id })).toBe('NIET_GEVONDEN');
    const betrokkene = { meldingId: m.id, versie: m.versie, persoonId: m.kind, rol: 'KIND', reden: 'x' };
    expect(await p.code(noord, VOEG_TOE, { input: { meldingId: m.id, versie: m.versie, betrokkene: persoon('PLEGER'), reden: 'x' } })).toBe(
      'NIET_GEVONDEN',
    );
    expect(await p.code(noord, WIJZIG_BETROKKENE, { input: { ...betrokkene, nieuweRol: 'SLACHTOFFER' } })).toBe('NIET_GEVONDEN');
    expect(await p.code(noord, BEEINDIG, { input: betrokkene })).toBe('NIET_GEVONDEN');
    // Nothing changed, and the teammanager (who sees every team) can correct and read it.
    const na = await p.call<PersoonResult>(manager, WIJZIG_PERSOON, {
      input: { persoonId: m.kind, versie: 1, woonplaats: 'Gouda', reden: 'x' },
    });
    expect(na.versie).toBe(2);
    expect((await wijzigingen(manager, m.casus.id)).totalCount).toBe(1);
  });

  it('adds a betrokkene, changes its role and ends its involvement, each with history; ended ones stay listed', async () => {
    const m = await zuidMelding();
    const naam = `Nieuwe Ouder ${Date.now()}`;
    const toegevoegd = await p.call<BetrokkenenResult>(mw, VOEG_TOE, {
      input: {
        meldingId: m.id,
        versie: m.versie,
        betrokkene: { naam, geboortedatum: '1990-01-01', rol: 'OUDER_VERZORGER' },
        reden: 'Vader gemeld',
      },
    });
    expect(toegevoegd.versie).toBe(m.versie + 1);
    const ouder = toegevoegd.betrokkenen.find((b) => b.persoon.naam === naam)!;
    expect(ouder).toMatchObject({ rol: 'OUDER_VERZORGER', wasBekend: false, beeindigdOp: null });

    // The same person in the same role again is refused; a stale version changes nothing.
    const dubbel = await api.gql(VOEG_TOE, {
      token: mw,
      variables: {
        input: {
          meldingId: m.id,
          versie: toegevoegd.versie,
          betrokkene: { naam, geboortedatum: '1990-01-01', rol: 'OUDER_VERZORGER' },
          reden: 'x',
        },
      },
    });
    expect(errorCode(dubbel)).toBe('VALIDATIE');
    expect(dubbel.errors![0]!.extensions!.field).toBe('betrokkene.rol');
    expect(
      await p.code(mw, WIJZIG_BETROKKENE, {
        input: { meldingId: m.id, versie: m.versie, persoonId: ouder.persoon.id, rol: 'OUDER_VERZORGER', nieuweRol: 'PLEGER', reden: 'x' },
      }),
    ).toBe('VERSIE_CONFLICT');

    const gewijzigd = await p.call<BetrokkenenResult>(mw, WIJZIG_BETROKKENE, {
      input: {
        meldingId: m.id,
        versie: toegevoegd.versie,
        persoonId: ouder.persoon.id,
        rol: 'OUDER_VERZORGER',
        nieuweRol: 'PLEGER',
        reden: 'Pleger',
      },
    });
    expect(gewijzigd.betrokkenen.find((b) => b.persoon.id === ouder.persoon.id)!.rol).toBe('PLEGER');
    const beeindigd = await p.call<BetrokkenenResult>(mw, BEEINDIG, {
      input: { meldingId: m.id, versie: gewijzigd.versie, persoonId: ouder.persoon.id, rol: 'PLEGER', reden: 'Woont elders' },
    });
    expect(beeindigd.betrokkenen).toHaveLength(2);
    const eind = beeindigd.betrokkenen.find((b) => b.persoon.id === ouder.persoon.id)!;
    expect(eind).toMatchObject({ rol: 'PLEGER', beeindigdReden: 'Woont elders' });
    expect(eind.beeindigdOp).not.toBeNull();
    expect(
      await p.code(mw, BEEINDIG, {
        input: { meldingId: m.id, versie: beeindigd.versie, persoonId: ouder.persoon.id, rol: 'PLEGER', reden: 'x' },
      }),
    ).toBe('VALIDATIE');
    expect(
      await p.code(mw, BEEINDIG, { input: { meldingId: m.id, versie: beeindigd.versie, persoonId: UNKNOWN, rol: 'PLEGER', reden: 'x' } }),
    ).toBe('NIET_GEVONDEN');

    const history = await wijzigingen(mw, m.casus.id);
    expect(history.edges.map((e) => [e.node.veld, e.node.oud, e.node.nieuw, e.node.reden])).toEqual([
      ['betrokkene', { rol: 'PLEGER' }, null, 'Woont elders'],
      ['rol', 'OUDER_VERZORGER', 'PLEGER', 'Pleger'],
      ['betrokkene', null, { rol: 'OUDER_VERZORGER' }, 'Vader gemeld'],
    ]);
    expect(history.edges.every((e) => e.node.persoonId === ouder.persoon.id && e.node.objectId === m.id)).toBe(true);
    // The added person belongs to the casus now.
    const casus = await p.call<{ betrokkenen: { id: string }[] }>(mw, `query($id: ID!) { casus(id: $id) { betrokkenen { id } } }`, {
      id: m.casus.id,
    });
    expect(casus.betrokkenen.map((x) => x.id)).toContain(ouder.persoon.id);
  });

  it('records the household gemeente and melder anonymity on new meldingen and adviezen; an unknown gemeente registers nothing', async () => {
    const registreer = (input: Record<string, unknown>) =>
      api.gql<{ registreerMelding: { id: string; gemeenteCode: string | null; melderAnoniem: boolean } }>(
        `mutation($input: RegistreerMeldingInput!) { registreerMelding(input: $input) { id gemeenteCode melderAnoniem } }`,
        { token: mw, variables: { input } },
      );
    const ok = await registreer(meldingInput({ gemeenteCode: 'gm0363', melderAnoniem: true }));
    expect(ok.data!.registreerMelding).toMatchObject({ gemeenteCode: 'GM0363', melderAnoniem: true });
    const naam = `Gemeentetest ${Date.now()}`;
    const fout = await registreer(meldingInput({ gemeenteCode: 'GM9999', betrokkenen: [persoon('KIND', { naam })] }));
    expect(errorCode(fout)).toBe('VALIDATIE');
    expect(fout.errors![0]!.extensions!.field).toBe('gemeenteCode');
    const gevonden = await p.call<{ totalCount: number }>(mw, `query($naam: String) { zoekPersonen(naam: $naam) { totalCount } }`, {
      naam,
    });
    expect(gevonden.totalCount).toBe(0);
    expect(errorCode(await registreer(meldingInput({ gemeenteCode: 'Amsterdam' })))).toBe('VALIDATIE');

    const advies = (gemeenteCode: string) =>
      api.gql<{ registreerAdvies: { gemeenteCode: string | null } }>(
        `mutation($input: RegistreerAdviesInput!) { registreerAdvies(input: $input) { gemeenteCode } }`,
        {
          token: mw,
          variables: {
            input: {
              soort: 'ADVIES',
              kanaal: 'TELEFOON',
              adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true },
              aardGeweld: ['EX_PARTNERGEWELD'],
              samenvatting: 'Uitleg gegeven.',
              gemeenteCode,
            },
          },
        },
      );
    expect((await advies('GM0363')).data!.registreerAdvies.gemeenteCode).toBe('GM0363');
    expect(errorCode(await advies('GM9999'))).toBe('VALIDATIE');
  });

  it("cross-tenant: another region's ids are NIET_GEVONDEN, exactly like ids that do not exist", async () => {
    const m = await zuidMelding();
    for (const [persoonId, meldingId, casusId] of [
      [m.kind, m.id, m.casus.id],
      [UNKNOWN, UNKNOWN, UNKNOWN],
    ]) {
      expect(await p.code(vreemd, WIJZIG_PERSOON, { input: { persoonId, versie: 1, woonplaats: 'X', reden: 'x' } })).toBe('NIET_GEVONDEN');
      expect(await p.code(vreemd, WIJZIG_MELDING, { input: { meldingId, versie: m.versie, samenvatting: 'X', reden: 'x' } })).toBe(
        'NIET_GEVONDEN',
      );
      expect(await p.code(vreemd, WIJZIGINGEN, { casusId })).toBe('NIET_GEVONDEN');
      const betrokkene = { meldingId, versie: m.versie, persoonId, rol: 'KIND', reden: 'x' };
      expect(await p.code(vreemd, VOEG_TOE, { input: { meldingId, versie: m.versie, betrokkene: persoon('PLEGER'), reden: 'x' } })).toBe(
        'NIET_GEVONDEN',
      );
      expect(await p.code(vreemd, WIJZIG_BETROKKENE, { input: { ...betrokkene, nieuweRol: 'SLACHTOFFER' } })).toBe('NIET_GEVONDEN');
      expect(await p.code(vreemd, BEEINDIG, { input: betrokkene })).toBe('NIET_GEVONDEN');
    }
    expect((await wijzigingen(mw, m.casus.id)).totalCount).toBe(0);
    const [kind] = (await personen(mw, m.id)).betrokkenen;
    expect(kind!.persoon).toMatchObject({ woonplaats: null, versie: 1 });
  });
});
