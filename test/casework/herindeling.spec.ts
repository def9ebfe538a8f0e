import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { connectAs } from '../support/db.js';
import { errorCode, nieuweMelding, persoon, zetTeamRegelAan, type MeldingResult } from '../support/casework.js';
import { M, Proces } from '../support/proces.js';

const CASUS = `query($id: ID!) { casus(id: $id) {
  id nummer status versie samengevoegdIn { id nummer }
  meldingen { id nummer classificatie }
  betrokkenheden { persoon { id naam } beeindigdOp beeindigdReden }
  huisverboden { id }
  tijdlijn { soort omschrijving } } }`;
const JOURNAAL = `query($id: ID!) { journaal(casusId: $id, first: 50) { edges { node { id casusId meldingId } } } }`;
const WIJZIGINGEN = `query($id: ID!) { wijzigingen(casusId: $id, first: 100) { edges { node { casusId objectType objectId veld oud nieuw reden } } } }`;
const JOURNAALREGEL = `mutation($input: RegistreerJournaalregelInput!) { registreerJournaalregel(input: $input) { id } }`;
const WIJZIG_MELDING = `mutation($input: WijzigMeldingInput!) { wijzigMelding(input: $input) { id versie } }`;
const MELDING = `query($id: ID!) { melding(id: $id) { id versie classificatie casus { id nummer }
  betrokkenen { rol wasBekend beeindigdOp beeindigdReden persoon { id naam geboortedatum } } } }`;

interface CasusResult {
  id: string;
  nummer: string;
  status: string;
  versie: number;
  samengevoegdIn: { id: string; nummer: string } | null;
  meldingen: { id: string; nummer: string; classificatie: string }[];
  betrokkenheden: { persoon: { id: string; naam: string }; beeindigdOp: string | null; beeindigdReden: string | null }[];
  huisverboden: { id: string }[];
  tijdlijn: { soort: string; omschrijving: string }[];
}
interface WijzigingNode {
  casusId: string | null;
  objectType: string;
  objectId: string;
  veld: string;
  oud: unknown;
  nieuw: unknown;
  reden: string | null;
}
interface MeldingState {
  id: string;
  versie: number;
  classificatie: string;
  casus: { id: string; nummer: string };
  betrokkenen: {
    rol: string;
    wasBekend: boolean;
    beeindigdOp: string | null;
    beeindigdReden: string | null;
    persoon: { id: string; naam: string; geboortedatum: string | null };
  }[];
}

const gisteren = () => new Date(Date.now() - 86_400_000).toISOString();

/**
 * Issue 14, point 6: merging casussen (one family), splitting one (a melding concerns another
 * family) and undoing a wrong radarfunctie match, each with its history, both timelines and the
 * records of the other domains moved along. VT19 restricts work to teams (shared with the dossier corrections spec).
 */
