import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CasusChangeRecorder, MeldingService, sluitCasusAlsKlaar, type MeldingRow } from '@vt/casus';
import { TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { begrensdeLijst, check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { plusDagen } from '@vt/werkdagen';
import { wijzigFase } from '../overgangen.js';
import { datumNietInToekomst, vandaag } from '../vervolg.support.js';
import { INTERVENTIE_COLUMNS, TIEN_WEKEN, toInterventie, type InterventieRow } from './interventie.row.js';
import type {
  Interventie,
  LegPlannenVastInput,
  SluitInterventieAfInput,
  SluitVoortijdigAfInput,
  StartInterventieInput,
} from './interventie.types.js';

/** Onderzoek and voorwaarden en vervolg: planning, start, plans, closure with outcomes, early closure. */
@Injectable()
export class InterventieService {
  constructor(
    private readonly db: TenantDb,
    private readonly meldingen: MeldingService,
    private readonly instellingen: InstellingenService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  /** Creates the onderzoek or V&V a confirmed besluit (or a monitoring contact) calls for, due to start within 5 werkdagen. */
  async plan(
    m: EntityManager,
    meldingId: string,
    casusId: string,
    soort: 'ONDERZOEK' | 'VOORWAARDEN_EN_VERVOLG',
    beslotenOp = vandaag(),
  ): Promise<string> {
    const kalender = await this.instellingen.kalender(m);
    const { id } = await kysely(m)
      .insertInto('interventie')
      .values({
        casus_id: casusId,
        melding_id: meldingId,
        soort,
        besloten_op: beslotenOp,
        uiterlijke_startdatum: kalender.plusWerkdagen(beslotenOp, 5),
        status: 'GEPLAND',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  start(input: StartInterventieInput): Promise<Interventie> {
    return this.db.run(async (m) => {
      const { interventie, melding } = await this.voorWijziging(m, input.interventieId, input.versie);
      if (interventie.status !== 'GEPLAND')
        throw ongeldigeOvergang(`Only a planned intervention can start; this one is ${interventie.status.toLowerCase()}`);
      const gestartOp = datumNietInToekomst('gestartOp', input.gestartOp, { datum: interventie.besloten_op, wat: 'the decision' });
      await kysely(m)
        .updateTable('interventie')
        .set((eb) => ({
          status: 'GESTART',
          gestart_op: gestartOp,
          uiterlijke_einddatum: plusDagen(gestartOp, TIEN_WEKEN),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', interventie.id)
        .execute();
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
      await kysely(m)
        .updateTable('interventie')
        .set((eb) => ({
          // A plan left out keeps the one recorded before.
          veiligheidsplan: eb.fn.coalesce(eb.val(veiligheidsplan), eb.ref('veiligheidsplan')),
          herstelplan: eb.fn.coalesce(eb.val(herstelplan), eb.ref('herstelplan')),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', interventie.id)
        .execute();
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
      await kysely(m)
        .updateTable('interventie')
        .set((eb) => ({
          status: 'AFGESLOTEN',
          afgesloten_op: afgeslotenOp,
          uitkomsten: JSON.stringify(uitkomsten),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', interventie.id)
        .execute();
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
      await kysely(m)
        .updateTable('interventie')
        .set((eb) => ({
          status: 'VOORTIJDIG_AFGESLOTEN',
          afgesloten_op: afgeslotenOp,
          voortijdig_reden: reden,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', interventie.id)
        .execute();
      await wijzigFase(m, melding.id, melding.fase, 'AFGESLOTEN');
      await sluitCasusAlsKlaar(m, melding.casus_id);
      return this.afronden(m, interventie, melding, 'INTERVENTIE_AFGESLOTEN', `${naam(interventie)} voortijdig afgesloten`);
    });
  }

  private async voorWijziging(m: EntityManager, id: string, versie: number): Promise<{ interventie: InterventieRow; melding: MeldingRow }> {
    const interventie = isUuid(id)
      ? await kysely(m).selectFrom('interventie as i').select(INTERVENTIE_COLUMNS).where('i.id', '=', id).forUpdate().executeTakeFirst()
      : undefined;
    const melding = interventie ? await this.meldingen.leesZichtbaar(m, interventie.melding_id) : null;
    if (!interventie || !melding) throw nietGevonden('Interventie');
    vereisVersie('The intervention', interventie.version, versie);
    return { interventie, melding };
  }

  /** The tail of every change to an intervention, and the intervention as it is now. */
  private async afronden(
    m: EntityManager,
    interventie: InterventieRow,
    melding: MeldingRow,
    soort: 'INTERVENTIE_GESTART' | 'PLANNEN_VASTGELEGD' | 'INTERVENTIE_AFGESLOTEN',
    omschrijving: string,
  ): Promise<Interventie> {
    await this.changes.record(m, {
      casusId: melding.casus_id,
      actie: 'UPDATE',
      objectType: 'Interventie',
      objectId: interventie.id,
      tijdlijn: [{ soort, omschrijving }],
    });
    const row = await kysely(m)
      .selectFrom('interventie as i')
      .select(INTERVENTIE_COLUMNS)
      .where('i.id', '=', interventie.id)
      .executeTakeFirstOrThrow();
    return toInterventie(row, vandaag());
  }
}

function naam(interventie: InterventieRow): string {
  return interventie.soort === 'ONDERZOEK' ? 'Onderzoek' : 'Voorwaarden en vervolg';
}
