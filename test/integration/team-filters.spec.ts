import type { EntityManager } from 'typeorm';
import type { Actor } from '@vt/auth';
import { kysely, sql } from '@vt/database';
import { STANDAARD_INSTELLINGEN, type Instellingen } from '@vt/instellingen';
// Not all four are on @vt/casus's public surface; the rules themselves are what this file tests.
import { casusTeamFilter, persoonTeamFilter, teamFilter, tijdlijnTeamFilter } from '../../libs/casus/src/melding/werk-filter.js';
import { tenantIdOf } from '../support/db.js';
import {
  addBetrokkene,
  createBeoordeling,
  createCasus,
  createMelding,
  createPersoon,
  createTijdlijnGebeurtenis,
} from '../support/factories.js';
import { startIntegration, type Integration } from '../support/integration.js';

const BEPERKT: Instellingen = { ...STANDAARD_INSTELLINGEN, werkBeperktTotTeam: true, mdToetsingVerplicht: false, version: 1 };
const VRIJ: Instellingen = { ...BEPERKT, werkBeperktTotTeam: false };

const actor = (team: string | undefined, ...extra: Actor['rollen']): Actor => ({
  userId: `test-${team ?? 'zonder-team'}`,
  naam: 'Test Medewerker',
  rollen: ['medewerker', ...extra],
  tenantCode: 'VT14',
  team,
});
const NOORD = actor('Team Noord');
const MANAGER = actor('Team Zuid', 'teammanager');
const ZONDER_TEAM = actor(undefined);

/**
 * A region's meldingen across teams: casus A (Noord), B (Zuid), C (not yet assigned), D (one
 * melding of each team), each with one person; D's timeline has events about both meldingen, a
 * besluit of the Zuid melding and a casus-wide event.
 */
