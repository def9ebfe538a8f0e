import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { MeldingService, schrijfTijdlijn, type MeldingRow } from '@vt/casus';
import { TenantDb, rows } from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import { begrensdeLijst, check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { plusDagen } from '@vt/werkdagen';
import { wijzigFase } from './overgangen.js';
import { INTERVENTIE_COLUMNS, TIEN_WEKEN, toInterventie, type InterventieRow } from './vervolg.rows.js';
import { datumNietInToekomst, sluitCasusAlsKlaar, vandaag } from './vervolg.support.js';
import type {
  Interventie,
  LegPlannenVastInput,
  SluitInterventieAfInput,
  SluitVoortijdigAfInput,
  StartInterventieInput,
} from './vervolg.types.js';

/** Onderzoek and voorwaarden en vervolg: start, plans, closure with outcomes, early closure. */
@Injectable()
export class InterventieService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly meldingen: MeldingService,
    private readonly log: ToegangslogService,
  ) {}

  start(input: StartInterventieInput): Promise<Interventie> {
    return this.db.run(async (m) => {
      const { interventie, melding } = await this.voorWijziging(m, input.interventieId, input.versie);
      if (interventie.status !== 'GEPLAND')
        throw ongeldigeOvergang(`Only a planned intervention can start; this one is ${interventie.status.toLowerCase()}`);
      const gestartOp = datumNietInToekomst('gestartOp', input.gestartOp, { datum: interventie.besloten_op, wat: 'the decision' });
      await m.query(
        `UPDATE interventie SET status = 'GESTART', gestart_op = $2, uiterlijke_einddatum = $3, version = version + 1 WHERE id = $1`,
        [interventie.id, gestartOp, plusDagen(gestartOp, TIEN_WEKEN)],
      );
      return this.afronden(m, interventie, melding, 'INTERVENTIE_GESTART', `${naam(interventie)} gestart`);
    });
  }

  legPlannenVast(input: LegPlannenVastInput): Promise<Interventie> {
    const veiligheidsplan = check.optioneleTekst('veiligheidsplan', input.veiligheidsplan);
    const herstelplan = check.optioneleTekst('herstelplan', input.herstelplan);
    if (!veiligheidsplan && !herstelplan) throw validatie('veiligheidsplan', 'give a veiligheidsplan and/or a herstelplan');
    return this.db.run(async (m) => {
      const { interventie, melding } = await this.voorWijziging(m, input.interventieId, input.versie);
      if (interventie.status !== 'GESTART') throw ongeldigeOvergang('Plans are recorded for a running intervention only');
      await m.query(
        `UPDATE interventie SET veiligheidsplan = COALESCE($2, veiligheidsplan), herstelplan = COALESCE($3, herstelplan), version = version + 1 WHERE id = $1`,
        [interventie.id, veiligheidsplan, herstelplan],
      );
      return this.afronden(
        m,
        interventie,
        melding,
        'PLANNEN_VASTGELEGD',
        [veiligheidsplan && 'Veiligheidsplan', herstelplan && 'herstelplan'].filter(Boolean).join(' en ') + ' vastgelegd',
      );
    });
  }

  sluitAf(input: SluitInterventieAfInput): Promise<Interventie> {
    begrensdeLijst('uitkomsten', input.uitkomsten, 8);
    return this.db.run(async (m) => {
      const { interventie, melding } = await this.voorWijziging(m, input.interventieId, input.versie);
      if (interventie.status !== 'GESTART')
        throw ongeldigeOvergang(`Only a running intervention can be closed; this one is ${interventie.status.toLowerCase()}`);
      const afgeslotenOp = datumNietInToekomst('afgeslotenOp', input.afgeslotenOp, { datum: interventie.gestart_op!, wat: 'the start' });
      const uitkomsten = input.uitkomsten ?? [];
      if (interventie.soort === 'ONDERZOEK') {
        const verwacht = [...melding.aard_geweld].sort();
        const gegeven = uitkomsten.map((u) => u.aardGeweld).sort();
        if (gegeven.length !== new Set(gegeven).size || verwacht.join() !== gegeven.join()) {
          throw validatie('uitkomsten', `give exactly one outcome for each aard geweld of the melding (${verwacht.join(', ')})`);
        }
      } else if (uitkomsten.length > 0) {
        throw validatie('uitkomsten', 'outcomes per aard geweld belong to an onderzoek, not to voorwaarden en vervolg');
      }
      await m.query(
        `UPDATE interventie SET status = 'AFGESLOTEN', afgesloten_op = $2, uitkomsten = $3, version = version + 1 WHERE id = $1`,
        [interventie.id, afgeslotenOp, JSON.stringify(uitkomsten)],
      );
      const naar = input.vervolg === 'OVERDRACHT' ? 'OVERDRACHT' : 'AFGESLOTEN';
      await wijzigFase(m, melding.id, melding.fase, naar);
      if (naar === 'AFGESLOTEN') await sluitCasusAlsKlaar(m, melding.casus_id);
      return this.afronden(
        m,
        interventie,
        melding,
        'INTERVENTIE_AFGESLOTEN',
        `${naam(interventie)} afgesloten; vervolg: ${naar === 'OVERDRACHT' ? 'overdracht' : 'afsluiten'}`,
      );
    });
  }

  sluitVoortijdigAf(input: SluitVoortijdigAfInput): Promise<Interventie> {
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    return this.db.run(async (m) => {
      const { interventie, melding } = await this.voorWijziging(m, input.interventieId, input.versie);
      if (interventie.status !== 'GEPLAND' && interventie.status !== 'GESTART')
        throw ongeldigeOvergang('This intervention is already closed');
      const afgeslotenOp = datumNietInToekomst('afgeslotenOp', input.afgeslotenOp, {
        datum: interventie.gestart_op ?? interventie.besloten_op,
        wat: 'the start or decision',
      });
      await m.query(
        `UPDATE interventie SET status = 'VOORTIJDIG_AFGESLOTEN', afgesloten_op = $2, voortijdig_reden = $3, version = version + 1 WHERE id = $1`,
        [interventie.id, afgeslotenOp, reden],
      );
      await wijzigFase(m, melding.id, melding.fase, 'AFGESLOTEN');
      await sluitCasusAlsKlaar(m, melding.casus_id);
      return this.afronden(m, interventie, melding, 'INTERVENTIE_AFGESLOTEN', `${naam(interventie)} voortijdig afgesloten`);
    });
  }

  private async voorWijziging(m: EntityManager, id: string, versie: number): Promise<{ interventie: InterventieRow; melding: MeldingRow }> {
    const [interventie] = isUuid(id)
      ? await rows<InterventieRow>(m, `SELECT ${INTERVENTIE_COLUMNS} FROM interventie i WHERE i.id = $1 FOR UPDATE`, [id])
      : [];
    const melding = interventie ? await this.meldingen.leesZichtbaar(m, interventie.melding_id) : null;
    if (!interventie || !melding) throw nietGevonden('Interventie');
    vereisVersie('The intervention', interventie.version, versie);
    return { interventie, melding };
  }

  private async afronden(
    m: EntityManager,
    interventie: InterventieRow,
    melding: MeldingRow,
    soort: 'INTERVENTIE_GESTART' | 'PLANNEN_VASTGELEGD' | 'INTERVENTIE_AFGESLOTEN',
    omschrijving: string,
  ): Promise<Interventie> {
    await schrijfTijdlijn(m, {
      casusId: melding.casus_id,
      soort,
      omschrijving,
      objectType: 'Interventie',
      objectId: interventie.id,
      door: this.current.actor.naam,
    });
    await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Interventie', objectId: interventie.id, casusId: melding.casus_id });
    const [row] = await rows<InterventieRow>(m, `SELECT ${INTERVENTIE_COLUMNS} FROM interventie i WHERE i.id = $1`, [interventie.id]);
    return toInterventie(row!, vandaag());
  }
}

function naam(interventie: InterventieRow): string {
  return interventie.soort === 'ONDERZOEK' ? 'Onderzoek' : 'Voorwaarden en vervolg';
}
