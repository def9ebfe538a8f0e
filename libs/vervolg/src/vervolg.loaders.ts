import { Injectable } from '@nestjs/common';
import { TenantDb, kysely, sql, type Db } from '@vt/database';
import { RequestLoaders } from '@vt/platform';
import { BEOORDELING_COLUMNS, type BeoordelingRow } from './beoordeling/beoordeling.row.js';
import { CRISIS_COLUMNS, TERUGKOPPELING_COLUMNS, type CrisisRow, type TerugkoppelingRow } from './casus-acties/casus-acties.row.js';
import {
  HUISVERBOD_BETROKKENE_COLUMNS,
  HUISVERBOD_COLUMNS,
  type HuisverbodBetrokkeneRow,
  type HuisverbodRow,
} from './huisverbod/huisverbod.row.js';
import { INTERVENTIE_COLUMNS, type InterventieRow } from './interventie/interventie.row.js';
import { KENNISGEVING_COLUMNS, type KennisgevingRow } from './kennisgeving/kennisgeving.row.js';
import { MONITORING_COLUMNS, type MonitoringRow } from './monitoring/monitoring.row.js';
import { OVERDRACHT_COLUMNS, type OverdrachtRow } from './overdracht/overdracht.row.js';
import { VOORWAARDE_COLUMNS, type VoorwaardeRow } from './voorwaarden/voorwaarden.row.js';

