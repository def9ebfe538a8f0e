import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, point 4: a benchmark value records which costs it used (kosten per 1000 inwoners:
 * the jaarrekening once the year is closed, else the begroting); null for every other kengetal.
 * Additive: the existing rows keep null, and the benchmark role already reads the whole table.
 */
export class KengetalBron1764800700000 implements MigrationInterface {
  name = 'KengetalBron1764800700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE benchmark.kengetal_waarde ADD COLUMN bron text CHECK (bron IN ('JAARREKENING', 'BEGROTING'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE benchmark.kengetal_waarde DROP COLUMN bron`);
  }
}
