import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;
const FUNCTIE = `CHECK (functie IN ('MW', 'SC', 'GD', 'VA', 'TEAMLEIDER', 'MANAGEMENT', 'STAF', 'ONDERSTEUNING'))`;

/** Formatie (medewerkers and dienstverbanden), tijdregistratie (append-only), closed periods, begroting and scenarios. */
export class Formatie1763900200000 implements MigrationInterface {
  name = 'Formatie1763900200000';

  async up(db: QueryRunner): Promise<void> {
    const tables: [string, string][] = [
      [
        'medewerker',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        gebruiker_id text CHECK (length(gebruiker_id) BETWEEN 1 AND 200),
        naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        team text,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (tenant_id, gebruiker_id)`,
      ],
      [
        'dienstverband',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        medewerker_id uuid NOT NULL REFERENCES medewerker(id),
        functie text NOT NULL ${FUNCTIE},
        fte numeric(5,4) NOT NULL CHECK (fte > 0 AND fte <= 1.5),
        opleidingsniveau text NOT NULL CHECK (opleidingsniveau IN ('MBO', 'HBO', 'WO')),
        categorie text NOT NULL CHECK (categorie IN ('DIRECT', 'MANAGEMENT', 'STAF', 'ONDERSTEUNING')),
        van date NOT NULL, tot date,
        version integer NOT NULL DEFAULT 1,
        CHECK (tot IS NULL OR tot >= van)`,
      ],
      [
        'tijdregistratie',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        medewerker_id uuid NOT NULL REFERENCES medewerker(id),
        datum date NOT NULL,
        functie text NOT NULL ${FUNCTIE},
        product text NOT NULL,
        uren numeric(5,2) NOT NULL CHECK (uren >= 0 AND uren <= 24),
        casus_id uuid REFERENCES casus(id),
        interventie_id uuid REFERENCES interventie(id),
        omschrijving text,
        vervangt_id uuid UNIQUE REFERENCES tijdregistratie(id),
        reden text,
        bron text NOT NULL CHECK (bron IN ('HANDMATIG', 'IMPORT')),
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (vervangt_id IS NULL OR reden IS NOT NULL)`,
      ],
      [
        'periode_afsluiting',
        `
        ${TENANT}, jaar integer NOT NULL, maand integer NOT NULL CHECK (maand BETWEEN 1 AND 12),
        afgesloten_door text NOT NULL, afgesloten_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, jaar, maand)`,
      ],
      [
        'begroting',
        `
        ${TENANT}, jaar integer NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
        loonkosten jsonb NOT NULL DEFAULT '[]', kosten jsonb NOT NULL DEFAULT '[]', inkomsten jsonb NOT NULL DEFAULT '[]', volumes jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now(), version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (tenant_id, jaar)`,
      ],
      [
        'scenario',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        omschrijving text,
        bron text NOT NULL CHECK (bron IN ('HANDMATIG', 'WERKELIJK', 'NORM')),
        jaar integer,
        invoer jsonb NOT NULL,
        aangemaakt_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (tenant_id, naam)`,
      ],
    ];
    for (const [name, columns] of tables) {
      await db.query(`CREATE TABLE public.${name} (${columns})`);
      await enableTenantIsolation(db, `public.${name}`);
    }
    await db.query(`CREATE INDEX dienstverband_medewerker_idx ON dienstverband (medewerker_id)`);
    await db.query(`CREATE INDEX tijdregistratie_medewerker_datum_idx ON tijdregistratie (medewerker_id, datum)`);
    await db.query(`CREATE INDEX tijdregistratie_datum_idx ON tijdregistratie (tenant_id, datum)`);
    await db.query(`CREATE INDEX tijdregistratie_casus_idx ON tijdregistratie (casus_id) WHERE casus_id IS NOT NULL`);
    await db.query(`CREATE INDEX tijdregistratie_interventie_idx ON tijdregistratie (interventie_id) WHERE interventie_id IS NOT NULL`);
    await db.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON medewerker, dienstverband, periode_afsluiting, begroting, scenario TO vt_role_application`,
    );
    // Corrections are new rows that point at the one they replace: booked hours are never overwritten.
    await db.query(`GRANT SELECT, INSERT ON tijdregistratie TO vt_role_application`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['scenario', 'begroting', 'periode_afsluiting', 'tijdregistratie', 'dienstverband', 'medewerker'])
      await db.query(`DROP TABLE public.${table}`);
  }
}
