import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
// The radarfunctie is internal to @vt/casus (melding registration calls it); this file tests it directly.
import { matchPersonen } from '../../libs/casus/src/persoon/persoon-matching.js';
import { tenantIdOf, uniqueNummer } from '../support/db.js';
import { createPersoon, testBsn } from '../support/factories.js';
import { startIntegration, switchTenant, type Integration } from '../support/integration.js';

const persoon = (m: EntityManager, id: string) =>
  kysely(m).selectFrom('persoon').select(['naam', 'geboortedatum', 'bsn']).where('id', '=', id).executeTakeFirst();

describe('persoon matching (radarfunctie) against PostgreSQL', () => {
  let db: Integration;
  let tenant: string;
  let anderTenant: string;

  beforeAll(async () => {
    [db, tenant, anderTenant] = await Promise.all([startIntegration(), tenantIdOf('VT13'), tenantIdOf('VT19')]);
  });
  afterAll(() => db.close());

  it('creates unknown people, one row each, in the order given', () =>
    db.rolledBack(tenant, async (m) => {
      const bsn = testBsn();
      const naam = `Onbekend ${uniqueNummer()}`;
      const [kind, ouder] = await matchPersonen(m, [
        { naam, geboortedatum: '2019-03-04', bsn },
        { naam: `${naam} Ouder`, geboortedatum: null, bsn: null },
      ]);
      expect(kind).toMatchObject({ bekend: false });
      expect(ouder).toMatchObject({ bekend: false });
      expect(kind!.persoonId).not.toBe(ouder!.persoonId);
      expect(await persoon(m, kind!.persoonId)).toEqual({ naam, geboortedatum: '2019-03-04', bsn });
      expect(await persoon(m, ouder!.persoonId)).toEqual({ naam: `${naam} Ouder`, geboortedatum: null, bsn: null });
    }));

  it('finds a known person by BSN, whatever the name', () =>
    db.rolledBack(tenant, async (m) => {
      const bekend = await createPersoon(m, { bsn: testBsn(), geboortedatum: '1980-01-01' });
      const [gevonden] = await matchPersonen(m, [{ naam: 'Andere Schrijfwijze', geboortedatum: null, bsn: bekend.bsn }]);
      expect(gevonden).toEqual({ persoonId: bekend.id, bekend: true });
    }));

  it('finds a known person by name (case-insensitive) and date of birth, not by name alone', () =>
    db.rolledBack(tenant, async (m) => {
      const naam = `Jansen ${uniqueNummer()}`;
      const bekend = await createPersoon(m, { naam, geboortedatum: '1975-06-15' });
      const [zelfde, andereDag] = await matchPersonen(m, [
        { naam: naam.toUpperCase(), geboortedatum: '1975-06-15', bsn: null },
        { naam, geboortedatum: '1975-06-16', bsn: null },
      ]);
      expect(zelfde).toEqual({ persoonId: bekend.id, bekend: true });
      expect(andereDag!.bekend).toBe(false);
      expect(andereDag!.persoonId).not.toBe(bekend.id);
    }));

  it('keeps two people apart who share name and date of birth but have different BSNs', () =>
    db.rolledBack(tenant, async (m) => {
      const naam = `De Vries ${uniqueNummer()}`;
      const bekend = await createPersoon(m, { naam, geboortedatum: '1990-02-02', bsn: testBsn() });
      const andereBsn = testBsn();
      const [gevonden] = await matchPersonen(m, [{ naam, geboortedatum: '1990-02-02', bsn: andereBsn }]);
      expect(gevonden!.bekend).toBe(false);
      expect(gevonden!.persoonId).not.toBe(bekend.id);
      expect((await persoon(m, gevonden!.persoonId))!.bsn).toBe(andereBsn);
    }));

  it('gives a person found by name the BSN it did not have yet', () =>
    db.rolledBack(tenant, async (m) => {
      const naam = `Bakker ${uniqueNummer()}`;
      const bekend = await createPersoon(m, { naam, geboortedatum: '2001-12-31' });
      const bsn = testBsn();
      const [gevonden] = await matchPersonen(m, [{ naam, geboortedatum: '2001-12-31', bsn }]);
      expect(gevonden).toEqual({ persoonId: bekend.id, bekend: true });
      expect((await persoon(m, bekend.id))!.bsn).toBe(bsn);
    }));

  it("never matches another region's person, by BSN or by name", () =>
    db.rolledBack(anderTenant, async (m) => {
      const naam = `Visser ${uniqueNummer()}`;
      const elders = await createPersoon(m, { naam, geboortedatum: '1985-05-05', bsn: testBsn() });
      await switchTenant(m, tenant);
      const [perBsn, perNaam] = await matchPersonen(m, [
        { naam: 'Iemand Anders', geboortedatum: null, bsn: elders.bsn },
        { naam, geboortedatum: '1985-05-05', bsn: null },
      ]);
      expect(perBsn!.bekend).toBe(false);
      expect(perNaam!.bekend).toBe(false);
      expect([perBsn!.persoonId, perNaam!.persoonId]).not.toContain(elders.id);
      // The new people belong to the region of the transaction, not to the one that had the match.
      const eigenaren = await kysely(m)
        .selectFrom('persoon')
        .select('tenant_id')
        .where('id', 'in', [perBsn!.persoonId, perNaam!.persoonId])
        .execute();
      expect(eigenaren).toEqual([{ tenant_id: tenant }, { tenant_id: tenant }]);
    }));
});
