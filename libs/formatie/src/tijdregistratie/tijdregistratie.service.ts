import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely, sql, countRows } from '@vt/database';
import {
  check,
  decodeOrderedCursor,
  isUuid,
  keyset,
  orderOf,
  orderTag,
  nietGevonden,
  ongeldigeOvergang,
  pageSize,
  toConnection,
  validatie,
  forbidden,
  type Connection,
} from '@vt/platform';
import { dagenTussen, datumInNederland, datumVan, type Datum } from '@vt/werkdagen';
import type { Functie } from '../catalogus.js';
import { HUIDIG, TIJDREGISTRATIE_COLUMNS, toTijdregistratie } from './tijdregistratie.row.js';
import { bestaandeIds, geldigeUren, geslotenMaanden, MAX_UREN_PER_DAG, urenPerDag } from './tijdregistratie.validation.js';
import type { BoekUrenInput, CorrigeerUrenInput, Tijdregistratie, UrenArgs } from './tijdregistratie.types.js';

/** Booking and correcting hours, and reading them back. Corrections never overwrite. */
@Injectable()
export class TijdregistratieService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
  ) {}

  boek(input: BoekUrenInput): Promise<Tijdregistratie> {
    const datum = datumVan(input.datum);
    if (datum > datumInNederland(new Date())) throw validatie('datum', 'must not lie in the future');
    if (!geldigeUren(input.uren, 0.01)) throw validatie('uren', 'must be more than 0 and at most 24, with at most two decimals');
    const omschrijving = check.optioneleTekst('omschrijving', input.omschrijving, 500);
    return this.db.run(async (m) => {
      const medewerker = await this.eigenMedewerker(m);
      const functie = input.functie ?? (await this.functieOp(m, medewerker, datum));
      await this.vereisOpen(m, [datum]);
      await this.vereisKoppelingen(m, input.casusId ?? null, input.interventieId ?? null);
      await this.vereisMaximum(m, medewerker, datum, input.uren, []);
      const row = await kysely(m)
        .insertInto('tijdregistratie')
        .values({
          medewerker_id: medewerker,
          datum,
          functie,
          product: input.product,
          uren: input.uren,
          casus_id: input.casusId ?? null,
          interventie_id: input.interventieId ?? null,
          omschrijving,
          bron: 'HANDMATIG',
          geregistreerd_door: this.current.actor.userId,
        })
        .returning(TIJDREGISTRATIE_COLUMNS)
        .executeTakeFirstOrThrow();
      return toTijdregistratie(row);
    });
  }

  corrigeer(input: CorrigeerUrenInput): Promise<Tijdregistratie> {
    if (!geldigeUren(input.uren, 0)) throw validatie('uren', 'must be 0 to 24, with at most two decimals');
    const reden = check.tekst('reden', input.reden, { max: 500 });
    return this.db.run(async (m) => {
      const db = kysely(m);
      const oudeRij = isUuid(input.registratieId)
        ? await db.selectFrom('tijdregistratie').select(TIJDREGISTRATIE_COLUMNS).where('id', '=', input.registratieId).executeTakeFirst()
        : undefined;
      if (!oudeRij) throw nietGevonden('Tijdregistratie');
      const oud = toTijdregistratie(oudeRij);
      const beheerder = this.current.ability.can('manage', 'Tijdregistratie');
      if (!beheerder && oud.medewerkerId !== (await this.eigenMedewerker(m))) throw forbidden('You can only correct your own hours');
      await db.selectFrom('medewerker').select('id').where('id', '=', oud.medewerkerId).forUpdate().execute();
      const vervangen = await db.selectFrom('tijdregistratie').select('id').where('vervangt_id', '=', oud.id).executeTakeFirst();
      if (vervangen) throw ongeldigeOvergang('This entry was already corrected; correct the newest version');
      await this.vereisOpen(m, [oud.datum]);
      await this.vereisMaximum(m, oud.medewerkerId, oud.datum, input.uren, [oud.id]);
      const row = await db
        .insertInto('tijdregistratie')
        .columns([
          'medewerker_id',
          'datum',
          'functie',
          'product',
          'uren',
          'casus_id',
          'interventie_id',
          'omschrijving',
          'vervangt_id',
          'reden',
          'bron',
          'geregistreerd_door',
        ])
        .expression((eb) =>
          eb
            .selectFrom('tijdregistratie')
            .select([
              'medewerker_id',
              'datum',
              'functie',
              sql<string>`COALESCE(${input.product ?? null}, product)`.as('product'),
              sql<number>`${input.uren}`.as('uren'),
              'casus_id',
              'interventie_id',
              'omschrijving',
              'id',
              sql<string>`${reden}`.as('reden'),
              'bron',
              sql<string>`${this.current.actor.userId}`.as('geregistreerd_door'),
            ])
            .where('id', '=', oud.id),
        )
        .returning(TIJDREGISTRATIE_COLUMNS)
        .executeTakeFirstOrThrow();
      return toTijdregistratie(row);
    });
  }

  /** Current registrations: your own, or (teammanager: own team; functioneel-beheerder: everyone) of others. */
  lijst(args: UrenArgs, alleenEigen: boolean): Promise<Connection<Tijdregistratie>> {
    const first = pageSize(args);
    const order = orderOf(args.orderBy, { field: 'DATUM', direction: 'ASC' });
    const { direction, after: verder } = keyset(order);
    const after = decodeOrderedCursor(args.after, order, ['datum', 'uuid']);
    const van = datumVan(args.van);
    const tot = datumVan(args.tot);
    if (tot < van || dagenTussen(van, tot) > 366) throw validatie('tot', 'must lie 0 to 366 days after van');
    return this.db.run(async (m) => {
      const actor = this.current.actor;
      let medewerkerId = args.medewerkerId ?? null;
      let team = args.team ?? null;
      if (alleenEigen) {
        medewerkerId = await this.eigenMedewerker(m);
        team = null;
      } else if (!this.current.ability.can('manage', 'Tijdregistratie')) {
        // A teammanager sees their own team only.
        if (!actor.team) throw forbidden('Your token names no team, so there are no team hours to show');
        if (team && team !== actor.team) throw forbidden('You can only see the hours of your own team');
        team = actor.team;
      }
      if (medewerkerId && !isUuid(medewerkerId))
        return toConnection(
          [],
          first,
          () => [],
          (r) => r,
          async () => 0,
        );
      const gefilterd = (m: EntityManager) =>
        kysely(m)
          .selectFrom('tijdregistratie as t')
          .innerJoin('medewerker as md', 'md.id', 't.medewerker_id')
          .where(HUIDIG)
          .where((eb) => eb.between('t.datum', van, tot))
          .$if(medewerkerId !== null, (query) => query.where('t.medewerker_id', '=', medewerkerId!))
          .$if(team !== null, (query) => query.where('md.team', '=', team!));
      const found = (
        await gefilterd(m)
          .select(TIJDREGISTRATIE_COLUMNS.map((c) => `t.${c}` as const))
          .$if(after !== null, (query) =>
            query.where((eb) => eb(eb.refTuple('t.datum', 't.id'), verder, eb.tuple(String(after![0]), String(after![1])))),
          )
          .orderBy('t.datum', direction)
          .orderBy('t.id', direction)
          .limit(first + 1)
          .execute()
      ).map(toTijdregistratie);
      return toConnection(
        found,
        first,
        (r) => [orderTag(order), r.datum, r.id],
        (r) => r,
        () => this.db.run(async (m) => countRows(gefilterd(m))),
      );
    });
  }

  sluitPeriodeAf(jaar: number, maand: number): Promise<boolean> {
    check.geheel('jaar', jaar, 2000, 2100);
    check.geheel('maand', maand, 1, 12);
    return this.db.run(async (m) => {
      await kysely(m)
        .insertInto('periode_afsluiting')
        .values({ jaar, maand, afgesloten_door: this.current.actor.userId })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return true;
    });
  }

  /** The caller's medewerker (locked, so concurrent bookings of one person are checked one after the other). */
  private async eigenMedewerker(m: EntityManager): Promise<string> {
    const row = await kysely(m)
      .selectFrom('medewerker')
      .select('id')
      .where('gebruiker_id', '=', this.current.actor.userId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw validatie('medewerker', 'your user is not registered as a medewerker of this region; ask the functioneel-beheerder');
    return row.id;
  }

  private async functieOp(m: EntityManager, medewerkerId: string, datum: Datum): Promise<Functie> {
    const row = await kysely(m)
      .selectFrom('dienstverband')
      .select('functie')
      .where('medewerker_id', '=', medewerkerId)
      .where('van', '<=', datum)
      .where((eb) => eb.or([eb('tot', 'is', null), eb('tot', '>=', datum)]))
      .orderBy('van', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) throw validatie('functie', 'you had no dienstverband on this date; give the functie');
    return row.functie;
  }

  private async vereisOpen(m: EntityManager, datums: Datum[]): Promise<void> {
    const gesloten = await geslotenMaanden(m, datums);
    if (gesloten.size > 0) throw validatie('datum', `the period ${[...gesloten].join(', ')} is closed for time registration`);
  }

  private async vereisKoppelingen(m: EntityManager, casusId: string | null, interventieId: string | null): Promise<void> {
    if (casusId && !(isUuid(casusId) && (await bestaandeIds(m, 'casus', [casusId])).size === 1)) throw nietGevonden('Casus');
    if (interventieId && !(isUuid(interventieId) && (await bestaandeIds(m, 'interventie', [interventieId])).size === 1))
      throw nietGevonden('Interventie');
  }

  private async vereisMaximum(m: EntityManager, medewerkerId: string, datum: Datum, uren: number, zonder: string[]): Promise<void> {
    const geboekt = (await urenPerDag(m, [{ medewerkerId, datum }], zonder)).get(`${medewerkerId}|${datum}`) ?? 0;
    if (geboekt + uren > MAX_UREN_PER_DAG)
      throw validatie('uren', `${geboekt} hours are already booked on ${datum}; at most ${MAX_UREN_PER_DAG} per day`);
  }
}
