import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { MeldingService, schrijfTijdlijn, type MeldingRow } from '@vt/casus';
import { TenantDb, rows } from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { datumVan, plusMaanden } from '@vt/werkdagen';
import { BeoordelingService } from './beoordeling.service.js';
import { vereisFase, wijzigFase } from './overgangen.js';
import {
  MONITORING_COLUMNS,
  OVERDRACHT_COLUMNS,
  toMonitoring,
  toOverdracht,
  type MonitoringRow,
  type OverdrachtRow,
} from './vervolg.rows.js';
import { datumNietInToekomst, meldingVoorWijziging, sluitCasusAlsKlaar } from './vervolg.support.js';
import type {
  MonitoringContact,
  Overdracht,
  PlanOverdrachtInput,
  RegistreerMonitoringInput,
  RegistreerOverdrachtInput,
  VoerOverdrachtUitInput,
} from './vervolg.types.js';

/** Overdracht to a partner (wachtlijst until a date is agreed) and the monitoring at 3 and 12 months that follows it. */
@Injectable()
export class OverdrachtService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly meldingen: MeldingService,
    private readonly beoordelingen: BeoordelingService,
    private readonly log: ToegangslogService,
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
      const [open] = await rows(m, `SELECT 1 FROM overdracht WHERE melding_id = $1 AND status <> 'UITGEVOERD'`, [melding.id]);
      if (open) throw ongeldigeOvergang('This melding already has an overdracht in progress; plan or carry out that one');
      if (gemeenteCode) {
        const [bekend] = await rows(m, `SELECT 1 FROM referentie.gemeente WHERE code = $1`, [gemeenteCode]);
        if (!bekend) throw validatie('gemeenteCode', `${gemeenteCode} is not a known gemeente`);
      }
      const [row] = await rows<{ id: string }>(
        m,
        `INSERT INTO overdracht (casus_id, melding_id, partner_type, partner_naam, gemeente_code, warm, afgesproken_datum, status, gepland_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $7::date IS NULL THEN NULL ELSE now() END) RETURNING id`,
        [
          melding.casus_id,
          melding.id,
          input.partnerType,
          partnerNaam,
          gemeenteCode,
          input.warm,
          afgesproken,
          afgesproken ? 'GEPLAND' : 'WACHTLIJST',
        ],
      );
      await m.query(`UPDATE melding SET updated_at = now(), version = version + 1 WHERE id = $1`, [melding.id]);
      return this.afronden(
        m,
        row!.id,
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
      await m.query(
        `UPDATE overdracht SET afgesproken_datum = $2, status = 'GEPLAND', gepland_op = COALESCE(gepland_op, now()), version = version + 1 WHERE id = $1`,
        [overdracht.id, datum],
      );
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
      await m.query(`UPDATE overdracht SET uitgevoerd_op = $2, status = 'UITGEVOERD', version = version + 1 WHERE id = $1`, [
        overdracht.id,
        uitgevoerdOp,
      ]);
      await m.query(
        `INSERT INTO monitoring_contact (casus_id, overdracht_id, moment, gepland_op, status)
         VALUES ($1, $2, 'DRIE_MAANDEN', $3, 'GEPLAND'), ($1, $2, 'TWAALF_MAANDEN', $4, 'GEPLAND')`,
        [melding.casus_id, overdracht.id, plusMaanden(uitgevoerdOp, 3), plusMaanden(uitgevoerdOp, 12)],
      );
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

  registreerMonitoring(input: RegistreerMonitoringInput): Promise<MonitoringContact> {
    const toelichting = check.optioneleTekst('toelichting', input.toelichting);
    return this.db.run(async (m) => {
      const [contact] = isUuid(input.monitoringId)
        ? await rows<MonitoringRow>(m, `SELECT ${MONITORING_COLUMNS} FROM monitoring_contact mc WHERE mc.id = $1 FOR UPDATE`, [
            input.monitoringId,
          ])
        : [];
      const overdracht = contact ? await this.overdrachtRij(m, contact.overdracht_id) : null;
      const melding = overdracht ? await this.meldingen.leesZichtbaar(m, overdracht.melding_id) : null;
      if (!contact || !melding) throw nietGevonden('Monitoring contact');
      vereisVersie('The monitoring contact', contact.version, input.versie);
      if (contact.status !== 'GEPLAND')
        throw ongeldigeOvergang(`This monitoring contact is already ${contact.status === 'UITGEVOERD' ? 'done' : 'lapsed'}`);
      vereisFase(melding.fase, ['MONITORING'], 'record a monitoring contact');
      const uitgevoerdOp = datumNietInToekomst('uitgevoerdOp', input.uitgevoerdOp, {
        datum: overdracht!.uitgevoerd_op!,
        wat: 'the overdracht',
      });
      let nieuweInterventie: string | null = null;
      if (input.nieuweInterventie) {
        nieuweInterventie = await this.beoordelingen.planInterventie(
          m,
          melding.id,
          melding.casus_id,
          input.nieuweInterventie,
          uitgevoerdOp,
        );
      }
      await m.query(
        `UPDATE monitoring_contact SET status = 'UITGEVOERD', uitgevoerd_op = $2, score_gezin = $3, score_professional = $4, toelichting = $5,
           nieuwe_interventie_id = $6, version = version + 1 WHERE id = $1`,
        [contact.id, uitgevoerdOp, input.scoreGezin, input.scoreProfessional, toelichting, nieuweInterventie],
      );
      const laatste = contact.moment === 'TWAALF_MAANDEN';
      if (nieuweInterventie || laatste) {
        await m.query(
          `UPDATE monitoring_contact SET status = 'VERVALLEN', version = version + 1 WHERE overdracht_id = $1 AND status = 'GEPLAND'`,
          [contact.overdracht_id],
        );
        await wijzigFase(m, melding.id, melding.fase, input.nieuweInterventie ?? 'AFGESLOTEN');
        if (!nieuweInterventie) await sluitCasusAlsKlaar(m, melding.casus_id);
      }
      await schrijfTijdlijn(m, {
        casusId: melding.casus_id,
        soort: 'MONITORING_UITGEVOERD',
        omschrijving: `Monitoring na ${contact.moment === 'DRIE_MAANDEN' ? '3' : '12'} maanden: gezin ${input.scoreGezin.toLowerCase()}, professional ${input.scoreProfessional.toLowerCase()}${nieuweInterventie ? '; nieuwe interventie' : ''}`,
        objectType: 'MonitoringContact',
        objectId: contact.id,
        door: this.current.actor.naam,
      });
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'MonitoringContact', objectId: contact.id, casusId: melding.casus_id });
      const [row] = await rows<MonitoringRow>(m, `SELECT ${MONITORING_COLUMNS} FROM monitoring_contact mc WHERE mc.id = $1`, [contact.id]);
      return toMonitoring(row!);
    });
  }

  private async overdrachtRij(m: EntityManager, id: string): Promise<OverdrachtRow | null> {
    const [row] = await rows<OverdrachtRow>(m, `SELECT ${OVERDRACHT_COLUMNS} FROM overdracht o WHERE o.id = $1`, [id]);
    return row ?? null;
  }

  private async voorWijziging(m: EntityManager, id: string, versie: number): Promise<{ overdracht: OverdrachtRow; melding: MeldingRow }> {
    const [overdracht] = isUuid(id)
      ? await rows<OverdrachtRow>(m, `SELECT ${OVERDRACHT_COLUMNS} FROM overdracht o WHERE o.id = $1 FOR UPDATE`, [id])
      : [];
    const melding = overdracht ? await this.meldingen.leesZichtbaar(m, overdracht.melding_id) : null;
    if (!overdracht || !melding) throw nietGevonden('Overdracht');
    vereisVersie('The overdracht', overdracht.version, versie);
    return { overdracht, melding };
  }

  private async afronden(
    m: EntityManager,
    id: string,
    melding: MeldingRow,
    soort: 'OVERDRACHT_GEREGISTREERD' | 'OVERDRACHT_GEPLAND' | 'OVERDRACHT_UITGEVOERD',
    omschrijving: string,
    actie: 'CREATE' | 'UPDATE',
  ): Promise<Omit<Overdracht, 'monitoring'>> {
    await schrijfTijdlijn(m, {
      casusId: melding.casus_id,
      soort,
      omschrijving,
      objectType: 'Overdracht',
      objectId: id,
      door: this.current.actor.naam,
    });
    await this.log.schrijf(m, { actie, objectType: 'Overdracht', objectId: id, casusId: melding.casus_id });
    return toOverdracht((await this.overdrachtRij(m, id))!);
  }
}
