import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { errorCode, nieuweMelding, type MeldingResult, zetTeamRegelAan } from '../support/casework.js';
import { connectAs, inTenant, tenantIdOf } from '../support/db.js';
import { M, Proces } from '../support/proces.js';
import { tokenFor } from '../support/tokens.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const REGEL = `id casusId meldingId soort contactOp tekst bron grondslag auteurId auteurNaam vervangtId reden vervangenDoorId gecorrigeerd
  betrokkenen { id naam bsn }`;
const REGISTREER = `mutation($input: RegistreerJournaalregelInput!) { registreerJournaalregel(input: $input) { ${REGEL} } }`;
const CORRIGEER = `mutation($input: CorrigeerJournaalregelInput!) { corrigeerJournaalregel(input: $input) { ${REGEL}
  eerdereVersies { id tekst reden vervangenDoorId } } }`;
const JOURNAAL = `query($id: ID!, $first: Int, $after: String, $soort: JournaalSoort) {
  journaal(casusId: $id, first: $first, after: $after, soort: $soort) {
    totalCount edges { cursor node { ${REGEL} eerdereVersies { id tekst } } } pageInfo { hasNextPage endCursor } } }`;

interface Regel {
  id: string;
  casusId: string;
  meldingId: string | null;
  soort: string;
  contactOp: string;
  tekst: string;
  bron: string | null;
  grondslag: string | null;
  auteurId: string;
  auteurNaam: string;
  vervangtId: string | null;
  reden: string | null;
  vervangenDoorId: string | null;
  gecorrigeerd: boolean;
  betrokkenen: { id: string; naam: string; bsn: string | null }[];
  eerdereVersies?: { id: string; tekst: string; reden?: string | null; vervangenDoorId?: string | null }[];
}
interface Journaal {
  totalCount: number;
  edges: { cursor: string; node: Regel }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One hour ago, shifted by minutes, so entries have a distinct contact time. */
const geleden = (minuten: number) => new Date(Date.now() - 3_600_000 - minuten * 60_000).toISOString();

/**
 * The journal (issue 14, point 2): append-only entries on a casus, corrections as new versions,
 * bekendheidscheck with bron and grondslag, idempotent registration, team rule and tenant isolation.
 * VT04 restricts work to teams; the casus belongs to Team Zuid.
 */
describe('journaal', () => {
  let api: RunningApp;
  let p: Proces;
  let app: pg.Client;
  let admin: pg.Client;
  let zuid: string;
  let zuid2: string;
  let noord: string;
  let manager: string;
  let secretariaat: string;
  let analist: string;
  let vreemd: string;
  let melding: MeldingResult;
  let anderCasusMelding: MeldingResult;
  let personen: string[];

  const journaal = async (token: string, variables: Record<string, unknown>) =>
    api.gql<{ journaal: Journaal }>(JOURNAAL, { token, variables });
  const registreer = (token: string, input: Record<string, unknown>) =>
    api.gql<{ registreerJournaalregel: Regel }>(REGISTREER, { token, variables: { input } });
  const corrigeer = (token: string, input: Record<string, unknown>) =>
    api.gql<{ corrigeerJournaalregel: Regel }>(CORRIGEER, { token, variables: { input } });
  const aantalRegels = async () =>
    Number((await admin.query(`SELECT count(*) AS n FROM journaalregel WHERE casus_id = $1`, [melding.casus.id])).rows[0].n);

  beforeAll(async () => {
    [api, app, admin] = await Promise.all([startApp('api'), connectAs('application'), connectAs('admin')]);
    p = new Proces(api);
    const beheerder = await tokenFor({ tenant: 'VT04', roles: ['functioneel-beheerder'], user: 'beheer-04' });
    manager = await tokenFor({ tenant: 'VT04', roles: ['teammanager'], user: 'manager-04' });
    zuid = await tokenFor({ tenant: 'VT04', roles: ['medewerker'], user: 'zuid-04', team: 'Zuid' });
    zuid2 = await tokenFor({ tenant: 'VT04', roles: ['gedragswetenschapper'], user: 'zuid-04b', team: 'Zuid' });
    noord = await tokenFor({ tenant: 'VT04', roles: ['medewerker', 'vertrouwensarts'], user: 'noord-04', team: 'Noord' });
    secretariaat = await tokenFor({ tenant: 'VT04', roles: ['administratief-medewerker'], user: 'sc-04', team: 'Zuid' });
    analist = await tokenFor({ roles: ['landelijk-analist'], user: 'analist' });
    vreemd = await tokenFor({ tenant: 'VT23', roles: ['medewerker', 'teammanager', 'vertrouwensarts'], user: 'vreemd-23' });
    await zetTeamRegelAan(api, beheerder);
    const zuidMelding = async () => {
      const m = await nieuweMelding(api, zuid);
      await p.call(manager, M.wijsToe, { input: { meldingId: m.id, versie: m.versie, team: 'Zuid', medewerker: 'zuid-04' } });
      return m;
    };
    melding = await zuidMelding();
    anderCasusMelding = await zuidMelding();
    personen = melding.betrokkenen.map((b) => b.persoon.id);
  });
  afterAll(async () => {
    await Promise.all([api.close(), app.end(), admin.end()]);
  });

  it('registers a plain entry with its author, betrokkenen and a timeline event without the text', async () => {
    const response = await registreer(zuid, {
      casusId: melding.casus.id,
      meldingId: melding.id,
      soort: 'HUISBEZOEK',
      contactOp: geleden(10),
      tekst: 'Huisbezoek afgelegd; moeder en kind thuis.',
      betrokkenen: [personen[0]],
    });
    expect(response.errors).toBeUndefined();
    const regel = response.data!.registreerJournaalregel;
    expect(regel).toMatchObject({
      casusId: melding.casus.id,
      meldingId: melding.id,
      soort: 'HUISBEZOEK',
      tekst: 'Huisbezoek afgelegd; moeder en kind thuis.',
      bron: null,
      grondslag: null,
      auteurId: 'zuid-04',
      auteurNaam: 'zuid-04',
      vervangtId: null,
      gecorrigeerd: false,
      vervangenDoorId: null,
    });
    expect(regel.betrokkenen.map((b) => b.id)).toEqual([personen[0]]);
    const casus = await api.gql<{ casus: { tijdlijn: { soort: string; omschrijving: string; objectId: string }[] } }>(
      `query($id: ID!) { casus(id: $id) { tijdlijn { soort omschrijving objectId } } }`,
      { token: zuid, variables: { id: melding.casus.id } },
    );
    const event = casus.data!.casus.tijdlijn.find((e) => e.objectId === regel.id);
    expect(event).toMatchObject({ soort: 'JOURNAALREGEL', omschrijving: 'Journaalregel: huisbezoek' });
  });

  it('registers a bekendheidscheck with bron and grondslag', async () => {
    const response = await registreer(zuid, {
      casusId: melding.casus.id,
      soort: 'BEKENDHEIDSCHECK',
      contactOp: geleden(20),
      tekst: 'Politie: gezin bekend van twee eerdere incidenten.',
      betrokkenen: personen,
      bron: 'POLITIE',
      grondslag: 'ZONDER_TOESTEMMING_WMO',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.registreerJournaalregel).toMatchObject({
      soort: 'BEKENDHEIDSCHECK',
      bron: 'POLITIE',
      grondslag: 'ZONDER_TOESTEMMING_WMO',
    });
    expect(response.data!.registreerJournaalregel.betrokkenen).toHaveLength(personen.length);
  });

  it('refuses a bekendheidscheck without bron and grondslag, naming both fields, and stores nothing', async () => {
    const before = await aantalRegels();
    const response = await registreer(zuid, {
      casusId: melding.casus.id,
      soort: 'BEKENDHEIDSCHECK',
      contactOp: geleden(0),
      tekst: 'Huisarts gebeld.',
      betrokkenen: [],
    });
    expect(errorCode(response)).toBe('VALIDATIE');
    const fields = (response.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['bron', 'grondslag']);
    expect(await aantalRegels()).toBe(before);
  });

  it('reports every invalid field at once: bron on a plain entry, future contact, empty text, a foreign melding and person', async () => {
    const before = await aantalRegels();
    const response = await registreer(zuid, {
      casusId: melding.casus.id,
      meldingId: anderCasusMelding.id,
      soort: 'TELEFONISCH_CONTACT',
      contactOp: new Date(Date.now() + 86_400_000).toISOString(),
      tekst: '   ',
      betrokkenen: [personen[0], anderCasusMelding.betrokkenen[0]!.persoon.id],
      bron: 'SCHOOL',
    });
    expect(errorCode(response)).toBe('VALIDATIE');
    const fields = (response.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['betrokkenen[1]', 'bron', 'contactOp', 'meldingId', 'tekst']);
    // No personal data in the message.
    expect(response.errors![0]!.message).not.toContain(anderCasusMelding.betrokkenen[0]!.persoon.naam);
    expect(await aantalRegels()).toBe(before);
  });

  it('a retry with the same idempotency key returns the same entry; another input with it is refused', async () => {
    const input = {
      casusId: melding.casus.id,
      soort: 'TELEFONISCH_CONTACT',
      contactOp: geleden(30),
      tekst: 'Moeder gebeld over afspraak.',
      betrokkenen: [personen[1]],
      idempotencyKey: `journaal-${Date.now()}`,
    };
    const before = await aantalRegels();
    const [a, b] = await Promise.all([registreer(zuid, input), registreer(zuid, input)]);
    const c = await registreer(zuid, input);
    expect([a.errors, b.errors, c.errors]).toEqual([undefined, undefined, undefined]);
    const id = a.data!.registreerJournaalregel.id;
    expect(b.data!.registreerJournaalregel.id).toBe(id);
    expect(c.data!.registreerJournaalregel.id).toBe(id);
    expect(await aantalRegels()).toBe(before + 1);
    const anders = await registreer(zuid, { ...input, tekst: 'Iets anders.' });
    expect(errorCode(anders)).toBe('VALIDATIE');
    expect(anders.errors![0]!.extensions!.field).toBe('idempotencyKey');
    // The same key of another user is that user's own: a new entry, never a replay of someone else's.
    const ander = await registreer(zuid2, input);
    expect(ander.errors).toBeUndefined();
    expect(ander.data!.registreerJournaalregel.id).not.toBe(id);
  });

  it('a correction is a new version: the old one leaves the journal, its history stays visible; a second correction is refused', async () => {
    const origineel = (
      await registreer(zuid, {
        casusId: melding.casus.id,
        soort: 'KINDGESPREK',
        contactOp: geleden(40),
        tekst: 'Gesprek met kind op school.',
        betrokkenen: [personen[0]],
      })
    ).data!.registreerJournaalregel;
    const response = await corrigeer(zuid, {
      journaalregelId: origineel.id,
      tekst: 'Gesprek met kind op school, in bijzijn van de intern begeleider.',
      betrokkenen: personen,
      reden: 'Aanwezigheid IB vergeten',
    });
    expect(response.errors).toBeUndefined();
    const nieuw = response.data!.corrigeerJournaalregel;
    expect(nieuw).toMatchObject({
      soort: 'KINDGESPREK',
      contactOp: origineel.contactOp,
      vervangtId: origineel.id,
      reden: 'Aanwezigheid IB vergeten',
      gecorrigeerd: true,
      vervangenDoorId: null,
    });
    expect(nieuw.id).not.toBe(origineel.id);
    expect(nieuw.betrokkenen).toHaveLength(personen.length);
    expect(nieuw.eerdereVersies).toEqual([
      { id: origineel.id, tekst: 'Gesprek met kind op school.', reden: null, vervangenDoorId: nieuw.id },
    ]);

    const lijst = (await journaal(zuid, { id: melding.casus.id, first: 100 })).data!.journaal;
    const ids = lijst.edges.map((e) => e.node.id);
    expect(ids).toContain(nieuw.id);
    expect(ids).not.toContain(origineel.id);

    const opnieuw = await corrigeer(zuid, { journaalregelId: origineel.id, tekst: 'Nog een keer', reden: 'test' });
    expect(errorCode(opnieuw)).toBe('ONGELDIGE_OVERGANG');
    expect(opnieuw.errors![0]!.message).toContain(nieuw.id);

    // The newer version can be corrected in turn; its history lists both earlier versions.
    const derde = (await corrigeer(zuid, { journaalregelId: nieuw.id, contactOp: geleden(41), reden: 'Tijdstip' })).data!
      .corrigeerJournaalregel;
    expect(derde.eerdereVersies!.map((v) => v.id)).toEqual([nieuw.id, origineel.id]);
    expect(derde.tekst).toBe(nieuw.tekst);
    expect(derde.betrokkenen).toHaveLength(personen.length);
  });

  it('a correction needs a reason and something to correct; only the author or a teammanager may correct', async () => {
    const regel = (
      await registreer(zuid, {
        casusId: melding.casus.id,
        soort: 'OVERLEG',
        contactOp: geleden(50),
        tekst: 'Casusoverleg.',
        betrokkenen: [],
      })
    ).data!.registreerJournaalregel;
    const leeg = await corrigeer(zuid, { journaalregelId: regel.id, reden: ' ' });
    expect(errorCode(leeg)).toBe('VALIDATIE');
    expect((leeg.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field).sort()).toEqual(['reden', 'tekst']);
    expect(errorCode(await corrigeer(zuid2, { journaalregelId: regel.id, tekst: 'x', reden: 'y' }))).toBe('FORBIDDEN');
    const doorManager = await corrigeer(manager, { journaalregelId: regel.id, tekst: 'Casusoverleg met GW.', reden: 'Aanvulling' });
    expect(doorManager.data!.corrigeerJournaalregel).toMatchObject({ auteurId: 'manager-04', vervangtId: regel.id });
  });

  it('of two concurrent corrections of one entry exactly one wins; the other gets ONGELDIGE_OVERGANG', async () => {
    const regel = (
      await registreer(zuid, { casusId: melding.casus.id, soort: 'OVERIG', contactOp: geleden(60), tekst: 'Notitie.', betrokkenen: [] })
    ).data!.registreerJournaalregel;
    const results = await Promise.all(
      [1, 2, 3].map((i) => corrigeer(zuid, { journaalregelId: regel.id, tekst: `Notitie, versie ${i}.`, reden: `Correctie ${i}` })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['ONGELDIGE_OVERGANG', 'ONGELDIGE_OVERGANG']);
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM journaalregel WHERE vervangt_id = $1`, [regel.id]);
    expect(rows[0].n).toBe(1);
  });

  it('the journal is append-only at the database: the application role cannot UPDATE or DELETE an entry', async () => {
    const tenant = await tenantIdOf('VT04');
    await expect(
      inTenant(app, tenant, () => app.query(`UPDATE journaalregel SET tekst = 'gewijzigd' WHERE casus_id = $1`, [melding.casus.id])),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(inTenant(app, tenant, () => app.query(`DELETE FROM journaalregel_betrokkene`))).rejects.toMatchObject({ code: '42501' });
    await expect(
      inTenant(app, tenant, () => app.query(`DELETE FROM journaalregel WHERE casus_id = $1`, [melding.casus.id])),
    ).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('lists current entries newest contact first, paged with totalCount, filtered by soort, also as Casus.journaal', async () => {
    const eerste = (await journaal(zuid, { id: melding.casus.id, first: 2 })).data!.journaal;
    expect(eerste.edges).toHaveLength(2);
    expect(eerste.pageInfo.hasNextPage).toBe(true);
    const alles = (await journaal(zuid, { id: melding.casus.id, first: 100 })).data!.journaal;
    expect(eerste.totalCount).toBe(alles.edges.length);
    const tijden = alles.edges.map((e) => e.node.contactOp);
    expect(tijden).toEqual([...tijden].sort().reverse());
    expect(alles.edges.every((e) => e.node.vervangenDoorId === null)).toBe(true);
    const tweede = (await journaal(zuid, { id: melding.casus.id, first: 100, after: eerste.pageInfo.endCursor })).data!.journaal;
    expect([...eerste.edges, ...tweede.edges].map((e) => e.node.id)).toEqual(alles.edges.map((e) => e.node.id));

    const checks = (await journaal(zuid, { id: melding.casus.id, first: 100, soort: 'BEKENDHEIDSCHECK' })).data!.journaal;
    expect(checks.totalCount).toBe(1);
    expect(checks.edges[0]!.node).toMatchObject({ bron: 'POLITIE', grondslag: 'ZONDER_TOESTEMMING_WMO' });

    const veld = await api.gql<{ casus: { journaal: Journaal } }>(
      `query($id: ID!) { casus(id: $id) { journaal(first: 100) { totalCount edges { node { id } } } } }`,
      { token: zuid, variables: { id: melding.casus.id } },
    );
    expect(veld.data!.casus.journaal.edges.map((e) => e.node.id)).toEqual(alles.edges.map((e) => e.node.id));

    expect(errorCode(await journaal(zuid, { id: melding.casus.id, after: 'nonsense' }))).toBe('VALIDATIE');
  });

  it('the read is in the access log (one entry for the list, with the casus)', async () => {
    const tenant = await tenantIdOf('VT04');
    const tel = async () =>
      Number(
        (
          await admin.query(
            `SELECT count(*) AS n FROM toegangslog WHERE tenant_id = $1 AND object_type = 'Journaal' AND casus_id = $2 AND actie = 'READ'
               AND uitkomst = 'GESLAAGD' AND gebruiker_id = 'zuid-04'`,
            [tenant, melding.casus.id],
          )
        ).rows[0].n,
      );
    const before = await tel();
    expect((await journaal(zuid, { id: melding.casus.id, first: 5 })).errors).toBeUndefined();
    expect(await tel()).toBe(before + 1);
    // A refused read (another team) is logged too, without revealing anything to the caller.
    const geweigerd = async () =>
      Number(
        (
          await admin.query(
            `SELECT count(*) AS n FROM toegangslog WHERE tenant_id = $1 AND object_type = 'Journaal' AND object_id = $2
               AND uitkomst = 'GEWEIGERD' AND gebruiker_id = 'noord-04'`,
            [tenant, melding.casus.id],
          )
        ).rows[0].n,
      );
    const eerder = await geweigerd();
    await journaal(noord, { id: melding.casus.id });
    expect(await geweigerd()).toBe(eerder + 1);
  });

  it('BSN of betrokkenen follows the field rule (a gedragswetenschapper sees none)', async () => {
    const lijst = (await journaal(zuid2, { id: melding.casus.id, first: 100 })).data!.journaal;
    expect(lijst.edges.length).toBeGreaterThan(0);
    expect(lijst.edges.flatMap((e) => e.node.betrokkenen).every((b) => b.bsn === null)).toBe(true);
  });

  describe('permissions', () => {
    it('the secretariaat reads and registers; a landelijk-analist can do neither', async () => {
      expect((await journaal(secretariaat, { id: melding.casus.id })).data!.journaal.totalCount).toBeGreaterThan(0);
      const r = await registreer(secretariaat, {
        casusId: melding.casus.id,
        soort: 'TELEFONISCH_CONTACT',
        contactOp: geleden(5),
        tekst: 'Melder belde terug.',
        betrokkenen: [],
      });
      expect(r.errors).toBeUndefined();
      expect(errorCode(await journaal(analist, { id: melding.casus.id }))).toBe('FORBIDDEN');
      expect(
        errorCode(
          await registreer(analist, { casusId: melding.casus.id, soort: 'OVERIG', contactOp: geleden(1), tekst: 'x', betrokkenen: [] }),
        ),
      ).toBe('FORBIDDEN');
    });
  });

  describe.each([
    ['cross-team (VT04 Team Noord)', () => noord],
    ['cross-tenant (VT23)', () => vreemd],
  ])('%s', (_, token) => {
    let regel: Regel;
    beforeAll(async () => {
      regel = (
        await registreer(zuid, {
          casusId: melding.casus.id,
          soort: 'OVERIG',
          contactOp: geleden(70),
          tekst: 'Afgeschermd.',
          betrokkenen: [],
        })
      ).data!.registreerJournaalregel;
    });

    it('registreerJournaalregel on the casus is NIET_GEVONDEN, exactly like an unknown id, and stores nothing', async () => {
      const before = await aantalRegels();
      const input = { casusId: melding.casus.id, soort: 'OVERIG', contactOp: geleden(1), tekst: 'Poging.', betrokkenen: [] };
      expect(errorCode(await registreer(token(), input))).toBe('NIET_GEVONDEN');
      expect(errorCode(await registreer(token(), { ...input, casusId: UNKNOWN }))).toBe('NIET_GEVONDEN');
      expect(await aantalRegels()).toBe(before);
    });

    it('corrigeerJournaalregel is NIET_GEVONDEN, exactly like an unknown id, and stores nothing', async () => {
      const before = await aantalRegels();
      const a = await corrigeer(token(), { journaalregelId: regel.id, tekst: 'Overschreven', reden: 'Poging' });
      const b = await corrigeer(token(), { journaalregelId: UNKNOWN, tekst: 'Overschreven', reden: 'Poging' });
      expect(errorCode(a)).toBe('NIET_GEVONDEN');
      expect(a.errors![0]!.message).toBe(b.errors![0]!.message);
      expect(await aantalRegels()).toBe(before);
    });

    it('journaal(casusId) is empty, as for an unknown id, and Casus is null', async () => {
      const eigen = (await journaal(token(), { id: melding.casus.id })).data!.journaal;
      const onbekend = (await journaal(token(), { id: UNKNOWN })).data!.journaal;
      expect(eigen).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
      expect(onbekend).toEqual(eigen);
      const casus = await api.gql(`query($id: ID!) { casus(id: $id) { journaal { totalCount } } }`, {
        token: token(),
        variables: { id: melding.casus.id },
      });
      expect(casus).toEqual({ data: { casus: null } });
    });
  });

  it('Team Zuid and the teammanager do see the entry the others could not', async () => {
    for (const token of [zuid, manager])
      expect((await journaal(token, { id: melding.casus.id })).data!.journaal.totalCount).toBeGreaterThan(0);
  });
});
