import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, claimIdempotencyKey, kysely, requestHash, sql, type SqlBool, countRows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import {
  ApiError,
  ErrorCode,
  ValidationCollector,
  begrensdeLijst,
  check,
  decodeCursor,
  isUuid,
  nietGevonden,
  ongeldigeOvergang,
  pageSize,
  toConnection,
  validatie,
  type Connection,
} from '@vt/platform';
import { CasusChangeRecorder } from '../casus/casus-change-recorder.js';
import { CasusService } from '../casus/casus.service.js';
import { MeldingService } from '../melding/melding.service.js';
import { journaalTeamFilter } from '../melding/werk-filter.js';
import { JOURNAALREGEL_COLUMNS, toJournaalregel, type JournaalregelRow } from './journaal.row.js';
import type { CorrigeerJournaalregelInput, Journaalregel, JournaalSoort, RegistreerJournaalregelInput } from './journaal.types.js';

const MAX_TEKST = 20_000;
const MAX_BETROKKENEN = 50;

const SOORT_NAAM: Record<JournaalSoort, string> = {
  TELEFONISCH_CONTACT: 'telefonisch contact',
  HUISBEZOEK: 'huisbezoek',
  KINDGESPREK: 'kindgesprek',
  GESPREK_PROFESSIONAL: 'gesprek met professional',
  OVERLEG: 'overleg',
  BEKENDHEIDSCHECK: 'bekendheidscheck',
  OVERIG: 'overig',
};

/** Page arguments of the journal. */
export interface JournaalArgs {
  first?: number | null;
  after?: string | null;
  soort?: JournaalSoort | null;
}

/**
 * The journal of a casus: contacts and activities, append-only. A correction is a new version
 * (vervangt_id, unique) with a reason; the database refuses UPDATE and DELETE on the journal.
 */
