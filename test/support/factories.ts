import type { EntityManager } from 'typeorm';
import { kysely, type Database, type Insertable } from '@vt/database';
import { uniqueNummer } from './db.js';

/**
 * Small data factories for the integration tier: each inserts one minimal valid row in the tenant
 * of the caller's transaction `m` (tenant_id comes from the transaction, as in the application)
 * and returns it. Pass only what the test is about; the rest gets a valid default.
 */

type Velden<T extends keyof Database> = Partial<Insertable<Database[T]>>;

const VANDAAG = '2026-11-20';

export function createCasus(m: EntityManager, velden: Velden<'casus'> = {}) {
  return kysely(m)
    .insertInto('casus')
    .values({ nummer: uniqueNummer('C'), ...velden })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function createMelding(m: EntityManager, casusId: string, velden: Velden<'melding'> = {}) {
  return kysely(m)
    .insertInto('melding')
    .values({
      casus_id: casusId,
      nummer: uniqueNummer('M'),
      ontvangen_op: new Date(`${VANDAAG}T10:00:00+01:00`),
      ontvangstdatum: VANDAAG,
      uiterlijke_beoordelingsdatum: '2026-11-27',
      melder_naam: 'Test Melder',
      melder_organisatie: 'POLITIE',
      aard_geweld: ['KINDERMISHANDELING'],
      duur_geweld: 'ONBEKEND',
      classificatie: 'EERSTE_MELDING',
      fase: 'TE_BEOORDELEN',
      geregistreerd_door: 'test-integration',
      ...velden,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function createPersoon(m: EntityManager, velden: Velden<'persoon'> = {}) {
  return kysely(m)
    .insertInto('persoon')
    .values({ naam: `Test Persoon ${uniqueNummer('P')}`, ...velden })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A person of a casus (casus_betrokkene), for rules that follow people through their casussen. */
export async function addBetrokkene(m: EntityManager, casusId: string, persoonId: string): Promise<void> {
  await kysely(m).insertInto('casus_betrokkene').values({ casus_id: casusId, persoon_id: persoonId }).execute();
}

export function createBeoordeling(m: EntityManager, meldingId: string, velden: Velden<'veiligheidsbeoordeling'> = {}) {
  return kysely(m)
    .insertInto('veiligheidsbeoordeling')
    .values({
      melding_id: meldingId,
      acute_onveiligheid: false,
      structurele_onveiligheid: true,
      besluit: 'OVERDRACHT',
      besloten_door: 'test-beslisser',
      status: 'TER_TOETSING',
      ...velden,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function createAdvies(m: EntityManager, velden: Velden<'advies'> = {}) {
  return kysely(m)
    .insertInto('advies')
    .values({
      nummer: uniqueNummer('A'),
      soort: 'ADVIES',
      kanaal: 'TELEFOON',
      status: 'AFGESLOTEN',
      adviesvrager_organisatie: 'NIET_BEROEPSMATIG',
      adviesvrager_anoniem: true,
      aard_geweld: ['KINDERMISHANDELING'],
      samenvatting: 'Test advies',
      ontvangen_op: new Date(`${VANDAAG}T10:00:00+01:00`),
      geregistreerd_door: 'test-integration',
      ...velden,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A directbetrokkene of a melding, with a role. */
export async function addMeldingBetrokkene(
  m: EntityManager,
  meldingId: string,
  persoonId: string,
  rol: Insertable<Database['melding_betrokkene']>['rol'],
): Promise<void> {
  await kysely(m).insertInto('melding_betrokkene').values({ melding_id: meldingId, persoon_id: persoonId, rol }).execute();
}

export function createInterventie(m: EntityManager, casusId: string, meldingId: string, velden: Velden<'interventie'> = {}) {
  return kysely(m)
    .insertInto('interventie')
    .values({
      casus_id: casusId,
      melding_id: meldingId,
      soort: 'ONDERZOEK',
      status: 'GEPLAND',
      besloten_op: VANDAAG,
      uiterlijke_startdatum: '2026-11-27',
      wettelijke_einddatum: '2027-01-29',
      ...velden,
    })
    .returning(['id', 'casus_id', 'melding_id', 'soort', 'status'])
    .executeTakeFirstOrThrow();
}

export function createOverdracht(m: EntityManager, casusId: string, meldingId: string, velden: Velden<'overdracht'> = {}) {
  return kysely(m)
    .insertInto('overdracht')
    .values({
      casus_id: casusId,
      melding_id: meldingId,
      partner_type: 'LOKAAL_TEAM',
      partner_naam: 'Test Partner',
      status: 'WACHTLIJST',
      warm: false,
      ...velden,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A timeline event; by default a casus-wide one (about no melding). */
export function createTijdlijnGebeurtenis(m: EntityManager, casusId: string, velden: Velden<'tijdlijn_gebeurtenis'> = {}) {
  return kysely(m)
    .insertInto('tijdlijn_gebeurtenis')
    .values({ casus_id: casusId, soort: 'HUISVERBOD', omschrijving: 'Test', door: 'test-integration', ...velden })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function createFeestdagAanpassing(m: EntityManager, datum: string, werkdag: boolean) {
  return kysely(m)
    .insertInto('feestdag_aanpassing')
    .values({ datum, werkdag, omschrijving: werkdag ? 'Extra werkdag (test)' : 'Regionale vrije dag (test)' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The region's settings row (one per tenant): created or overwritten. */
export function setInstellingen(m: EntityManager, velden: Velden<'tenant_instelling'>) {
  return kysely(m)
    .insertInto('tenant_instelling')
    .values(velden)
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(velden))
    .returningAll()
    .executeTakeFirstOrThrow();
}

let bsnTeller = Math.floor(Math.random() * 1_000_000);

/** A valid (elfproef) BSN, distinct within a test run with high probability. */
export function testBsn(): string {
  for (;;) {
    bsnTeller += 1;
    const base = String(10_000_000 + ((bsnTeller * 7919 + process.pid) % 89_999_999));
    const rest = [...base].reduce((t, d, i) => t + Number(d) * (9 - i), 0) % 11;
    if (rest < 10) return `${base}${rest}`;
  }
}
