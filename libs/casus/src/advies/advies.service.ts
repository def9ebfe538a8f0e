import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor, type AppAbility } from '@vt/auth';
import { TenantDb, claimIdempotencyKey, requestHash, rows } from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { datumInNederland } from '@vt/werkdagen';
import type { AardGeweld, Kanaal, OrganisatieCategorie } from '../classificaties/index.js';
import { Nummering } from '../casus/nummering.js';
import { isBeroepsmatig } from '../melding/melding.validatie.js';
import type { Advies, AdviesContactInput, AdviesSoort, AdviesStatus, RegistreerAdviesInput } from './advies.types.js';

interface AdviesRow {
  id: string;
  nummer: string;
  soort: AdviesSoort;
  ontvangen_op: Date;
  kanaal: Kanaal;
  adviesvrager_organisatie: OrganisatieCategorie;
  adviesvrager_anoniem: boolean;
  adviesvrager_naam: string | null;
  adviesvrager_functie: string | null;
  adviesvrager_telefoon: string | null;
  adviesvrager_email: string | null;
  aard_geweld: AardGeweld[];
  samenvatting: string;
  status: AdviesStatus;
  melding_id: string | null;
  version: number;
  contacten: { id: string; datum: string; kanaal: Kanaal; samenvatting: string }[];
}

const SELECT_ADVIES = `
  SELECT a.*, COALESCE((SELECT json_agg(json_build_object('id', c.id, 'datum', c.datum, 'kanaal', c.kanaal, 'samenvatting', c.samenvatting) ORDER BY c.datum)
                        FROM advies_contact c WHERE c.advies_id = a.id), '[]') AS contacten
  FROM advies a`;

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
    const naam = vrager.anoniem ? null : check.tekst('adviesvrager.naam', vrager.naam);
    const functie = check.optioneleTekst('adviesvrager.functie', vrager.functie, 200);
    const telefoon = check.telefoon('adviesvrager.telefoon', vrager.telefoon);
    const email = check.email('adviesvrager.email', vrager.email);
    const aardGeweld = check.nietLeeg('aardGeweld', input.aardGeweld, 8);
    const samenvatting = check.tekst('samenvatting', input.samenvatting, { max: 10_000 });
    const key = input.idempotencyKey ?? null;
    if (key !== null && (key.length < 8 || key.length > 200)) throw validatie('idempotencyKey', 'must be 8 to 200 characters');

    return this.db.run(async (m) => {
      let id: string | null = null;
      if (key) {
        const { idempotencyKey: _key, ...rest } = input;
        const claim = await claimIdempotencyKey(m, 'registreerAdvies', key, requestHash(rest));
        if (claim.status === 'mismatch') throw validatie('idempotencyKey', 'was already used for a different request');
        if (claim.status === 'replay') return this.leesEnLog(m, claim.id);
        id = claim.id;
      }
      const nummer = await this.nummering.volgend('A', Number(datumInNederland(ontvangenOp).slice(0, 4)));
      const [row] = await rows<{ id: string }>(
        m,
        `INSERT INTO advies (id, nummer, soort, ontvangen_op, kanaal, adviesvrager_organisatie, adviesvrager_anoniem, adviesvrager_naam,
           adviesvrager_functie, adviesvrager_telefoon, adviesvrager_email, aard_geweld, samenvatting, status, geregistreerd_door)
         VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'OPEN', $14) RETURNING id`,
        [
          id,
          nummer,
          input.soort,
          ontvangenOp,
          input.kanaal,
          vrager.organisatie,
          vrager.anoniem,
          naam,
          functie,
          telefoon,
          email,
          aardGeweld,
          samenvatting,
          this.current.actor.userId,
        ],
      );
      await this.log.schrijf(m, { actie: 'CREATE', objectType: 'Advies', objectId: row!.id });
      return this.map((await this.rij(m, row!.id))!);
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
      await m.query(`INSERT INTO advies_contact (advies_id, datum, kanaal, samenvatting, geregistreerd_door) VALUES ($1, $2, $3, $4, $5)`, [
        advies.id,
        datum,
        input.kanaal,
        samenvatting,
        this.current.actor.userId,
      ]);
      await m.query(`UPDATE advies SET updated_at = now(), version = version + 1 WHERE id = $1`, [advies.id]);
      return this.bijgewerkt(m, advies.id);
    });
  }

  sluitAf(adviesId: string, versie: number): Promise<Advies> {
    return this.db.run(async (m) => {
      const advies = await this.voorWijziging(m, adviesId, versie);
      if (advies.status !== 'OPEN') throw ongeldigeOvergang(`The advies is already ${advies.status.toLowerCase()}`);
      await m.query(`UPDATE advies SET status = 'AFGESLOTEN', updated_at = now(), version = version + 1 WHERE id = $1`, [advies.id]);
      return this.bijgewerkt(m, advies.id);
    });
  }

  /** Checks that an open advies may be converted; the caller records the conversion in its own transaction. */
  async markeerOmgezet(m: EntityManager, adviesId: string, versie: number, meldingId: string): Promise<void> {
    const advies = await this.voorWijziging(m, adviesId, versie);
    if (advies.status !== 'OPEN')
      throw ongeldigeOvergang(`The advies is ${advies.status.toLowerCase()}; only an open advies can be converted into a melding`);
    await m.query(`UPDATE advies SET status = 'OMGEZET', melding_id = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [
      advies.id,
      meldingId,
    ]);
    await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Advies', objectId: advies.id });
  }

  private async voorWijziging(m: EntityManager, id: string, versie: number): Promise<AdviesRow> {
    const [advies] = isUuid(id)
      ? await rows<AdviesRow>(m, `SELECT a.*, '[]'::json AS contacten FROM advies a WHERE a.id = $1 FOR UPDATE`, [id])
      : [];
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
    const [row] = await rows<AdviesRow>(m, `${SELECT_ADVIES} WHERE a.id = $1`, [id]);
    return row ?? null;
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
      contacten: row.contacten.map((c) => ({ ...c, datum: new Date(c.datum) })),
      versie: row.version,
    };
  }
}
