import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

/**
 * Foundation: reference data (organisaties = tenants, regio's, gemeenten with inwoners), the
 * tenant function every row-level security policy uses, the first case table, and the grants.
 * Roles: vt_role_application (api, worker) and vt_role_benchmark (benchmark service) are group
 * roles created by `npm run db:setup`.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA referentie`);
    await db.query(`CREATE SCHEMA benchmark`);
    await db.query(`COMMENT ON SCHEMA referentie IS 'Public reference data (CBS): organisaties, regio''s, gemeenten. No case data.'`);
    await db.query(
      `COMMENT ON SCHEMA benchmark IS 'Aggregate snapshots only; the only tables the benchmark role may read besides referentie.'`,
    );

    // Fails closed: an unset or cleared setting yields NULL, and NULL matches no row.
    await db.query(`
      CREATE FUNCTION public.current_tenant_id() RETURNS uuid
      LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$`);

    await db.query(`
      CREATE TABLE referentie.organisatie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^VT[0-9]{2}$'),
        naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE referentie.regio (
        code text PRIMARY KEY CHECK (code ~ '^VT[0-9]{2}$'),
        naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        organisatie_id uuid NOT NULL REFERENCES referentie.organisatie(id)
      )`);
    await db.query(`CREATE INDEX regio_organisatie_idx ON referentie.regio (organisatie_id)`);
    await db.query(`
      CREATE TABLE referentie.gemeente (
        code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
        naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        regio_code text NOT NULL REFERENCES referentie.regio(code)
      )`);
    await db.query(`CREATE INDEX gemeente_regio_idx ON referentie.gemeente (regio_code)`);
    await db.query(`
      CREATE TABLE referentie.gemeente_inwoners (
        gemeente_code text NOT NULL REFERENCES referentie.gemeente(code),
        peildatum date NOT NULL,
        inwoners integer NOT NULL CHECK (inwoners >= 0),
        bron text NOT NULL DEFAULT 'CBS',
        PRIMARY KEY (gemeente_code, peildatum)
      )`);

    // The dossier root; the casework migrations add its content.
    await db.query(`
      CREATE TABLE public.casus (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id),
        nummer text NOT NULL CHECK (length(nummer) BETWEEN 1 AND 40),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (tenant_id, nummer)
      )`);
    await enableTenantIsolation(db, 'public.casus');

    await db.query(`GRANT USAGE ON SCHEMA public, referentie TO vt_role_application`);
    await db.query(`GRANT SELECT ON ALL TABLES IN SCHEMA referentie TO vt_role_application`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON public.casus TO vt_role_application`);
    await db.query(`GRANT USAGE ON SCHEMA referentie, benchmark TO vt_role_benchmark`);
    await db.query(`GRANT SELECT ON ALL TABLES IN SCHEMA referentie TO vt_role_benchmark`);
    await db.query(`REVOKE ALL ON FUNCTION public.current_tenant_id() FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION public.current_tenant_id() TO vt_role_application`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE public.casus`);
    await db.query(`DROP SCHEMA referentie CASCADE`);
    await db.query(`DROP SCHEMA benchmark CASCADE`);
    await db.query(`DROP FUNCTION public.current_tenant_id()`);
  }
}
