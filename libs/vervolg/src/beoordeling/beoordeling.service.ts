import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { CasusChangeRecorder, MeldingService, sluitCasusAlsKlaar, type MeldingFase, type MeldingRow } from '@vt/casus';
import { TenantDb, kysely, sql } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { check, forbidden, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { InterventieService } from '../interventie/interventie.service.js';
import { vereisFase, wijzigFase } from '../overgangen.js';
import { meldingVoorWijziging, vandaag } from '../vervolg.support.js';
import { plusDagen, type Datum } from '@vt/werkdagen';
import type { Besluit } from '../vervolg.enums.js';
import { BEOORDELING_COLUMNS, toBeoordeling } from './beoordeling.row.js';
import type {
  SluitMaatwerkAfInput,
  MultidisciplinaireToetsingInput,
  StelBesluitVoorInput,
  ToetsBesluitInput,
  Veiligheidsbeoordeling,
} from './beoordeling.types.js';

const NA_VASTSTELLING: Record<Besluit, MeldingFase> = {
  GEEN_VERVOLGSTAPPEN: 'AFGESLOTEN',
  // Veilig Thuis stays involved: the team closes it (sluitMaatwerkAf), a task counts the term.
  REGIONAAL_MAATWERK: 'REGIONAAL_MAATWERK',
  OVERDRACHT: 'OVERDRACHT',
  ONDERZOEK: 'ONDERZOEK',
  VOORWAARDEN_EN_VERVOLG: 'VOORWAARDEN_EN_VERVOLG',
};

/** Veiligheidsbeoordeling: a besluit is proposed, optionally reviewed multidisciplinarily, and takes effect after intercollegiale toetsing. */
@Injectable()
export class BeoordelingService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly meldingen: MeldingService,
    private readonly interventies: InterventieService,
    private readonly instellingen: InstellingenService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  stelVoor(input: StelBesluitVoorInput): Promise<Veiligheidsbeoordeling> {
    this.vereisEigenIdentiteit();
    const taxatieToelichting = check.optioneleTekst('taxatie.toelichting', input.taxatie.toelichting);
    const toelichting = check.optioneleTekst('toelichting', input.toelichting);
    if (!isUuid(input.meldingId)) throw nietGevonden('Melding');
    return this.db.run(async (m) => {
      const melding = await meldingVoorWijziging(m, this.meldingen, input.meldingId, input.versie);
      vereisFase(melding.fase, ['TE_BEOORDELEN'], 'propose a besluit');
      const { id } = await kysely(m)
        .insertInto('veiligheidsbeoordeling')
        .values({
          melding_id: melding.id,
          acute_onveiligheid: input.taxatie.acuteOnveiligheid,
          structurele_onveiligheid: input.taxatie.structureleOnveiligheid,
          taxatie_toelichting: taxatieToelichting,
          besluit: input.besluit,
          besluit_toelichting: toelichting,
          besloten_door: this.current.actor.userId,
          status: 'TER_TOETSING',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await wijzigFase(m, melding.id, melding.fase, 'TER_TOETSING');
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'CREATE',
        objectType: 'Veiligheidsbeoordeling',
        objectId: id,
        tijdlijn: [{ soort: 'BESLUIT_VOORGESTELD', omschrijving: `Besluit voorgesteld: ${omschrijf(input.besluit)}` }],
      });
      return this.lees(m, id);
    });
  }

  registreerMultidisciplinair(input: MultidisciplinaireToetsingInput): Promise<Veiligheidsbeoordeling> {
    this.vereisEigenIdentiteit();
    const advies = check.tekst('advies', input.advies, { max: 10_000 });
    return this.db.run(async (m) => {
      const { beoordeling, casusId } = await this.voorWijziging(m, input.beoordelingId, input.versie);
      if (beoordeling.status !== 'TER_TOETSING') throw ongeldigeOvergang('Only a proposed besluit (TER_TOETSING) can be reviewed');
      if (beoordeling.md_door) throw ongeldigeOvergang('This besluit already has a multidisciplinary review');
      const actor = this.current.actor;
      if (actor.userId === beoordeling.besloten_door)
        throw ongeldigeOvergang('The multidisciplinary review must come from someone other than the decider');
      const rol = actor.rollen.includes('vertrouwensarts') ? 'vertrouwensarts' : 'gedragswetenschapper';
      await kysely(m)
        .updateTable('veiligheidsbeoordeling')
        .set((eb) => ({ md_door: actor.userId, md_rol: rol, md_op: sql`now()`, md_advies: advies, version: eb('version', '+', 1) }))
        .where('id', '=', beoordeling.id)
        .execute();
      await this.changes.record(m, {
        casusId,
        actie: 'UPDATE',
        objectType: 'Veiligheidsbeoordeling',
        objectId: beoordeling.id,
        tijdlijn: [{ soort: 'MULTIDISCIPLINAIR_GETOETST', omschrijving: `Multidisciplinair getoetst door ${rol}` }],
      });
      return this.lees(m, beoordeling.id);
    });
  }

  toets(input: ToetsBesluitInput): Promise<Veiligheidsbeoordeling> {
    this.vereisEigenIdentiteit();
    const toelichting = check.optioneleTekst('toelichting', input.toelichting);
    if (!input.akkoord && !toelichting) throw validatie('toelichting', 'is required when the besluit is not confirmed');
    return this.db.run(async (m) => {
      const { beoordeling, casusId, fase } = await this.voorWijziging(m, input.beoordelingId, input.versie);
      if (beoordeling.status !== 'TER_TOETSING')
        throw ongeldigeOvergang(`This besluit is already ${beoordeling.status === 'VASTGESTELD' ? 'confirmed' : 'rejected'}`);
      const actor = this.current.actor;
      if (actor.userId === beoordeling.besloten_door)
        throw ongeldigeOvergang('Intercollegiale toetsing: you cannot confirm or reject your own besluit');
      if (input.akkoord && !beoordeling.md_door && (await this.instellingen.lees(m)).mdToetsingVerplicht) {
        throw ongeldigeOvergang(
          'Your region requires a multidisciplinary review (gedragswetenschapper or vertrouwensarts) before a besluit is confirmed',
        );
      }
      const termijnen = input.akkoord ? await this.termijnenNaBesluit(m, beoordeling.besluit) : {};
      await kysely(m)
        .updateTable('veiligheidsbeoordeling')
        .set((eb) => ({
          status: input.akkoord ? 'VASTGESTELD' : 'AFGEWEZEN',
          getoetst_door: actor.userId,
          getoetst_op: sql`now()`,
          toetsing_toelichting: toelichting,
          ...termijnen,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', beoordeling.id)
        .execute();
      const naar: MeldingFase = input.akkoord ? NA_VASTSTELLING[beoordeling.besluit] : 'TE_BEOORDELEN';
      await wijzigFase(m, beoordeling.melding_id, fase, naar);
      if (naar === 'ONDERZOEK' || naar === 'VOORWAARDEN_EN_VERVOLG') await this.interventies.plan(m, beoordeling.melding_id, casusId, naar);
      if (naar === 'AFGESLOTEN') await sluitCasusAlsKlaar(m, casusId);
      await this.changes.record(m, {
        casusId,
        actie: 'UPDATE',
        objectType: 'Veiligheidsbeoordeling',
        objectId: beoordeling.id,
        tijdlijn: [
          {
            soort: input.akkoord ? 'BESLUIT_VASTGESTELD' : 'BESLUIT_AFGEWEZEN',
            omschrijving: input.akkoord
              ? `Besluit vastgesteld: ${omschrijf(beoordeling.besluit)}`
              : 'Besluit niet bevestigd; opnieuw te beoordelen',
          },
        ],
      });
      return this.lees(m, beoordeling.id);
    });
  }

  /** Closes regionaal maatwerk: Veilig Thuis's involvement ends, the melding (and the casus when nothing else runs) is closed. */
  sluitMaatwerkAf(input: SluitMaatwerkAfInput): Promise<MeldingRow> {
    if (!isUuid(input.meldingId)) throw nietGevonden('Melding');
    return this.db.run(async (m) => {
      const melding = await meldingVoorWijziging(m, this.meldingen, input.meldingId, input.versie);
      vereisFase(melding.fase, ['REGIONAAL_MAATWERK'], 'close regionaal maatwerk');
      await wijzigFase(m, melding.id, melding.fase, 'AFGESLOTEN');
      await sluitCasusAlsKlaar(m, melding.casus_id);
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'UPDATE',
        objectType: 'Melding',
        objectId: melding.id,
        tijdlijn: [{ soort: 'MELDING_AFGESLOTEN', omschrijving: 'Regionaal maatwerk afgerond; melding afgesloten' }],
      });
      return (await this.meldingen.leesZichtbaar(m, melding.id))!;
    });
  }

  /**
   * The terms a confirmed besluit starts, counted from today (the day of the toetsing) with the
   * region's settings: feedback to a professional melder, and the end of Veilig Thuis's follow-up
   * (statutory 10 weken for onderzoek and V&V; the same term for regionaal maatwerk).
   */
  private async termijnenNaBesluit(
    m: EntityManager,
    besluit: Besluit,
  ): Promise<{ uiterlijke_terugkoppeldatum: Datum; uiterlijke_vervolgdatum: Datum | null }> {
    const kalender = await this.instellingen.kalender(m);
    const instellingen = await this.instellingen.lees(m);
    const besloten = vandaag();
    const vervolg = besluit === 'ONDERZOEK' || besluit === 'VOORWAARDEN_EN_VERVOLG' || besluit === 'REGIONAAL_MAATWERK';
    return {
      uiterlijke_terugkoppeldatum: kalender.plusWerkdagen(besloten, instellingen.terugkoppelingWerkdagen),
      uiterlijke_vervolgdatum: vervolg ? plusDagen(besloten, 7 * instellingen.interventieWeken) : null,
    };
  }

  /**
   * The four-eyes steps (besluit, multidisciplinary review, toetsing) are personal professional
   * acts: a token that carries a second identity (delegation, claim act.sub) may not take them, so
   * the comparison "someone other than the decider" always compares single, recorded identities.
   */
  private vereisEigenIdentiteit(): void {
    if (this.current.actor.namens) {
      throw forbidden(
        'A besluit, its multidisciplinary review and its toetsing cannot be done with a delegation token (claim act): use your own token',
      );
    }
  }

  private async voorWijziging(m: EntityManager, id: string, versie: number) {
    const beoordeling = isUuid(id)
      ? await kysely(m)
          .selectFrom('veiligheidsbeoordeling as b')
          .select(BEOORDELING_COLUMNS)
          .where('b.id', '=', id)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
    const melding = beoordeling ? await this.meldingen.leesZichtbaar(m, beoordeling.melding_id) : null;
    if (!beoordeling || !melding) throw nietGevonden('Veiligheidsbeoordeling');
    vereisVersie('The beoordeling', beoordeling.version, versie);
    return { beoordeling, casusId: melding.casus_id, fase: melding.fase };
  }

  private async lees(m: EntityManager, id: string): Promise<Veiligheidsbeoordeling> {
    const row = await kysely(m)
      .selectFrom('veiligheidsbeoordeling as b')
      .select(BEOORDELING_COLUMNS)
      .where('b.id', '=', id)
      .executeTakeFirstOrThrow();
    return toBeoordeling(row);
  }
}

function omschrijf(besluit: Besluit): string {
  return besluit.toLowerCase().replaceAll('_', ' ');
}
