import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;
const FUNCTIE = `CHECK (functie IN ('MW', 'SC', 'GD', 'VA', 'TEAMLEIDER', 'MANAGEMENT', 'STAF', 'ONDERSTEUNING'))`;

/**
 * The 24/7 bereikbaarheidsdienst (issue 15, point 5): the rooster of on-call shifts with the
 * medewerkers on duty and their functie (a vertrouwensarts among them), the out-of-hours contacts
 * (advies or melding) linked to the shift and the on-call medewerker who took them, and the hours
 * of a shift booked once on the BEREIKBAARHEIDSDIENST product.
 */
export class Bereikbaarheidsdienst1764700400000 implements MigrationInterface {
  name = 'Bereikbaarheidsdienst1764700400000';

  async up(db: QueryRunner): Promise<void> {
    const tables: [string, string][] = [
      [
        // A shift: a period [begin, eind) in which the medewerkers below are on call.
        'bereikbaarheidsdienst',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        begin timestamptz NOT NULL, eind timestamptz NOT NULL,
        omschrijving text CHECK (length(omschrijving) BETWEEN 1 AND 500),
        aangemaakt_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (eind > begin AND eind - begin <= interval '7 days'),
        UNIQUE (tenant_id, id)`,
      ],
      [
        // Who is on call in a shift, in which functie (VA: the vertrouwensarts of that period).
        'bereikbaarheidsdienst_medewerker',
        `
        ${TENANT}, dienst_id uuid NOT NULL, medewerker_id uuid NOT NULL,
        functie text NOT NULL ${FUNCTIE},
        PRIMARY KEY (dienst_id, medewerker_id),
        UNIQUE (tenant_id, dienst_id, medewerker_id),
        FOREIGN KEY (tenant_id, dienst_id) REFERENCES public.bereikbaarheidsdienst(tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, medewerker_id) REFERENCES public.medewerker(tenant_id, id)`,
      ],
      [
        // An out-of-hours contact: the advies or melding, the shift and the on-call medewerker who took it.
        'bereikbaarheidscontact',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        dienst_id uuid NOT NULL, medewerker_id uuid NOT NULL,
        melding_id uuid UNIQUE, advies_id uuid UNIQUE,
        ontvangen_op timestamptz NOT NULL,
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((melding_id IS NULL) <> (advies_id IS NULL)),
        FOREIGN KEY (tenant_id, dienst_id, medewerker_id) REFERENCES public.bereikbaarheidsdienst_medewerker(tenant_id, dienst_id, medewerker_id),
        FOREIGN KEY (tenant_id, melding_id) REFERENCES public.melding(tenant_id, id),
        FOREIGN KEY (tenant_id, advies_id) REFERENCES public.advies(tenant_id, id)`,
      ],
    ];
    for (const [name, columns] of tables) {
      await db.query(`CREATE TABLE public.${name} (${columns})`);
      await enableTenantIsolation(db, `public.${name}`);
    }
    await db.query(`CREATE INDEX bereikbaarheidsdienst_periode_idx ON public.bereikbaarheidsdienst (tenant_id, begin, eind)`);
    await db.query(
      `CREATE INDEX bereikbaarheidsdienst_medewerker_idx ON public.bereikbaarheidsdienst_medewerker (tenant_id, medewerker_id)`,
    );
    await db.query(`CREATE INDEX bereikbaarheidscontact_dienst_idx ON public.bereikbaarheidscontact (tenant_id, dienst_id)`);

    // Hours booked from a shift name it; the unique index makes booking a shift twice a no-op
    // (a correction is a new row without the link, so it never collides).
    await db.query(`ALTER TABLE public.tijdregistratie ADD COLUMN bereikbaarheidsdienst_id uuid`);
    await db.query(
      `ALTER TABLE public.tijdregistratie ADD CONSTRAINT tijdregistratie_bereikbaarheidsdienst_fkey FOREIGN KEY (tenant_id, bereikbaarheidsdienst_id) REFERENCES public.bereikbaarheidsdienst(tenant_id, id)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX tijdregistratie_bereikbaarheidsdienst_uniek ON public.tijdregistratie (tenant_id, bereikbaarheidsdienst_id, medewerker_id, datum) WHERE bereikbaarheidsdienst_id IS NOT NULL`,
    );
    await db.query(`ALTER TABLE public.tijdregistratie DROP CONSTRAINT tijdregistratie_bron_check`);
    await db.query(
      `ALTER TABLE public.tijdregistratie ADD CONSTRAINT tijdregistratie_bron_check CHECK (bron IN ('HANDMATIG', 'IMPORT', 'BEREIKBAARHEIDSDIENST'))`,
    );

    await db.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON public.bereikbaarheidsdienst, public.bereikbaarheidsdienst_medewerker TO vt_role_application`,
    );
    // Contacts are a record of what happened: never changed afterwards.
    await db.query(`GRANT SELECT, INSERT ON public.bereikbaarheidscontact TO vt_role_application`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE public.tijdregistratie DROP CONSTRAINT tijdregistratie_bron_check`);
    await db.query(`ALTER TABLE public.tijdregistratie ADD CONSTRAINT tijdregistratie_bron_check CHECK (bron IN ('HANDMATIG', 'IMPORT'))`);
    await db.query(`DROP INDEX public.tijdregistratie_bereikbaarheidsdienst_uniek`);
    await db.query(`ALTER TABLE public.tijdregistratie DROP COLUMN bereikbaarheidsdienst_id`);
    for (const table of ['bereikbaarheidscontact', 'bereikbaarheidsdienst_medewerker', 'bereikbaarheidsdienst']) {
      await db.query(`DROP TABLE public.${table}`);
    }
  }
}
