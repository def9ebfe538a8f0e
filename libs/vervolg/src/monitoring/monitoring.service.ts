import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Datum } from '@vt/werkdagen';
import { CasusChangeRecorder, MeldingService, sluitCasusAlsKlaar } from '@vt/casus';
import { TenantDb, kysely } from '@vt/database';
import { check, isUuid, nietGevonden, ongeldigeOvergang, vereisVersie } from '@vt/platform';
import { InterventieService } from '../interventie/interventie.service.js';
import { OverdrachtService } from '../overdracht/overdracht.service.js';
import { vereisFase, wijzigFase } from '../overgangen.js';
import { datumNietInToekomst } from '../vervolg.support.js';
import { MONITORING_COLUMNS, toMonitoring, type MonitoringRow } from './monitoring.row.js';
import type { MonitoringContact, RegistreerMonitoringInput } from './monitoring.types.js';

/** The monitoring at 3 and 12 months after an overdracht or after an intervention Veilig Thuis closed itself: each contact closes the melding (the last) or starts a new intervention. */
@Injectable()
export class MonitoringService {
  constructor(
    private readonly db: TenantDb,
    private readonly meldingen: MeldingService,
    private readonly overdrachten: OverdrachtService,
    private readonly interventies: InterventieService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  registreer(input: RegistreerMonitoringInput): Promise<MonitoringContact> {
    const toelichting = check.optioneleTekst('toelichting', input.toelichting);
    return this.db.run(async (m) => {
      const contact = isUuid(input.monitoringId)
        ? await kysely(m)
            .selectFrom('monitoring_contact as mc')
            .select(MONITORING_COLUMNS)
            .where('mc.id', '=', input.monitoringId)
            .forUpdate()
            .executeTakeFirst()
        : undefined;
      const volgt = contact ? await this.volgt(m, contact) : null;
      const melding = volgt ? await this.meldingen.leesZichtbaar(m, volgt.meldingId) : null;
      if (!contact || !volgt || !melding) throw nietGevonden('Monitoring contact');
      vereisVersie('The monitoring contact', contact.version, input.versie);
      if (contact.status !== 'GEPLAND')
        throw ongeldigeOvergang(`This monitoring contact is already ${contact.status === 'UITGEVOERD' ? 'done' : 'lapsed'}`);
      vereisFase(melding.fase, ['MONITORING'], 'record a monitoring contact');
      const uitgevoerdOp = datumNietInToekomst('uitgevoerdOp', input.uitgevoerdOp, volgt.vanaf);
      let nieuweInterventie: string | null = null;
      if (input.nieuweInterventie) {
        nieuweInterventie = await this.interventies.plan(m, melding.id, melding.casus_id, input.nieuweInterventie, uitgevoerdOp);
      }
      await kysely(m)
        .updateTable('monitoring_contact')
        .set((eb) => ({
          status: 'UITGEVOERD',
          uitgevoerd_op: uitgevoerdOp,
          score_gezin: input.scoreGezin,
          score_professional: input.scoreProfessional,
          toelichting,
          nieuwe_interventie_id: nieuweInterventie,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', contact.id)
        .execute();
      const laatste = contact.moment === 'TWAALF_MAANDEN';
      if (nieuweInterventie || laatste) {
        await kysely(m)
          .updateTable('monitoring_contact')
          .set((eb) => ({ status: 'VERVALLEN', version: eb('version', '+', 1) }))
          .$if(contact.overdracht_id !== null, (q) => q.where('overdracht_id', '=', contact.overdracht_id!))
          .$if(contact.interventie_id !== null, (q) => q.where('interventie_id', '=', contact.interventie_id!))
          .where('status', '=', 'GEPLAND')
          .execute();
        await wijzigFase(m, melding.id, melding.fase, input.nieuweInterventie ?? 'AFGESLOTEN');
        if (!nieuweInterventie) await sluitCasusAlsKlaar(m, melding.casus_id);
      }
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'UPDATE',
        objectType: 'MonitoringContact',
        objectId: contact.id,
        tijdlijn: [
          {
            soort: 'MONITORING_UITGEVOERD',
            omschrijving: `Monitoring na ${contact.moment === 'DRIE_MAANDEN' ? '3' : '12'} maanden: gezin ${input.scoreGezin.toLowerCase()}, professional ${input.scoreProfessional.toLowerCase()}${nieuweInterventie ? '; nieuwe interventie' : ''}`,
          },
        ],
      });
      const row = await kysely(m)
        .selectFrom('monitoring_contact as mc')
        .select(MONITORING_COLUMNS)
        .where('mc.id', '=', contact.id)
        .executeTakeFirstOrThrow();
      return toMonitoring(row);
    });
  }

  /** The melding a contact follows up, and the date it counts from: the overdracht, or the intervention Veilig Thuis closed. */
  private async volgt(
    m: EntityManager,
    contact: MonitoringRow,
  ): Promise<{ meldingId: string; vanaf: { datum: Datum; wat: string } } | null> {
    if (contact.overdracht_id !== null) {
      const overdracht = await this.overdrachten.leesRij(m, contact.overdracht_id);
      return overdracht && { meldingId: overdracht.melding_id, vanaf: { datum: overdracht.uitgevoerd_op!, wat: 'the overdracht' } };
    }
    const interventie = await kysely(m)
      .selectFrom('interventie')
      .select(['melding_id', 'afgesloten_op'])
      .where('id', '=', contact.interventie_id!)
      .executeTakeFirst();
    return interventie
      ? { meldingId: interventie.melding_id, vanaf: { datum: interventie.afgesloten_op!, wat: 'the closing of the intervention' } }
      : null;
  }
}