@Injectable()
export class JournaalService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
    private readonly casussen: CasusService,
    private readonly meldingen: MeldingService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  /** Registers a journal entry (or returns the earlier one registered with the same idempotency key by the same user). */
  registreer(input: RegistreerJournaalregelInput): Promise<Journaalregel> {
    const v = new ValidationCollector();
    const tekst = v.check(() => check.tekst('tekst', input.tekst, { max: MAX_TEKST }));
    const contactOp = v.check(() => contactMoment('contactOp', input.contactOp));
    const betrokkenen = v.check(() => begrensdeLijst('betrokkenen', input.betrokkenen ?? [], MAX_BETROKKENEN)) ?? [];
    if (input.soort === 'BEKENDHEIDSCHECK') {
      if (!input.bron) v.fail('bron', 'is required for a bekendheidscheck (informatie van derden)');
      if (!input.grondslag) v.fail('grondslag', 'is required for a bekendheidscheck (informatie van derden)');
    } else {
      if (input.bron) v.fail('bron', 'belongs to a bekendheidscheck only');
      if (input.grondslag) v.fail('grondslag', 'belongs to a bekendheidscheck only');
    }
    const key = input.idempotencyKey ?? null;
    if (key !== null && (key.length < 8 || key.length > 200)) v.fail('idempotencyKey', 'must be 8 to 200 characters');
    const meldingId = input.meldingId ?? null;
    if (meldingId !== null && !isUuid(meldingId)) v.fail('meldingId', 'is not a melding of this casus');

    return this.db.run(async (m) => {
      // Locks the casus: changes to one casus' journal run one after the other.
      const casus = await this.casussen.leesZichtbaar(m, input.casusId, true);
      if (!casus) throw nietGevonden('Casus');
      if (meldingId !== null && isUuid(meldingId)) {
        const melding = await this.meldingen.leesZichtbaar(m, meldingId);
        if (!melding || melding.casus_id !== casus.id) v.fail('meldingId', 'is not a melding of this casus');
      }
      await this.controleerBetrokkenen(m, v, casus.id, betrokkenen);
      v.done();

      let id: string = randomUUID();
      if (key !== null) {
        const { idempotencyKey: _key, ...rest } = input;
        // Per user: a key never replays someone else's entry.
        const claim = await claimIdempotencyKey(m, `registreerJournaalregel:${this.current.actor.userId}`, key, requestHash(rest));
        if (claim.status === 'mismatch') throw validatie('idempotencyKey', 'was already used for a different request');
        if (claim.status === 'replay') {
          const earlier = await this.leesRegel(m, claim.id);
          if (!earlier) throw validatie('idempotencyKey', 'belongs to a journal entry that no longer exists');
          await this.log.schrijf(m, { actie: 'READ', objectType: 'Journaalregel', objectId: earlier.id, casusId: earlier.casus_id });
          return toJournaalregel(earlier);
        }
        id = claim.id;
      }

      const actor = this.current.actor;
      await kysely(m)
        .insertInto('journaalregel')
        .values({
          id,
          casus_id: casus.id,
          melding_id: meldingId,
          soort: input.soort,
          contact_op: contactOp!,
          tekst: tekst!,
          bron: input.bron ?? null,
          grondslag: input.grondslag ?? null,
          auteur: actor.userId,
          auteur_naam: actor.naam,
        })
        .execute();
      await this.voegBetrokkenenToe(m, id, betrokkenen);
      await this.changes.record(m, {
        casusId: casus.id,
        actie: 'CREATE',
        objectType: 'Journaalregel',
        objectId: id,
        tijdlijn: [{ soort: 'JOURNAALREGEL', omschrijving: `Journaalregel: ${SOORT_NAAM[input.soort]}` }],
      });
      return toJournaalregel((await this.leesRegel(m, id))!);
    });
  }

  /** Corrects the current version of an entry with a new version; the old one stays readable as history. */
  corrigeer(input: CorrigeerJournaalregelInput): Promise<Journaalregel> {
    const v = new ValidationCollector();
    const reden = v.check(() => check.tekst('reden', input.reden, { max: 2000 }));
    const tekst =
      input.tekst === null || input.tekst === undefined ? null : v.check(() => check.tekst('tekst', input.tekst, { max: MAX_TEKST }));
    const contactOp = input.contactOp ? v.check(() => contactMoment('contactOp', input.contactOp)) : null;
    const betrokkenen = v.check(() => begrensdeLijst('betrokkenen', input.betrokkenen, MAX_BETROKKENEN));
    if ((input.tekst ?? null) === null && !input.contactOp && (input.betrokkenen ?? null) === null)
      v.fail('tekst', 'give the corrected tekst, contactOp and/or betrokkenen');

    return this.db.run(async (m) => {
      const gevonden = isUuid(input.journaalregelId) ? await this.leesRegel(m, input.journaalregelId) : undefined;
      // Locks the casus, so of two concurrent corrections of one entry the second sees the first.
      const casus = gevonden ? await this.casussen.leesZichtbaar(m, gevonden.casus_id, true) : null;
      const oud = casus ? await this.leesRegel(m, gevonden!.id) : undefined;
      if (!casus || !oud || !(await this.meldingZichtbaar(m, oud.melding_id))) throw nietGevonden('Journaalregel');
      if (oud.vervangen_door_id)
        throw ongeldigeOvergang(`This journal entry was already corrected by version ${oud.vervangen_door_id}; correct that version`);
      const actor = this.current.actor;
      if (oud.auteur !== actor.userId && !actor.rollen.includes('teammanager'))
        throw new ApiError(ErrorCode.FORBIDDEN, 'Only the author of a journal entry or a teammanager may correct it');
      if (betrokkenen) await this.controleerBetrokkenen(m, v, casus.id, betrokkenen);
      v.done();

      const id = randomUUID();
      try {
        await kysely(m)
          .insertInto('journaalregel')
          .values({
            id,
            casus_id: oud.casus_id,
            melding_id: oud.melding_id,
            soort: oud.soort,
            contact_op: contactOp ?? oud.contact_op,
            tekst: tekst ?? oud.tekst,
            bron: oud.bron,
            grondslag: oud.grondslag,
            auteur: actor.userId,
            auteur_naam: actor.naam,
            vervangt_id: oud.id,
            reden: reden!,
          })
          .execute();
      } catch (error) {
        // The unique vervangt_id is the last line of defence should two corrections pass the lock.
        if ((error as { code?: string }).code === '23505')
          throw ongeldigeOvergang('This journal entry was corrected by someone else at the same time; read the journal again');
        throw error;
      }
      const personen =
        betrokkenen ??
        (await kysely(m).selectFrom('journaalregel_betrokkene').select('persoon_id').where('journaalregel_id', '=', oud.id).execute()).map(
          (r) => r.persoon_id,
        );
      await this.voegBetrokkenenToe(m, id, personen);
      await this.changes.record(m, {
        casusId: casus.id,
        actie: 'UPDATE',
        objectType: 'Journaalregel',
        objectId: id,
        tijdlijn: [{ soort: 'JOURNAALREGEL', omschrijving: `Journaalregel gecorrigeerd: ${SOORT_NAAM[oud.soort]}` }],
      });
      return toJournaalregel((await this.leesRegel(m, id))!);
    });
  }

  /**
   * The current entries of a visible casus, newest contact first; access-logged (one entry for the
   * list, with the casus). An invisible or unknown casus gives an empty list and a GEWEIGERD entry.
   */
  journaal(casusId: string, args: JournaalArgs): Promise<Connection<Journaalregel>> {
    const first = pageSize(args);
    const cursor = decodeCursor(args.after, ['tijdstip', 'uuid']);
    return this.db.run(async (m) => {
      const casus = isUuid(casusId) ? await this.casussen.leesZichtbaar(m, casusId) : null;
      await this.log.schrijf(m, {
        actie: 'READ',
        objectType: 'Journaal',
        objectId: casusId,
        casusId: casus?.id ?? null,
        uitkomst: casus ? 'GESLAAGD' : 'GEWEIGERD',
      });
      if (!casus)
        return toConnection(
          [],
          first,
          () => [],
          toJournaalregel,
          () => Promise.resolve(0),
        );
      // Entries about a melding of another team are left out, as on the timeline.
      const zichtbaar = journaalTeamFilter(await this.instellingen.lees(m), this.current.actor);
      const lijst = (mm: EntityManager) => {
        let q = kysely(mm)
          .selectFrom('journaalregel as j')
          .where('j.casus_id', '=', casus.id)
          .where(sql<SqlBool>`NOT EXISTS (SELECT 1 FROM journaalregel n WHERE n.vervangt_id = j.id)`)
          .where(zichtbaar);
        if (args.soort) q = q.where('j.soort', '=', args.soort);
        return q;
      };
      let q = lijst(m).select(JOURNAALREGEL_COLUMNS);
      if (cursor) {
        const [op, id] = cursor as [string, string];
        q = q.where(sql<SqlBool>`(j.contact_op, j.id) < (${op}::timestamptz, ${id}::uuid)`);
      }
      const rows = await q
        .orderBy('j.contact_op', 'desc')
        .orderBy('j.id', 'desc')
        .limit(first + 1)
        .execute();
      return toConnection(
        rows,
        first,
        (r) => [r.contact_op.toISOString(), r.id],
        toJournaalregel,
        () => this.db.run(async (mm) => countRows(lijst(mm))),
      );
    });
  }

  private leesRegel(m: EntityManager, id: string): Promise<JournaalregelRow | undefined> {
    return kysely(m).selectFrom('journaalregel as j').select(JOURNAALREGEL_COLUMNS).where('j.id', '=', id).executeTakeFirst();
  }

  private async meldingZichtbaar(m: EntityManager, meldingId: string | null): Promise<boolean> {
    return meldingId === null || (await this.meldingen.leesZichtbaar(m, meldingId)) !== null;
  }

  /** Every betrokkene must be a person of the casus: VALIDATIE on betrokkenen[i] otherwise. */
  private async controleerBetrokkenen(m: EntityManager, v: ValidationCollector, casusId: string, ids: readonly string[]): Promise<void> {
    const geldig = ids.filter(isUuid);
    const bekend = geldig.length
      ? new Set(
          (
            await kysely(m)
              .selectFrom('casus_betrokkene')
              .select('persoon_id')
              .where('casus_id', '=', casusId)
              .where('persoon_id', '=', (eb) => eb.fn.any(eb.val(geldig)))
              .execute()
          ).map((r) => r.persoon_id),
        )
      : new Set<string>();
    const gezien = new Set<string>();
    ids.forEach((id, i) => {
      if (!bekend.has(id)) v.fail(`betrokkenen[${i}]`, 'is not a person of this casus');
      else if (gezien.has(id)) v.fail(`betrokkenen[${i}]`, 'is named twice');
      gezien.add(id);
    });
  }

  private async voegBetrokkenenToe(m: EntityManager, journaalregelId: string, persoonIds: readonly string[]): Promise<void> {
    if (persoonIds.length === 0) return;
    await kysely(m)
      .insertInto('journaalregel_betrokkene')
      .values(persoonIds.map((persoon_id) => ({ journaalregel_id: journaalregelId, persoon_id })))
      .execute();
  }
}

/** A moment of contact: not in the future (a minute's clock skew allowed), not before 2000. */
function contactMoment(field: string, value: Date | null | undefined): Date {
  if (!value || Number.isNaN(value.getTime())) throw validatie(field, 'is required');
  if (value.getTime() > Date.now() + 60_000) throw validatie(field, 'must not lie in the future');
  if (value.getFullYear() < 2000) throw validatie(field, 'must not lie before 2000');
  return value;
}
