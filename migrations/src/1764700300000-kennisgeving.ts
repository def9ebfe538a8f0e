import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;

/**
 * Statutory notifications (issue 15, point 4): informing the directbetrokkenen (on a melding and on
 * an overdracht, per person), the police, a verzoek tot onderzoek to the Raad voor de
 * Kinderbescherming and the notice of it to the college van B&W. Each is a duty with a term
 * (uiterlijke_datum, counted in the region's werkdagen when it is created) and a record of when and
 * how it was done, or why not.
 */
export class Kennisgeving1764700300000 implements MigrationInterface {
  name = 'Kennisgeving1764700300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public.kennisgeving (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid NOT NULL,
        melding_id uuid NOT NULL,
        soort text NOT NULL CHECK (soort IN ('BETROKKENEN_INFORMEREN', 'BETROKKENEN_INFORMEREN_OVERDRACHT', 'POLITIE_INFORMEREN',
          'RAAD_VERZOEK_TOT_ONDERZOEK', 'COLLEGE_BW_INFORMEREN')),
        persoon_id uuid,
        overdracht_id uuid,
        verzoek_id uuid,
        ontvanger text CHECK (length(ontvanger) BETWEEN 1 AND 200),
        aanleiding text CHECK (length(aanleiding) BETWEEN 1 AND 2000),
        ontstaan_op date NOT NULL,
        uiterlijke_datum date NOT NULL CHECK (uiterlijke_datum >= ontstaan_op),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'GEDAAN', 'NIET_GEDAAN')),
        gedaan_op date,
        wijze text CHECK (wijze IN ('BRIEF', 'TELEFOON', 'GESPREK', 'MAIL', 'BEVEILIGD_BERICHT')),
        toelichting text CHECK (length(toelichting) BETWEEN 1 AND 2000),
        reden text CHECK (length(reden) BETWEEN 1 AND 2000),
        afgehandeld_door text, afgehandeld_door_naam text, afgehandeld_op timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (tenant_id, casus_id) REFERENCES public.casus(tenant_id, id),
        FOREIGN KEY (tenant_id, melding_id) REFERENCES public.melding(tenant_id, id),
        FOREIGN KEY (tenant_id, persoon_id) REFERENCES public.persoon(tenant_id, id),
        FOREIGN KEY (tenant_id, overdracht_id) REFERENCES public.overdracht(tenant_id, id),
        UNIQUE (tenant_id, id),
        CHECK ((status = 'GEDAAN') = (gedaan_op IS NOT NULL AND wijze IS NOT NULL)),
        CHECK ((status = 'NIET_GEDAAN') = (reden IS NOT NULL)),
        CHECK ((status = 'OPEN') = (afgehandeld_op IS NULL)),
        CHECK ((soort IN ('BETROKKENEN_INFORMEREN', 'BETROKKENEN_INFORMEREN_OVERDRACHT')) = (persoon_id IS NOT NULL)),
        CHECK ((soort = 'BETROKKENEN_INFORMEREN_OVERDRACHT') = (overdracht_id IS NOT NULL)),
        CHECK ((soort = 'COLLEGE_BW_INFORMEREN') = (verzoek_id IS NOT NULL))
      )`);
    await enableTenantIsolation(db, 'public.kennisgeving');
    await db.query(`ALTER TABLE public.kennisgeving ADD CONSTRAINT kennisgeving_verzoek_fkey
      FOREIGN KEY (tenant_id, verzoek_id) REFERENCES public.kennisgeving(tenant_id, id)`);
    // One duty per person and melding, and per person and overdracht: creating them is idempotent.
    await db.query(`CREATE UNIQUE INDEX kennisgeving_betrokkene_key ON public.kennisgeving (tenant_id, melding_id, persoon_id)
      WHERE soort = 'BETROKKENEN_INFORMEREN'`);
    await db.query(`CREATE UNIQUE INDEX kennisgeving_overdracht_key ON public.kennisgeving (tenant_id, overdracht_id, persoon_id)
      WHERE soort = 'BETROKKENEN_INFORMEREN_OVERDRACHT'`);
    await db.query(`CREATE INDEX kennisgeving_melding_idx ON public.kennisgeving (tenant_id, melding_id)`);
    await db.query(`CREATE INDEX kennisgeving_casus_idx ON public.kennisgeving (tenant_id, casus_id)`);
    // The open-work branch KENNISGEVING (a page reads its first rows in deadline order, as the other branches).
    await db.query(`CREATE INDEX kennisgeving_open_idx ON public.kennisgeving (tenant_id, uiterlijke_datum, id) WHERE status = 'OPEN'`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON public.kennisgeving TO vt_role_application`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE public.kennisgeving`);
  }
}
