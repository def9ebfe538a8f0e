import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CasusChangeRecorder, MeldingService, sluitCasusAlsKlaar, type MeldingRow } from '@vt/casus';
import { TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { begrensdeLijst, check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { plusDagen, type Datum } from '@vt/werkdagen';
import type { MeldingFase } from '@vt/casus';
import { planMonitoring } from '../monitoring/monitoring-planning.js';
import type { Vervolg } from '../vervolg.enums.js';
import { wijzigFase } from '../overgangen.js';
import { datumNietInToekomst, vandaag } from '../vervolg.support.js';
import { INTERVENTIE_COLUMNS, toInterventie, type InterventieRow } from './interventie.row.js';
import type {
  Interventie,
  LegPlannenVastInput,
  SluitInterventieAfInput,
  SluitVoortijdigAfInput,
  StartInterventieInput,
} from './interventie.types.js';

/** Where the melding goes when Veilig Thuis closes an intervention. */
const NA_AFSLUITING: Record<Vervolg, MeldingFase> = { OVERDRACHT: 'OVERDRACHT', MONITORING: 'MONITORING', AFSLUITEN: 'AFGESLOTEN' };
const VERVOLG_OMSCHRIJVING: Record<Vervolg, string> = {
  OVERDRACHT: 'overdracht',
  MONITORING: 'monitoring door Veilig Thuis',
  AFSLUITEN: 'afsluiten',
};

/** Onderzoek and voorwaarden en vervolg: planning, start, plans, closure with outcomes, early closure. */
@Injectable()
export class InterventieService {
  constructor(
    private readonly db: TenantDb,
    private readonly meldingen: MeldingService,
    private readonly instellingen: InstellingenService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  /**
   * Creates the onderzoek or V&V a confirmed besluit (or a monitoring contact) calls for, due to start
   * within the region's start term and to finish within its statutory term, both counted from the besluit.
   */
  async plan(
    m: EntityManager,
    meldingId: string,
    casusId: string,
    soort: 'ONDERZOEK' | 'VOORWAARDEN_EN_VERVOLG',
    beslotenOp = vandaag(),
  ): Promise<string> {
    const kalender = await this.instellingen.kalender(m);
    const instellingen = await this.instellingen.lees(m);
    const { id } = await kysely(m)
      .insertInto('interventie')
      .values({
        casus_id: casusId,
        melding_id: meldingId,
        soort,
        besloten_op: beslotenOp,
        uiterlijke_startdatum: kalender.plusWerkdagen(beslotenOp, instellingen.interventieStartWerkdagen),
        wettelijke_einddatum: plusDagen(beslotenOp, 7 * instellingen.interventieWeken),
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
      // The region's own performance clock from the start; the statutory term stays counted from the besluit.
      const weken = (await this.instellingen.lees(m)).interventieWeken;
      await kysely(m)
        .updateTable('interventie')
        .set((eb) => ({
          status: 'GESTART',
          gestart_op: gestartOp,
          uiterlijke_einddatum: plusDagen(gestartOp, 7 * weken),
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
      const terugkoppeling = await this.terugkoppelTermijn(m, interventie, afgeslotenOp);
      await kysely(m)
        .updateTable('interventie')
        .set((eb) => ({
          status: 'AFGESLOTEN',
          afgesloten_op: afgeslotenOp,
          uitkomsten: JSON.stringify(uitkomsten),
          uiterlijke_terugkoppeldatum: terugkoppeling,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', interventie.id)
        .execute();
      const naar = NA_AFSLUITING[input.vervolg];
      await wijzigFase(m, melding.id, melding.fase, naar);
      // Veilig Thuis closes the case itself and keeps following it: contacts at 3 and 12 months.
      if (naar === 'MONITORING') await planMonitoring(m, melding.casus_id, { interventieId: interventie.id }, afgeslotenOp);
      if (naar === 'AFGESLOTEN') await sluitCasusAlsKlaar(m, melding.casus_id);
      return this.afronden(
        m,
        interventie,
        melding,
        'INTERVENTIE_AFGESLOTEN',
        `${naam(interventie)} afgesloten; vervolg: ${VERVOLG_OMSCHRIJVING[input.vervolg]}`,
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
      const terugkoppeling = await this.terugkoppelTermijn(m, interventie, afgeslotenOp);
      await kysely(m)
        .updateTable('interventie')
        .set((eb) => ({
          status: 'VOORTIJDIG_AFGESLOTEN',
          afgesloten_op: afgeslotenOp,
          voortijdig_reden: reden,
          uiterlijke_terugkoppeldatum: terugkoppeling,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', interventie.id)
        .execute();
      await wijzigFase(m, melding.id, melding.fase, 'AFGESLOTEN');
      await sluitCasusAlsKlaar(m, melding.casus_id);
      return this.afronden(m, interventie, melding, 'INTERVENTIE_AFGESLOTEN', `${naam(interventie)} voortijdig afgesloten`);
    });
  }

  /** After an onderzoek the melder hears back within the region's term (a V&V has no such step). */
  private async terugkoppelTermijn(m: EntityManager, interventie: InterventieRow, afgeslotenOp: Datum): Promise<Datum | null> {
    if (interventie.soort !== 'ONDERZOEK') return null;
    const kalender = await this.instellingen.kalender(m);
    return kalender.plusWerkdagen(afgeslotenOp, (await this.instellingen.lees(m)).terugkoppelingWerkdagen);
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
