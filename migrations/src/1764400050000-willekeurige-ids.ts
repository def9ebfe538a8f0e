import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ids that reveal nothing about other regions. A table-wide sequence shared by all regions lets a
 * region count another's activity from the gaps between its own ids, so:
 * - toegangslog: the id becomes a random uuid, and both id and tijdstip are set by the database
 *   whatever the caller sends (NEN 7513: the caller does not choose when it happened). Pages are
 *   ordered by (tijdstip, id): the time is the meaningful order, the uuid only breaks ties.
 * - outbox: rows get a random uuid (sleutel) from which the relay derives job ids; the internal
 *   sequence stays for delivery order and is never exposed.
 */
export class WillekeurigeIds1764400050000 implements MigrationInterface {
  name = 'WillekeurigeIds1764400050000';

  async up(db: QueryRunner): Promise<void> {
    // Rewrites the log once (a volatile default gives every existing row its own uuid).
    await db.query(`ALTER TABLE public.toegangslog DROP COLUMN id`);
    await db.query(`ALTER TABLE public.toegangslog ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()`);
    await db.query(`ALTER TABLE public.toegangslog ADD PRIMARY KEY (id)`);
    await db.query(`CREATE INDEX toegangslog_casus_pagina_idx ON public.toegangslog (tenant_id, casus_id, tijdstip, id)`);
    await db.query(`DROP INDEX public.toegangslog_casus_idx`);
    await db.query(`
      CREATE FUNCTION public.toegangslog_door_database() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.id := gen_random_uuid();
        NEW.tijdstip := clock_timestamp();
        RETURN NEW;
      END $$`);
    await db.query(`REVOKE ALL ON FUNCTION public.toegangslog_door_database() FROM PUBLIC`);
    await db.query(`
      CREATE TRIGGER toegangslog_door_database BEFORE INSERT ON public.toegangslog
      FOR EACH ROW EXECUTE FUNCTION public.toegangslog_door_database()`);

    await db.query(`ALTER TABLE public.outbox ADD COLUMN sleutel uuid NOT NULL DEFAULT gen_random_uuid()`);
    await db.query(`ALTER TABLE public.outbox ADD CONSTRAINT outbox_sleutel_key UNIQUE (sleutel)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE public.outbox DROP COLUMN sleutel`);
    await db.query(`DROP TRIGGER toegangslog_door_database ON public.toegangslog`);
    await db.query(`DROP FUNCTION public.toegangslog_door_database()`);
    await db.query(`CREATE INDEX toegangslog_casus_idx ON public.toegangslog (tenant_id, casus_id, tijdstip)`);
    await db.query(`DROP INDEX public.toegangslog_casus_pagina_idx`);
    await db.query(`ALTER TABLE public.toegangslog DROP COLUMN id`);
    await db.query(`ALTER TABLE public.toegangslog ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`);
  }
}