async function regio(m: EntityManager) {
  const melding = async (casusId: string, team: string | null) => (await createMelding(m, casusId, { team })).id;
  const [a, b, c, d] = [await createCasus(m), await createCasus(m), await createCasus(m), await createCasus(m)];
  const meldingen = {
    a: await melding(a.id, 'Team Noord'),
    b: await melding(b.id, 'Team Zuid'),
    c: await melding(c.id, null),
    dNoord: await melding(d.id, 'Team Noord'),
    dZuid: await melding(d.id, 'Team Zuid'),
  };
  const personen = { a: '', b: '', c: '', d: '' };
  for (const [sleutel, casus] of Object.entries({ a, b, c, d }) as [keyof typeof personen, { id: string }][]) {
    personen[sleutel] = (await createPersoon(m)).id;
    await addBetrokkene(m, casus.id, personen[sleutel]);
  }
  const besluitZuid = await createBeoordeling(m, meldingen.dZuid);
  const crisisZuid = await kysely(m)
    .insertInto('crisisinterventie')
    .values({ casus_id: d.id, datum: '2026-03-02T10:00:00Z', geregistreerd_door: 'test', samenvatting: 'Crisis na screening' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const screeningZuid = await kysely(m)
    .insertInto('screening')
    .values({
      melding_id: meldingen.dZuid,
      uitkomst: 'ACUUT',
      toelichting: 'Acuut',
      uiterlijk: '2026-03-02',
      gescreend_door: 'test',
      gescreend_door_naam: 'Test',
      crisisinterventie_id: crisisZuid.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const kennisgevingZuid = await kysely(m)
    .insertInto('kennisgeving')
    .values({
      casus_id: d.id,
      melding_id: meldingen.dZuid,
      soort: 'POLITIE_INFORMEREN',
      ontstaan_op: '2026-03-02',
      uiterlijke_datum: '2026-03-09',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const losseCrisis = await kysely(m)
    .insertInto('crisisinterventie')
    .values({ casus_id: d.id, datum: '2026-03-03T10:00:00Z', geregistreerd_door: 'test', samenvatting: 'Crisis zonder melding' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const gebeurtenis = async (velden: { object_type: string; object_id: string } | object) =>
    (await createTijdlijnGebeurtenis(m, d.id, velden)).id;
  const tijdlijn = {
    meldingNoord: await gebeurtenis({ soort: 'MELDING_ONTVANGEN', object_type: 'Melding', object_id: meldingen.dNoord }),
    meldingZuid: await gebeurtenis({ soort: 'MELDING_ONTVANGEN', object_type: 'Melding', object_id: meldingen.dZuid }),
    besluitZuid: await gebeurtenis({ soort: 'BESLUIT_VOORGESTELD', object_type: 'Veiligheidsbeoordeling', object_id: besluitZuid.id }),
    screeningZuid: await gebeurtenis({ soort: 'GESCREEND', object_type: 'Screening', object_id: screeningZuid.id }),
    crisisZuid: await gebeurtenis({ soort: 'CRISISINTERVENTIE', object_type: 'Crisisinterventie', object_id: crisisZuid.id }),
    kennisgevingZuid: await gebeurtenis({ soort: 'KENNISGEVING', object_type: 'Kennisgeving', object_id: kennisgevingZuid.id }),
    casusBreed: await gebeurtenis({ soort: 'HUISVERBOD' }),
    crisisLos: await gebeurtenis({ soort: 'CRISISINTERVENTIE', object_type: 'Crisisinterventie', object_id: losseCrisis.id }),
  };
  return { casussen: { a: a.id, b: b.id, c: c.id, d: d.id }, meldingen, personen, tijdlijn };
}
type Regio = Awaited<ReturnType<typeof regio>>;

/** Which of the fixture's rows each rule lets through, by fixture key. */
async function zichtbaar(m: EntityManager, f: Regio, instellingen: Instellingen, wie: Actor) {
  const db = kysely(m);
  const sleutels = (ids: Record<string, string>, gezien: { id: string }[]) =>
    Object.entries(ids)
      .filter(([, id]) => gezien.some((r) => r.id === id))
      .map(([sleutel]) => sleutel)
      .sort();
  const meldingen = await db
    .selectFrom('melding as m')
    .select('m.id')
    .where('m.id', 'in', Object.values(f.meldingen))
    .where(teamFilter(instellingen, wie))
    .execute();
  const casussen = await db
    .selectFrom('casus as c')
    .select('c.id')
    .where('c.id', 'in', Object.values(f.casussen))
    .where(casusTeamFilter(instellingen, wie))
    .execute();
  const personen = await db
    .selectFrom('persoon as p')
    .select('p.id')
    .where('p.id', 'in', Object.values(f.personen))
    .where(persoonTeamFilter(instellingen, wie))
    .execute();
  const tijdlijn = await db
    .selectFrom('tijdlijn_gebeurtenis as g')
    .select(sql<string>`g.id::text`.as('id'))
    .where('g.casus_id', '=', f.casussen.d)
    .where(tijdlijnTeamFilter(instellingen, wie))
    .execute();
  return {
    meldingen: sleutels(f.meldingen, meldingen),
    casussen: sleutels(f.casussen, casussen),
    personen: sleutels(f.personen, personen),
    tijdlijn: sleutels(Object.fromEntries(Object.entries(f.tijdlijn).map(([k, v]) => [k, String(v)])), tijdlijn),
  };
}

describe('team rules (werk-filter) against PostgreSQL', () => {
  let db: Integration;
  let tenant: string;

  beforeAll(async () => {
    [db, tenant] = await Promise.all([startIntegration(), tenantIdOf('VT14')]);
  });
  afterAll(() => db.close());

  it('shows a team member the meldingen of their team and unassigned ones, and what hangs off them', () =>
    db.rolledBack(tenant, async (m) => {
      const f = await regio(m);
      expect(await zichtbaar(m, f, BEPERKT, NOORD)).toEqual({
        meldingen: ['a', 'c', 'dNoord'],
        casussen: ['a', 'c', 'd'],
        personen: ['a', 'c', 'd'],
        // Within a visible casus, events about another team's melding (its besluit, screening, the
        // crisis that screening started, its kennisgeving) are left out; casus-wide ones stay.
        tijdlijn: ['casusBreed', 'crisisLos', 'meldingNoord'],
      });
    }));

  it('shows a member without a team only the unassigned work', () =>
    db.rolledBack(tenant, async (m) => {
      const f = await regio(m);
      expect(await zichtbaar(m, f, BEPERKT, ZONDER_TEAM)).toEqual({
        meldingen: ['c'],
        casussen: ['c'],
        personen: ['c'],
        // Casus D itself is hidden from them; the timeline rule alone keeps only its casus-wide events.
        tijdlijn: ['casusBreed', 'crisisLos'],
      });
    }));

  it('shows a teammanager everything, whatever their own team', () =>
    db.rolledBack(tenant, async (m) => {
      const f = await regio(m);
      const alles = await zichtbaar(m, f, BEPERKT, MANAGER);
      expect(alles).toEqual({
        meldingen: ['a', 'b', 'c', 'dNoord', 'dZuid'],
        casussen: ['a', 'b', 'c', 'd'],
        personen: ['a', 'b', 'c', 'd'],
        tijdlijn: [
          'besluitZuid',
          'casusBreed',
          'crisisLos',
          'crisisZuid',
          'kennisgevingZuid',
          'meldingNoord',
          'meldingZuid',
          'screeningZuid',
        ],
      });
    }));

  it('applies no team rule in a region that does not restrict work to teams', () =>
    db.rolledBack(tenant, async (m) => {
      const f = await regio(m);
      const teamlid = await zichtbaar(m, f, VRIJ, NOORD);
      expect(teamlid.meldingen).toEqual(['a', 'b', 'c', 'dNoord', 'dZuid']);
      expect(teamlid.casussen).toEqual(['a', 'b', 'c', 'd']);
      expect(teamlid.personen).toEqual(['a', 'b', 'c', 'd']);
      expect(teamlid.tijdlijn).toEqual([
        'besluitZuid',
        'casusBreed',
        'crisisLos',
        'crisisZuid',
        'kennisgevingZuid',
        'meldingNoord',
        'meldingZuid',
        'screeningZuid',
      ]);
    }));

  it('binds the team as a value inside a sql template too (no injection through the team claim)', () =>
    db.rolledBack(tenant, async (m) => {
      const f = await regio(m);
      const kwaadaardig = actor(`x' OR true OR m.team = 'y`);
      const { rows } = await sql<{ id: string }>`SELECT m.id FROM melding m
        WHERE m.id IN (${sql.join(Object.values(f.meldingen))}) AND ${teamFilter(BEPERKT, kwaadaardig)}`.execute(kysely(m));
      expect(rows.map((r) => r.id)).toEqual([f.meldingen.c]);
    }));
});
