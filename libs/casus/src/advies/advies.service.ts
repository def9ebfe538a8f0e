import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor, type AppAbility } from '@vt/auth';
import {
  TenantDb,
  claimIdempotencyKey,
  jsonArrayFrom,
  kysely,
  requestHash,
  sql,
  type Database,
  type InferResult,
  type Updateable,
} from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { datumInNederland } from '@vt/werkdagen';
import { hoedanigheidPastBij, type AardGeweld, type OrganisatieCategorie } from '../classificaties/index.js';
import { Nummering } from '../casus/nummering.js';
import { isBeroepsmatig } from '../melding/melding.validation.js';
import type { Advies, AdviesContactInput, RegistreerAdviesInput } from './advies.types.js';
import { vereisGemeente } from '../casus/gemeente.js';
import { vereisteGemeenteCode } from '../casus/gemeente.validation.js';
import { legBereikbaarheidVast, vereisBereikbaarheid } from '../bereikbaarheid/bereikbaarheidscontact.js';

/** The columns an advies is read with (alias a). */
const ADVIES_COLUMNS = [
  'a.id',
  'a.nummer',
  'a.soort',
  'a.ontvangen_op',
  'a.kanaal',
  'a.adviesvrager_organisatie',
  'a.adviesvrager_hoedanigheid',
  'a.adviesvrager_anoniem',
  'a.adviesvrager_naam',
  'a.adviesvrager_functie',
  'a.adviesvrager_telefoon',
  'a.adviesvrager_email',
  'a.aard_geweld',
  'a.samenvatting',
  'a.status',
  'a.melding_id',
  'a.gemeente_code',
  'a.version',
] as const;

/** Text columns that hold a domain enum (validated on the way in; no CHECK in the schema). */
interface AdviesEnums {
  adviesvrager_organisatie: OrganisatieCategorie;
  aard_geweld: AardGeweld[];
}

/** An advies with its contacts, oldest first, in one statement. */
function selectAdvies(m: EntityManager) {
  return kysely(m)
    .selectFrom('advies as a')
    .select(ADVIES_COLUMNS)
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('advies_contact as c')
          .select(['c.id', 'c.datum', 'c.kanaal', 'c.samenvatting'])
          .whereRef('c.advies_id', '=', 'a.id')
          .orderBy('c.datum'),
      ).as('contacten'),
    )
    .$narrowType<AdviesEnums>();
}

type AdviesRow = InferResult<ReturnType<typeof selectAdvies>>[number];

