import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely, sql } from '@vt/database';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { datumInNederland } from '@vt/werkdagen';
import type { Functie } from '../catalogus.js';
import { TIJDREGISTRATIE_COLUMNS, toTijdregistratie } from '../tijdregistratie/tijdregistratie.row.js';
import type { Tijdregistratie } from '../tijdregistratie/tijdregistratie.types.js';
import { geslotenMaanden, MAX_UREN_PER_DAG, urenPerDag } from '../tijdregistratie/tijdregistratie.validation.js';
import { urenPerDagInNederland } from './bereikbaarheid.sql.js';
import type {
  Bereikbaarheidsdienst,
  Bereikbaarheidsrooster,
  DienstMedewerker,
  DienstMedewerkerInput,
  PlanBereikbaarheidsdienstInput,
  RoosterGat,
  WijzigBereikbaarheidsdienstInput,
} from './bereikbaarheid.types.js';
import { MAX_ROOSTER_DAGEN, roosterGaten, valideerMedewerkers, valideerPeriode, valideerVenster } from './bereikbaarheid.validation.js';

const DIENST_COLUMNS = ['d.id', 'd.begin', 'd.eind', 'd.omschrijving', 'd.version'] as const;

/** The 24/7 bereikbaarheidsdienst: the rooster of on-call shifts, its gaps, and booking a shift's hours. */
@Injectable()
export class BereikbaarheidService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
  ) {}

  rooster(van: Date, tot: Date): Promise<Bereikbaarheidsrooster> {
    valideerVenster(van, tot);
    return this.db.run(async (m) => {
      const diensten = await this.leesDiensten(m, (d) => d.where('d.begin', '<', tot).where('d.eind', '>', van));
      return { van, tot, diensten, gaten: gatenVan(van, tot, diensten) };
    });
  }

  /** Gaps in the coming days, from now. */
  gaten(dagen: number): Promise<RoosterGat[]> {
    check.geheel('dagen', dagen, 1, MAX_ROOSTER_DAGEN);
    const van = new Date();
    const tot = new Date(van.getTime() + dagen * 24 * 3600_000);
    return this.db.run(async (m) => {
      const diensten = await this.leesDiensten(m, (d) => d.where('d.begin', '<', tot).where('d.eind', '>', van));
      return gatenVan(van, tot, diensten);
    });
  }

  /** The shifts on duty at a moment (usually one; overlapping shifts are allowed for different people). */
  wieHeeftDienst(op: Date): Promise<Bereikbaarheidsdienst[]> {
    return this.db.run((m) => this.leesDiensten(m, (d) => d.where('d.begin', '<=', op).where('d.eind', '>', op)));
  }

  plan(input: PlanBereikbaarheidsdienstInput): Promise<Bereikbaarheidsdienst> {
    valideerPeriode(input.begin, input.eind);
    const medewerkers = valideerMedewerkers(input.medewerkers);
    const omschrijving = check.optioneleTekst('omschrijving', input.omschrijving, 500);
    return this.db.run(async (m) => {
      const functies = await this.bezetting(m, null, input.begin, input.eind, medewerkers);
      const { id } = await kysely(m)
        .insertInto('bereikbaarheidsdienst')
        .values({ begin: input.begin, eind: input.eind, omschrijving, aangemaakt_door: this.current.actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.zetMedewerkers(m, id, functies);
      return (await this.leesDiensten(m, (d) => d.where('d.id', '=', id)))[0]!;
    });
  }

  wijzig(input: WijzigBereikbaarheidsdienstInput): Promise<Bereikbaarheidsdienst> {
    const medewerkersGegeven = input.medewerkers !== undefined && input.medewerkers !== null;
    const nieuweMedewerkers = medewerkersGegeven ? valideerMedewerkers(input.medewerkers!) : null;
    const omschrijving = input.omschrijving === undefined ? undefined : check.optioneleTekst('omschrijving', input.omschrijving, 500);
    return this.db.run(async (m) => {
      const oud = await this.vergrendel(m, input.id);
      vereisVersie('The shift', oud.version, input.versie);
      const begin = input.begin ?? oud.begin;
      const eind = input.eind ?? oud.eind;
      valideerPeriode(begin, eind);
      const periodeGewijzigd = begin.getTime() !== oud.begin.getTime() || eind.getTime() !== oud.eind.getTime();
      if ((periodeGewijzigd || medewerkersGegeven) && (await this.urenGeboekt(m, oud.id)))
        throw ongeldigeOvergang('The hours of this shift are booked; correct them with corrigeerUren instead of changing the shift');
      // The medewerkers stay when not named; their functie and overlaps are checked against the new period.
      const medewerkers: DienstMedewerkerInput[] =
        nieuweMedewerkers ??
        (
          await kysely(m)
            .selectFrom('bereikbaarheidsdienst_medewerker')
            .select(['medewerker_id', 'functie'])
            .where('dienst_id', '=', oud.id)
            .execute()
        ).map((r) => ({ medewerkerId: r.medewerker_id, functie: r.functie }));
      const functies = await this.bezetting(m, oud.id, begin, eind, medewerkers);
      await this.vereisContactenGedekt(m, oud.id, begin, eind, new Set(medewerkers.map((mw) => mw.medewerkerId)));
      await kysely(m)
        .updateTable('bereikbaarheidsdienst')
        .set((eb) => ({
          begin,
          eind,
          ...(omschrijving === undefined ? {} : { omschrijving }),
          updated_at: sql<Date>`now()`,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', oud.id)
        .execute();
      if (medewerkersGegeven || periodeGewijzigd) {
        await kysely(m).deleteFrom('bereikbaarheidsdienst_medewerker').where('dienst_id', '=', oud.id).execute();
        await this.zetMedewerkers(m, oud.id, functies);
      }
      return (await this.leesDiensten(m, (d) => d.where('d.id', '=', oud.id)))[0]!;
    });
  }

  verwijder(id: string, versie: number): Promise<boolean> {
    return this.db.run(async (m) => {
      const oud = await this.vergrendel(m, id);
      vereisVersie('The shift', oud.version, versie);
      if (await this.urenGeboekt(m, oud.id)) throw ongeldigeOvergang('The hours of this shift are booked; it cannot be removed');
      const contact = await kysely(m).selectFrom('bereikbaarheidscontact').select('id').where('dienst_id', '=', oud.id).executeTakeFirst();
      if (contact) throw ongeldigeOvergang('Out-of-hours contacts are recorded with this shift; it cannot be removed');
      await kysely(m).deleteFrom('bereikbaarheidsdienst').where('id', '=', oud.id).execute();
      return true;
    });
  }

  /**
   * Books the hours of an ended shift on BEREIKBAARHEIDSDIENST for each medewerker on call, per
   * day in the Netherlands. Idempotent: what is already booked for the shift is never booked again.
   * All or nothing: a closed month or more than 24 hours on a day refuses the whole booking.
   */
  boekUren(dienstId: string): Promise<Tijdregistratie[]> {
    return this.db.run(async (m) => {
      const dienst = await this.vergrendel(m, dienstId);
      if (dienst.eind.getTime() > Date.now()) throw validatie('dienstId', 'the shift has not ended yet; book its hours afterwards');
      const medewerkers = await kysely(m)
        .selectFrom('bereikbaarheidsdienst_medewerker')
        .select(['medewerker_id', 'functie'])
        .where('dienst_id', '=', dienst.id)
        .orderBy('medewerker_id')
        .execute();
      // Locked like boekUren does, so a concurrent booking of the same person is checked after this one.
      await kysely(m)
        .selectFrom('medewerker')
        .select('id')
        .where('id', '=', sql<string>`any(${medewerkers.map((r) => r.medewerker_id)}::uuid[])`)
        .orderBy('id')
        .forUpdate()
        .execute();
      const dagen = await urenPerDagInNederland(m, dienst.begin, dienst.eind);
      const geboekt = new Set(
        (
          await kysely(m)
            .selectFrom('tijdregistratie')
            .select(['medewerker_id', 'datum'])
            .where('bereikbaarheidsdienst_id', '=', dienst.id)
            .execute()
        ).map((r) => `${r.medewerker_id}|${r.datum}`),
      );
      const nieuw = medewerkers.flatMap((mw) =>
        dagen
          .filter((d) => !geboekt.has(`${mw.medewerker_id}|${d.datum}`))
          .map((d) => ({ medewerkerId: mw.medewerker_id, functie: mw.functie, datum: d.datum, uren: d.uren })),
      );
      if (nieuw.length > 0) {
        const gesloten = await geslotenMaanden(
          m,
          nieuw.map((n) => n.datum),
        );
        if (gesloten.size > 0) throw validatie('dienstId', `the period ${[...gesloten].join(', ')} is closed for time registration`);
        const bestaand = await urenPerDag(m, nieuw);
        const teVeel = nieuw.find((n) => (bestaand.get(`${n.medewerkerId}|${n.datum}`) ?? 0) + n.uren > MAX_UREN_PER_DAG);
        if (teVeel)
          throw validatie(
            'dienstId',
            `medewerker ${teVeel.medewerkerId} would have more than ${MAX_UREN_PER_DAG} hours on ${teVeel.datum}; correct the other hours first`,
          );
        await kysely(m)
          .insertInto('tijdregistratie')
          .values(
            nieuw.map((n) => ({
              medewerker_id: n.medewerkerId,
              datum: n.datum,
              functie: n.functie,
              product: 'BEREIKBAARHEIDSDIENST',
              uren: n.uren,
              omschrijving: 'Bereikbaarheidsdienst',
              bron: 'BEREIKBAARHEIDSDIENST' as const,
              bereikbaarheidsdienst_id: dienst.id,
              geregistreerd_door: this.current.actor.userId,
            })),
          )
          .onConflict((oc) =>
            oc
              .columns(['tenant_id', 'bereikbaarheidsdienst_id', 'medewerker_id', 'datum'])
              .where('bereikbaarheidsdienst_id', 'is not', null)
              .doNothing(),
          )
          .execute();
      }
      return (
        await kysely(m)
          .selectFrom('tijdregistratie')
          .select(TIJDREGISTRATIE_COLUMNS)
          .where('bereikbaarheidsdienst_id', '=', dienst.id)
          .orderBy('datum')
          .orderBy('medewerker_id')
          .execute()
      ).map(toTijdregistratie);
    });
  }

  private async vergrendel(m: EntityManager, id: string) {
    const row = isUuid(id)
      ? await kysely(m)
          .selectFrom('bereikbaarheidsdienst')
          .select(['id', 'begin', 'eind', 'version'])
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
    if (!row) throw nietGevonden('Bereikbaarheidsdienst');
    return row;
  }

  private async urenGeboekt(m: EntityManager, dienstId: string): Promise<boolean> {
    return Boolean(
      await kysely(m).selectFrom('tijdregistratie').select('id').where('bereikbaarheidsdienst_id', '=', dienstId).executeTakeFirst(),
    );
  }

  /**
   * Checks the medewerkers of a shift and returns the functie each has in it: each is a medewerker
   * of the region with a dienstverband at the start, VA only for a vertrouwensarts, and nobody is on
   * call in another shift that overlaps (their rows are locked, so two plannings cannot both pass).
   */
  private async bezetting(
    m: EntityManager,
    dienstId: string | null,
    begin: Date,
    eind: Date,
    medewerkers: DienstMedewerkerInput[],
  ): Promise<{ medewerkerId: string; functie: Functie }[]> {
    const ids = medewerkers.map((mw) => mw.medewerkerId);
    const bestaand = new Set(
      (
        await kysely(m)
          .selectFrom('medewerker')
          .select('id')
          .where('id', '=', sql<string>`any(${ids}::uuid[])`)
          .orderBy('id')
          .forUpdate()
          .execute()
      ).map((r) => r.id),
    );
    const datum = datumInNederland(begin);
    const dienstverbanden = await kysely(m)
      .selectFrom('dienstverband')
      .select(['medewerker_id', 'functie'])
      .where('medewerker_id', '=', sql<string>`any(${ids}::uuid[])`)
      .where('van', '<=', datum)
      .where((eb) => eb.or([eb('tot', 'is', null), eb('tot', '>=', datum)]))
      .orderBy('van', 'desc')
      .execute();
    const overlappend = await kysely(m)
      .selectFrom('bereikbaarheidsdienst_medewerker as bm')
      .innerJoin('bereikbaarheidsdienst as d', 'd.id', 'bm.dienst_id')
      .select(['bm.medewerker_id', 'd.begin', 'd.eind'])
      .where('bm.medewerker_id', '=', sql<string>`any(${ids}::uuid[])`)
      .where('d.begin', '<', eind)
      .where('d.eind', '>', begin)
      .$if(dienstId !== null, (q) => q.where('d.id', '<>', dienstId!))
      .execute();
    return medewerkers.map((mw, i) => {
      const field = `medewerkers[${i}]`;
      if (!bestaand.has(mw.medewerkerId)) throw validatie(`${field}.medewerkerId`, 'is not a medewerker of your region');
      const dv = dienstverbanden.find((d) => d.medewerker_id === mw.medewerkerId);
      if (!dv) throw validatie(`${field}.medewerkerId`, `has no dienstverband on ${datum}, the start of the shift`);
      const functie = mw.functie ?? dv.functie;
      if (functie === 'VA' && dv.functie !== 'VA')
        throw validatie(`${field}.functie`, 'only a vertrouwensarts (dienstverband VA) can be on call as VA');
      const botsing = overlappend.find((o) => o.medewerker_id === mw.medewerkerId);
      if (botsing)
        throw validatie(
          `${field}.medewerkerId`,
          `is already on call in a shift from ${botsing.begin.toISOString()} to ${botsing.eind.toISOString()} that overlaps this one`,
        );
      return { medewerkerId: mw.medewerkerId, functie };
    });
  }

  private async zetMedewerkers(m: EntityManager, dienstId: string, functies: { medewerkerId: string; functie: Functie }[]) {
    await kysely(m)
      .insertInto('bereikbaarheidsdienst_medewerker')
      .values(functies.map((f) => ({ dienst_id: dienstId, medewerker_id: f.medewerkerId, functie: f.functie })))
      .execute();
  }

  /** Recorded contacts keep their shift and medewerker: a change must still cover them. */
  private async vereisContactenGedekt(m: EntityManager, dienstId: string, begin: Date, eind: Date, medewerkers: Set<string>) {
    const contacten = await kysely(m)
      .selectFrom('bereikbaarheidscontact')
      .select(['medewerker_id', 'ontvangen_op'])
      .where('dienst_id', '=', dienstId)
      .execute();
    if (contacten.some((c) => c.ontvangen_op.getTime() < begin.getTime() || c.ontvangen_op.getTime() >= eind.getTime()))
      throw validatie('begin', 'out-of-hours contacts recorded with this shift would fall outside it');
    if (contacten.some((c) => !medewerkers.has(c.medewerker_id)))
      throw validatie('medewerkers', 'a medewerker who took out-of-hours contacts in this shift cannot be removed from it');
  }

  private async leesDiensten(m: EntityManager, filter: (query: DienstQuery) => DienstQuery): Promise<Bereikbaarheidsdienst[]> {
    const rows = await filter(dienstQuery(m)).orderBy('d.begin').orderBy('d.id').limit(1000).execute();
    if (rows.length === 0) return [];
    const medewerkers = await kysely(m)
      .selectFrom('bereikbaarheidsdienst_medewerker as bm')
      .innerJoin('medewerker as md', 'md.id', 'bm.medewerker_id')
      .select(['bm.dienst_id', 'bm.medewerker_id', 'bm.functie', 'md.naam'])
      .where('bm.dienst_id', '=', sql<string>`any(${rows.map((r) => r.id)}::uuid[])`)
      .orderBy('md.naam')
      .orderBy('bm.medewerker_id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      begin: r.begin,
      eind: r.eind,
      omschrijving: r.omschrijving,
      versie: r.version,
      aantalContacten: Number(r.contacten),
      urenGeboekt: Boolean(r.geboekt),
      medewerkers: medewerkers
        .filter((mw) => mw.dienst_id === r.id)
        .map((mw): DienstMedewerker => ({ medewerkerId: mw.medewerker_id, naam: mw.naam, functie: mw.functie })),
    }));
  }
}

function gatenVan(van: Date, tot: Date, diensten: Bereikbaarheidsdienst[]): RoosterGat[] {
  return roosterGaten(
    van,
    tot,
    diensten.map((d) => ({ begin: d.begin, eind: d.eind, functies: d.medewerkers.map((mw) => mw.functie) })),
  );
}

/** Shifts with their number of contacts and whether their hours are booked (alias d). */
function dienstQuery(m: EntityManager) {
  return kysely(m)
    .selectFrom('bereikbaarheidsdienst as d')
    .select(DIENST_COLUMNS)
    .select((eb) => [
      eb
        .selectFrom('bereikbaarheidscontact as c')
        .select((c) => c.fn.countAll<string>().as('n'))
        .whereRef('c.dienst_id', '=', 'd.id')
        .as('contacten'),
      eb.exists(eb.selectFrom('tijdregistratie as t').select('t.id').whereRef('t.bereikbaarheidsdienst_id', '=', 'd.id')).as('geboekt'),
    ]);
}

type DienstQuery = ReturnType<typeof dienstQuery>;
