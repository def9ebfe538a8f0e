import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;

/**
 * The dossier (issue 14): persons and meldingen that can be corrected and enriched with a history
 * of every change, betrokkenheid that ends instead of disappearing, the journal, documents (stored
 * in PostgreSQL in chunks under row-level security), letter templates per region, structured
 * veiligheidsvoorwaarden, and merged casussen. Every new table: tenant column, forced row-level
 * security, composite (tenant, id) foreign keys within the region.
 */
export class Dossier1764500000000 implements MigrationInterface {
  name = 'Dossier1764500000000';

  async up(db: QueryRunner): Promise<void> {
    // Persons: CBS geslacht, woonplaats with its gemeente, contact details, optimistic locking.
    await db.query(`
      ALTER TABLE public.persoon
        ADD COLUMN geslacht text CHECK (geslacht IN ('MAN', 'VROUW', 'ANDERS', 'ONBEKEND')),
        ADD COLUMN woonplaats text CHECK (length(woonplaats) BETWEEN 1 AND 200),
        ADD COLUMN gemeente_code text REFERENCES referentie.gemeente(code),
        ADD COLUMN telefoon text CHECK (length(telefoon) BETWEEN 1 AND 40),
        ADD COLUMN email text CHECK (length(email) BETWEEN 3 AND 320),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN version integer NOT NULL DEFAULT 1`);

    // The household's gemeente (reporting to gemeenten and CBS is per gemeente); required for new
    // registrations by the API, nullable for what was registered before.
    await db.query(`ALTER TABLE public.advies ADD COLUMN gemeente_code text REFERENCES referentie.gemeente(code)`);
    await db.query(`
      ALTER TABLE public.melding
        ADD COLUMN gemeente_code text REFERENCES referentie.gemeente(code),
        ADD COLUMN melder_anoniem boolean NOT NULL DEFAULT false,
        ADD COLUMN samenvatting text CHECK (length(samenvatting) BETWEEN 1 AND 10000)`);

    // Betrokkenheid ends; it is never deleted silently.
    for (const table of ['melding_betrokkene', 'casus_betrokkene']) {
      await db.query(`
        ALTER TABLE public.${table}
          ADD COLUMN beeindigd_op timestamptz,
          ADD COLUMN beeindigd_reden text CHECK (length(beeindigd_reden) BETWEEN 1 AND 2000),
          ADD CONSTRAINT ${table}_beeindiging_met_reden CHECK ((beeindigd_op IS NULL) = (beeindigd_reden IS NULL))`);
    }

    // A casus merged into another keeps its number and points at the one it lives on in.
    await db.query(`ALTER TABLE public.casus DROP CONSTRAINT casus_status_check`);
    await db.query(`ALTER TABLE public.casus ADD CONSTRAINT casus_status_check CHECK (status IN ('OPEN', 'GESLOTEN', 'SAMENGEVOEGD'))`);
    await db.query(`ALTER TABLE public.casus ADD COLUMN samengevoegd_in uuid`);
    await db.query(
      `ALTER TABLE public.casus ADD CONSTRAINT casus_samengevoegd_in_fkey FOREIGN KEY (tenant_id, samengevoegd_in) REFERENCES public.casus(tenant_id, id)`,
    );
    await db.query(
      `ALTER TABLE public.casus ADD CONSTRAINT casus_samengevoegd_consistent CHECK ((status = 'SAMENGEVOEGD') = (samengevoegd_in IS NOT NULL))`,
    );

    // Target of the composite key from veiligheidsvoorwaarde (the other parents have one already).
    await db.query(`ALTER TABLE public.monitoring_contact ADD CONSTRAINT monitoring_contact_tenant_sleutel UNIQUE (tenant_id, id)`);

    const tables: [string, string][] = [
      [
        // History of corrections: who, when, which field, old and new value, why. Append-only.
        'wijziging',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid, persoon_id uuid,
        object_type text NOT NULL, object_id uuid NOT NULL,
        veld text NOT NULL CHECK (length(veld) BETWEEN 1 AND 100),
        oud jsonb, nieuw jsonb,
        reden text CHECK (length(reden) BETWEEN 1 AND 2000),
        door text NOT NULL, door_naam text NOT NULL,
        op timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (tenant_id, casus_id) REFERENCES public.casus(tenant_id, id),
        FOREIGN KEY (tenant_id, persoon_id) REFERENCES public.persoon(tenant_id, id),
        CHECK (casus_id IS NOT NULL OR persoon_id IS NOT NULL)`,
      ],
      [
        // Journal of contacts; a correction is a new version that names the one it replaces.
        'journaalregel',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid NOT NULL, melding_id uuid,
        soort text NOT NULL CHECK (soort IN ('TELEFONISCH_CONTACT', 'HUISBEZOEK', 'KINDGESPREK', 'GESPREK_PROFESSIONAL', 'OVERLEG', 'BEKENDHEIDSCHECK', 'OVERIG')),
        contact_op timestamptz NOT NULL,
        tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 20000),
        bron text CHECK (bron IN ('POLITIE', 'LOKAAL_TEAM', 'GGZ', 'RECLASSERING', 'HUISARTS', 'SCHOOL', 'ANDERS')),
        grondslag text CHECK (grondslag IN ('TOESTEMMING', 'ZONDER_TOESTEMMING_MELDCODE', 'ZONDER_TOESTEMMING_WMO')),
        auteur text NOT NULL, auteur_naam text NOT NULL,
        vervangt_id uuid UNIQUE, reden text CHECK (length(reden) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (tenant_id, casus_id) REFERENCES public.casus(tenant_id, id),
        FOREIGN KEY (tenant_id, melding_id) REFERENCES public.melding(tenant_id, id),
        CHECK ((soort = 'BEKENDHEIDSCHECK') = (bron IS NOT NULL AND grondslag IS NOT NULL)),
        CHECK (vervangt_id IS NULL OR reden IS NOT NULL),
        UNIQUE (tenant_id, id)`,
      ],
      [
        // The persons a journal entry concerns (composite keys: within the region only).
        'journaalregel_betrokkene',
        `
        ${TENANT}, journaalregel_id uuid NOT NULL, persoon_id uuid NOT NULL,
        PRIMARY KEY (journaalregel_id, persoon_id),
        FOREIGN KEY (tenant_id, journaalregel_id) REFERENCES public.journaalregel(tenant_id, id),
        FOREIGN KEY (tenant_id, persoon_id) REFERENCES public.persoon(tenant_id, id)`,
      ],
      [
        'document',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid NOT NULL, melding_id uuid,
        soort text NOT NULL CHECK (soort IN ('OVERDRACHTSDOCUMENT', 'VEILIGHEIDSPLAN', 'BRIEF', 'RAPPORT', 'OVERIG')),
        titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
        bestandsnaam text NOT NULL CHECK (length(bestandsnaam) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        grootte bigint CHECK (grootte >= 0),
        sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        opslag text NOT NULL CHECK (opslag IN ('DATABASE', 'OBJECT_STORE')),
        object_sleutel text,
        status text NOT NULL DEFAULT 'UPLOADEN' CHECK (status IN ('UPLOADEN', 'BESCHIKBAAR', 'INGETROKKEN')),
        ingetrokken_op timestamptz, ingetrokken_reden text CHECK (length(ingetrokken_reden) BETWEEN 1 AND 2000),
        geupload_door text NOT NULL, geupload_door_naam text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (tenant_id, casus_id) REFERENCES public.casus(tenant_id, id),
        FOREIGN KEY (tenant_id, melding_id) REFERENCES public.melding(tenant_id, id),
        CHECK (status = 'UPLOADEN' OR (grootte IS NOT NULL AND sha256 IS NOT NULL)),
        CHECK ((status = 'INGETROKKEN') = (ingetrokken_op IS NOT NULL)),
        UNIQUE (tenant_id, id)`,
      ],
      [
        // The bytes of a document stored in PostgreSQL, in chunks: streamed in and out, never whole in memory.
        'document_deel',
        `
        ${TENANT}, document_id uuid NOT NULL, volgnummer integer NOT NULL CHECK (volgnummer >= 0),
        data bytea NOT NULL,
        PRIMARY KEY (document_id, volgnummer),
        FOREIGN KEY (tenant_id, document_id) REFERENCES public.document(tenant_id, id) ON DELETE CASCADE`,
      ],
      [
        // A region's own text for a kind of letter; without one the built-in template is used.
        'brief_sjabloon',
        `
        ${TENANT},
        soort text NOT NULL CHECK (soort IN ('TERUGKOPPELING_MELDER', 'INFORMEREN_BETROKKENEN', 'BEVESTIGING_OVERDRACHT')),
        titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
        tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 20000),
        gewijzigd_door text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (tenant_id, soort)`,
      ],
      [
        'veiligheidsvoorwaarde',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        interventie_id uuid NOT NULL,
        omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 2000),
        verantwoordelijke text NOT NULL CHECK (length(verantwoordelijke) BETWEEN 1 AND 200),
        uiterlijk date,
        status text NOT NULL DEFAULT 'AFGESPROKEN' CHECK (status IN ('AFGESPROKEN', 'NAGEKOMEN', 'NIET_NAGEKOMEN', 'VERVALLEN')),
        gecontroleerd_op timestamptz, monitoring_contact_id uuid, toelichting text CHECK (length(toelichting) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (tenant_id, interventie_id) REFERENCES public.interventie(tenant_id, id),
        FOREIGN KEY (tenant_id, monitoring_contact_id) REFERENCES public.monitoring_contact(tenant_id, id),
        UNIQUE (tenant_id, id)`,
      ],
    ];
    for (const [name, columns] of tables) {
      await db.query(`CREATE TABLE public.${name} (${columns})`);
      await enableTenantIsolation(db, `public.${name}`);
    }

    const indexes = [
      `CREATE INDEX wijziging_casus_idx ON public.wijziging (tenant_id, casus_id, op) WHERE casus_id IS NOT NULL`,
      `CREATE INDEX wijziging_persoon_idx ON public.wijziging (tenant_id, persoon_id, op) WHERE persoon_id IS NOT NULL`,
      `CREATE INDEX journaalregel_casus_idx ON public.journaalregel (tenant_id, casus_id, contact_op DESC, id)`,
      `CREATE INDEX document_casus_idx ON public.document (tenant_id, casus_id, created_at)`,
      `CREATE INDEX veiligheidsvoorwaarde_interventie_idx ON public.veiligheidsvoorwaarde (tenant_id, interventie_id)`,
      `CREATE INDEX persoon_gemeente_idx ON public.persoon (gemeente_code) WHERE gemeente_code IS NOT NULL`,
      `CREATE INDEX melding_gemeente_idx ON public.melding (tenant_id, gemeente_code)`,
      `CREATE INDEX advies_gemeente_idx ON public.advies (tenant_id, gemeente_code)`,
    ];
    for (const index of indexes) await db.query(index);

    // History and journal are append-only for everyone including the owner (a journal correction is a new row).
    await db.query(`
      CREATE FUNCTION public.alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
      END $$`);
    for (const table of ['wijziging', 'journaalregel', 'journaalregel_betrokkene']) {
      await db.query(`
        CREATE TRIGGER ${table}_alleen_toevoegen BEFORE UPDATE OR DELETE OR TRUNCATE ON public.${table}
        FOR EACH STATEMENT EXECUTE FUNCTION public.alleen_toevoegen()`);
    }

    await db.query(
      `GRANT SELECT, INSERT ON public.wijziging, public.journaalregel, public.journaalregel_betrokkene TO vt_role_application`,
    );
    await db.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON public.document, public.document_deel, public.brief_sjabloon, public.veiligheidsvoorwaarde TO vt_role_application`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'veiligheidsvoorwaarde',
      'brief_sjabloon',
      'document_deel',
      'document',
      'journaalregel_betrokkene',
      'journaalregel',
      'wijziging',
    ]) {
      await db.query(`DROP TABLE public.${table}`);
    }
    await db.query(`DROP FUNCTION public.alleen_toevoegen()`);
    await db.query(`ALTER TABLE public.monitoring_contact DROP CONSTRAINT monitoring_contact_tenant_sleutel`);
    await db.query(`ALTER TABLE public.casus DROP CONSTRAINT casus_samengevoegd_consistent, DROP CONSTRAINT casus_samengevoegd_in_fkey`);
    await db.query(`ALTER TABLE public.casus DROP COLUMN samengevoegd_in, DROP CONSTRAINT casus_status_check`);
    await db.query(`ALTER TABLE public.casus ADD CONSTRAINT casus_status_check CHECK (status IN ('OPEN', 'GESLOTEN'))`);
    for (const table of ['melding_betrokkene', 'casus_betrokkene']) {
      await db.query(`ALTER TABLE public.${table} DROP COLUMN beeindigd_op, DROP COLUMN beeindigd_reden`);
    }
    await db.query(`ALTER TABLE public.melding DROP COLUMN gemeente_code, DROP COLUMN melder_anoniem, DROP COLUMN samenvatting`);
    await db.query(`ALTER TABLE public.advies DROP COLUMN gemeente_code`);
    await db.query(
      `ALTER TABLE public.persoon DROP COLUMN geslacht, DROP COLUMN woonplaats, DROP COLUMN gemeente_code, DROP COLUMN telefoon, DROP COLUMN email, DROP COLUMN updated_at, DROP COLUMN version`,
    );
  }
}