describe('merge and split casussen, undo a radar match', () => {
  let api: RunningApp;
  let admin: pg.Client;
  let p: Proces;
  let zuid: string;
  let noord: string;
  let manager: string;

  const casus = (token: string, id: string) => p.call<CasusResult | null>(token, CASUS, { id });
  const wijzigingen = async (token: string, id: string) =>
    (await p.call<{ edges: { node: WijzigingNode }[] }>(token, WIJZIGINGEN, { id })).edges.map((e) => e.node);
  const melding = (token: string, id: string) => p.call<MeldingState>(token, MELDING, { id });

  beforeAll(async () => {
    api = await startApp('api');
    admin = await connectAs('admin');
    p = new Proces(api);
    const beheerder = await tokenFor({ tenant: 'VT19', roles: ['functioneel-beheerder'], user: 'beheer-19h' });
    zuid = await tokenFor({ tenant: 'VT19', roles: ['medewerker'], user: 'zuid-19h', team: 'Zuid' });
    noord = await tokenFor({ tenant: 'VT19', roles: ['medewerker'], user: 'noord-19h', team: 'Noord' });
    manager = await tokenFor({ tenant: 'VT19', roles: ['teammanager'], user: 'manager-19h' });
    await zetTeamRegelAan(api, beheerder);
  });
  afterAll(async () => {
    await Promise.all([api.close(), admin.end()]);
  });

  /** A melding assigned to a team (so the team rule applies to it). */
  async function teamMelding(team: 'Zuid' | 'Noord', overrides: Record<string, unknown> = {}): Promise<MeldingResult> {
    const m = await nieuweMelding(api, team === 'Zuid' ? zuid : noord, overrides);
    const toegewezen = await p.call<{ versie: number }>(manager, M.wijsToe, { input: { meldingId: m.id, versie: m.versie, team } });
    return { ...m, versie: toegewezen.versie };
  }

  it('merges two casussen of one family: meldingen, betrokkenen, journal, history and huisverbod move; the merged one points on', async () => {
    const a = await teamMelding('Zuid');
    const b = await teamMelding('Zuid');
    expect(a.casus.id).not.toBe(b.casus.id);
    const regel = await p.call<{ id: string }>(zuid, JOURNAALREGEL, {
      input: {
        casusId: a.casus.id,
        meldingId: a.id,
        soort: 'TELEFONISCH_CONTACT',
        contactOp: gisteren(),
        tekst: 'Contact met school.',
        betrokkenen: [],
      },
    });
    await p.call(zuid, WIJZIG_MELDING, {
      input: { meldingId: a.id, versie: a.versie, samenvatting: 'Verrijkt na contact', reden: 'Verrijking' },
    });
    const huisverbod = await p.call<{ id: string }>(zuid, M.huisverbod, {
      input: { casusId: a.casus.id, opgelegdOp: gisteren().slice(0, 10) },
    });
    const [bron, doel] = [(await casus(zuid, a.casus.id))!, (await casus(zuid, b.casus.id))!];

    // A stale version changes nothing.
    expect(
      await p.code(zuid, M.voegSamen, {
        input: { casusId: bron.id, versie: bron.versie - 1, inCasusId: doel.id, inVersie: doel.versie, reden: 'Een gezin' },
      }),
    ).toBe('VERSIE_CONFLICT');
    expect((await casus(zuid, bron.id))!.status).toBe('OPEN');

    const samen = await p.call<{ id: string; status: string }>(zuid, M.voegSamen, {
      input: { casusId: bron.id, versie: bron.versie, inCasusId: doel.id, inVersie: doel.versie, reden: 'Zelfde gezin, ander adres' },
    });
    expect(samen).toMatchObject({ id: doel.id, status: 'OPEN' });

    const na = (await casus(zuid, doel.id))!;
    expect(na.meldingen.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    const personen = [...a.betrokkenen, ...b.betrokkenen].map((x) => x.persoon.id).sort();
    expect(na.betrokkenheden.map((x) => x.persoon.id).sort()).toEqual(personen);
    expect(na.betrokkenheden.every((x) => x.beeindigdOp === null)).toBe(true);
    expect(na.huisverboden.map((h) => h.id)).toEqual([huisverbod.id]);
    expect(na.tijdlijn.map((g) => g.soort)).toEqual(
      expect.arrayContaining(['MELDING_ONTVANGEN', 'HUISVERBOD', 'JOURNAALREGEL', 'CASUS_SAMENGEVOEGD']),
    );
    expect(na.tijdlijn.filter((g) => g.soort === 'MELDING_ONTVANGEN')).toHaveLength(2);
    const journaal = await p.call<{ edges: { node: { id: string; casusId: string } }[] }>(zuid, JOURNAAL, { id: doel.id });
    expect(journaal.edges.map((e) => e.node)).toEqual([{ id: regel.id, casusId: doel.id, meldingId: a.id }]);
    const historie = await wijzigingen(zuid, doel.id);
    expect(historie).toEqual(
      expect.arrayContaining([
        {
          casusId: doel.id,
          objectType: 'Casus',
          objectId: bron.id,
          veld: 'samengevoegdIn',
          oud: null,
          nieuw: doel.nummer,
          reden: 'Zelfde gezin, ander adres',
        },
        {
          casusId: doel.id,
          objectType: 'Melding',
          objectId: a.id,
          veld: 'casus',
          oud: bron.nummer,
          nieuw: doel.nummer,
          reden: 'Zelfde gezin, ander adres',
        },
        // The correction made before the merge moved with its melding.
        expect.objectContaining({ casusId: doel.id, objectType: 'Melding', objectId: a.id, veld: 'samenvatting', reden: 'Verrijking' }),
      ]),
    );

    // The merged casus stays readable (also to the team, through the casus it is merged into), empty, pointing on.
    const oud = (await casus(zuid, bron.id))!;
    expect(oud).toMatchObject({
      status: 'SAMENGEVOEGD',
      samengevoegdIn: { id: doel.id, nummer: doel.nummer },
      meldingen: [],
      huisverboden: [],
    });
    expect(oud.tijdlijn).toEqual([{ soort: 'CASUS_SAMENGEVOEGD', omschrijving: `Samengevoegd in casus ${doel.nummer}` }]);
    expect(oud.betrokkenheden.map((x) => x.beeindigdReden)).toEqual(a.betrokkenen.map(() => `Samengevoegd in ${doel.nummer}`));

    // Merging it again is refused; so is merging into it.
    expect(
      await p.code(zuid, M.voegSamen, {
        input: { casusId: bron.id, versie: oud.versie, inCasusId: doel.id, inVersie: na.versie, reden: 'x' },
      }),
    ).toBe('ONGELDIGE_OVERGANG');
    const c = await teamMelding('Zuid');
    const fout = await api.gql(M.voegSamen, {
      token: zuid,
      variables: { input: { casusId: c.casus.id, versie: 1, inCasusId: bron.id, inVersie: oud.versie, reden: 'x' } },
    });
    expect([errorCode(fout), fout.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'inCasusId']);

    // Access log: the change is logged on both casussen.
    const { rows } = await admin.query(
      `SELECT casus_id, count(*)::int AS n FROM toegangslog WHERE actie = 'UPDATE' AND object_type = 'Casus' AND casus_id = ANY($1) GROUP BY casus_id`,
      [[bron.id, doel.id]],
    );
    expect(rows.map((r) => r.casus_id).sort()).toEqual([bron.id, doel.id].sort());
  });

  it('keeps history and journal content immutable: only the casus of an entry may change, even for the table owner', async () => {
    await expect(
      admin.query(`UPDATE journaalregel SET tekst = 'gewijzigd' WHERE id = (SELECT id FROM journaalregel LIMIT 1)`),
    ).rejects.toMatchObject({
      code: '42501',
    });
    await expect(
      admin.query(`UPDATE wijziging SET reden = 'gewijzigd' WHERE id = (SELECT id FROM wijziging LIMIT 1)`),
    ).rejects.toMatchObject({
      code: '42501',
    });
    await expect(admin.query(`DELETE FROM wijziging WHERE id = (SELECT id FROM wijziging LIMIT 1)`)).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('of two concurrent merges of the same casus one wins; the other changes nothing', async () => {
    const [a, b, c] = await Promise.all([teamMelding('Zuid'), teamMelding('Zuid'), teamMelding('Zuid')]);
    const versie = (await casus(zuid, a.casus.id))!.versie;
    const [vb, vc] = [(await casus(zuid, b.casus.id))!.versie, (await casus(zuid, c.casus.id))!.versie];
    const results = await Promise.all([
      api.gql(M.voegSamen, {
        token: zuid,
        variables: { input: { casusId: a.casus.id, versie, inCasusId: b.casus.id, inVersie: vb, reden: 'x' } },
      }),
      api.gql(M.voegSamen, {
        token: zuid,
        variables: { input: { casusId: a.casus.id, versie, inCasusId: c.casus.id, inVersie: vc, reden: 'x' } },
      }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['VERSIE_CONFLICT']);
    const winnaar = results[0]!.errors ? c : b;
    const verliezer = results[0]!.errors ? b : c;
    expect((await casus(zuid, a.casus.id))!.samengevoegdIn!.id).toBe(winnaar.casus.id);
    expect((await casus(zuid, verliezer.casus.id))!.meldingen.map((m) => m.id)).toEqual([verliezer.id]);
  });

  it('splits a melding about another family off into a new casus, with its journal and history; shared persons stay in both', async () => {
    const kind = persoon('KIND');
    const eerste = await teamMelding('Zuid', { betrokkenen: [kind, persoon('OUDER_VERZORGER')] });
    const pleger = persoon('PLEGER');
    const tweede = await teamMelding('Zuid', { betrokkenen: [kind, pleger] });
    expect(tweede.casus.id).toBe(eerste.casus.id);
    const regel = await p.call<{ id: string }>(zuid, JOURNAALREGEL, {
      input: {
        casusId: eerste.casus.id,
        meldingId: tweede.id,
        soort: 'HUISBEZOEK',
        contactOp: gisteren(),
        tekst: 'Bezoek.',
        betrokkenen: [],
      },
    });
    const algemeen = await p.call<{ id: string }>(zuid, JOURNAALREGEL, {
      input: { casusId: eerste.casus.id, soort: 'OVERLEG', contactOp: gisteren(), tekst: 'Casusoverleg.', betrokkenen: [] },
    });
    const voor = (await casus(zuid, eerste.casus.id))!;

    // Not all meldingen, and only meldingen of this casus.
    const alles = await api.gql(M.splits, {
      token: zuid,
      variables: { input: { casusId: voor.id, versie: voor.versie, meldingIds: [eerste.id, tweede.id], reden: 'x' } },
    });
    expect([errorCode(alles), alles.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'meldingIds']);
    const vreemd = await teamMelding('Zuid');
    const anders = await api.gql(M.splits, {
      token: zuid,
      variables: { input: { casusId: voor.id, versie: voor.versie, meldingIds: [vreemd.id], reden: 'x' } },
    });
    expect([errorCode(anders), anders.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'meldingIds[0]']);
    expect((await casus(zuid, voor.id))!.versie).toBe(voor.versie);

    const nieuw = await p.call<{ id: string; nummer: string; status: string }>(zuid, M.splits, {
      input: { casusId: voor.id, versie: voor.versie, meldingIds: [tweede.id], reden: 'Ander gezin, zelfde naam kind' },
    });
    expect(nieuw.status).toBe('OPEN');
    const [oud, afgesplitst] = [(await casus(zuid, voor.id))!, (await casus(zuid, nieuw.id))!];
    expect(oud.meldingen.map((m) => m.id)).toEqual([eerste.id]);
    expect(afgesplitst.meldingen.map((m) => m.id)).toEqual([tweede.id]);
    const kindId = eerste.betrokkenen.find((b) => b.rol === 'KIND')!.persoon.id;
    const plegerId = tweede.betrokkenen.find((b) => b.rol === 'PLEGER')!.persoon.id;
    // The child is in both meldingen: it stays in the old casus and is in the new one; the pleger only leaves.
    expect(afgesplitst.betrokkenheden.map((x) => [x.persoon.id, x.beeindigdOp]).sort()).toEqual(
      [
        [kindId, null],
        [plegerId, null],
      ].sort(),
    );
    const plegerOud = oud.betrokkenheden.find((x) => x.persoon.id === plegerId)!;
    expect(plegerOud.beeindigdReden).toBe(`Gesplitst naar ${nieuw.nummer}`);
    expect(oud.betrokkenheden.find((x) => x.persoon.id === kindId)!.beeindigdOp).toBeNull();

    const journaalNieuw = await p.call<{ edges: { node: { id: string } }[] }>(zuid, JOURNAAL, { id: nieuw.id });
    expect(journaalNieuw.edges.map((e) => e.node.id)).toEqual([regel.id]);
    const journaalOud = await p.call<{ edges: { node: { id: string } }[] }>(zuid, JOURNAAL, { id: voor.id });
    expect(journaalOud.edges.map((e) => e.node.id)).toEqual([algemeen.id]);
    expect(afgesplitst.tijdlijn.map((g) => g.soort)).toEqual(['MELDING_ONTVANGEN', 'TOEGEWEZEN', 'JOURNAALREGEL', 'CASUS_GESPLITST']);
    expect(oud.tijdlijn.map((g) => g.soort)).toContain('CASUS_GESPLITST');
    expect(oud.tijdlijn.filter((g) => g.soort === 'MELDING_ONTVANGEN')).toHaveLength(1);
    expect(await wijzigingen(zuid, voor.id)).toEqual(
      expect.arrayContaining([
        {
          casusId: voor.id,
          objectType: 'Casus',
          objectId: voor.id,
          veld: 'meldingen',
          oud: [eerste.nummer, tweede.nummer],
          nieuw: [eerste.nummer],
          reden: 'Ander gezin, zelfde naam kind',
        },
      ]),
    );
    expect(await wijzigingen(zuid, nieuw.id)).toEqual(
      expect.arrayContaining([
        {
          casusId: nieuw.id,
          objectType: 'Melding',
          objectId: tweede.id,
          veld: 'casus',
          oud: voor.nummer,
          nieuw: nieuw.nummer,
          reden: 'Ander gezin, zelfde naam kind',
        },
      ]),
    );
  });

  it('undoes a wrong radar match: a new person for the melding, its own casus, and an eerste melding again', async () => {
    const kind = persoon('KIND');
    const eerste = await teamMelding('Zuid', { betrokkenen: [kind] });
    // Another child with the same name and date of birth: the radarfunctie takes it for the known one.
    const tweede = await teamMelding('Zuid', { betrokkenen: [{ ...kind }] });
    expect(tweede.casus.id).toBe(eerste.casus.id);
    expect(tweede.betrokkenen[0]!.wasBekend).toBe(true);
    expect(tweede.classificatie).not.toBe('EERSTE_MELDING');
    const gematcht = tweede.betrokkenen[0]!.persoon.id;

    // Stale version, or a person that is not a betrokkene of the melding: nothing changes.
    expect(
      await p.code(zuid, M.radarOngedaan, {
        input: { meldingId: tweede.id, versie: tweede.versie - 1, persoonIds: [gematcht], reden: 'x' },
      }),
    ).toBe('VERSIE_CONFLICT');
    const geenBetrokkene = await api.gql(M.radarOngedaan, {
      token: zuid,
      variables: { input: { meldingId: tweede.id, versie: tweede.versie, persoonIds: [eerste.casus.id], reden: 'x' } },
    });
    expect([errorCode(geenBetrokkene), geenBetrokkene.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'persoonIds[0]']);

    const na = await p.call<{ id: string; classificatie: string; casus: { id: string; nummer: string } }>(zuid, M.radarOngedaan, {
      input: { meldingId: tweede.id, versie: tweede.versie, persoonIds: [gematcht], reden: 'Ander kind: andere school en ouders' },
    });
    expect(na.classificatie).toBe('EERSTE_MELDING');
    expect(na.casus.id).not.toBe(eerste.casus.id);
    const state = await melding(zuid, tweede.id);
    const [oudeRol, nieuweRol] = [
      state.betrokkenen.find((b) => b.persoon.id === gematcht)!,
      state.betrokkenen.find((b) => b.persoon.id !== gematcht)!,
    ];
    expect(oudeRol.beeindigdReden).toBe('Radar-match ongedaan gemaakt: Ander kind: andere school en ouders');
    expect(nieuweRol).toMatchObject({
      rol: 'KIND',
      wasBekend: false,
      beeindigdOp: null,
      persoon: { naam: kind.naam, geboortedatum: kind.geboortedatum },
    });

    // The first casus keeps its child; the new casus has only the new person.
    const [oud, eigen] = [(await casus(zuid, eerste.casus.id))!, (await casus(zuid, na.casus.id))!];
    expect(oud.meldingen.map((m) => m.id)).toEqual([eerste.id]);
    expect(oud.betrokkenheden.find((x) => x.persoon.id === gematcht)!.beeindigdOp).toBeNull();
    expect(eigen.betrokkenheden.map((x) => x.persoon.id)).toEqual([nieuweRol.persoon.id]);
    expect(await wijzigingen(zuid, na.casus.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          objectType: 'Melding',
          objectId: tweede.id,
          veld: 'classificatie',
          oud: tweede.classificatie,
          nieuw: 'EERSTE_MELDING',
        }),
        expect.objectContaining({ objectType: 'Melding', objectId: tweede.id, veld: 'betrokkene', oud: { persoonId: gematcht } }),
      ]),
    );

    // A person that was not matched to a known one cannot be "unmatched".
    const opnieuw = await melding(zuid, tweede.id);
    const nietGematcht = await api.gql(M.radarOngedaan, {
      token: zuid,
      variables: { input: { meldingId: tweede.id, versie: opnieuw.versie, persoonIds: [nieuweRol.persoon.id], reden: 'x' } },
    });
    expect([errorCode(nietGematcht), nietGematcht.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'persoonIds[0]']);
  });

  it("team rule: another team's casus cannot be merged into, nor its melding split off", async () => {
    const eigen = await teamMelding('Zuid');
    const ander = await teamMelding('Noord');
    const eigenCasus = (await casus(zuid, eigen.casus.id))!;
    expect(await casus(zuid, ander.casus.id)).toBeNull();
    const samen = await api.gql(M.voegSamen, {
      token: zuid,
      variables: { input: { casusId: eigenCasus.id, versie: eigenCasus.versie, inCasusId: ander.casus.id, inVersie: 1, reden: 'x' } },
    });
    expect([errorCode(samen), samen.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'inCasusId']);
    // The other way round the casus itself is not found, as for an unknown id.
    expect(
      await p.code(noord, M.voegSamen, {
        input: { casusId: eigenCasus.id, versie: eigenCasus.versie, inCasusId: ander.casus.id, inVersie: 1, reden: 'x' },
      }),
    ).toBe('NIET_GEVONDEN');
    expect((await casus(zuid, eigenCasus.id))!.versie).toBe(eigenCasus.versie);
  });
});
