import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: the month figures (telMaanden: kwartaalrapportage, sturingsinformatie and every benchmark
 * snapshot) read each table by a date range of the region. Without these indexes each statement
 * read the region's whole history of beoordelingen, interventies and monitoringscontacten, so a
 * snapshot of one year got slower with every year loaded. Additive; partial where the statement
 * only reads one status.
 */
export class RapportageDatumindexen1764801400000 implements MigrationInterface {
  name = 'RapportageDatumindexen1764801400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX beoordeling_vastgesteld_getoetst_idx ON veiligheidsbeoordeling (tenant_id, getoetst_op) WHERE status = 'VASTGESTELD'`,
    );
    await db.query(`CREATE INDEX interventie_gestart_idx ON interventie (tenant_id, gestart_op) WHERE gestart_op IS NOT NULL`);
    await db.query(`CREATE INDEX interventie_afgesloten_idx ON interventie (tenant_id, afgesloten_op) WHERE status = 'AFGESLOTEN'`);
    await db.query(
      `CREATE INDEX monitoring_contact_uitgevoerd_idx ON monitoring_contact (tenant_id, uitgevoerd_op) WHERE status = 'UITGEVOERD'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX monitoring_contact_uitgevoerd_idx`);
    await db.query(`DROP INDEX interventie_afgesloten_idx`);
    await db.query(`DROP INDEX interventie_gestart_idx`);
    await db.query(`DROP INDEX beoordeling_vastgesteld_getoetst_idx`);
  }
}
