import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;
const RELATIE = `('BETROKKENE_ZELF', 'OUDER_VOOGD', 'VERTEGENWOORDIGER')`;

/**
 * Client rights (issue 16, points 1, 3 and 6): the register of requests by a person about the data
 * Veilig Thuis holds on them (AVG art. 15-21, term art. 12(3)), with its decision and the corrections
 * made for it, and the klachtenregister (Wmo 2015, Wet kwaliteit klachten en geschillen zorg).
 */
export class Clientrechten1764800100000 implements MigrationInterface {
  name = 'Clientrechten1764800100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public.verzoek (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        persoon_id uuid NOT NULL,
        soort text NOT NULL CHECK (soort IN ('INZAGE', 'AFSCHRIFT', 'CORRECTIE', 'AANVULLING', 'VERNIETIGING', 'BEZWAAR')),
        verzoeker_naam text NOT NULL CHECK (length(verzoeker_naam) BETWEEN 1 AND 200),
        verzoeker_relatie text NOT NULL CHECK (verzoeker_relatie IN ${RELATIE}),
        omschrijving text CHECK (length(omschrijving) BETWEEN 1 AND 4000),
        zienswijze text CHECK (length(zienswijze) BETWEEN 1 AND 10000),
        ontvangen_op date NOT NULL,
        oorspronkelijke_termijn date NOT NULL CHECK (oorspronkelijke_termijn > ontvangen_op),
        uiterlijke_datum date NOT NULL CHECK (uiterlijke_datum >= oorspronkelijke_termijn),
        verlengd_met_maanden integer CHECK (verlengd_met_maanden BETWEEN 1 AND 2),
        verlenging_reden text CHECK (length(verlenging_reden) BETWEEN 1 AND 2000),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'BESLOTEN')),
        beslissing text CHECK (beslissing IN ('TOEGEWEZEN', 'DEELS', 'AFGEWEZEN')),
        gronden text CHECK (length(gronden) BETWEEN 1 AND 4000),
        beslist_op date,
        verzonden_op date,
        wijziging_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(wijziging_ids) <= 50),
        beslist_door text, beslist_door_naam text,
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (tenant_id, persoon_id) REFERENCES public.persoon(tenant_id, id),
        UNIQUE (tenant_id, id),
        CHECK ((verlengd_met_maanden IS NULL) = (verlenging_reden IS NULL)),
        CHECK ((status = 'BESLOTEN') = (beslissing IS NOT NULL AND beslist_op IS NOT NULL AND verzonden_op IS NOT NULL)),
        CHECK (beslissing IS NULL OR beslissing = 'TOEGEWEZEN' OR gronden IS NOT NULL),
        CHECK (verzonden_op IS NULL OR verzonden_op >= ontvangen_op)
      )`);
    await enableTenantIsolation(db, 'public.verzoek');
    await db.query(`CREATE INDEX verzoek_persoon_idx ON public.verzoek (tenant_id, persoon_id)`);
    await db.query(`CREATE INDEX verzoek_lijst_idx ON public.verzoek (tenant_id, ontvangen_op DESC, id DESC)`);
    // The open-work branch VERZOEK_AFHANDELEN reads the open ones in deadline order.
    await db.query(`CREATE INDEX verzoek_open_idx ON public.verzoek (tenant_id, uiterlijke_datum, id) WHERE status = 'OPEN'`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON public.verzoek TO vt_role_application`);

    await db.query(`
      CREATE TABLE public.klacht (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        ontvangen_op date NOT NULL,
        klager_naam text NOT NULL CHECK (length(klager_naam) BETWEEN 1 AND 200),
        klager_relatie text NOT NULL CHECK (klager_relatie IN ${RELATIE}),
        onderwerp text NOT NULL CHECK (length(onderwerp) BETWEEN 1 AND 4000),
        casus_id uuid,
        route text NOT NULL CHECK (route IN ('INTERNE_BEMIDDELING', 'EXTERNE_KLACHTENCOMMISSIE')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'AFGESLOTEN')),
        uitkomst text CHECK (uitkomst IN ('GEGROND', 'DEELS_GEGROND', 'ONGEGROND', 'INGETROKKEN')),
        toelichting text CHECK (length(toelichting) BETWEEN 1 AND 4000),
        afgesloten_op date CHECK (afgesloten_op >= ontvangen_op),
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (tenant_id, casus_id) REFERENCES public.casus(tenant_id, id),
        UNIQUE (tenant_id, id),
        CHECK ((status = 'AFGESLOTEN') = (uitkomst IS NOT NULL AND afgesloten_op IS NOT NULL))
      )`);
    await enableTenantIsolation(db, 'public.klacht');
    await db.query(`CREATE INDEX klacht_lijst_idx ON public.klacht (tenant_id, ontvangen_op DESC, id DESC)`);
    await db.query(`CREATE INDEX klacht_casus_idx ON public.klacht (tenant_id, casus_id) WHERE casus_id IS NOT NULL`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON public.klacht TO vt_role_application`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE public.klacht`);
    await db.query(`DROP TABLE public.verzoek`);
  }
}
