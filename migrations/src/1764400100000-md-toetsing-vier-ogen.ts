import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four eyes in the database for the multidisciplinary review too: the reviewer is never the decider
 * (the intercollegiale toetsing already had this CHECK). Delegation tokens cannot take part in these
 * steps at all (see the README), so one identity per step is stored and compared.
 */
export class MdToetsingVierOgen1764400100000 implements MigrationInterface {
  name = 'MdToetsingVierOgen1764400100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE public.veiligheidsbeoordeling ADD CONSTRAINT veiligheidsbeoordeling_md_niet_besluiter CHECK (md_door IS NULL OR md_door <> besloten_door)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE public.veiligheidsbeoordeling DROP CONSTRAINT veiligheidsbeoordeling_md_niet_besluiter`);
  }
}
