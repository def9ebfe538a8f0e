import { InstellingenService } from '@vt/instellingen';
import { WerkdagKalender } from '@vt/werkdagen';
import { tenantIdOf } from '../support/db.js';
import { createFeestdagAanpassing, setInstellingen } from '../support/factories.js';
import { startIntegration, switchTenant, type Integration } from '../support/integration.js';

const VRIJDAG = '2031-05-30';
const PINKSTERMAANDAG = '2031-06-02';
const WOENSDAG = '2031-06-04';

describe("a region's calendar and settings (InstellingenService) against PostgreSQL", () => {
  let db: Integration;
  let instellingen: InstellingenService;
  let tenant: string;
  let anderTenant: string;

  beforeAll(async () => {
    [db, tenant, anderTenant] = await Promise.all([startIntegration([InstellingenService]), tenantIdOf('VT13'), tenantIdOf('VT19')]);
    instellingen = db.get(InstellingenService);
  });
  afterAll(() => db.close());

  it("builds the werkdag calendar from the region's own adjustments, on top of the national holidays", () =>
    db.rolledBack(tenant, async (m) => {
      const landelijk = new WerkdagKalender();
      expect([landelijk.isWerkdag(PINKSTERMAANDAG), landelijk.isWerkdag(WOENSDAG)]).toEqual([false, true]);
      expect(landelijk.plusWerkdagen(VRIJDAG, 2)).toBe('2031-06-04');

      await createFeestdagAanpassing(m, WOENSDAG, false);
      await createFeestdagAanpassing(m, PINKSTERMAANDAG, true);
      const aanpassingen = await instellingen.aanpassingen(m);
      expect(aanpassingen.filter((a) => a.datum.startsWith('2031-'))).toEqual([
        { datum: PINKSTERMAANDAG, werkdag: true, omschrijving: 'Extra werkdag (test)' },
        { datum: WOENSDAG, werkdag: false, omschrijving: 'Regionale vrije dag (test)' },
      ]);
      const regionaal = await instellingen.kalender(m);
      expect([regionaal.isWerkdag(PINKSTERMAANDAG), regionaal.isWerkdag(WOENSDAG)]).toEqual([true, false]);
      // A term of two werkdagen from Friday ends on Tuesday in this region, on Wednesday elsewhere.
      expect(regionaal.plusWerkdagen(VRIJDAG, 2)).toBe('2031-06-03');
      expect([landelijk.werkdagenTussen(VRIJDAG, '2031-06-03'), regionaal.werkdagenTussen(VRIJDAG, '2031-06-03')]).toEqual([1, 2]);

      await switchTenant(m, anderTenant);
      const elders = await instellingen.kalender(m);
      expect(elders.plusWerkdagen(VRIJDAG, 2)).toBe('2031-06-04');
    }));

  it('reads the settings once per request and sees a change after vergeet()', () =>
    db.rolledBack(tenant, (m) =>
      db.asTenant(tenant, 'VT13', async () => {
        await setInstellingen(m, { werk_beperkt_tot_team: false, md_toetsing_verplicht: false });
        expect(await instellingen.lees(m)).toMatchObject({ werkBeperktTotTeam: false, mdToetsingVerplicht: false });
        await setInstellingen(m, { werk_beperkt_tot_team: true, md_toetsing_verplicht: true });
        // Cached for the rest of the request: the team filter of every read uses the same settings.
        expect(await instellingen.lees(m)).toMatchObject({ werkBeperktTotTeam: false });
        instellingen.vergeet();
        expect(await instellingen.lees(m)).toMatchObject({ werkBeperktTotTeam: true, mdToetsingVerplicht: true });
      }),
    ));

  it("never reads another region's settings", () =>
    db.rolledBack(anderTenant, async (m) => {
      await setInstellingen(m, { werk_beperkt_tot_team: true });
      await switchTenant(m, tenant);
      await setInstellingen(m, { werk_beperkt_tot_team: false });
      expect(await instellingen.lees(m)).toMatchObject({ werkBeperktTotTeam: false });
      await switchTenant(m, anderTenant);
      expect(await instellingen.lees(m)).toMatchObject({ werkBeperktTotTeam: true });
    }));
});
