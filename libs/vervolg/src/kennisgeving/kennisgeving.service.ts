import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import {
  CasusChangeRecorder,
  MeldingService,
  MeldingVolgers,
  markeerMeldingGewijzigd,
  type MeldingRow,
  type MeldingVolger,
} from '@vt/casus';
import { TenantDb, kysely, sql } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { datumNietInToekomst, meldingVoorWijziging, vandaag } from '../vervolg.support.js';
import { KENNISGEVING_TERMIJN_WERKDAGEN as TERMIJN } from './kennisgeving-termijnen.js';
import { KENNISGEVING_COLUMNS, toKennisgeving, type KennisgevingRow } from './kennisgeving.row.js';
import type {
  Kennisgeving,
  RegistreerKennisgevingGedaanInput,
  RegistreerKennisgevingNietGedaanInput,
  RegistreerPolitieKennisgevingInput,
  RegistreerVerzoekTotOnderzoekInput,
} from './kennisgeving.types.js';

const WIJZE_TEKST: Record<string, string> = {
  BRIEF: 'per brief',
  TELEFOON: 'telefonisch',
  GESPREK: 'in een gesprek',
  MAIL: 'per mail',
  BEVEILIGD_BERICHT: 'per beveiligd bericht',
};

const SOORT_TEKST: Record<string, string> = {
  BETROKKENEN_INFORMEREN: 'Betrokkene geïnformeerd over de melding',
  BETROKKENEN_INFORMEREN_OVERDRACHT: 'Betrokkene geïnformeerd over de overdracht',
  POLITIE_INFORMEREN: 'Politie geïnformeerd',
  RAAD_VERZOEK_TOT_ONDERZOEK: 'Verzoek tot onderzoek aan de Raad',
  COLLEGE_BW_INFORMEREN: 'College van B&W in kennis gesteld',
};

/**
 * Statutory notifications: duties with a term, created by the event they follow (a melding, an
 * overdracht, a verzoek tot onderzoek) or recorded by a medewerker (the police), and closed by a
 * record of when and how they were done, or why not. Open ones are open work (branch KENNISGEVING).
 */