@Injectable()
export class AdviesService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly log: ToegangslogService,
    private readonly nummering: Nummering,
  ) {}

  async registreer(input: RegistreerAdviesInput): Promise<Advies> {
    const now = new Date();
    const ontvangenOp = input.ontvangenOp ?? now;
    if (ontvangenOp.getTime() > now.getTime() + 60_000) throw validatie('ontvangenOp', 'must not lie in the future');
    const vrager = input.adviesvrager;
    if (vrager.anoniem && (vrager.naam || vrager.telefoon || vrager.email)) {
      throw validatie('adviesvrager', 'an anonymous adviesvrager has no naam, telefoon or email');
    }
    const hoedanigheid = vrager.hoedanigheid ?? null;
    if (hoedanigheid && !hoedanigheidPastBij(hoedanigheid, vrager.organisatie))
      throw validatie('adviesvrager.hoedanigheid', `${hoedanigheid} does not fit adviesvrager.organisatie ${vrager.organisatie}`);
    const naam = vrager.anoniem ? null : check.tekst('adviesvrager.naam', vrager.naam);
    const functie = check.optioneleTekst('adviesvrager.functie', vrager.functie, 200);
    const telefoon = check.telefoon('adviesvrager.telefoon', vrager.telefoon);
    const email = check.email('adviesvrager.email', vrager.email);
    const aardGeweld = check.nietLeeg('aardGeweld', input.aardGeweld, 8);
    const samenvatting = check.tekst('samenvatting', input.samenvatting, { max: 10_000 });
    const key = input.idempotencyKey ?? null;
    if (key !== null && (key.length < 8 || key.length > 200)) throw validatie('idempotencyKey', 'must be 8 to 200 characters');
    const gemeenteCode = vereisteGemeenteCode('gemeenteCode', input.gemeenteCode);

    return this.db.run(async (m) => {
      await vereisGemeente(m, 'gemeenteCode', gemeenteCode);
      let id: string | null = null;
      if (key) {
        const { idempotencyKey: _key, ...rest } = input;
        const claim = await claimIdempotencyKey(m, 'registreerAdvies', key, requestHash(rest));
        if (claim.status === 'mismatch') throw validatie('idempotencyKey', 'was already used for a different request');
        if (claim.status === 'replay') return this.leesEnLog(m, claim.id);
        id = claim.id;
      }
      const bereikbaarheid = input.bereikbaarheid
        ? await vereisBereikbaarheid(m, input.bereikbaarheid, ontvangenOp, this.current.actor.userId)
        : null;
      const nummer = await this.nummering.volgend('A', Number(datumInNederland(ontvangenOp).slice(0, 4)));
      const row = await kysely(m)
        .insertInto('advies')
        .values({
          id: id ?? undefined,
          nummer,
          soort: input.soort,
          ontvangen_op: ontvangenOp,
          kanaal: input.kanaal,
          adviesvrager_organisatie: vrager.organisatie,
          adviesvrager_hoedanigheid: hoedanigheid,
          adviesvrager_anoniem: vrager.anoniem,
          adviesvrager_naam: naam,
          adviesvrager_functie: functie,
          adviesvrager_telefoon: telefoon,
          adviesvrager_email: email,
          aard_geweld: aardGeweld,
          samenvatting,
          gemeente_code: gemeenteCode,
          status: 'OPEN',
          geregistreerd_door: this.current.actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (bereikbaarheid) await legBereikbaarheidVast(m, bereikbaarheid, ontvangenOp, this.current.actor.userId, { adviesId: row.id });
      await this.log.schrijf(m, { actie: 'CREATE', objectType: 'Advies', objectId: row.id });
      return this.map((await this.rij(m, row.id))!);
    });
  }

  lees(id: string): Promise<Advies | null> {
    return this.db.run(async (m) => {
      const row = isUuid(id) ? await this.rij(m, id) : null;
      await this.log.schrijf(m, { actie: 'READ', objectType: 'Advies', objectId: id, uitkomst: row ? 'GESLAAGD' : 'GEWEIGERD' });
      return row ? this.map(row) : null;
    });
  }

  voegContactToe(input: AdviesContactInput): Promise<Advies> {
    const datum = input.datum ?? new Date();
    if (datum.getTime() > Date.now() + 60_000) throw validatie('datum', 'must not lie in the future');
    const samenvatting = check.tekst('samenvatting', input.samenvatting, { max: 10_000 });
    return this.db.run(async (m) => {
      const advies = await this.voorWijziging(m, input.adviesId, input.versie);
      if (advies.soort !== 'ADVIES_EN_ONDERSTEUNING') throw ongeldigeOvergang('Only an advies en ondersteuning has further contacts');
      if (advies.status !== 'OPEN')
        throw ongeldigeOvergang(`The advies is ${advies.status.toLowerCase()}; contacts can only be added to an open advies`);
      await kysely(m)
        .insertInto('advies_contact')
        .values({ advies_id: advies.id, datum, kanaal: input.kanaal, samenvatting, geregistreerd_door: this.current.actor.userId })
        .execute();
      await wijzigAdvies(m, advies.id, {});
      return this.bijgewerkt(m, advies.id);
    });
  }

  sluitAf(adviesId: string, versie: number): Promise<Advies> {
    return this.db.run(async (m) => {
      const advies = await this.voorWijziging(m, adviesId, versie);
      if (advies.status !== 'OPEN') throw ongeldigeOvergang(`The advies is already ${advies.status.toLowerCase()}`);
      await wijzigAdvies(m, advies.id, { status: 'AFGESLOTEN' });
      return this.bijgewerkt(m, advies.id);
    });
  }

  /** Checks that an open advies may be converted; the caller records the conversion in its own transaction. */
  async markeerOmgezet(m: EntityManager, adviesId: string, versie: number, meldingId: string): Promise<void> {
    const advies = await this.voorWijziging(m, adviesId, versie);
    if (advies.status !== 'OPEN')
      throw ongeldigeOvergang(`The advies is ${advies.status.toLowerCase()}; only an open advies can be converted into a melding`);
    await wijzigAdvies(m, advies.id, { status: 'OMGEZET', melding_id: meldingId });
    await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Advies', objectId: advies.id });
  }

  private async voorWijziging(m: EntityManager, id: string, versie: number) {
    const advies = isUuid(id)
      ? await kysely(m)
          .selectFrom('advies as a')
          .select(['a.id', 'a.soort', 'a.status', 'a.version'])
          .where('a.id', '=', id)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
    if (!advies) throw nietGevonden('Advies');
    vereisVersie('The advies', advies.version, versie);
    return advies;
  }

  private async bijgewerkt(m: EntityManager, id: string): Promise<Advies> {
    await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Advies', objectId: id });
    return this.map((await this.rij(m, id))!);
  }

  private async leesEnLog(m: EntityManager, id: string): Promise<Advies> {
    const row = await this.rij(m, id);
    if (!row) throw validatie('idempotencyKey', 'belongs to an advies that no longer exists');
    await this.log.schrijf(m, { actie: 'READ', objectType: 'Advies', objectId: id });
    return this.map(row);
  }

  private async rij(m: EntityManager, id: string): Promise<AdviesRow | null> {
    return (await selectAdvies(m).where('a.id', '=', id).executeTakeFirst()) ?? null;
  }

  private map(row: AdviesRow, ability: AppAbility = this.current.ability): Advies {
    const contact = ability.can('read', 'Contactgegevens');
    return {
      id: row.id,
      nummer: row.nummer,
      soort: row.soort,
      ontvangenOp: row.ontvangen_op,
      kanaal: row.kanaal,
      adviesvrager: {
        organisatie: row.adviesvrager_organisatie,
        hoedanigheid: row.adviesvrager_hoedanigheid,
        beroepsmatig: isBeroepsmatig(row.adviesvrager_organisatie),
        anoniem: row.adviesvrager_anoniem,
        naam: row.adviesvrager_naam,
        functie: row.adviesvrager_functie,
        telefoon: contact ? row.adviesvrager_telefoon : null,
        email: contact ? row.adviesvrager_email : null,
      },
      aardGeweld: row.aard_geweld,
      samenvatting: row.samenvatting,
      status: row.status,
      meldingId: row.melding_id,
      gemeenteCode: row.gemeente_code,
      contacten: row.contacten.map((c) => ({ ...c, datum: new Date(c.datum) })),
      versie: row.version,
    };
  }
}

/** A change to an advies: a new version, changed now. */
async function wijzigAdvies(m: EntityManager, id: string, wijziging: Updateable<Database['advies']>): Promise<void> {
  await kysely(m)
    .updateTable('advies')
    .set((eb) => ({ ...wijziging, updated_at: sql<Date>`now()`, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
