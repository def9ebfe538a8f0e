import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
import { plusMaanden, type Datum } from '@vt/werkdagen';

/**
 * Plans the monitoring contacts at 3 and 12 months after an overdracht took place, in the caller's
 * transaction. Not a MonitoringService method: OverdrachtService calls it, and MonitoringService
 * depends on OverdrachtService.
 */
export async function planMonitoring(m: EntityManager, casusId: string, overdrachtId: string, uitgevoerdOp: Datum): Promise<void> {
  await kysely(m)
    .insertInto('monitoring_contact')
    .values([
      {
        casus_id: casusId,
        overdracht_id: overdrachtId,
        moment: 'DRIE_MAANDEN',
        gepland_op: plusMaanden(uitgevoerdOp, 3),
        status: 'GEPLAND',
      },
      {
        casus_id: casusId,
        overdracht_id: overdrachtId,
        moment: 'TWAALF_MAANDEN',
        gepland_op: plusMaanden(uitgevoerdOp, 12),
        status: 'GEPLAND',
      },
    ])
    .execute();
}