@Injectable()
export class KennisgevingService implements MeldingVolger, OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly meldingen: MeldingService,
    private readonly changes: CasusChangeRecorder,
    private readonly instellingen: InstellingenService,
    private readonly volgers: MeldingVolgers,
  ) {}

  onModuleInit(): void {
    this.volgers.registreer(this);
  }

  /**
   * A new melding: every directbetrokkene is to be informed that Veilig Thuis holds their data. In
   * the registration's transaction, so the duty exists as soon as the melding does, whichever way it
   * came in (form, advies, police import). A niet-unieke politiemelding is handled administratively:
   * the open melding it repeats carries the duty.
   */
  async nieuweMelding(m: EntityManager, melding: MeldingRow): Promise<void> {
    if (melding.fase === 'AFGESLOTEN') return;
    const kalender = await this.instellingen.kalender(m);
    const uiterlijk = kalender.plusWerkdagen(melding.ontvangstdatum, TERMIJN.BETROKKENEN_INFORMEREN);
    await kysely(m)
      .insertInto('kennisgeving')
      .columns(['casus_id', 'melding_id', 'soort', 'persoon_id', 'ontstaan_op', 'uiterlijke_datum'])
      .expression((eb) =>
        eb
          .selectFrom('melding_betrokkene as mb')
          .select([
            sql.val(melding.casus_id).as('casus_id'),
            'mb.melding_id',
            sql.lit('BETROKKENEN_INFORMEREN').as('soort'),
            'mb.persoon_id',
            sql`${melding.ontvangstdatum}::date`.as('ontstaan_op'),
            sql`${uiterlijk}::date`.as('uiterlijke_datum'),
          ])
          .where('mb.melding_id', '=', melding.id),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  /**
   * An overdracht was registered: every directbetrokkene still involved is to be informed of it and
   * to whom. Called by OverdrachtService in its transaction (its change record covers it).
   */
  async bijOverdracht(m: EntityManager, melding: MeldingRow, overdrachtId: string, partnerNaam: string): Promise<void> {
    const kalender = await this.instellingen.kalender(m);
    const dag = vandaag();
    const uiterlijk = kalender.plusWerkdagen(dag, TERMIJN.BETROKKENEN_INFORMEREN_OVERDRACHT);
    await kysely(m)
      .insertInto('kennisgeving')
      .columns(['casus_id', 'melding_id', 'soort', 'persoon_id', 'overdracht_id', 'ontvanger', 'ontstaan_op', 'uiterlijke_datum'])
      .expression((eb) =>
        eb
          .selectFrom('melding_betrokkene as mb')
          .select([
            sql.val(melding.casus_id).as('casus_id'),
            'mb.melding_id',
            sql.lit('BETROKKENEN_INFORMEREN_OVERDRACHT').as('soort'),
            'mb.persoon_id',
            sql`${overdrachtId}::uuid`.as('overdracht_id'),
            sql.val(partnerNaam).as('ontvanger'),
            sql`${dag}::date`.as('ontstaan_op'),
            sql`${uiterlijk}::date`.as('uiterlijke_datum'),
          ])
          .where('mb.melding_id', '=', melding.id)
          .where('mb.beeindigd_op', 'is', null),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  gedaan(input: RegistreerKennisgevingGedaanInput): Promise<Kennisgeving> {
    const toelichting = check.optioneleTekst('toelichting', input.toelichting, 2000);
    return this.db.run(async (m) => {
      const { kennisgeving, melding } = await this.voorWijziging(m, input.kennisgevingId, input.versie);
      const gedaanOp = datumNietInToekomst('gedaanOp', input.gedaanOp, { datum: kennisgeving.ontstaan_op, wat: 'the day the duty arose' });
      await this.sluit(m, kennisgeving.id, { status: 'GEDAAN', gedaan_op: gedaanOp, wijze: input.wijze, toelichting });
      return this.afronden(
        m,
        kennisgeving.id,
        melding,
        'KENNISGEVING_GEDAAN',
        `${SOORT_TEKST[kennisgeving.soort]} op ${gedaanOp}, ${WIJZE_TEKST[input.wijze]}`,
        'UPDATE',
      );
    });
  }

  nietGedaan(input: RegistreerKennisgevingNietGedaanInput): Promise<Kennisgeving> {
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    return this.db.run(async (m) => {
      const { kennisgeving, melding } = await this.voorWijziging(m, input.kennisgevingId, input.versie);
      if (kennisgeving.soort === 'RAAD_VERZOEK_TOT_ONDERZOEK')
        throw ongeldigeOvergang('A verzoek tot onderzoek is recorded when it was sent');
      await this.sluit(m, kennisgeving.id, { status: 'NIET_GEDAAN', reden });
      // The reason itself is case data: it stays in the record, not in the timeline.
      return this.afronden(
        m,
        kennisgeving.id,
        melding,
        'KENNISGEVING_NIET_GEDAAN',
        `${SOORT_TEKST[kennisgeving.soort]}: bewust niet gedaan (reden vastgelegd)`,
        'UPDATE',
      );
    });
  }

  registreerPolitie(input: RegistreerPolitieKennisgevingInput): Promise<Kennisgeving> {
    const aanleiding = check.tekst('aanleiding', input.aanleiding, { max: 2000 });
    const ontvanger = check.optioneleTekst('ontvanger', input.ontvanger, 200);
    if (!isUuid(input.meldingId)) throw nietGevonden('Melding');
    return this.db.run(async (m) => {
      const melding = await meldingVoorWijziging(m, this.meldingen, input.meldingId, input.versie);
      const open = await kysely(m)
        .selectFrom('kennisgeving')
        .select('id')
        .where('melding_id', '=', melding.id)
        .where('soort', '=', 'POLITIE_INFORMEREN')
        .where('status', '=', 'OPEN')
        .executeTakeFirst();
      if (open) throw ongeldigeOvergang('The police are already to be informed about this melding; record that duty first');
      const kalender = await this.instellingen.kalender(m);
      const dag = vandaag();
      const { id } = await kysely(m)
        .insertInto('kennisgeving')
        .values({
          casus_id: melding.casus_id,
          melding_id: melding.id,
          soort: 'POLITIE_INFORMEREN',
          ontvanger,
          aanleiding,
          ontstaan_op: dag,
          uiterlijke_datum: kalender.plusWerkdagen(dag, TERMIJN.POLITIE_INFORMEREN),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The melding's version moves: its notifications are part of what the caller read.
      await markeerMeldingGewijzigd(m, melding.id);
      return this.afronden(m, id, melding, 'POLITIE_KENNISGEVING_VEREIST', 'Politie te informeren (aanleiding vastgelegd)', 'CREATE');
    });
  }

  registreerVerzoek(input: RegistreerVerzoekTotOnderzoekInput): Promise<Kennisgeving[]> {
    const aanleiding = check.tekst('aanleiding', input.aanleiding, { max: 2000 });
    const gemeenteInput = input.gemeenteCode?.trim() || null;
    if (gemeenteInput && !/^GM[0-9]{4}$/.test(gemeenteInput)) throw validatie('gemeenteCode', 'must be a CBS gemeentecode such as GM0599');
    if (!isUuid(input.meldingId)) throw nietGevonden('Melding');
    return this.db.run(async (m) => {
      const melding = await meldingVoorWijziging(m, this.meldingen, input.meldingId, input.versie);
      const datum = datumNietInToekomst('datum', input.datum, { datum: melding.ontvangstdatum, wat: 'the receipt of the melding' });
      const gemeenteCode = gemeenteInput ?? melding.gemeente_code;
      const gemeente = await kysely(m)
        .selectFrom('referentie.gemeente')
        .select(['code', 'naam'])
        .where('code', '=', gemeenteCode)
        .executeTakeFirst();
      if (!gemeente) throw validatie('gemeenteCode', `${gemeenteCode} is not a known gemeente`);
      const kalender = await this.instellingen.kalender(m);
      const actor = this.current.actor;
      const verzoek = await kysely(m)
        .insertInto('kennisgeving')
        .values({
          casus_id: melding.casus_id,
          melding_id: melding.id,
          soort: 'RAAD_VERZOEK_TOT_ONDERZOEK',
          ontvanger: 'Raad voor de Kinderbescherming',
          aanleiding,
          ontstaan_op: datum,
          uiterlijke_datum: datum,
          status: 'GEDAAN',
          gedaan_op: datum,
          wijze: input.wijze,
          afgehandeld_door: actor.userId,
          afgehandeld_door_naam: actor.naam,
          afgehandeld_op: sql<Date>`now()`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const college = await kysely(m)
        .insertInto('kennisgeving')
        .values({
          casus_id: melding.casus_id,
          melding_id: melding.id,
          soort: 'COLLEGE_BW_INFORMEREN',
          verzoek_id: verzoek.id,
          ontvanger: `${gemeente.code} ${gemeente.naam}`,
          ontstaan_op: datum,
          uiterlijke_datum: kalender.plusWerkdagen(datum, TERMIJN.COLLEGE_BW_INFORMEREN),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await markeerMeldingGewijzigd(m, melding.id);
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'CREATE',
        objectType: 'Kennisgeving',
        objectId: verzoek.id,
        tijdlijn: [
          {
            soort: 'VERZOEK_TOT_ONDERZOEK',
            omschrijving: `Verzoek tot onderzoek aan de Raad voor de Kinderbescherming op ${datum}, ${WIJZE_TEKST[input.wijze]}; college van B&W van ${gemeente.naam} te informeren`,
          },
        ],
      });
      return (await this.lees(m, [verzoek.id, college.id])).map((r) => toKennisgeving(r));
    });
  }

  private async lees(m: EntityManager, ids: string[]): Promise<KennisgevingRow[]> {
    return kysely(m)
      .selectFrom('kennisgeving as k')
      .select(KENNISGEVING_COLUMNS)
      .where('k.id', '=', (eb) => eb.fn.any(eb.val(ids)))
      .orderBy('k.created_at')
      .orderBy('k.soort', 'desc')
      .execute();
  }

  private async sluit(
    m: EntityManager,
    id: string,
    wijziging: {
      status: 'GEDAAN' | 'NIET_GEDAAN';
      gedaan_op?: string;
      wijze?: Kennisgeving['wijze'];
      toelichting?: string | null;
      reden?: string;
    },
  ): Promise<void> {
    const actor = this.current.actor;
    await kysely(m)
      .updateTable('kennisgeving')
      .set((eb) => ({
        ...wijziging,
        afgehandeld_door: actor.userId,
        afgehandeld_door_naam: actor.naam,
        afgehandeld_op: sql<Date>`now()`,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
  }

  /** The notification to change: locked, OPEN, of a melding the caller may see, at the version the caller read. */
  private async voorWijziging(
    m: EntityManager,
    id: string,
    versie: number,
  ): Promise<{ kennisgeving: KennisgevingRow; melding: MeldingRow }> {
    const kennisgeving = isUuid(id)
      ? await kysely(m).selectFrom('kennisgeving as k').select(KENNISGEVING_COLUMNS).where('k.id', '=', id).forUpdate().executeTakeFirst()
      : undefined;
    const melding = kennisgeving ? await this.meldingen.leesZichtbaar(m, kennisgeving.melding_id) : null;
    if (!kennisgeving || !melding) throw nietGevonden('Kennisgeving');
    vereisVersie('The kennisgeving', kennisgeving.version, versie);
    if (kennisgeving.status !== 'OPEN')
      throw ongeldigeOvergang(`This notification was already recorded as ${kennisgeving.status === 'GEDAAN' ? 'done' : 'not done'}`);
    return { kennisgeving, melding };
  }

  /** The tail of every change to a notification, and the notification as it is now. */
  private async afronden(
    m: EntityManager,
    id: string,
    melding: MeldingRow,
    soort: 'KENNISGEVING_GEDAAN' | 'KENNISGEVING_NIET_GEDAAN' | 'POLITIE_KENNISGEVING_VEREIST',
    omschrijving: string,
    actie: 'CREATE' | 'UPDATE',
  ): Promise<Kennisgeving> {
    await this.changes.record(m, {
      casusId: melding.casus_id,
      actie,
      objectType: 'Kennisgeving',
      objectId: id,
      tijdlijn: [{ soort, omschrijving }],
    });
    return toKennisgeving((await this.lees(m, [id]))[0]!);
  }
}
