import { Injectable } from '@nestjs/common';
import { TenantDb, rows } from '@vt/database';
import { RequestLoaders } from '@vt/platform';
import {
  BEOORDELING_COLUMNS,
  CRISIS_COLUMNS,
  HUISVERBOD_COLUMNS,
  INTERVENTIE_COLUMNS,
  MONITORING_COLUMNS,
  OVERDRACHT_COLUMNS,
  TERUGKOPPELING_COLUMNS,
  type BeoordelingRow,
  type CrisisRow,
  type HuisverbodRow,
  type InterventieRow,
  type MonitoringRow,
  type OverdrachtRow,
  type TerugkoppelingRow,
} from './vervolg.rows.js';

/** One batched query per kind of follow-up record per request (see CasusLoaders). */
@Injectable()
export class VervolgLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly db: TenantDb,
  ) {}

  private many<R>(name: string, sql: string, keyOf: (row: R) => string) {
    return this.loaders.get<string, R[]>(name, async (ids) => {
      const found = await this.db.run((m) => rows<R>(m, sql, [ids]));
      return RequestLoaders.group(ids, found, keyOf);
    });
  }

  beoordelingen(meldingId: string): Promise<BeoordelingRow[]> {
    return this.many<BeoordelingRow>(
      'beoordelingen',
      `SELECT ${BEOORDELING_COLUMNS} FROM veiligheidsbeoordeling b WHERE b.melding_id = ANY($1::uuid[]) ORDER BY b.besloten_op`,
      (r) => r.melding_id,
    ).load(meldingId);
  }

  interventies(meldingId: string): Promise<InterventieRow[]> {
    return this.many<InterventieRow>(
      'interventies',
      `SELECT ${INTERVENTIE_COLUMNS} FROM interventie i WHERE i.melding_id = ANY($1::uuid[]) ORDER BY i.created_at`,
      (r) => r.melding_id,
    ).load(meldingId);
  }

  overdrachten(meldingId: string): Promise<OverdrachtRow[]> {
    return this.many<OverdrachtRow>(
      'overdrachten',
      `SELECT ${OVERDRACHT_COLUMNS} FROM overdracht o WHERE o.melding_id = ANY($1::uuid[]) ORDER BY o.created_at`,
      (r) => r.melding_id,
    ).load(meldingId);
  }

  monitoring(overdrachtId: string): Promise<MonitoringRow[]> {
    return this.many<MonitoringRow>(
      'monitoring',
      `SELECT ${MONITORING_COLUMNS} FROM monitoring_contact mc WHERE mc.overdracht_id = ANY($1::uuid[]) ORDER BY mc.gepland_op`,
      (r) => r.overdracht_id,
    ).load(overdrachtId);
  }

  terugkoppelingen(meldingId: string): Promise<TerugkoppelingRow[]> {
    return this.many<TerugkoppelingRow>(
      'terugkoppelingen',
      `SELECT ${TERUGKOPPELING_COLUMNS} FROM terugkoppeling t WHERE t.melding_id = ANY($1::uuid[]) ORDER BY t.datum, t.created_at`,
      (r) => r.meldingId,
    ).load(meldingId);
  }

  huisverboden(casusId: string): Promise<HuisverbodRow[]> {
    return this.many<HuisverbodRow>(
      'huisverboden',
      `SELECT ${HUISVERBOD_COLUMNS} FROM huisverbod h WHERE h.casus_id = ANY($1::uuid[]) ORDER BY h.opgelegd_op`,
      (r) => r.casusId,
    ).load(casusId);
  }

  crisisinterventies(casusId: string): Promise<CrisisRow[]> {
    return this.many<CrisisRow>(
      'crisisinterventies',
      `SELECT ${CRISIS_COLUMNS} FROM crisisinterventie ci WHERE ci.casus_id = ANY($1::uuid[]) ORDER BY ci.datum`,
      (r) => r.casusId,
    ).load(casusId);
  }
}
