import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partial indexes for the open-work relation behind werkvoorraad, termijnen and the deadline tasks (found with the bench on a national-scale year). */
export class OpenWerkIndexen1763900500000 implements MigrationInterface {
  name = 'OpenWerkIndexen1763900500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX interventie_open_idx ON public.interventie (tenant_id, status) WHERE status IN ('GEPLAND', 'GESTART')`);
    await db.query(`CREATE INDEX overdracht_open_idx ON public.overdracht (tenant_id, status) WHERE status IN ('WACHTLIJST', 'GEPLAND')`);
    await db.query(`CREATE INDEX beoordeling_ter_toetsing_idx ON public.veiligheidsbeoordeling (tenant_id) WHERE status = 'TER_TOETSING'`);
    await db.query(`CREATE INDEX beoordeling_vastgesteld_idx ON public.veiligheidsbeoordeling (melding_id) WHERE status = 'VASTGESTELD'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP INDEX public.interventie_open_idx, public.overdracht_open_idx, public.beoordeling_ter_toetsing_idx, public.beoordeling_vastgesteld_idx`,
    );
  }
}
