import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, inTenant, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding } from '../support/casework.js';

interface Regel {
  actie: string;
  objectType: string;
  objectId: string | null;
  gebruikerId: string;
  rollen: string[];
  uitkomst: string;
  grondslag: string;
  clientAdres: string | null;
}

const LOG_QUERY = `query($id: ID!) { toegangslog(casusId: $id, first: 100) { edges { node { actie objectType objectId gebruikerId rollen uitkomst grondslag clientAdres } } } }`;

describe('access log (NEN 7513)', () => {
  let api: RunningApp;
  let app: pg.Client;
  let medewerker: string;
  let beheerder: string;

  beforeAll(async () => {
    [api, app] = await Promise.all([startApp('api'), connectAs('application')]);
    medewerker = await tokenFor({ tenant: 'VT20', roles: ['medewerker'], user: 'mw-log' });
    beheerder = await tokenFor({ tenant: 'VT20', roles: ['functioneel-beheerder'], user: 'fb-log' });
  });
  afterAll(() => Promise.all([api.close(), app.end()]));

  it('records the creation and every read of case data, and the reading of the log itself', async () => {
    const melding = await nieuweMelding(api, medewerker);
    await api.gql(`query($id: ID!) { melding(id: $id) { id } }`, { token: medewerker, variables: { id: melding.id } });
    await api.gql(`query($id: ID!) { casus(id: $id) { id } }`, { token: medewerker, variables: { id: melding.casus.id } });
    const first = await api.gql<{ toegangslog: { edges: { node: Regel }[] } }>(LOG_QUERY, {
      token: beheerder,
      variables: { id: melding.casus.id },
    });
    expect(first.errors).toBeUndefined();
    const regels = first.data!.toegangslog.edges.map((e) => e.node);
    expect(regels.map((r) => `${r.actie} ${r.objectType}`)).toEqual(['READ Toegangslog', 'READ Casus', 'READ Melding', 'CREATE Melding']);
    expect(regels.at(-1)).toMatchObject({
      gebruikerId: 'mw-log',
      rollen: ['medewerker'],
      uitkomst: 'GESLAAGD',
      objectId: melding.id,
      clientAdres: expect.stringMatching(/127\.0\.0\.1/),
    });
    expect(regels.at(-1)!.grondslag).toMatch(/Wmo 2015/);
    const second = await api.gql<{ toegangslog: { edges: unknown[] } }>(LOG_QUERY, {
      token: beheerder,
      variables: { id: melding.casus.id },
    });
    expect(second.data!.toegangslog.edges).toHaveLength(5);
  });

  it('withholds the data of a read whose access-log entries cannot be stored', async () => {
    const melding = await nieuweMelding(api, medewerker);
    const faalt = await tokenFor({ tenant: 'VT20', roles: ['medewerker'], user: 'mw-log-faalt' });
    const admin = await connectAs('admin');
    try {
      // The log entry of this one user is refused; it is only written with the read's COMMIT.
      await admin.query(`CREATE FUNCTION pg_temp.weiger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
          IF NEW.gebruiker_id = 'mw-log-faalt' THEN RAISE EXCEPTION 'log refused'; END IF; RETURN NEW; END $$`);
      await admin.query(`CREATE TRIGGER test_weiger_log BEFORE INSERT ON toegangslog FOR EACH ROW EXECUTE FUNCTION pg_temp.weiger()`);
      const response = await api.gql<{ melding: { nummer: string } | null }>(`query($id: ID!) { melding(id: $id) { nummer } }`, {
        token: faalt,
        variables: { id: melding.id },
      });
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response)).not.toContain(melding.nummer);
      // The same read by someone whose entry is stored works on the same pooled connections.
      const ok = await api.gql<{ melding: { nummer: string } }>(`query($id: ID!) { melding(id: $id) { nummer } }`, {
        token: medewerker,
        variables: { id: melding.id },
      });
      expect(ok.data!.melding.nummer).toBe(melding.nummer);
    } finally {
      await admin.query(`DROP TRIGGER IF EXISTS test_weiger_log ON toegangslog`);
      await admin.end();
    }
  });

  it("logs a lookup of another region's id as GEWEIGERD (NEN 7513: the outcome of every access)", async () => {
    const melding = await nieuweMelding(api, medewerker);
    const other = await tokenFor({ tenant: 'VT21', roles: ['medewerker'], user: 'snooper' });
    await api.gql(`query($id: ID!) { melding(id: $id) { id } }`, { token: other, variables: { id: melding.id } });
    const admin = await connectAs('admin');
    try {
      const { rows } = await admin.query(`SELECT uitkomst, casus_id FROM toegangslog WHERE gebruiker_id = 'snooper' AND object_id = $1`, [
        melding.id,
      ]);
      expect(rows).toEqual([{ uitkomst: 'GEWEIGERD', casus_id: null }]);
    } finally {
      await admin.end();
    }
  });

  it('is append-only for the application role: update and delete are refused', async () => {
    const tenant = await tenantIdOf('VT20');
    await expect(inTenant(app, tenant, () => app.query(`UPDATE toegangslog SET gebruiker_id = 'x'`))).rejects.toMatchObject({
      code: '42501',
    });
    await expect(inTenant(app, tenant, () => app.query(`DELETE FROM toegangslog`))).rejects.toMatchObject({ code: '42501' });
  });

  it('is append-only even for the table owner (trigger)', async () => {
    const owner = await connectAs('owner');
    try {
      const tenant = await tenantIdOf('VT20');
      await expect(inTenant(owner, tenant, () => owner.query(`DELETE FROM toegangslog`))).rejects.toMatchObject({ code: '42501' });
    } finally {
      await owner.end();
    }
  });

  it('takes time and id from the database, whatever the caller sends', async () => {
    const tenant = await tenantIdOf('VT20');
    const voor = new Date();
    const voeg = (kolommen: string, waarden: string, gebruiker: string) =>
      inTenant(app, tenant, async () => {
        await app.query(
          `INSERT INTO toegangslog (${kolommen}gebruiker_id, gebruiker_naam, rollen, actie, object_type, grondslag, uitkomst)
           VALUES (${waarden}$1, 'Tijd', '{medewerker}', 'READ', 'Melding', 'test', 'GESLAAGD')`,
          [gebruiker],
        );
        return (await app.query(`SELECT id::text, tijdstip FROM toegangslog WHERE gebruiker_id = $1`, [gebruiker])).rows as {
          id: string;
          tijdstip: Date;
        }[];
      });
    const [gedateerd] = await voeg('tijdstip, ', `'2000-01-01T00:00:00Z', `, 'mw-tijd');
    // The database clock, not the caller's 2000-01-01 (a minute of slack for clock skew between test and server).
    expect(gedateerd!.tijdstip.getTime()).toBeGreaterThan(voor.getTime() - 60_000);
    const [eigenId] = await voeg('id, ', `'00000000-0000-4000-8000-000000000001', `, 'mw-id');
    expect(eigenId!.id).not.toBe('00000000-0000-4000-8000-000000000001');
  });

  it("gives ids that reveal nothing about other regions' entries when two regions write alternately", async () => {
    const casus = (await nieuweMelding(api, medewerker)).casus.id;
    const ander = await tokenFor({ tenant: 'VT21', roles: ['medewerker'], user: 'mw-log-ander' });
    const anderCasus = (await nieuweMelding(api, ander)).casus.id;
    for (let i = 0; i < 3; i++) {
      await api.gql(`query($id: ID!) { casus(id: $id) { id } }`, { token: medewerker, variables: { id: casus } });
      await api.gql(`query($id: ID!) { casus(id: $id) { id } }`, { token: ander, variables: { id: anderCasus } });
    }
    const response = await api.gql<{ toegangslog: { edges: { node: { id: string; actie: string } }[] } }>(
      `query($id: ID!) { toegangslog(casusId: $id, first: 100) { edges { node { id actie } } } }`,
      { token: beheerder, variables: { id: casus } },
    );
    const ids = response.data!.toegangslog.edges.map((e) => e.node.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    // Random uuids: no number, so no gap to count the other region's entries by.
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pages through the log newest first without gaps or repeats', async () => {
    const melding = await nieuweMelding(api, medewerker);
    for (let i = 0; i < 4; i++)
      await api.gql(`query($id: ID!) { melding(id: $id) { id } }`, { token: medewerker, variables: { id: melding.id } });
    const query = `query($id: ID!, $after: String) { toegangslog(casusId: $id, first: 2, after: $after) { edges { node { id tijdstip } } pageInfo { hasNextPage endCursor } } }`;
    type Pagina = {
      toegangslog: { edges: { node: { id: string; tijdstip: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const geheel = await api.gql<{ toegangslog: { edges: { node: { id: string; tijdstip: string } }[] } }>(
      `query($id: ID!) { toegangslog(casusId: $id, first: 100) { edges { node { id tijdstip } } } }`,
      { token: beheerder, variables: { id: melding.casus.id } },
    );
    const gepagineerd: string[] = [];
    let after: string | null = null;
    for (let pagina = 0; pagina < 20; pagina++) {
      const response: { data?: Pagina | null } = await api.gql<Pagina>(query, {
        token: beheerder,
        variables: { id: melding.casus.id, after },
      });
      gepagineerd.push(...response.data!.toegangslog.edges.map((e) => e.node.id));
      if (!response.data!.toegangslog.pageInfo.hasNextPage) break;
      after = response.data!.toegangslog.pageInfo.endCursor;
    }
    // The full read was logged too (before the paging), and every page read adds an entry newer than the cursor: those are not in later pages.
    const volledig = geheel.data!.toegangslog.edges.map((e) => e.node.id);
    expect(gepagineerd.length).toBeGreaterThanOrEqual(7); // CREATE + 4 READ Melding + the READ Toegangslog of the full read + the first page's own
    expect(new Set(gepagineerd).size).toBe(gepagineerd.length);
    expect(gepagineerd.filter((id) => volledig.includes(id))).toEqual(volledig);
    const tijden = geheel.data!.toegangslog.edges.map((e) => Date.parse(e.node.tijdstip));
    expect(tijden).toEqual([...tijden].sort((a, b) => b - a));
  });

  it('refuses a cursor that is not one of this list', async () => {
    const melding = await nieuweMelding(api, medewerker);
    for (const after of [
      Buffer.from(JSON.stringify([42])).toString('base64url'),
      Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url'),
    ]) {
      const response = await api.gql(
        `query($id: ID!, $after: String) { toegangslog(casusId: $id, first: 2, after: $after) { edges { node { id } } } }`,
        { token: beheerder, variables: { id: melding.casus.id, after } },
      );
      expect(errorCode(response)).toBe('VALIDATIE');
    }
  });

  it('is readable by the functioneel-beheerder only, and shows nothing of another region', async () => {
    const melding = await nieuweMelding(api, medewerker);
    expect(errorCode(await api.gql(LOG_QUERY, { token: medewerker, variables: { id: melding.casus.id } }))).toBe('FORBIDDEN');
    const otherBeheerder = await tokenFor({ tenant: 'VT21', roles: ['functioneel-beheerder'] });
    const other = await api.gql<{ toegangslog: { edges: { node: Regel }[] } }>(LOG_QUERY, {
      token: otherBeheerder,
      variables: { id: melding.casus.id },
    });
    // Only the other region's own attempt to read is there: nothing VT20 did.
    expect(other.data!.toegangslog.edges.map((e) => `${e.node.actie} ${e.node.objectType} ${e.node.rollen.join()}`)).toEqual([
      'READ Toegangslog functioneel-beheerder',
    ]);
  });
});
