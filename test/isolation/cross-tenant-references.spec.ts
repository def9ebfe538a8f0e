import type pg from 'pg';
import { connectAs, inTenant, tenantIdOf, uniqueNummer } from '../support/db.js';

async function nieuwePersoon(client: pg.Client, tenant: string): Promise<string> {
  return inTenant(
    client,
    tenant,
    async () => (await client.query(`INSERT INTO persoon (naam) VALUES ('Referentie Test') RETURNING id`)).rows[0].id as string,
  );
}

async function nieuweCasus(client: pg.Client, tenant: string): Promise<string> {
  return inTenant(
    client,
    tenant,
    async () => (await client.query(`INSERT INTO casus (nummer) VALUES ($1) RETURNING id`, [uniqueNummer('FK')])).rows[0].id as string,
  );
}

/** An administratively closed melding: out of every work list, so other tests do not see it. */
async function nieuweMelding(client: pg.Client, tenant: string, casusId: string): Promise<string> {
  return inTenant(client, tenant, async () => {
    const { rows } = await client.query(
      `INSERT INTO melding (casus_id, nummer, ontvangen_op, ontvangstdatum, uiterlijke_beoordelingsdatum, melder_naam, melder_organisatie,
                            aard_geweld, duur_geweld, classificatie, fase, geregistreerd_door)
       VALUES ($1, $2, now(), current_date, current_date + 5, 'Melder', 'Organisatie', '{LICHAMELIJK}', 'ONBEKEND', 'HUISELIJK_GEWELD', 'AFGESLOTEN', 'fk-test')
       RETURNING id`,
      [casusId, uniqueNummer('FK')],
    );
    return rows[0].id as string;
  });
}

/**
 * PostgreSQL checks foreign keys without row-level security, so only a composite key on
 * (tenant_id, id) makes the database itself refuse a row of VT25 that points at a row of VT18 —
 * for the application role and for the owner alike (FORCE binds the owner to the policies, but
 * not the key check). Every refusal is the database's own (23503), not an application check.
 */
describe('references across regions are refused by the database', () => {
  let app: pg.Client;
  let owner: pg.Client;
  let vt18: string;
  let vt25: string;
  let vreemdePersoon: string;
  let vreemdeCasus: string;
  let eigenCasus: string;
  let eigenMelding: string;

  beforeAll(async () => {
    [app, owner] = await Promise.all([connectAs('application'), connectAs('owner')]);
    [vt18, vt25] = await Promise.all([tenantIdOf('VT18'), tenantIdOf('VT25')]);
    vreemdePersoon = await nieuwePersoon(app, vt18);
    vreemdeCasus = await nieuweCasus(app, vt18);
    eigenCasus = await nieuweCasus(app, vt25);
    eigenMelding = await nieuweMelding(app, vt25, eigenCasus);
  });
  afterAll(() => Promise.all([app.end(), owner.end()]));

  it('accepts a reference within the region (the fixture is real)', async () => {
    const eigenPersoon = await nieuwePersoon(app, vt25);
    await inTenant(app, vt25, () =>
      app.query(`INSERT INTO melding_betrokkene (melding_id, persoon_id, rol) VALUES ($1, $2, 'KIND')`, [eigenMelding, eigenPersoon]),
    );
    await inTenant(app, vt25, () =>
      app.query(`INSERT INTO casus_betrokkene (casus_id, persoon_id) VALUES ($1, $2)`, [eigenCasus, eigenPersoon]),
    );
  });

  it("refuses a melding_betrokkene pointing at another region's persoon (application role)", async () => {
    await expect(
      inTenant(app, vt25, () =>
        app.query(`INSERT INTO melding_betrokkene (melding_id, persoon_id, rol) VALUES ($1, $2, 'KIND')`, [eigenMelding, vreemdePersoon]),
      ),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it('refuses the same as the table owner', async () => {
    await expect(
      inTenant(owner, vt25, () =>
        owner.query(`INSERT INTO melding_betrokkene (melding_id, persoon_id, rol) VALUES ($1, $2, 'SLACHTOFFER')`, [
          eigenMelding,
          vreemdePersoon,
        ]),
      ),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it("refuses a casus_betrokkene pointing at another region's persoon", async () => {
    await expect(
      inTenant(app, vt25, () =>
        app.query(`INSERT INTO casus_betrokkene (casus_id, persoon_id) VALUES ($1, $2)`, [eigenCasus, vreemdePersoon]),
      ),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it("refuses moving an own melding into another region's casus", async () => {
    await expect(
      inTenant(app, vt25, () => app.query(`UPDATE melding SET casus_id = $2 WHERE id = $1`, [eigenMelding, vreemdeCasus])),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it("refuses hours booked on another region's medewerker and casus", async () => {
    const medewerker = (tenant: string) =>
      inTenant(
        app,
        tenant,
        async () => (await app.query(`INSERT INTO medewerker (naam) VALUES ('FK Test') RETURNING id`)).rows[0].id as string,
      );
    const vreemdeMedewerker = await medewerker(vt18);
    const eigenMedewerker = await medewerker(vt25);
    const boek = (medewerker: string, casus: string | null) =>
      inTenant(app, vt25, () =>
        app.query(
          `INSERT INTO tijdregistratie (medewerker_id, datum, functie, product, uren, casus_id, bron, geregistreerd_door)
           VALUES ($1, DATE '2026-01-05', 'MW', 'ONDERZOEK', 1, $2, 'HANDMATIG', 'fk-test')`,
          [medewerker, casus],
        ),
      );
    await expect(boek(vreemdeMedewerker, null)).rejects.toMatchObject({ code: '23503' });
    await expect(boek(eigenMedewerker, vreemdeCasus)).rejects.toMatchObject({ code: '23503' });
    await boek(eigenMedewerker, eigenCasus);
  });

  it("refuses an advies converted into another region's melding", async () => {
    const vreemdeMelding = await nieuweMelding(app, vt18, vreemdeCasus);
    const advies = await inTenant(app, vt25, async () => {
      const { rows } = await app.query(
        `INSERT INTO advies (nummer, soort, ontvangen_op, kanaal, adviesvrager_organisatie, adviesvrager_anoniem, aard_geweld, samenvatting, status, geregistreerd_door)
         VALUES ($1, 'ADVIES', now(), 'TELEFOON', 'Organisatie', true, '{LICHAMELIJK}', 'Test', 'AFGESLOTEN', 'fk-test') RETURNING id`,
        [uniqueNummer('FK')],
      );
      return rows[0].id as string;
    });
    await expect(
      inTenant(app, vt25, () => app.query(`UPDATE advies SET melding_id = $2 WHERE id = $1`, [advies, vreemdeMelding])),
    ).rejects.toMatchObject({ code: '23503' });
    await inTenant(app, vt25, () => app.query(`UPDATE advies SET melding_id = $2 WHERE id = $1`, [advies, eigenMelding]));
  });
});
