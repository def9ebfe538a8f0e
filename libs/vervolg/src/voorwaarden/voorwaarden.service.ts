import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CasusChangeRecorder, MeldingService } from '@vt/casus';
import { TenantDb, claimIdempotencyKey, kysely, requestHash } from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import { ValidationCollector, check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { datumVan, plusMaanden } from '@vt/werkdagen';
import { vandaag } from '../vervolg.support.js';
import { VOORWAARDE_COLUMNS, toVoorwaarde } from './voorwaarden.row.js';
import type { BeoordeelVoorwaardeInput, LegVoorwaardeVastInput, Veiligheidsvoorwaarde } from './voorwaarden.types.js';

const STATUS_TEKST = { NAGEKOMEN: 'nagekomen', NIET_NAGEKOMEN: 'niet nagekomen', VERVALLEN: 'vervallen' } as const;

/**
 * Veiligheidsvoorwaarden: safety conditions agreed during an onderzoek or V&V (both kinds: an
 * onderzoek can agree conditions for immediate safety too), checked later, typically at monitoring.
 * The team rule is the melding's: a voorwaarde is visible exactly when its intervention's melding is.
 */
@Injectable()
export class VoorwaardenService {
  constructor(
    private readonly db: TenantDb,
    private readonly meldingen: MeldingService,
    private readonly changes: CasusChangeRecorder,
    private readonly log: ToegangslogService,
  ) {}

  /** Records a voorwaarde on a planned or running intervention (or replays an earlier one with the same idempotency key). */
  legVast(input: LegVoorwaardeVastInput): Promise<Veiligheidsvoorwaarde> {
    const v = new ValidationCollector();
    const omschrijving = v.check(() => check.tekst('omschrijving', input.omschrijving, { max: 2000 }));
    const verantwoordelijke = v.check(() => check.tekst('verantwoordelijke', input.verantwoordelijke, { max: 200 }));
    const uiterlijk = input.uiterlijk ? datumVan(input.uiterlijk) : null;
    if (uiterlijk !== null) {
      const vandaagNu = vandaag();
      // Not in the past (a condition is agreed for what comes), at most a year ahead (monitoring ends after 12 months).
      if (uiterlijk < vandaagNu) v.fail('uiterlijk', 'must not lie in the past');
      else if (uiterlijk > plusMaanden(vandaagNu, 12)) v.fail('uiterlijk', 'must lie at most one year ahead');
    }
    const key = input.idempotencyKey ?? null;
    if (key !== null && (key.length < 8 || key.length > 200)) v.fail('idempotencyKey', 'must be 8 to 200 characters');
    v.done();

    return this.db.run(async (m) => {
      let id: string = randomUUID();
      if (key !== null) {
        const { idempotencyKey: _key, ...rest } = input;
        const claim = await claimIdempotencyKey(m, 'legVoorwaardeVast', key, requestHash(rest));
        if (claim.status === 'mismatch') throw validatie('idempotencyKey', 'was already used for a different request');
        if (claim.status === 'replay') {
          const earlier = await this.leesZichtbaar(m, claim.id);
          if (!earlier) throw validatie('idempotencyKey', 'belongs to a voorwaarde that no longer exists');
          await this.log.schrijf(m, {
            actie: 'READ',
            objectType: 'Veiligheidsvoorwaarde',
            objectId: earlier.voorwaarde.id,
            casusId: earlier.casusId,
          });
          return toVoorwaarde(earlier.voorwaarde);
        }
        id = claim.id;
      }
      // FOR SHARE: an intervention being closed at the same time waits for this, or this sees it closed.
      const interventie = isUuid(input.interventieId)
        ? await kysely(m)
            .selectFrom('interventie')
            .select(['id', 'melding_id', 'status'])
            .where('id', '=', input.interventieId)
            .forShare()
            .executeTakeFirst()
        : undefined;
      const melding = interventie ? await this.meldingen.leesZichtbaar(m, interventie.melding_id) : null;
      if (!interventie || !melding) throw nietGevonden('Interventie');
      if (interventie.status !== 'GEPLAND' && interventie.status !== 'GESTART')
        throw ongeldigeOvergang('Voorwaarden are agreed for a planned or running intervention only; this one is closed');
      await kysely(m)
        .insertInto('veiligheidsvoorwaarde')
        .values({ id, interventie_id: interventie.id, omschrijving: omschrijving!, verantwoordelijke: verantwoordelijke!, uiterlijk })
        .execute();
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'CREATE',
        objectType: 'Veiligheidsvoorwaarde',
        objectId: id,
        tijdlijn: [
          {
            soort: 'VOORWAARDE_VASTGELEGD',
            omschrijving: `Veiligheidsvoorwaarde vastgelegd${uiterlijk ? `, uiterlijk ${uiterlijk}` : ''}`,
          },
        ],
      });
      return this.lees(m, id);
    });
  }

  /** Records the check of a voorwaarde. A checked one may be checked again (a later monitoring contact); VERVALLEN is final. */
  beoordeel(input: BeoordeelVoorwaardeInput): Promise<Veiligheidsvoorwaarde> {
    const v = new ValidationCollector();
    if (input.status === 'AFGESPROKEN') v.fail('status', 'give the outcome of the check: NAGEKOMEN, NIET_NAGEKOMEN or VERVALLEN');
    const toelichting = v.check(() => check.optioneleTekst('toelichting', input.toelichting, 2000));
    if (toelichting === null && (input.status === 'NIET_NAGEKOMEN' || input.status === 'VERVALLEN'))
      v.fail('toelichting', `is required when the voorwaarde is ${STATUS_TEKST[input.status]}`);
    const contactId = input.monitoringContactId ?? null;
    if (contactId !== null && !isUuid(contactId)) v.fail('monitoringContactId', 'is not a monitoring contact of this casus');
    v.done();
    const status = input.status as Exclude<BeoordeelVoorwaardeInput['status'], 'AFGESPROKEN'>;

    return this.db.run(async (m) => {
      const gevonden = await this.leesZichtbaar(m, input.voorwaardeId, true);
      if (!gevonden) throw nietGevonden('Veiligheidsvoorwaarde');
      const { voorwaarde, casusId } = gevonden;
      vereisVersie('The veiligheidsvoorwaarde', voorwaarde.version, input.versie);
      if (voorwaarde.status === 'VERVALLEN')
        throw ongeldigeOvergang('This veiligheidsvoorwaarde has lapsed; a lapsed one is not checked again');
      if (contactId !== null) {
        const contact = await kysely(m)
          .selectFrom('monitoring_contact')
          .select('id')
          .where('id', '=', contactId)
          .where('casus_id', '=', casusId)
          .executeTakeFirst();
        // The same answer for an unknown contact and one of another casus: nothing about other casussen leaks.
        if (!contact) throw validatie('monitoringContactId', 'is not a monitoring contact of this casus');
      }
      await kysely(m)
        .updateTable('veiligheidsvoorwaarde')
        .set((eb) => ({
          status,
          toelichting,
          monitoring_contact_id: contactId,
          gecontroleerd_op: new Date(),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', voorwaarde.id)
        .execute();
      await this.changes.record(m, {
        casusId,
        actie: 'UPDATE',
        objectType: 'Veiligheidsvoorwaarde',
        objectId: voorwaarde.id,
        tijdlijn: [
          {
            soort: 'VOORWAARDE_BEOORDEELD',
            omschrijving: `Veiligheidsvoorwaarde ${STATUS_TEKST[status]}${contactId ? ' (bij monitoring)' : ''}`,
          },
        ],
      });
      return this.lees(m, voorwaarde.id);
    });
  }

  /** A voorwaarde with its casus, when the caller may see its melding (team rule); optionally locked. */
  private async leesZichtbaar(m: EntityManager, id: string, forUpdate = false) {
    if (!isUuid(id)) return null;
    let query = kysely(m)
      .selectFrom('veiligheidsvoorwaarde as v')
      .innerJoin('interventie as i', 'i.id', 'v.interventie_id')
      .select([...VOORWAARDE_COLUMNS, 'i.melding_id', 'i.casus_id'])
      .where('v.id', '=', id);
    if (forUpdate) query = query.forUpdate('v');
    const row = await query.executeTakeFirst();
    if (!row) return null;
    const melding = await this.meldingen.leesZichtbaar(m, row.melding_id);
    if (!melding) return null;
    const { melding_id: _m, casus_id: casusId, ...voorwaarde } = row;
    return { voorwaarde, casusId };
  }

  private async lees(m: EntityManager, id: string): Promise<Veiligheidsvoorwaarde> {
    const row = await kysely(m)
      .selectFrom('veiligheidsvoorwaarde as v')
      .select(VOORWAARDE_COLUMNS)
      .where('v.id', '=', id)
      .executeTakeFirstOrThrow();
    return toVoorwaarde(row);
  }
}