/** One batched query per kind of follow-up record per request (see CasusLoaders). */
@Injectable()
export class VervolgLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly db: TenantDb,
  ) {}

  /** A one-to-many loader: `query` reads the rows of all keys of the batch (one array parameter, `= ANY`). */
  private many<R>(name: string, query: (db: Db, ids: string[]) => Promise<R[]>, keyOf: (row: R) => string) {
    return this.loaders.get<string, R[]>(name, async (ids) => {
      const found = await this.db.run((m) => query(kysely(m), [...ids]));
      return RequestLoaders.group(ids, found, keyOf);
    });
  }

  /** The ids of the documents made for each request. */
  async verzoekDocumenten(verzoekId: string): Promise<string[]> {
    const rows = await this.many(
      'verzoekDocumenten',
      (db, ids) =>
        db
          .selectFrom('document as d')
          .select(['d.id', 'd.verzoek_id'])
          .where((eb) => eb('d.verzoek_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('d.created_at')
          .orderBy('d.id')
          .execute(),
      (r) => r.verzoek_id!,
    ).load(verzoekId);
    return rows.map((r) => r.id);
  }

  beoordelingen(meldingId: string): Promise<BeoordelingRow[]> {
    return this.many(
      'beoordelingen',
      (db, ids) =>
        db
          .selectFrom('veiligheidsbeoordeling as b')
          .select(BEOORDELING_COLUMNS)
          .where((eb) => eb('b.melding_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('b.besloten_op')
          .execute(),
      (r) => r.melding_id,
    ).load(meldingId);
  }

  interventies(meldingId: string): Promise<InterventieRow[]> {
    return this.many(
      'interventies',
      (db, ids) =>
        db
          .selectFrom('interventie as i')
          .select(INTERVENTIE_COLUMNS)
          .where((eb) => eb('i.melding_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('i.created_at')
          .execute(),
      (r) => r.melding_id,
    ).load(meldingId);
  }

  overdrachten(meldingId: string): Promise<OverdrachtRow[]> {
    return this.many(
      'overdrachten',
      (db, ids) =>
        db
          .selectFrom('overdracht as o')
          .select(OVERDRACHT_COLUMNS)
          .where((eb) => eb('o.melding_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('o.created_at')
          .execute(),
      (r) => r.melding_id,
    ).load(meldingId);
  }

  /** The statutory notifications of meldingen, oldest first. */
  kennisgevingen(meldingId: string): Promise<KennisgevingRow[]> {
    return this.many(
      'kennisgevingen',
      (db, ids) =>
        db
          .selectFrom('kennisgeving as k')
          .select(KENNISGEVING_COLUMNS)
          .where((eb) => eb('k.melding_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('k.created_at')
          .orderBy('k.id')
          .execute(),
      (r) => r.melding_id,
    ).load(meldingId);
  }

  monitoring(overdrachtId: string): Promise<MonitoringRow[]> {
    return this.many(
      'monitoring',
      (db, ids) =>
        db
          .selectFrom('monitoring_contact as mc')
          .select(MONITORING_COLUMNS)
          .where((eb) => eb('mc.overdracht_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('mc.gepland_op')
          .execute(),
      (r) => r.overdracht_id!,
    ).load(overdrachtId);
  }

  /** The monitoring contacts after an intervention Veilig Thuis closed itself. */
  monitoringNaInterventie(interventieId: string): Promise<MonitoringRow[]> {
    return this.many(
      'monitoringNaInterventie',
      (db, ids) =>
        db
          .selectFrom('monitoring_contact as mc')
          .select(MONITORING_COLUMNS)
          .where((eb) => eb('mc.interventie_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('mc.gepland_op')
          .execute(),
      (r) => r.interventie_id!,
    ).load(interventieId);
  }

  terugkoppelingen(meldingId: string): Promise<TerugkoppelingRow[]> {
    return this.many(
      'terugkoppelingen',
      (db, ids) =>
        db
          .selectFrom('terugkoppeling')
          .select(TERUGKOPPELING_COLUMNS)
          .where((eb) => eb('melding_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('datum')
          .orderBy('created_at')
          .execute(),
      (r) => r.melding_id,
    ).load(meldingId);
  }

  huisverboden(casusId: string): Promise<HuisverbodRow[]> {
    return this.many(
      'huisverboden',
      (db, ids) =>
        db
          .selectFrom('huisverbod')
          .select(HUISVERBOD_COLUMNS)
          .where((eb) => eb('casus_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('opgelegd_op')
          .execute(),
      (r) => r.casus_id,
    ).load(casusId);
  }

  /** Pleger and achterblijvers of a huisverbod. */
  huisverbodPersonen(huisverbodId: string): Promise<HuisverbodBetrokkeneRow[]> {
    return this.many(
      'huisverbodPersonen',
      (db, ids) =>
        db
          .selectFrom('huisverbod_betrokkene')
          .select(HUISVERBOD_BETROKKENE_COLUMNS)
          .where((eb) => eb('huisverbod_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('rol', 'desc')
          .orderBy('persoon_id')
          .execute(),
      (r) => r.huisverbod_id,
    ).load(huisverbodId);
  }

  crisisinterventies(casusId: string): Promise<CrisisRow[]> {
    return this.many(
      'crisisinterventies',
      (db, ids) =>
        db
          .selectFrom('crisisinterventie')
          .select(CRISIS_COLUMNS)
          .where((eb) => eb('casus_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('datum')
          .execute(),
      (r) => r.casus_id,
    ).load(casusId);
  }

  /** The veiligheidsvoorwaarden of interventions, in the order they were recorded. */
  voorwaarden(interventieId: string): Promise<VoorwaardeRow[]> {
    return this.many(
      'voorwaarden',
      (db, ids) =>
        db
          .selectFrom('veiligheidsvoorwaarde as v')
          .select(VOORWAARDE_COLUMNS)
          .where((eb) => eb('v.interventie_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('v.created_at')
          .orderBy('v.id')
          .execute(),
      (r) => r.interventie_id,
    ).load(interventieId);
  }

  /** The veiligheidsvoorwaarden last checked at monitoring contacts. */
  voorwaardenBijContact(monitoringContactId: string): Promise<VoorwaardeRow[]> {
    return this.many(
      'voorwaardenBijContact',
      (db, ids) =>
        db
          .selectFrom('veiligheidsvoorwaarde as v')
          .select(VOORWAARDE_COLUMNS)
          .where((eb) => eb('v.monitoring_contact_id', '=', eb.fn.any(eb.val(ids))))
          .orderBy('v.created_at')
          .orderBy('v.id')
          .execute(),
      (r) => r.monitoring_contact_id!,
    ).load(monitoringContactId);
  }

  /** The screening of each melding (at most one). */
  async screening(meldingId: string) {
    const rows = await this.many(
      'screening',
      (db, ids) =>
        db
          .selectFrom('screening as s')
          .select([
            's.id',
            's.melding_id',
            's.uitkomst',
            's.toelichting',
            's.uiterlijk',
            's.crisisinterventie_id',
            's.gescreend_door_naam',
            's.gescreend_op',
            sql<string>`(s.gescreend_op AT TIME ZONE 'Europe/Amsterdam')::date::text`.as('gescreend_datum'),
          ])
          .where((eb) => eb('s.melding_id', '=', eb.fn.any(eb.val(ids))))
          .execute(),
      (r) => r.melding_id,
    ).load(meldingId);
    return rows[0] ?? null;
  }

  /**
   * How many requests of betrokkenen (AVG) are open about the persons of casussen: what a caseworker
   * may know (a request is pending), not what it asks. One grouped count per batch.
   */
  openVerzoeken(casusId: string): Promise<number> {
    return this.loaders
      .get<string, number>('openVerzoeken', async (ids) => {
        const rows = await this.db.run((m) =>
          kysely(m)
            .selectFrom('casus_betrokkene as cb')
            .innerJoin('verzoek as v', 'v.persoon_id', 'cb.persoon_id')
            .select(['cb.casus_id', (eb) => eb.fn.countAll<string>().as('n')])
            .where((eb) => eb('cb.casus_id', '=', eb.fn.any(eb.val([...ids]))))
            .where('v.status', '=', 'OPEN')
            .groupBy('cb.casus_id')
            .execute(),
        );
        const aantal = new Map(rows.map((r) => [r.casus_id, Number(r.n)]));
        return ids.map((id) => aantal.get(id) ?? 0);
      })
      .load(casusId);
  }
}
