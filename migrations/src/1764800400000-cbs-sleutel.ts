import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

/**
 * The CBS delivery file (issue 17, point 1) carries pseudonymised keys for records and persons: an
 * HMAC-SHA256 of the id under a secret per region. The secret is random (not derivable from any
 * data), created on the region's first delivery and never shown; a region reads only its own.
 */
export class CbsSleutel1764800400000 implements MigrationInterface {
  name = 'CbsSleutel1764800400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public.cbs_sleutel (
        tenant_id uuid PRIMARY KEY DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id),
        sleutel bytea NOT NULL CHECK (length(sleutel) = 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(db, 'public.cbs_sleutel');
    // No UPDATE or DELETE: replacing the secret would change every key of earlier deliveries.
    await db.query(`GRANT SELECT, INSERT ON public.cbs_sleutel TO vt_role_application`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE public.cbs_sleutel`);
  }
}
