import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, rows } from '@vt/database';
import {
  check,
  decodeCursor,
  isUuid,
  nietGevonden,
  ongeldigeOvergang,
  pageSize,
  toConnection,
  validatie,
  forbidden,
  type Connection,
} from '@vt/platform';
import { dagenTussen, datumInNederland, datumVan, type Datum } from '@vt/werkdagen';
import type { Functie, Product } from '../catalogus.js';
import { bestaandeIds, geldigeUren, geslotenMaanden, MAX_UREN_PER_DAG, urenPerDag } from './tijdregistratie.rules.js';
import type { BoekUrenInput, CorrigeerUrenInput, Tijdregistratie, UrenArgs } from './tijdregistratie.types.js';

export const TR_COLUMNS = `t.id, t.medewerker_id AS "medewerkerId", t.datum::text AS datum, t.functie, t.product, t.uren::float8 AS uren,
  t.casus_id AS "casusId", t.interventie_id AS "interventieId", t.omschrijving, t.vervangt_id AS "vervangtId", t.reden, t.bron,
  t.created_at AS "geregistreerdOp"`;

const HUIDIG = `NOT EXISTS (SELECT 1 FROM tijdregistratie c WHERE c.vervangt_id = t.id)`;

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
      const [row] = await rows<Tijdregistratie>(
        m,
        `INSERT INTO tijdregistratie AS t (medewerker_id, datum, functie, product, uren, casus_id, interventie_id, omschrijving, bron, geregistreerd_door)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'HANDMATIG', $9) RETURNING ${TR_COLUMNS}`,
        [
          medewerker,
          datum,
          functie,
          input.product,
          input.uren,
          input.casusId ?? null,
          input.interventieId ?? null,
          omschrijving,
          this.current.actor.userId,
        ],
      );
      return row!;
    });
  }

  corrigeer(input: CorrigeerUrenInput): Promise<Tijdregistratie> {
    if (!geldigeUren(input.uren, 0)) throw validatie('uren', 'must be 0 to 24, with at most two decimals');
    const reden = check.tekst('reden', input.reden, { max: 500 });
    return this.db.run(async (m) => {
      const [oud] = isUuid(input.registratieId)
        ? await rows<Tijdregistratie & { functie: Functie; product: Product }>(
            m,
            `SELECT ${TR_COLUMNS} FROM tijdregistratie t WHERE t.id = $1`,
            [input.registratieId],
          )
        : [];
      if (!oud) throw nietGevonden('Tijdregistratie');
      const beheerder = this.current.ability.can('manage', 'Tijdregistratie');
      if (!beheerder && oud.medewerkerId !== (await this.eigenMedewerker(m))) throw forbidden('You can only correct your own hours');
      await m.query(`SELECT 1 FROM medewerker WHERE id = $1 FOR UPDATE`, [oud.medewerkerId]);
      const [vervangen] = await rows(m, `SELECT 1 FROM tijdregistratie WHERE vervangt_id = $1`, [oud.id]);
      if (vervangen) throw ongeldigeOvergang('This entry was already corrected; correct the newest version');
      await this.vereisOpen(m, [oud.datum]);
      await this.vereisMaximum(m, oud.medewerkerId, oud.datum, input.uren, [oud.id]);
      const [row] = await rows<Tijdregistratie>(
        m,
        `INSERT INTO tijdregistratie AS t (medewerker_id, datum, functie, product, uren, casus_id, interventie_id, omschrijving, vervangt_id, reden, bron, geregistreerd_door)
         SELECT medewerker_id, datum, functie, COALESCE($2, product), $3, casus_id, interventie_id, omschrijving, id, $4, bron, $5 FROM tijdregistratie WHERE id = $1
         RETURNING ${TR_COLUMNS}`,
        [oud.id, input.product ?? null, input.uren, reden, this.current.actor.userId],
      );
      return row!;
    });
  }

  /** Current registrations: your own, or (teammanager: own team; functioneel-beheerder: everyone) of others. */
  lijst(args: UrenArgs, alleenEigen: boolean): Promise<Connection<Tijdregistratie>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['datum', 'uuid']);
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
        );
      const found = await rows<Tijdregistratie>(
        m,
        `SELECT ${TR_COLUMNS} FROM tijdregistratie t JOIN medewerker md ON md.id = t.medewerker_id
         WHERE ${HUIDIG} AND t.datum BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR t.medewerker_id = $3) AND ($4::text IS NULL OR md.team = $4)
           AND ($5::date IS NULL OR (t.datum, t.id) > ($5::date, $6::uuid))
         ORDER BY t.datum, t.id LIMIT $7`,
        [van, tot, medewerkerId, team, after?.[0] ?? null, after?.[1] ?? null, first + 1],
      );
      return toConnection(
        found,
        first,
        (r) => [r.datum, r.id],
        (r) => r,
      );
    });
  }

  sluitPeriodeAf(jaar: number, maand: number): Promise<boolean> {
    check.geheel('jaar', jaar, 2000, 2100);
    check.geheel('maand', maand, 1, 12);
    return this.db.run(async (m) => {
      await m.query(`INSERT INTO periode_afsluiting (jaar, maand, afgesloten_door) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        jaar,
        maand,
        this.current.actor.userId,
      ]);
      return true;
    });
  }

  /** The caller's medewerker (locked, so concurrent bookings of one person are checked one after the other). */
  private async eigenMedewerker(m: EntityManager): Promise<string> {
    const [row] = await rows<{ id: string }>(m, `SELECT id FROM medewerker WHERE gebruiker_id = $1 FOR UPDATE`, [
      this.current.actor.userId,
    ]);
    if (!row) throw validatie('medewerker', 'your user is not registered as a medewerker of this region; ask the functioneel-beheerder');
    return row.id;
  }

  private async functieOp(m: EntityManager, medewerkerId: string, datum: Datum): Promise<Functie> {
    const [row] = await rows<{ functie: Functie }>(
      m,
      `SELECT functie FROM dienstverband WHERE medewerker_id = $1 AND van <= $2 AND (tot IS NULL OR tot >= $2) ORDER BY van DESC LIMIT 1`,
      [medewerkerId, datum],
    );
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
