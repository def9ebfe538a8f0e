import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merging and splitting casussen (issue 14, point 6) moves a dossier's history and journal to the
 * casus that holds them from then on. Both tables stay append-only in content: an UPDATE may change
 * casus_id and nothing else (a row trigger compares the rows without it), the application role may
 * update only that column, and DELETE and TRUNCATE stay refused.
 */
export class Herindeling1764600000000 implements MigrationInterface {
  name = 'Herindeling1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION public.alleen_casus_herindelen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (to_jsonb(NEW) - 'casus_id') IS DISTINCT FROM (to_jsonb(OLD) - 'casus_id') THEN
          RAISE EXCEPTION '% is append-only: only the casus of an entry may change', TG_TABLE_NAME USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['wijziging', 'journaalregel']) {
      await db.query(`DROP TRIGGER ${table}_alleen_toevoegen ON public.${table}`);
      await db.query(`
        CREATE TRIGGER ${table}_alleen_toevoegen BEFORE DELETE OR TRUNCATE ON public.${table}
        FOR EACH STATEMENT EXECUTE FUNCTION public.alleen_toevoegen()`);
      await db.query(`
        CREATE TRIGGER ${table}_alleen_herindelen BEFORE UPDATE ON public.${table}
        FOR EACH ROW EXECUTE FUNCTION public.alleen_casus_herindelen()`);
      await db.query(`GRANT UPDATE (casus_id) ON public.${table} TO vt_role_application`);
    }
    // A merged casus is found from the one it was merged into (team rule, chains of merges).
    await db.query(`CREATE INDEX casus_samengevoegd_in_idx ON public.casus (samengevoegd_in) WHERE samengevoegd_in IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX public.casus_samengevoegd_in_idx`);
    for (const table of ['wijziging', 'journaalregel']) {
      await db.query(`REVOKE UPDATE (casus_id) ON public.${table} FROM vt_role_application`);
      await db.query(`DROP TRIGGER ${table}_alleen_herindelen ON public.${table}`);
      await db.query(`DROP TRIGGER ${table}_alleen_toevoegen ON public.${table}`);
      await db.query(`
        CREATE TRIGGER ${table}_alleen_toevoegen BEFORE UPDATE OR DELETE OR TRUNCATE ON public.${table}
        FOR EACH STATEMENT EXECUTE FUNCTION public.alleen_toevoegen()`);
    }
    await db.query(`DROP FUNCTION public.alleen_casus_herindelen()`);
  }
}
