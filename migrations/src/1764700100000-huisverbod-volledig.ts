import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;

/**
 * The tijdelijk huisverbod in full (issue 15, point 6): the burgemeester's besluit with its gemeente
 * and reference, the uithuisgeplaatste (pleger) and the achterblijvers as persons of the region, the
 * extension with its own besluitdatum, an end status with date and reason, and the casusregie that
 * Veilig Thuis does during the huisverbod. Everything added is nullable or defaulted: huisverboden
 * registered before keep their meaning.
 */
export class HuisverbodVolledig1764700100000 implements MigrationInterface {
  name = 'HuisverbodVolledig1764700100000';

  async up(db: QueryRunner): Promise<void> {
    // BEEINDIGD was never written; it stays allowed so the old contract's value keeps a meaning.
    await db.query(`ALTER TABLE public.huisverbod DROP CONSTRAINT huisverbod_status_check`);
    await db.query(`
      ALTER TABLE public.huisverbod
        ADD CONSTRAINT huisverbod_status_check
          CHECK (status IN ('LOPEND', 'VERLENGD', 'BEEINDIGD', 'AFGELOPEN', 'INGETROKKEN', 'VERNIETIGD')),
        ADD COLUMN besluitdatum date,
        ADD COLUMN gemeente_code text REFERENCES referentie.gemeente(code),
        ADD COLUMN kenmerk_gemeente text CHECK (length(kenmerk_gemeente) BETWEEN 1 AND 100),
        ADD COLUMN verlengd boolean NOT NULL DEFAULT false,
        ADD COLUMN verlenging_besluitdatum date,
        ADD COLUMN beeindigd_op date,
        ADD COLUMN einde_reden text CHECK (length(einde_reden) BETWEEN 1 AND 2000),
        ADD COLUMN einde_geregistreerd_door text,
        ADD COLUMN casusregie_medewerker text CHECK (length(casusregie_medewerker) BETWEEN 1 AND 200),
        ADD COLUMN casusregie_gestart_op date,
        ADD COLUMN casusregie_beeindigd_op date,
        ADD COLUMN casusregie_resultaat text CHECK (length(casusregie_resultaat) BETWEEN 1 AND 10000)`);
    await db.query(`UPDATE public.huisverbod SET verlengd = true WHERE status = 'VERLENGD'`);
    await db.query(`
      ALTER TABLE public.huisverbod
        ADD CONSTRAINT huisverbod_besluit_voor_ingang CHECK (besluitdatum IS NULL OR besluitdatum <= opgelegd_op),
        ADD CONSTRAINT huisverbod_verlenging CHECK (verlengd OR verlenging_besluitdatum IS NULL),
        ADD CONSTRAINT huisverbod_einde CHECK ((status IN ('AFGELOPEN', 'INGETROKKEN', 'VERNIETIGD')) = (beeindigd_op IS NOT NULL)),
        ADD CONSTRAINT huisverbod_einde_na_ingang CHECK (beeindigd_op IS NULL OR beeindigd_op >= opgelegd_op),
        ADD CONSTRAINT huisverbod_casusregie CHECK (
          (casusregie_medewerker IS NULL) = (casusregie_gestart_op IS NULL)
          AND (casusregie_beeindigd_op IS NULL) = (casusregie_resultaat IS NULL)
          AND (casusregie_beeindigd_op IS NULL OR casusregie_beeindigd_op >= casusregie_gestart_op)),
        ADD CONSTRAINT huisverbod_tenant_sleutel UNIQUE (tenant_id, id)`);

    // Pleger and achterblijvers: persons of the region (composite keys), one pleger per huisverbod.
    await db.query(`
      CREATE TABLE public.huisverbod_betrokkene (
        ${TENANT}, huisverbod_id uuid NOT NULL, persoon_id uuid NOT NULL,
        rol text NOT NULL CHECK (rol IN ('PLEGER', 'ACHTERBLIJVER')),
        PRIMARY KEY (huisverbod_id, persoon_id),
        FOREIGN KEY (tenant_id, huisverbod_id) REFERENCES public.huisverbod(tenant_id, id),
        FOREIGN KEY (tenant_id, persoon_id) REFERENCES public.persoon(tenant_id, id)
      )`);
    await enableTenantIsolation(db, 'public.huisverbod_betrokkene');
    await db.query(`CREATE UNIQUE INDEX huisverbod_een_pleger ON public.huisverbod_betrokkene (huisverbod_id) WHERE rol = 'PLEGER'`);
    await db.query(`CREATE INDEX huisverbod_betrokkene_persoon_idx ON public.huisverbod_betrokkene (tenant_id, persoon_id)`);
    await db.query(`CREATE INDEX huisverbod_gemeente_idx ON public.huisverbod (gemeente_code) WHERE gemeente_code IS NOT NULL`);
    await db.query(`GRANT SELECT, INSERT ON public.huisverbod_betrokkene TO vt_role_application`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE public.huisverbod_betrokkene`);
    await db.query(`DROP INDEX public.huisverbod_gemeente_idx`);
    await db.query(`
      ALTER TABLE public.huisverbod
        DROP CONSTRAINT huisverbod_tenant_sleutel, DROP CONSTRAINT huisverbod_casusregie, DROP CONSTRAINT huisverbod_einde, DROP CONSTRAINT huisverbod_einde_na_ingang,
        DROP CONSTRAINT huisverbod_verlenging, DROP CONSTRAINT huisverbod_besluit_voor_ingang, DROP CONSTRAINT huisverbod_status_check,
        DROP COLUMN besluitdatum, DROP COLUMN gemeente_code, DROP COLUMN kenmerk_gemeente, DROP COLUMN verlengd,
        DROP COLUMN verlenging_besluitdatum, DROP COLUMN beeindigd_op, DROP COLUMN einde_reden, DROP COLUMN einde_geregistreerd_door,
        DROP COLUMN casusregie_medewerker, DROP COLUMN casusregie_gestart_op, DROP COLUMN casusregie_beeindigd_op,
        DROP COLUMN casusregie_resultaat`);
    await db.query(`UPDATE public.huisverbod SET status = 'BEEINDIGD' WHERE status NOT IN ('LOPEND', 'VERLENGD', 'BEEINDIGD')`);
    await db.query(
      `ALTER TABLE public.huisverbod ADD CONSTRAINT huisverbod_status_check CHECK (status IN ('LOPEND', 'VERLENGD', 'BEEINDIGD'))`,
    );
  }
}
