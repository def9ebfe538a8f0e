import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { MeldingService, schrijfTijdlijn, type MeldingFase } from '@vt/casus';
import { TenantDb, rows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { check, forbidden, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { vereisFase, wijzigFase } from './overgangen.js';
import { BEOORDELING_COLUMNS, toBeoordeling, type BeoordelingRow } from './vervolg.rows.js';
import { sluitCasusAlsKlaar, meldingVoorWijziging, vandaag } from './vervolg.support.js';
import type { Besluit } from './vervolg.enums.js';
import type { MultidisciplinaireToetsingInput, StelBesluitVoorInput, ToetsBesluitInput, Veiligheidsbeoordeling } from './vervolg.types.js';

const NA_VASTSTELLING: Record<Besluit, MeldingFase> = {
  GEEN_VERVOLGSTAPPEN: 'AFGESLOTEN',
  REGIONAAL_MAATWERK: 'AFGESLOTEN',
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
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
  ) {}

  stelVoor(input: StelBesluitVoorInput): Promise<Veiligheidsbeoordeling> {
    this.vereisEigenIdentiteit();
    const taxatieToelichting = check.optioneleTekst('taxatie.toelichting', input.taxatie.toelichting);
    const toelichting = check.optioneleTekst('toelichting', input.toelichting);
    if (!isUuid(input.meldingId)) throw nietGevonden('Melding');
    return this.db.run(async (m) => {
      const melding = await meldingVoorWijziging(m, this.meldingen, input.meldingId, input.versie);
      vereisFase(melding.fase, ['TE_BEOORDELEN'], 'propose a besluit');
      const actor = this.current.actor;
      const [row] = await rows<{ id: string }>(
        m,
        `INSERT INTO veiligheidsbeoordeling (melding_id, acute_onveiligheid, structurele_onveiligheid, taxatie_toelichting, besluit, besluit_toelichting, besloten_door, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'TER_TOETSING') RETURNING id`,
        [
          melding.id,
          input.taxatie.acuteOnveiligheid,
          input.taxatie.structureleOnveiligheid,
          taxatieToelichting,
          input.besluit,
          toelichting,
          actor.userId,
        ],
      );
      await wijzigFase(m, melding.id, melding.fase, 'TER_TOETSING');
      await schrijfTijdlijn(m, {
        casusId: melding.casus_id,
        soort: 'BESLUIT_VOORGESTELD',
        omschrijving: `Besluit voorgesteld: ${omschrijf(input.besluit)}`,
        objectType: 'Veiligheidsbeoordeling',
        objectId: row!.id,
        door: actor.naam,
      });
      await this.log.schrijf(m, { actie: 'CREATE', objectType: 'Veiligheidsbeoordeling', objectId: row!.id, casusId: melding.casus_id });
      return this.lees(m, row!.id);
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
      await m.query(
        `UPDATE veiligheidsbeoordeling SET md_door = $2, md_rol = $3, md_op = now(), md_advies = $4, version = version + 1 WHERE id = $1`,
        [beoordeling.id, actor.userId, rol, advies],
      );
      await schrijfTijdlijn(m, {
        casusId,
        soort: 'MULTIDISCIPLINAIR_GETOETST',
        omschrijving: `Multidisciplinair getoetst door ${rol}`,
        objectType: 'Veiligheidsbeoordeling',
        objectId: beoordeling.id,
        door: actor.naam,
      });
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Veiligheidsbeoordeling', objectId: beoordeling.id, casusId });
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
      await m.query(
        `UPDATE veiligheidsbeoordeling SET status = $2, getoetst_door = $3, getoetst_op = now(), toetsing_toelichting = $4, version = version + 1 WHERE id = $1`,
        [beoordeling.id, input.akkoord ? 'VASTGESTELD' : 'AFGEWEZEN', actor.userId, toelichting],
      );
      const naar: MeldingFase = input.akkoord ? NA_VASTSTELLING[beoordeling.besluit] : 'TE_BEOORDELEN';
      await wijzigFase(m, beoordeling.melding_id, fase, naar);
      if (naar === 'ONDERZOEK' || naar === 'VOORWAARDEN_EN_VERVOLG') await this.planInterventie(m, beoordeling.melding_id, casusId, naar);
      if (naar === 'AFGESLOTEN') await sluitCasusAlsKlaar(m, casusId);
      await schrijfTijdlijn(m, {
        casusId,
        soort: input.akkoord ? 'BESLUIT_VASTGESTELD' : 'BESLUIT_AFGEWEZEN',
        omschrijving: input.akkoord
          ? `Besluit vastgesteld: ${omschrijf(beoordeling.besluit)}`
          : 'Besluit niet bevestigd; opnieuw te beoordelen',
        objectType: 'Veiligheidsbeoordeling',
        objectId: beoordeling.id,
        door: actor.naam,
      });
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Veiligheidsbeoordeling', objectId: beoordeling.id, casusId });
      return this.lees(m, beoordeling.id);
    });
  }

  /** Creates the onderzoek or V&V a confirmed besluit (or a monitoring contact) calls for, due to start within 5 werkdagen. */
  async planInterventie(
    m: EntityManager,
    meldingId: string,
    casusId: string,
    soort: 'ONDERZOEK' | 'VOORWAARDEN_EN_VERVOLG',
    beslotenOp = vandaag(),
  ): Promise<string> {
    const kalender = await this.instellingen.kalender(m);
    const [row] = await rows<{ id: string }>(
      m,
      `INSERT INTO interventie (casus_id, melding_id, soort, besloten_op, uiterlijke_startdatum, status) VALUES ($1, $2, $3, $4, $5, 'GEPLAND') RETURNING id`,
      [casusId, meldingId, soort, beslotenOp, kalender.plusWerkdagen(beslotenOp, 5)],
    );
    return row!.id;
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
    const [beoordeling] = isUuid(id)
      ? await rows<BeoordelingRow>(m, `SELECT ${BEOORDELING_COLUMNS} FROM veiligheidsbeoordeling b WHERE b.id = $1 FOR UPDATE`, [id])
      : [];
    const melding = beoordeling ? await this.meldingen.leesZichtbaar(m, beoordeling.melding_id) : null;
    if (!beoordeling || !melding) throw nietGevonden('Veiligheidsbeoordeling');
    vereisVersie('The beoordeling', beoordeling.version, versie);
    return { beoordeling, casusId: melding.casus_id, fase: melding.fase };
  }

  private async lees(m: EntityManager, id: string): Promise<Veiligheidsbeoordeling> {
    const [row] = await rows<BeoordelingRow>(m, `SELECT ${BEOORDELING_COLUMNS} FROM veiligheidsbeoordeling b WHERE b.id = $1`, [id]);
    return toBeoordeling(row!);
  }
}

function omschrijf(besluit: Besluit): string {
  return besluit.toLowerCase().replaceAll('_', ' ');
}
