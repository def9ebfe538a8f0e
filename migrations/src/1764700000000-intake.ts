import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;

/**
 * Intake as it really arrives (issue 15, points 1-3): the same-werkdag screening for acute danger,
 * police meldingen imported in bulk (idempotent per police registration number, niet-unieke ones
 * linked to the open melding about the household), and politiezorgmeldingen jeugd as their own
 * stream. Every new table: tenant column, forced row-level security, composite foreign keys.
 */
export class Intake1764700000000 implements MigrationInterface {
  name = 'Intake1764700000000';

  async up(db: QueryRunner): Promise<void> {
    // Screening deadline (the werkdag of receipt) is fixed at registration with the region's calendar
    // and cleared by the screening (so the partial index holds only what is still to screen);
    // meldingen registered before this migration have none and are not in the screening list.
    await db.query(`
      ALTER TABLE public.melding
        ADD COLUMN uiterlijke_screeningsdatum date,
        ADD COLUMN acuut boolean NOT NULL DEFAULT false,
        ADD COLUMN politie_registratienummer text CHECK (politie_registratienummer ~ '^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$'),
        ADD COLUMN postcode text CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
        ADD COLUMN huisnummer text CHECK (length(huisnummer) BETWEEN 1 AND 10),
        ADD COLUMN niet_uniek_van uuid,
        ADD CONSTRAINT melding_niet_uniek_van_fkey FOREIGN KEY (tenant_id, niet_uniek_van) REFERENCES public.melding(tenant_id, id),
        ADD CONSTRAINT melding_politie_registratienummer_key UNIQUE (tenant_id, politie_registratienummer)`);
    await db.query(
      `CREATE INDEX melding_adres_idx ON public.melding (tenant_id, postcode, huisnummer, ontvangen_op) WHERE postcode IS NOT NULL`,
    );

    await db.query(`
      ALTER TABLE public.tenant_instelling
        ADD COLUMN niet_uniek_venster_dagen integer NOT NULL DEFAULT 14 CHECK (niet_uniek_venster_dagen BETWEEN 1 AND 90),
        ADD COLUMN crisisteam text CHECK (length(crisisteam) BETWEEN 1 AND 100)`);

    const tables: [string, string][] = [
      [
        // The outcome of the same-day screening of a melding for acute onveiligheid (one per melding).
        'screening',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        melding_id uuid NOT NULL,
        uitkomst text NOT NULL CHECK (uitkomst IN ('ACUUT', 'NIET_ACUUT')),
        uiterlijk date NOT NULL,
        toelichting text CHECK (length(toelichting) BETWEEN 1 AND 2000),
        crisisinterventie_id uuid,
        gescreend_door text NOT NULL, gescreend_door_naam text NOT NULL,
        gescreend_op timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, melding_id) REFERENCES public.melding(tenant_id, id),
        UNIQUE (tenant_id, melding_id),
        UNIQUE (tenant_id, id)`,
      ],
      [
        // A politiezorgmelding jeugd: screened for onveiligheid in an afhankelijkheidsrelatie; forwarded
        // to the lokaal team without a dossier (the persons are then erased) or turned into a melding.
        'zorgmelding_jeugd',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        politie_registratienummer text NOT NULL CHECK (politie_registratienummer ~ '^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$'),
        ontvangen_op timestamptz NOT NULL,
        ontvangstdatum date NOT NULL,
        uiterlijke_screeningsdatum date NOT NULL,
        gemeente_code text NOT NULL REFERENCES referentie.gemeente(code),
        aantal_kinderen integer NOT NULL CHECK (aantal_kinderen BETWEEN 0 AND 50),
        gegevens jsonb,
        status text NOT NULL DEFAULT 'TE_SCREENEN' CHECK (status IN ('TE_SCREENEN', 'DOORGESTUURD', 'OMGEZET')),
        doorgestuurd_naar text CHECK (length(doorgestuurd_naar) BETWEEN 1 AND 200),
        betrokkenen_geinformeerd_op date,
        betrokkenen_geinformeerd_via text CHECK (betrokkenen_geinformeerd_via IN ('BRIEF', 'TELEFOON', 'MAIL', 'GESPREK')),
        melding_id uuid,
        toelichting text CHECK (length(toelichting) BETWEEN 1 AND 2000),
        besloten_door text, besloten_op timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (tenant_id, melding_id) REFERENCES public.melding(tenant_id, id),
        UNIQUE (tenant_id, politie_registratienummer),
        UNIQUE (tenant_id, id),
        CHECK ((status = 'TE_SCREENEN') = (gegevens IS NOT NULL)),
        CHECK ((status = 'OMGEZET') = (melding_id IS NOT NULL)),
        CHECK (status <> 'DOORGESTUURD' OR (doorgestuurd_naar IS NOT NULL AND betrokkenen_geinformeerd_op IS NOT NULL))`,
      ],
    ];
    for (const [name, columns] of tables) {
      await db.query(`CREATE TABLE public.${name} (${columns})`);
      await enableTenantIsolation(db, `public.${name}`);
    }
    await db.query(`ALTER TABLE public.crisisinterventie ADD CONSTRAINT crisisinterventie_tenant_sleutel UNIQUE (tenant_id, id)`);
    await db.query(`ALTER TABLE public.screening ADD CONSTRAINT screening_crisisinterventie_fkey FOREIGN KEY (tenant_id, crisisinterventie_id)
      REFERENCES public.crisisinterventie(tenant_id, id)`);
    // The screening list: unscreened meldingen by deadline (partial index, as the other open-work branches).
    await db.query(`CREATE INDEX melding_screening_idx ON public.melding (tenant_id, uiterlijke_screeningsdatum, id)
      WHERE uiterlijke_screeningsdatum IS NOT NULL`);
    await db.query(`CREATE INDEX melding_acuut_idx ON public.melding (tenant_id, id) WHERE fase = 'TE_BEOORDELEN' AND acuut`);
    await db.query(`CREATE INDEX zorgmelding_jeugd_status_idx ON public.zorgmelding_jeugd (tenant_id, status, uiterlijke_screeningsdatum)`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON public.screening, public.zorgmelding_jeugd TO vt_role_application`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE public.zorgmelding_jeugd`);
    await db.query(`DROP TABLE public.screening`);
    await db.query(`ALTER TABLE public.crisisinterventie DROP CONSTRAINT crisisinterventie_tenant_sleutel`);
    await db.query(`ALTER TABLE public.tenant_instelling DROP COLUMN niet_uniek_venster_dagen, DROP COLUMN crisisteam`);
    await db.query(`DROP INDEX public.melding_acuut_idx`);
    await db.query(`DROP INDEX public.melding_screening_idx`);
    await db.query(`DROP INDEX public.melding_adres_idx`);
    await db.query(`
      ALTER TABLE public.melding
        DROP CONSTRAINT melding_politie_registratienummer_key, DROP CONSTRAINT melding_niet_uniek_van_fkey,
        DROP COLUMN niet_uniek_van, DROP COLUMN huisnummer, DROP COLUMN postcode,
        DROP COLUMN politie_registratienummer, DROP COLUMN acuut, DROP COLUMN uiterlijke_screeningsdatum`);
  }
}
