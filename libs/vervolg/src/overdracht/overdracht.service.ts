import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CasusChangeRecorder, MeldingService, markeerMeldingGewijzigd, type MeldingRow } from '@vt/casus';
import { TenantDb, kysely, sql } from '@vt/database';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { datumVan, plusMaanden } from '@vt/werkdagen';
import { KennisgevingService } from '../kennisgeving/kennisgeving.service.js';
import { planMonitoring } from '../monitoring/monitoring-planning.js';
import { vereisFase, wijzigFase } from '../overgangen.js';
import { datumNietInToekomst, meldingVoorWijziging } from '../vervolg.support.js';
import { OVERDRACHT_COLUMNS, toOverdracht, type OverdrachtRow } from './overdracht.row.js';
import type { Overdracht, PlanOverdrachtInput, RegistreerOverdrachtInput, VoerOverdrachtUitInput } from './overdracht.types.js';

/** Overdracht to a partner: on the wachtlijst until a date is agreed, then carried out (monitoring follows). */
@Injectable()
export class OverdrachtService {
  constructor(
    private readonly db: TenantDb,
    private readonly meldingen: MeldingService,
    private readonly changes: CasusChangeRecorder,
    private readonly kennisgevingen: KennisgevingService,
  ) {}

  registreer(input: RegistreerOverdrachtInput): Promise<Omit<Overdracht, 'monitoring'>> {
    const partnerNaam = check.tekst('partnerNaam', input.partnerNaam);
    const gemeenteCode = input.gemeenteCode?.trim() || null;
    if (input.partnerType === 'LOKAAL_TEAM' && !gemeenteCode)
      throw validatie('gemeenteCode', 'is required for an overdracht to a lokaal team');
    if (gemeenteCode && !/^GM[0-9]{4}$/.test(gemeenteCode)) throw validatie('gemeenteCode', 'must be a CBS gemeentecode such as GM0599');
    const afgesproken = input.afgesprokenDatum ? datumVan(input.afgesprokenDatum) : null;
    if (!isUuid(input.meldingId)) throw nietGevonden('Melding');
    return this.db.run(async (m) => {
      const melding = await meldingVoorWijziging(m, this.meldingen, input.meldingId, input.versie);
      vereisFase(melding.fase, ['OVERDRACHT'], 'register an overdracht');
      const open = await kysely(m)
        .selectFrom('overdracht')
        .select('id')
        .where('melding_id', '=', melding.id)
        .where('status', '<>', 'UITGEVOERD')
        .executeTakeFirst();
      if (open) throw ongeldigeOvergang('This melding already has an overdracht in progress; plan or carry out that one');
      if (gemeenteCode) {
        const bekend = await kysely(m).selectFrom('referentie.gemeente').select('code').where('code', '=', gemeenteCode).executeTakeFirst();
        if (!bekend) throw validatie('gemeenteCode', `${gemeenteCode} is not a known gemeente`);
      }
      const { id } = await kysely(m)
        .insertInto('overdracht')
        .values({
          casus_id: melding.casus_id,
          melding_id: melding.id,
          partner_type: input.partnerType,
          partner_naam: partnerNaam,
          gemeente_code: gemeenteCode,
          warm: input.warm,
          afgesproken_datum: afgesproken,
          status: afgesproken ? 'GEPLAND' : 'WACHTLIJST',
          gepland_op: afgesproken ? sql<Date>`now()` : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The betrokkenen are to be informed of the overdracht and to whom (a statutory notification).
      await this.kennisgevingen.bijOverdracht(m, melding, id, partnerNaam);
      // The melding's version moves too: its overdrachten are part of what the caller read.
      await markeerMeldingGewijzigd(m, melding.id);
      return this.afronden(
        m,
        id,
        melding,
        'OVERDRACHT_GEREGISTREERD',
        `Overdracht naar ${partnerNaam} (${input.warm ? 'warm' : 'koud'})${afgesproken ? ` op ${afgesproken}` : ', op de wachtlijst'}`,
        'CREATE',
      );
    });
  }

  plan(input: PlanOverdrachtInput): Promise<Omit<Overdracht, 'monitoring'>> {
    const datum = datumVan(input.afgesprokenDatum);
    return this.db.run(async (m) => {
      const { overdracht, melding } = await this.voorWijziging(m, input.overdrachtId, input.versie);
      if (overdracht.status === 'UITGEVOERD') throw ongeldigeOvergang('This overdracht already took place');
      await kysely(m)
        .updateTable('overdracht')
        .set((eb) => ({
          afgesproken_datum: datum,
          status: 'GEPLAND',
          gepland_op: eb.fn.coalesce('gepland_op', sql<Date>`now()`),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', overdracht.id)
        .execute();
      return this.afronden(m, overdracht.id, melding, 'OVERDRACHT_GEPLAND', `Overdracht gepland op ${datum}`, 'UPDATE');
    });
  }

  voerUit(input: VoerOverdrachtUitInput): Promise<Omit<Overdracht, 'monitoring'>> {
    return this.db.run(async (m) => {
      const { overdracht, melding } = await this.voorWijziging(m, input.overdrachtId, input.versie);
      if (overdracht.status !== 'GEPLAND') {
        throw ongeldigeOvergang(
          overdracht.status === 'WACHTLIJST'
            ? 'Agree a date first: the overdracht is on the wachtlijst'
            : 'This overdracht already took place',
        );
      }
      const uitgevoerdOp = datumNietInToekomst('uitgevoerdOp', input.uitgevoerdOp);
      await kysely(m)
        .updateTable('overdracht')
        .set((eb) => ({ uitgevoerd_op: uitgevoerdOp, status: 'UITGEVOERD', version: eb('version', '+', 1) }))
        .where('id', '=', overdracht.id)
        .execute();
      await planMonitoring(m, melding.casus_id, { overdrachtId: overdracht.id }, uitgevoerdOp);
      await wijzigFase(m, melding.id, melding.fase, 'MONITORING');
      return this.afronden(
        m,
        overdracht.id,
        melding,
        'OVERDRACHT_UITGEVOERD',
        `Overdracht uitgevoerd op ${uitgevoerdOp}; monitoring gepland op ${plusMaanden(uitgevoerdOp, 3)} en ${plusMaanden(uitgevoerdOp, 12)}`,
        'UPDATE',
      );
    });
  }

  /** The overdracht with this id, not locked and without the team rule (the caller checks its melding). */
  async leesRij(m: EntityManager, id: string): Promise<OverdrachtRow | null> {
    return (await kysely(m).selectFrom('overdracht as o').select(OVERDRACHT_COLUMNS).where('o.id', '=', id).executeTakeFirst()) ?? null;
  }

  private async voorWijziging(m: EntityManager, id: string, versie: number): Promise<{ overdracht: OverdrachtRow; melding: MeldingRow }> {
    const overdracht = isUuid(id)
      ? await kysely(m).selectFrom('overdracht as o').select(OVERDRACHT_COLUMNS).where('o.id', '=', id).forUpdate().executeTakeFirst()
      : undefined;
    const melding = overdracht ? await this.meldingen.leesZichtbaar(m, overdracht.melding_id) : null;
    if (!overdracht || !melding) throw nietGevonden('Overdracht');
    vereisVersie('The overdracht', overdracht.version, versie);
    return { overdracht, melding };
  }

  /** The tail of every change to an overdracht, and the overdracht as it is now. */
  private async afronden(
    m: EntityManager,
    id: string,
    melding: MeldingRow,
    soort: 'OVERDRACHT_GEREGISTREERD' | 'OVERDRACHT_GEPLAND' | 'OVERDRACHT_UITGEVOERD',
    omschrijving: string,
    actie: 'CREATE' | 'UPDATE',
  ): Promise<Omit<Overdracht, 'monitoring'>> {
    await this.changes.record(m, {
      casusId: melding.casus_id,
      actie,
      objectType: 'Overdracht',
      objectId: id,
      tijdlijn: [{ soort, omschrijving }],
    });
    return toOverdracht((await this.leesRij(m, id))!);
  }
}
