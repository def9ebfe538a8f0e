import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
import { plusMaanden, type Datum } from '@vt/werkdagen';

/** What a monitoring contact follows: an overdracht that took place, or an intervention Veilig Thuis closed itself. */
export type MonitoringNa = { overdrachtId: string } | { interventieId: string };

/**
 * Plans the monitoring contacts at 3 and 12 months after an overdracht took place or after Veilig
 * Thuis closed an onderzoek or V&V itself, in the caller's transaction. Not a MonitoringService
 * method: OverdrachtService and InterventieService call it, and MonitoringService depends on both.
 */
export async function planMonitoring(m: EntityManager, casusId: string, na: MonitoringNa, vanaf: Datum): Promise<void> {
  const volgt = 'overdrachtId' in na ? { overdracht_id: na.overdrachtId } : { interventie_id: na.interventieId };
  await kysely(m)
    .insertInto('monitoring_contact')
    .values([
      { casus_id: casusId, ...volgt, moment: 'DRIE_MAANDEN', gepland_op: plusMaanden(vanaf, 3), status: 'GEPLAND' },
      { casus_id: casusId, ...volgt, moment: 'TWAALF_MAANDEN', gepland_op: plusMaanden(vanaf, 12), status: 'GEPLAND' },
    ])
    .execute();
}
