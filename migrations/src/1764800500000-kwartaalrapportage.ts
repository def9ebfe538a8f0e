import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;
const PRODUCT = `CHECK (product IN ('ADVIES', 'MELDING', 'ZORGMELDING_JEUGD', 'VEILIGHEIDSBEOORDELING', 'ONDERZOEK', 'VOORWAARDEN_EN_VERVOLG', 'CRISIS', 'HUISVERBOD', 'MONITORING'))`;

/**
 * The inputs of the kwartaalrapportage (issue 17, point 3): the begroting per month per product
 * (part of the year's begroting, so it shares its version), the realised costs of a year
 * (jaarrekening, two columns on the year's begroting) and the ziekteverzuim per month per team.
 * The team is the same free text as medewerker.team and melding.team (there is no team table).
 */
export class Kwartaalrapportage1764800500000 implements MigrationInterface {
  name = 'Kwartaalrapportage1764800500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE public.begroting
        ADD COLUMN gerealiseerde_kosten numeric(14,2) CHECK (gerealiseerde_kosten >= 0),
        ADD COLUMN gerealiseerde_inkomsten numeric(14,2) CHECK (gerealiseerde_inkomsten >= 0)`);
    await db.query(`
      CREATE TABLE public.begroting_maand (
        ${TENANT},
        jaar integer NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
        maand integer NOT NULL CHECK (maand BETWEEN 1 AND 12),
        product text NOT NULL ${PRODUCT},
        volume numeric(12,2) NOT NULL CHECK (volume >= 0),
        PRIMARY KEY (tenant_id, jaar, maand, product),
        FOREIGN KEY (tenant_id, jaar) REFERENCES public.begroting(tenant_id, jaar) ON DELETE CASCADE
      )`);
    await enableTenantIsolation(db, 'public.begroting_maand');
    await db.query(`
      CREATE TABLE public.ziekteverzuim (
        ${TENANT},
        jaar integer NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
        maand integer NOT NULL CHECK (maand BETWEEN 1 AND 12),
        team text NOT NULL CHECK (length(team) BETWEEN 1 AND 200),
        percentage numeric(5,2) NOT NULL CHECK (percentage BETWEEN 0 AND 100),
        geregistreerd_door text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, jaar, maand, team)
      )`);
    await enableTenantIsolation(db, 'public.ziekteverzuim');
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON public.begroting_maand, public.ziekteverzuim TO vt_role_application`);
    // The indexes by receipt date the reports need come with migration Hoedanigheid.
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE public.ziekteverzuim`);
    await db.query(`DROP TABLE public.begroting_maand`);
    await db.query(`ALTER TABLE public.begroting DROP COLUMN gerealiseerde_kosten, DROP COLUMN gerealiseerde_inkomsten`);
  }
}
