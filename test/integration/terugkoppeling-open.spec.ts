import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';
import { tenantIdOf } from '../support/db.js';
import { createBeoordeling, createCasus, createInterventie, createMelding } from '../support/factories.js';
import { startIntegration, switchTenant, type Integration } from '../support/integration.js';

// The werkvoorraad reads open feedback from `teruggekoppeld` (migration TerugkoppelingOpen), which
// the database keeps from terugkoppeling: these tests change terugkoppeling every way a statement
// can and read the flag back, in rolled-back transactions of region VT25.
describe('teruggekoppeld follows terugkoppeling (database triggers)', () => {
  let db: Integration;
  let vt25: string;
  let vt24: string;

  beforeAll(async () => {
    [db, vt25, vt24] = await Promise.all([startIntegration(), tenantIdOf('VT25'), tenantIdOf('VT24')]);
  });
  afterAll(() => db.close());

  const terugkoppeling = (m: EntityManager, meldingId: string, moment: 'NA_BEOORDELING' | 'NA_ONDERZOEK') =>
    kysely(m)
      .insertInto('terugkoppeling')
      .values({ melding_id: meldingId, moment, datum: '2026-11-20', samenvatting: 'Melder geïnformeerd.', geregistreerd_door: 'test' })
      .returning('id')
      .executeTakeFirstOrThrow();
  const vlag = async (m: EntityManager, table: 'veiligheidsbeoordeling' | 'interventie', id: string) =>
    (await kysely(m).selectFrom(table).select('teruggekoppeld').where('id', '=', id).executeTakeFirstOrThrow()).teruggekoppeld;

  it('is set by an insert, cleared by a delete, moved by an update, and taken over by a later beoordeling', async () => {
    await db.rolledBack(vt25, async (m) => {
      const casus = await createCasus(m);
      const [a, b] = [await createMelding(m, casus.id), await createMelding(m, casus.id)];
      const beoordelingA = await createBeoordeling(m, a.id, { status: 'VASTGESTELD' });
      const beoordelingB = await createBeoordeling(m, b.id, { status: 'VASTGESTELD' });
      const onderzoek = await createInterventie(m, casus.id, a.id, { soort: 'ONDERZOEK' });
      expect(await vlag(m, 'veiligheidsbeoordeling', beoordelingA.id)).toBe(false);

      const t = await terugkoppeling(m, a.id, 'NA_BEOORDELING');
      expect(await vlag(m, 'veiligheidsbeoordeling', beoordelingA.id)).toBe(true);
      // Feedback after the beoordeling is not feedback after the onderzoek, nor another melding's.
      expect(await vlag(m, 'interventie', onderzoek.id)).toBe(false);
      expect(await vlag(m, 'veiligheidsbeoordeling', beoordelingB.id)).toBe(false);

      await kysely(m).updateTable('terugkoppeling').set({ melding_id: b.id }).where('id', '=', t.id).execute();
      expect(await vlag(m, 'veiligheidsbeoordeling', beoordelingA.id)).toBe(false);
      expect(await vlag(m, 'veiligheidsbeoordeling', beoordelingB.id)).toBe(true);

      await terugkoppeling(m, a.id, 'NA_ONDERZOEK');
      expect(await vlag(m, 'interventie', onderzoek.id)).toBe(true);

      await kysely(m).deleteFrom('terugkoppeling').where('id', '=', t.id).execute();
      expect(await vlag(m, 'veiligheidsbeoordeling', beoordelingB.id)).toBe(false);

      // A beoordeling written after its melding's feedback takes the fact over, whatever it was given.
      const c = await createMelding(m, casus.id);
      await terugkoppeling(m, c.id, 'NA_BEOORDELING');
      const laat = await createBeoordeling(m, c.id, { status: 'VASTGESTELD', teruggekoppeld: false });
      expect(laat.teruggekoppeld).toBe(true);
      const voorbarig = await createBeoordeling(m, b.id, { status: 'TER_TOETSING', teruggekoppeld: true });
      expect(voorbarig.teruggekoppeld).toBe(false);
    });
  });

  it("never reaches another region's rows: the triggers run under the caller's tenant", async () => {
    await db.rolledBack(vt25, async (m) => {
      // VT24's beoordeling and VT25's terugkoppeling on the same melding id cannot exist (foreign
      // keys are per tenant), so the check is that a VT25 statement leaves VT24's flags alone.
      await switchTenant(m, vt24);
      const casus = await createCasus(m);
      const melding = await createMelding(m, casus.id);
      const beoordeling = await createBeoordeling(m, melding.id, { status: 'VASTGESTELD' });
      await switchTenant(m, vt25);
      await sql`SELECT public.terugkoppeling_herbereken(ARRAY[${melding.id}]::uuid[])`.execute(kysely(m));
      await sql`UPDATE veiligheidsbeoordeling SET teruggekoppeld = true WHERE id = ${beoordeling.id}`.execute(kysely(m));
      await switchTenant(m, vt24);
      expect(await vlag(m, 'veiligheidsbeoordeling', beoordeling.id)).toBe(false);
    });
  });
});
