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
    const first = await api.gql<{ toegangslog: { edges: { node: Regel }[] } }>(LOG_QUERY, { token: beheerder, variables: { id: melding.casus.id } });
    expect(first.errors).toBeUndefined();
    const regels = first.data!.toegangslog.edges.map((e) => e.node);
    expect(regels.map((r) => `${r.actie} ${r.objectType}`)).toEqual(['READ Toegangslog', 'READ Casus', 'READ Melding', 'CREATE Melding']);
    expect(regels.at(-1)).toMatchObject({ gebruikerId: 'mw-log', rollen: ['medewerker'], uitkomst: 'GESLAAGD', objectId: melding.id, clientAdres: expect.stringMatching(/127\.0\.0\.1/) });
    expect(regels.at(-1)!.grondslag).toMatch(/Wmo 2015/);
    const second = await api.gql<{ toegangslog: { edges: unknown[] } }>(LOG_QUERY, { token: beheerder, variables: { id: melding.casus.id } });
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
      const response = await api.gql<{ melding: { nummer: string } | null }>(`query($id: ID!) { melding(id: $id) { nummer } }`, { token: faalt, variables: { id: melding.id } });
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response)).not.toContain(melding.nummer);
      // The same read by someone whose entry is stored works on the same pooled connections.
      const ok = await api.gql<{ melding: { nummer: string } }>(`query($id: ID!) { melding(id: $id) { nummer } }`, { token: medewerker, variables: { id: melding.id } });
      expect(ok.data!.melding.nummer).toBe(melding.nummer);
    } finally {
      await admin.query(`DROP TRIGGER IF EXISTS test_weiger_log ON toegangslog`);
      await admin.end();
    }
  });

  it('logs a failed lookup as NIET_GEVONDEN', async () => {
    const melding = await nieuweMelding(api, medewerker);
    const other = await tokenFor({ tenant: 'VT21', roles: ['medewerker'], user: 'snooper' });
    await api.gql(`query($id: ID!) { melding(id: $id) { id } }`, { token: other, variables: { id: melding.id } });
    const admin = await connectAs('admin');
    try {
      const { rows } = await admin.query(`SELECT uitkomst, casus_id FROM toegangslog WHERE gebruiker_id = 'snooper' AND object_id = $1`, [melding.id]);
      expect(rows).toEqual([{ uitkomst: 'NIET_GEVONDEN', casus_id: null }]);
    } finally {
      await admin.end();
    }
  });

  it('is append-only for the application role: update and delete are refused', async () => {
    const tenant = await tenantIdOf('VT20');
    await expect(inTenant(app, tenant, () => app.query(`UPDATE toegangslog SET gebruiker_id = 'x'`))).rejects.toMatchObject({ code: '42501' });
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

  it('is readable by the functioneel-beheerder only, and shows nothing of another region', async () => {
    const melding = await nieuweMelding(api, medewerker);
    expect(errorCode(await api.gql(LOG_QUERY, { token: medewerker, variables: { id: melding.casus.id } }))).toBe('FORBIDDEN');
    const otherBeheerder = await tokenFor({ tenant: 'VT21', roles: ['functioneel-beheerder'] });
    const other = await api.gql<{ toegangslog: { edges: { node: Regel }[] } }>(LOG_QUERY, { token: otherBeheerder, variables: { id: melding.casus.id } });
    // Only the other region's own attempt to read is there: nothing VT20 did.
    expect(other.data!.toegangslog.edges.map((e) => `${e.node.actie} ${e.node.objectType} ${e.node.rollen.join()}`)).toEqual(['READ Toegangslog functioneel-beheerder']);
  });
});
