import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;

/**
 * Background work: the transactional outbox (jobs written with the change that causes them and
 * delivered to Redis after commit) and the deadline tasks the worker derives from open work.
 */
export class Achtergrondwerk1763900400000 implements MigrationInterface {
  name = 'Achtergrondwerk1763900400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public.outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ${TENANT},
        queue text NOT NULL, job_naam text NOT NULL, payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        afgeleverd_op timestamptz, pogingen integer NOT NULL DEFAULT 0, laatste_fout text
      )`);
    await enableTenantIsolation(db, 'public.outbox');
    await db.query(`CREATE INDEX outbox_open_idx ON public.outbox (tenant_id, id) WHERE afgeleverd_op IS NULL`);
    // Wakes the relay at commit; the payload is only the tenant id.
    await db.query(`
      CREATE FUNCTION public.outbox_signaal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('vt_outbox', NEW.tenant_id::text);
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER outbox_signaal AFTER INSERT ON public.outbox FOR EACH ROW EXECUTE FUNCTION public.outbox_signaal()`);

    await db.query(`
      CREATE TABLE public.taak (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        soort text NOT NULL, object_id uuid NOT NULL, melding_id uuid NOT NULL, casus_id uuid NOT NULL,
        team text, toegewezen_aan text,
        uiterlijke_datum date NOT NULL,
        signaal text NOT NULL CHECK (signaal IN ('BINNENKORT', 'VERLOPEN')),
        werkdagen_resterend integer NOT NULL,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, soort, object_id)
      )`);
    await enableTenantIsolation(db, 'public.taak');
    await db.query(`CREATE INDEX taak_datum_idx ON public.taak (tenant_id, uiterlijke_datum)`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON public.outbox TO vt_role_application`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON public.taak TO vt_role_application`);
    await db.query(`REVOKE ALL ON FUNCTION public.outbox_signaal() FROM PUBLIC`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE public.taak, public.outbox`);
    await db.query(`DROP FUNCTION public.outbox_signaal()`);
  }
}
