import { startApp, type RunningApp } from '../support/app.js';
import { connectAs } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding } from '../support/casework.js';
import { M, Proces } from '../support/proces.js';

const MELDING = `query($id: ID!) { melding(id: $id) { id team casus { id } } }`;
const INSTELLINGEN = `{ instellingen { version werkBeperktTotTeam beoordelingWerkdagen } }`;
const WIJZIG = `mutation($input: WijzigInstellingenInput!) { wijzigInstellingen(input: $input) { version werkBeperktTotTeam beoordelingWerkdagen } }`;

interface Instellingen {
  version: number;
  werkBeperktTotTeam: boolean;
  beoordelingWerkdagen: number;
}

/**
 * The region's settings and calendar are read in the BEGIN round trip of each request's tenant
 * transaction instead of by a statement of their own (see libs/database/src/begin-reads.ts). The
 * fast path must keep every guarantee of the slow one: a change is seen by the very next request
 * of its region and by nothing of another region, a change within a request is seen by the rest
 * of that request, a read still writes its access-log entry, and another region's melding stays
 * invisible.
 */
describe('settings read with BEGIN (VT15, VT16)', () => {
  let api: RunningApp;
  let p: Proces;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    for (const regio of ['VT15', 'VT16']) {
      tokens[`${regio}-beheer`] = await tokenFor({ tenant: regio, roles: ['functioneel-beheerder'], user: `br-beheer-${regio}` });
      tokens[`${regio}-manager`] = await tokenFor({ tenant: regio, roles: ['medewerker', 'teammanager'], user: `br-manager-${regio}` });
      tokens[`${regio}-noord`] = await tokenFor({ tenant: regio, roles: ['medewerker'], user: `br-noord-${regio}`, team: 'Noord' });
    }
  });
  afterAll(() => api.close());

  /** Changes the region's settings as its functioneel-beheerder and returns what the mutation answered. */
  async function wijzig(regio: string, werkBeperktTotTeam: boolean, beoordelingWerkdagen: number): Promise<Instellingen> {
    const token = tokens[`${regio}-beheer`]!;
    const huidig = (await api.gql<{ instellingen: Instellingen }>(INSTELLINGEN, { token })).data!.instellingen;
    const input = { mdToetsingVerplicht: false, werkBeperktTotTeam, beoordelingWerkdagen, versie: huidig.version };
    return p.call<Instellingen>(token, WIJZIG, { input });
  }

  /** A melding of the region assigned to team Zuid. */
  async function zuidMelding(regio: string): Promise<string> {
    const m = await nieuweMelding(api, tokens[`${regio}-manager`]!);
    await p.call(tokens[`${regio}-manager`]!, M.wijsToe, { input: { meldingId: m.id, versie: m.versie, team: 'Zuid' } });
    return m.id;
  }

  const leesAls = async (token: string, id: string) => {
    const res = await api.gql<{ melding: { id: string; team: string } | null }>(MELDING, { token, variables: { id } });
    expect(res.errors).toBeUndefined();
    return res.data!.melding;
  };

  it('a changed team rule applies from the next request of its region only, and the change answers with itself', async () => {
    await wijzig('VT15', false, 5);
    await wijzig('VT16', false, 5);
    const vt15 = await zuidMelding('VT15');
    const vt16 = await zuidMelding('VT16');
    expect((await leesAls(tokens['VT15-noord']!, vt15))?.id).toBe(vt15);

    // The mutation reads the settings after its own change in the same transaction: it must not answer with the BEGIN's copy.
    const gewijzigd = await wijzig('VT15', true, 7);
    expect([gewijzigd.werkBeperktTotTeam, gewijzigd.beoordelingWerkdagen]).toEqual([true, 7]);

    // VT15: the very next read applies the team rule; VT16 keeps its own settings.
    expect(await leesAls(tokens['VT15-noord']!, vt15)).toBeNull();
    expect((await leesAls(tokens['VT16-noord']!, vt16))?.id).toBe(vt16);
    const vt16Instellingen = (await api.gql<{ instellingen: Instellingen }>(INSTELLINGEN, { token: tokens['VT16-beheer']! })).data!;
    expect([vt16Instellingen.instellingen.werkBeperktTotTeam, vt16Instellingen.instellingen.beoordelingWerkdagen]).toEqual([false, 5]);

    // A change (its own transaction) uses the new term at once: 7 werkdagen in VT15, 5 in VT16.
    const nieuw15 = await nieuweMelding(api, tokens['VT15-manager']!);
    const nieuw16 = await nieuweMelding(api, tokens['VT16-manager']!);
    expect(nieuw15.ontvangstdatum).toBe(nieuw16.ontvangstdatum);
    expect(nieuw15.uiterlijkeBeoordelingsdatum > nieuw16.uiterlijkeBeoordelingsdatum).toBe(true);

    // And back: the team rule off is seen at once too.
    await wijzig('VT15', false, 5);
    expect((await leesAls(tokens['VT15-noord']!, vt15))?.id).toBe(vt15);
  });

  it('a calendar adjustment is seen by the next request of its region, not by another region', async () => {
    const jaar = 2031;
    const datum = `${jaar}-03-12`; // a Wednesday
    const KALENDER = `query($jaar: Int!) { kalender(jaar: $jaar) { datum werkdag aangepastDoorRegio } }`;
    const AANPAS = `mutation($input: KalenderAanpassingInput!) { pasKalenderAan(input: $input) { datum werkdag aangepastDoorRegio } }`;
    const dag = async (regio: string) =>
      (await p.call<{ datum: string; werkdag: boolean }[]>(tokens[`${regio}-beheer`]!, KALENDER, { jaar })).find((d) => d.datum === datum);
    await p.call(tokens['VT15-beheer']!, AANPAS, { input: { datum, werkdag: true, omschrijving: 'Terug naar normaal' } });
    expect((await dag('VT15'))?.werkdag).toBe(true);
    await p.call(tokens['VT15-beheer']!, AANPAS, { input: { datum, werkdag: false, omschrijving: 'Studiedag' } });
    expect(await dag('VT15')).toEqual({ datum, werkdag: false, aangepastDoorRegio: true });
    expect(await dag('VT16')).toBeUndefined();
  });

  it('a read on the fast path still writes its access-log entry, and another region gets no melding', async () => {
    const id = await zuidMelding('VT15');
    expect((await leesAls(tokens['VT15-manager']!, id))?.id).toBe(id);
    // Another region: null, as for an unknown id, and no error that tells the melding exists.
    const vreemd = await api.gql<{ melding: unknown }>(MELDING, { token: tokens['VT16-manager']!, variables: { id } });
    expect(vreemd.errors).toBeUndefined();
    expect(errorCode(vreemd)).toBeUndefined();
    expect(vreemd.data!.melding).toBeNull();

    const admin = await connectAs('admin');
    try {
      const { rows } = await admin.query<{ gebruiker_id: string; uitkomst: string; regio: string }>(
        `SELECT t.gebruiker_id, t.uitkomst, o.code AS regio FROM toegangslog t JOIN referentie.organisatie o ON o.id = t.tenant_id
          WHERE t.actie = 'READ' AND t.object_type = 'Melding' AND t.object_id = $1 ORDER BY t.tijdstip, t.id`,
        [id],
      );
      expect(rows.map((r) => [r.gebruiker_id, r.uitkomst, r.regio])).toEqual([
        ['br-manager-VT15', 'GESLAAGD', 'VT15'],
        ['br-manager-VT16', 'GEWEIGERD', 'VT16'],
      ]);
    } finally {
      await admin.end();
    }
  });
});
