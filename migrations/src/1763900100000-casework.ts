import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;

/**
 * The primary process of a region: advies, melding, persons and casus (radarfunctie),
 * veiligheidsbeoordeling with toetsing, onderzoek / V&V, overdracht, monitoring,
 * terugkoppeling, huisverbod, crisis, the casus timeline, idempotency keys, tenant settings,
 * holiday adjustments, and the append-only access log (NEN 7513).
 */
export class Casework1763900100000 implements MigrationInterface {
  name = 'Casework1763900100000';

  async up(db: QueryRunner): Promise<void> {
    const tables: [string, string][] = [
      [
        'tenant_instelling',
        `
        tenant_id uuid PRIMARY KEY DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id),
        md_toetsing_verplicht boolean NOT NULL DEFAULT false,
        werk_beperkt_tot_team boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1`,
      ],
      [
        'feestdag_aanpassing',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        datum date NOT NULL,
        werkdag boolean NOT NULL,
        omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 200),
        UNIQUE (tenant_id, datum)`,
      ],
      [
        'nummering',
        `
        ${TENANT}, soort text NOT NULL, jaar integer NOT NULL, laatste integer NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, soort, jaar)`,
      ],
      [
        'persoon',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        geboortedatum date,
        bsn text CHECK (bsn ~ '^[0-9]{9}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, bsn)`,
      ],
      [
        'casus_betrokkene',
        `
        ${TENANT}, casus_id uuid NOT NULL REFERENCES casus(id), persoon_id uuid NOT NULL REFERENCES persoon(id),
        sinds timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (casus_id, persoon_id)`,
      ],
      [
        'advies',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        nummer text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('ADVIES', 'CONSULT', 'ADVIES_EN_ONDERSTEUNING')),
        ontvangen_op timestamptz NOT NULL,
        kanaal text NOT NULL CHECK (kanaal IN ('TELEFOON', 'CHAT', 'MAIL', 'FYSIEK')),
        adviesvrager_organisatie text NOT NULL,
        adviesvrager_anoniem boolean NOT NULL,
        adviesvrager_naam text, adviesvrager_functie text, adviesvrager_telefoon text, adviesvrager_email text,
        aard_geweld text[] NOT NULL,
        samenvatting text NOT NULL CHECK (length(samenvatting) BETWEEN 1 AND 10000),
        status text NOT NULL CHECK (status IN ('OPEN', 'AFGESLOTEN', 'OMGEZET')),
        melding_id uuid,
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (tenant_id, nummer),
        CHECK (NOT adviesvrager_anoniem OR (adviesvrager_naam IS NULL AND adviesvrager_telefoon IS NULL AND adviesvrager_email IS NULL))`,
      ],
      [
        'advies_contact',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        advies_id uuid NOT NULL REFERENCES advies(id),
        datum timestamptz NOT NULL,
        kanaal text NOT NULL CHECK (kanaal IN ('TELEFOON', 'CHAT', 'MAIL', 'FYSIEK')),
        samenvatting text NOT NULL CHECK (length(samenvatting) BETWEEN 1 AND 10000),
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()`,
      ],
      [
        'melding',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid NOT NULL REFERENCES casus(id),
        nummer text NOT NULL,
        ontvangen_op timestamptz NOT NULL,
        ontvangstdatum date NOT NULL,
        uiterlijke_beoordelingsdatum date NOT NULL,
        melder_naam text NOT NULL, melder_functie text, melder_telefoon text, melder_email text,
        melder_organisatie text NOT NULL,
        aard_geweld text[] NOT NULL,
        aanvullende_kenmerken text[] NOT NULL DEFAULT '{}',
        duur_geweld text NOT NULL,
        afweging_acute_onveiligheid boolean, afweging_structurele_onveiligheid boolean, afweging_toelichting text,
        politie text CHECK (politie IN ('UNIEK', 'NIET_UNIEK')),
        classificatie text NOT NULL,
        fase text NOT NULL,
        advies_id uuid REFERENCES advies(id),
        team text, toegewezen_aan text,
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (tenant_id, nummer),
        CHECK (uiterlijke_beoordelingsdatum > ontvangstdatum)`,
      ],
      [
        'melding_betrokkene',
        `
        ${TENANT}, melding_id uuid NOT NULL REFERENCES melding(id), persoon_id uuid NOT NULL REFERENCES persoon(id),
        rol text NOT NULL CHECK (rol IN ('SLACHTOFFER', 'PLEGER', 'KIND', 'OUDER_VERZORGER', 'OVERIG')),
        was_bekend boolean NOT NULL DEFAULT false,
        PRIMARY KEY (melding_id, persoon_id, rol)`,
      ],
      [
        'veiligheidsbeoordeling',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        melding_id uuid NOT NULL REFERENCES melding(id),
        acute_onveiligheid boolean NOT NULL, structurele_onveiligheid boolean NOT NULL, taxatie_toelichting text,
        besluit text NOT NULL CHECK (besluit IN ('GEEN_VERVOLGSTAPPEN', 'OVERDRACHT', 'ONDERZOEK', 'VOORWAARDEN_EN_VERVOLG', 'REGIONAAL_MAATWERK')),
        besluit_toelichting text,
        besloten_door text NOT NULL, besloten_op timestamptz NOT NULL DEFAULT now(),
        md_door text, md_rol text CHECK (md_rol IN ('gedragswetenschapper', 'vertrouwensarts')), md_op timestamptz, md_advies text,
        getoetst_door text, getoetst_op timestamptz, toetsing_toelichting text,
        status text NOT NULL CHECK (status IN ('TER_TOETSING', 'VASTGESTELD', 'AFGEWEZEN')),
        version integer NOT NULL DEFAULT 1,
        CHECK (getoetst_door IS NULL OR getoetst_door <> besloten_door)`,
      ],
      [
        'interventie',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid NOT NULL REFERENCES casus(id), melding_id uuid NOT NULL REFERENCES melding(id),
        soort text NOT NULL CHECK (soort IN ('ONDERZOEK', 'VOORWAARDEN_EN_VERVOLG')),
        besloten_op date NOT NULL, uiterlijke_startdatum date NOT NULL,
        gestart_op date, uiterlijke_einddatum date,
        veiligheidsplan text, herstelplan text,
        afgesloten_op date, uitkomsten jsonb, voortijdig_reden text,
        status text NOT NULL CHECK (status IN ('GEPLAND', 'GESTART', 'AFGESLOTEN', 'VOORTIJDIG_AFGESLOTEN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (gestart_op IS NULL OR gestart_op >= besloten_op),
        CHECK (afgesloten_op IS NULL OR gestart_op IS NULL OR afgesloten_op >= gestart_op)`,
      ],
      [
        'overdracht',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid NOT NULL REFERENCES casus(id), melding_id uuid NOT NULL REFERENCES melding(id),
        partner_type text NOT NULL, partner_naam text NOT NULL CHECK (length(partner_naam) BETWEEN 1 AND 200),
        gemeente_code text REFERENCES referentie.gemeente(code),
        warm boolean NOT NULL,
        afgesproken_datum date, uitgevoerd_op date,
        status text NOT NULL CHECK (status IN ('WACHTLIJST', 'GEPLAND', 'UITGEVOERD')),
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'WACHTLIJST') = (afgesproken_datum IS NULL))`,
      ],
      [
        'monitoring_contact',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid NOT NULL REFERENCES casus(id), overdracht_id uuid NOT NULL REFERENCES overdracht(id),
        moment text NOT NULL CHECK (moment IN ('DRIE_MAANDEN', 'TWAALF_MAANDEN')),
        gepland_op date NOT NULL,
        uitgevoerd_op date,
        score_gezin text CHECK (score_gezin IN ('VOLDOENDE', 'ONVOLDOENDE')),
        score_professional text CHECK (score_professional IN ('VOLDOENDE', 'ONVOLDOENDE')),
        toelichting text,
        nieuwe_interventie_id uuid REFERENCES interventie(id),
        status text NOT NULL CHECK (status IN ('GEPLAND', 'UITGEVOERD', 'VERVALLEN')),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (overdracht_id, moment)`,
      ],
      [
        'terugkoppeling',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        melding_id uuid NOT NULL REFERENCES melding(id),
        moment text NOT NULL CHECK (moment IN ('NA_BEOORDELING', 'NA_ONDERZOEK')),
        datum date NOT NULL,
        samenvatting text NOT NULL CHECK (length(samenvatting) BETWEEN 1 AND 10000),
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()`,
      ],
      [
        'huisverbod',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid NOT NULL REFERENCES casus(id),
        opgelegd_op date NOT NULL, einddatum date NOT NULL,
        status text NOT NULL CHECK (status IN ('LOPEND', 'VERLENGD', 'BEEINDIGD')),
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (einddatum > opgelegd_op AND einddatum <= opgelegd_op + 28)`,
      ],
      [
        'crisisinterventie',
        `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        casus_id uuid NOT NULL REFERENCES casus(id),
        datum timestamptz NOT NULL,
        samenvatting text NOT NULL CHECK (length(samenvatting) BETWEEN 1 AND 10000),
        geregistreerd_door text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()`,
      ],
      [
        'tijdlijn_gebeurtenis',
        `
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ${TENANT},
        casus_id uuid NOT NULL REFERENCES casus(id),
        tijdstip timestamptz NOT NULL DEFAULT now(),
        soort text NOT NULL, omschrijving text NOT NULL,
        object_type text, object_id uuid, door text NOT NULL`,
      ],
      [
        'idempotentie',
        `
        ${TENANT}, operatie text NOT NULL, sleutel text NOT NULL CHECK (length(sleutel) BETWEEN 8 AND 200),
        request_hash text NOT NULL, resultaat_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, operatie, sleutel)`,
      ],
      [
        'toegangslog',
        `
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ${TENANT},
        tijdstip timestamptz NOT NULL DEFAULT clock_timestamp(),
        gebruiker_id text NOT NULL, gebruiker_naam text NOT NULL, rollen text[] NOT NULL, namens text,
        casus_id uuid, persoon_id uuid,
        actie text NOT NULL CHECK (actie IN ('CREATE', 'READ', 'UPDATE', 'DELETE', 'SEARCH', 'EXPORT')),
        object_type text NOT NULL, object_id text,
        client_adres text, grondslag text NOT NULL,
        uitkomst text NOT NULL CHECK (uitkomst IN ('GESLAAGD', 'GEWEIGERD', 'NIET_GEVONDEN', 'FOUT')),
        request_id text`,
      ],
    ];
    for (const [name, columns] of tables) {
      await db.query(`CREATE TABLE public.${name} (${columns})`);
      await enableTenantIsolation(db, `public.${name}`);
    }

    await db.query(`ALTER TABLE casus ADD COLUMN status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'GESLOTEN'))`);
    await db.query(`ALTER TABLE casus ADD COLUMN gesloten_op timestamptz`);

    const indexes = [
      `CREATE INDEX persoon_naam_idx ON persoon (tenant_id, lower(naam), geboortedatum)`,
      `CREATE INDEX casus_betrokkene_persoon_idx ON casus_betrokkene (persoon_id)`,
      `CREATE INDEX melding_casus_idx ON melding (casus_id)`,
      `CREATE INDEX melding_fase_idx ON melding (tenant_id, fase, uiterlijke_beoordelingsdatum)`,
      `CREATE INDEX melding_betrokkene_persoon_idx ON melding_betrokkene (persoon_id)`,
      `CREATE INDEX beoordeling_melding_idx ON veiligheidsbeoordeling (melding_id)`,
      `CREATE INDEX interventie_melding_idx ON interventie (melding_id)`,
      `CREATE INDEX interventie_casus_idx ON interventie (casus_id)`,
      `CREATE INDEX overdracht_melding_idx ON overdracht (melding_id)`,
      `CREATE INDEX overdracht_wachtlijst_idx ON overdracht (tenant_id, created_at) WHERE status = 'WACHTLIJST'`,
      `CREATE INDEX monitoring_overdracht_idx ON monitoring_contact (overdracht_id)`,
      `CREATE INDEX monitoring_gepland_idx ON monitoring_contact (tenant_id, gepland_op) WHERE status = 'GEPLAND'`,
      `CREATE INDEX terugkoppeling_melding_idx ON terugkoppeling (melding_id)`,
      `CREATE INDEX huisverbod_casus_idx ON huisverbod (casus_id)`,
      `CREATE INDEX crisis_casus_idx ON crisisinterventie (casus_id)`,
      `CREATE INDEX tijdlijn_casus_idx ON tijdlijn_gebeurtenis (casus_id, tijdstip)`,
      `CREATE INDEX advies_contact_advies_idx ON advies_contact (advies_id)`,
      `CREATE INDEX toegangslog_casus_idx ON toegangslog (tenant_id, casus_id, tijdstip)`,
    ];
    for (const index of indexes) await db.query(index);

    // NEN 7513: the access log is append-only, for everyone including the owner.
    await db.query(`
      CREATE FUNCTION public.toegangslog_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'toegangslog is append-only' USING ERRCODE = '42501';
      END $$`);
    await db.query(`
      CREATE TRIGGER toegangslog_alleen_toevoegen BEFORE UPDATE OR DELETE OR TRUNCATE ON public.toegangslog
      FOR EACH STATEMENT EXECUTE FUNCTION public.toegangslog_alleen_toevoegen()`);

    const readWrite = tables.map(([name]) => name).filter((name) => name !== 'toegangslog' && name !== 'idempotentie');
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${readWrite.map((t) => `public.${t}`).join(', ')} TO vt_role_application`);
    await db.query(`GRANT SELECT, INSERT ON public.toegangslog, public.idempotentie TO vt_role_application`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'toegangslog',
      'idempotentie',
      'tijdlijn_gebeurtenis',
      'crisisinterventie',
      'huisverbod',
      'terugkoppeling',
      'monitoring_contact',
      'overdracht',
      'interventie',
      'veiligheidsbeoordeling',
      'melding_betrokkene',
      'melding',
      'advies_contact',
      'advies',
      'casus_betrokkene',
      'persoon',
      'nummering',
      'feestdag_aanpassing',
      'tenant_instelling',
    ]) {
      await db.query(`DROP TABLE public.${table}`);
    }
    await db.query(`DROP FUNCTION public.toegangslog_alleen_toevoegen()`);
    await db.query(`ALTER TABLE casus DROP COLUMN status, DROP COLUMN gesloten_op`);
  }
}
