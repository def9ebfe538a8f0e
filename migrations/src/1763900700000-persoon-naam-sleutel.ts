import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The radarfunctie matches persons on lower(naam) + geboortedatum. Under row-level security an
 * index on the expression lower(naam) cannot be used (lower() is not leakproof, so the planner may
 * not apply it before the tenant policy): the match scanned every person of the region. A stored
 * lowercase column compares with the leakproof text equality and is served by its index.
 */
export class PersoonNaamSleutel1763900700000 implements MigrationInterface {
  name = 'PersoonNaamSleutel1763900700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE public.persoon ADD COLUMN naam_sleutel text GENERATED ALWAYS AS (lower(naam)) STORED`);
    await db.query(`CREATE INDEX persoon_naam_sleutel_idx ON public.persoon (tenant_id, naam_sleutel, geboortedatum)`);
    await db.query(`DROP INDEX public.persoon_naam_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX persoon_naam_idx ON public.persoon (tenant_id, lower(naam), geboortedatum)`);
    await db.query(`ALTER TABLE public.persoon DROP COLUMN naam_sleutel`);
  }
}
