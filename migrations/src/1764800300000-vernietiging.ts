import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.js';

const TENANT = `tenant_id uuid NOT NULL DEFAULT public.current_tenant_id() REFERENCES referentie.organisatie(id)`;
const VERNIETIGD = `'Betrokkene (gegevens vernietigd)'`;

/**
 * Free-text fields that can name a person, per scope: the person-destruction function makes the
 * destroyed person's recorded name, BSN, birth date and contact details unreadable in them.
 * [table, column, how the row belongs to the person's casussen, jsonb?]
 */
const VRIJE_TEKST: readonly (readonly [string, string, 'casus' | 'melding', boolean])[] = [
  ['melding', 'samenvatting', 'melding', false],
  ['melding', 'afweging_toelichting', 'melding', false],
  ['advies', 'samenvatting', 'melding', false],
  ['veiligheidsbeoordeling', 'besluit_toelichting', 'melding', false],
  ['veiligheidsbeoordeling', 'taxatie_toelichting', 'melding', false],
  ['veiligheidsbeoordeling', 'toetsing_toelichting', 'melding', false],
  ['veiligheidsbeoordeling', 'md_advies', 'melding', false],
  ['terugkoppeling', 'samenvatting', 'melding', false],
  ['screening', 'toelichting', 'melding', false],
  ['zorgmelding_jeugd', 'gegevens', 'melding', true],
  ['zorgmelding_jeugd', 'toelichting', 'melding', false],
  ['interventie', 'herstelplan', 'casus', false],
  ['interventie', 'veiligheidsplan', 'casus', false],
  ['interventie', 'voortijdig_reden', 'casus', false],
  ['interventie', 'uitkomsten', 'casus', true],
  ['crisisinterventie', 'samenvatting', 'casus', false],
  ['monitoring_contact', 'toelichting', 'casus', false],
  ['huisverbod', 'einde_reden', 'casus', false],
  ['huisverbod', 'casusregie_resultaat', 'casus', false],
  ['klacht', 'onderwerp', 'casus', false],
  ['klacht', 'toelichting', 'casus', false],
  ['klacht', 'klager_naam', 'casus', false],
  ['journaalregel', 'tekst', 'casus', false],
  ['journaalregel', 'reden', 'casus', false],
  ['tijdlijn_gebeurtenis', 'omschrijving', 'casus', false],
  ['wijziging', 'oud', 'casus', true],
  ['wijziging', 'nieuw', 'casus', true],
  ['wijziging', 'reden', 'casus', false],
];

function redactieStatements(): string {
  return VRIJE_TEKST.map(([tabel, kolom, scope, json]) => {
    const waarde = json ? `public.vt_redigeer(${kolom}::text, termen)::jsonb` : `public.vt_redigeer(${kolom}, termen)`;
    const bereik =
      scope === 'melding'
        ? tabel === 'melding'
          ? 'id = ANY(meldingen)'
          : tabel === 'advies'
            ? 'id = ANY(adviezen)'
            : 'melding_id = ANY(meldingen)'
        : tabel === 'veiligheidsvoorwaarde'
          ? 'false'
          : 'casus_id = ANY(casussen)';
    return `
      UPDATE public.${tabel} SET ${kolom} = ${waarde} WHERE ${bereik} AND ${kolom} IS NOT NULL AND ${kolom} IS DISTINCT FROM ${waarde};
      GET DIAGNOSTICS c = ROW_COUNT; geredigeerd := geredigeerd + c;`;
  }).join('');
}

/**
 * Vernietiging (issue 16, points 4 and 5): destroying a person's data on request and a whole casus
 * after its bewaartermijn, with a destruction record without content; a legal hold per casus; the
 * region's terms for dossiers and for the NEN 7513 access log.
 *
 * The destruction runs in two SECURITY DEFINER functions: the application role may not delete from
 * the append-only tables (journal, history, hours, access log), and these functions are the one
 * narrow way it can, always together with a destruction record in the same transaction. Row-level
 * security still applies inside them (forced, also for the owner), so they reach only the caller's
 * region. The append-only triggers let a delete through only while such a function has set
 * `vt.vernietiging` (or `vt.toegangslog_opschonen`), which only the owner's grants make useful.
 */
export class Vernietiging1764800300000 implements MigrationInterface {
  name = 'Vernietiging1764800300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE public.casus DROP CONSTRAINT casus_status_check`);
    await db.query(`ALTER TABLE public.casus
      ADD CONSTRAINT casus_status_check CHECK (status IN ('OPEN', 'GESLOTEN', 'SAMENGEVOEGD', 'VERNIETIGD')),
      ADD COLUMN vernietigd_op timestamptz,
      ADD COLUMN bewaarplicht_reden text CHECK (length(bewaarplicht_reden) BETWEEN 1 AND 2000),
      ADD COLUMN bewaarplicht_sinds timestamptz,
      ADD COLUMN bewaarplicht_door text,
      ADD CONSTRAINT casus_bewaarplicht_volledig CHECK ((bewaarplicht_reden IS NULL) = (bewaarplicht_sinds IS NULL)),
      ADD CONSTRAINT casus_vernietigd_consistent CHECK ((status = 'VERNIETIGD') = (vernietigd_op IS NOT NULL))`);
    // The nightly retention job reads closed casussen by closing date.
    await db.query(`CREATE INDEX casus_bewaartermijn_idx ON public.casus (tenant_id, gesloten_op, id) WHERE status = 'GESLOTEN'`);

    await db.query(`ALTER TABLE public.persoon ADD COLUMN vernietigd_op timestamptz`);
    // An inzage export is about one person: it is destroyed with that person's data.
    await db.query(`ALTER TABLE public.document ADD COLUMN persoon_id uuid,
      ADD CONSTRAINT document_persoon_fkey FOREIGN KEY (tenant_id, persoon_id) REFERENCES public.persoon(tenant_id, id)`);
    // The inzage made for a verzoek is part of that request's file.
    await db.query(`ALTER TABLE public.document ADD COLUMN verzoek_id uuid,
      ADD CONSTRAINT document_verzoek_fkey FOREIGN KEY (tenant_id, verzoek_id) REFERENCES public.verzoek(tenant_id, id)`);
    await db.query(`CREATE INDEX document_verzoek_idx ON public.document (tenant_id, verzoek_id) WHERE verzoek_id IS NOT NULL`);
    await db.query(`CREATE INDEX document_persoon_idx ON public.document (tenant_id, persoon_id) WHERE persoon_id IS NOT NULL`);
    await db.query(`CREATE INDEX journaalregel_betrokkene_persoon_idx ON public.journaalregel_betrokkene (tenant_id, persoon_id)`);
    await db.query(`CREATE INDEX kennisgeving_persoon_idx ON public.kennisgeving (tenant_id, persoon_id) WHERE persoon_id IS NOT NULL`);
    // The timeline team rule maps a crisis event to its melding through the screening that started it.
    await db.query(
      `CREATE INDEX screening_crisis_idx ON public.screening (tenant_id, crisisinterventie_id) WHERE crisisinterventie_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX toegangslog_tijdstip_idx ON public.toegangslog (tenant_id, tijdstip)`);
    // Deleting a melding, advies, overdracht or monitoring contact checks every foreign key that
    // points at it: without an index on the referencing column each check scans the region's table.
    for (const [naam, tabel, kolom] of [
      ['idempotentie_resultaat_idx', 'idempotentie', 'resultaat_id'],
      ['melding_niet_uniek_van_idx', 'melding', 'niet_uniek_van'],
      ['taak_melding_idx', 'taak', 'melding_id'],
      ['monitoring_contact_casus_idx', 'monitoring_contact', 'casus_id'],
      ['monitoring_contact_nieuwe_interventie_idx', 'monitoring_contact', 'nieuwe_interventie_id'],
      ['zorgmelding_jeugd_melding_idx', 'zorgmelding_jeugd', 'melding_id'],
      ['overdracht_casus_idx', 'overdracht', 'casus_id'],
      ['veiligheidsvoorwaarde_monitoring_contact_idx', 'veiligheidsvoorwaarde', 'monitoring_contact_id'],
      ['advies_melding_idx', 'advies', 'melding_id'],
    ] as const)
      await db.query(`CREATE INDEX ${naam} ON public.${tabel} (tenant_id, ${kolom}) WHERE ${kolom} IS NOT NULL`);

    await db.query(`ALTER TABLE public.tenant_instelling
      ADD COLUMN bewaartermijn_jaren integer NOT NULL DEFAULT 20 CHECK (bewaartermijn_jaren BETWEEN 15 AND 100),
      ADD COLUMN toegangslog_bewaartermijn_jaren integer NOT NULL DEFAULT 5 CHECK (toegangslog_bewaartermijn_jaren BETWEEN 5 AND 100),
      ADD COLUMN bewaartermijn_modus text NOT NULL DEFAULT 'PROEFDRAAI' CHECK (bewaartermijn_modus IN ('PROEFDRAAI', 'UITVOEREN'))`);

    await db.query(`
      CREATE TABLE public.vernietiging (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${TENANT},
        soort text NOT NULL CHECK (soort IN ('PERSOON', 'CASUS')),
        aanleiding text NOT NULL CHECK (aanleiding IN ('VERZOEK', 'BEWAARTERMIJN')),
        verzoek_id uuid,
        -- Ids only, no foreign keys: what they named is gone or a tombstone.
        persoon_id uuid,
        casus_id uuid,
        casus_nummer text,
        aantallen jsonb NOT NULL DEFAULT '{}'::jsonb,
        behouden jsonb NOT NULL DEFAULT '[]'::jsonb,
        object_sleutels text[] NOT NULL DEFAULT '{}',
        uitgevoerd_door text NOT NULL,
        uitgevoerd_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, id),
        FOREIGN KEY (tenant_id, verzoek_id) REFERENCES public.verzoek(tenant_id, id),
        CHECK ((soort = 'PERSOON') = (persoon_id IS NOT NULL)),
        CHECK ((soort = 'CASUS') = (casus_id IS NOT NULL)),
        CHECK ((aanleiding = 'VERZOEK') = (verzoek_id IS NOT NULL))
      )`);
    await enableTenantIsolation(db, 'public.vernietiging');
    // One execution per request: a retry finds the record instead of destroying twice.
    await db.query(
      `CREATE UNIQUE INDEX vernietiging_verzoek_key ON public.vernietiging (tenant_id, verzoek_id) WHERE verzoek_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX vernietiging_lijst_idx ON public.vernietiging (tenant_id, uitgevoerd_op DESC, id DESC)`);
    await db.query(`GRANT SELECT ON public.vernietiging TO vt_role_application`);

    // The append-only triggers: a delete (and the journal/history redaction) only inside a destruction.
    await db.query(`
      CREATE OR REPLACE FUNCTION public.alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') AND current_setting('vt.vernietiging', true) = 'aan' THEN
          RETURN NULL;
        END IF;
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION public.alleen_casus_herindelen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('vt.vernietiging', true) = 'aan' THEN
          RETURN NEW;
        END IF;
        IF (to_jsonb(NEW) - 'casus_id') IS DISTINCT FROM (to_jsonb(OLD) - 'casus_id') THEN
          RAISE EXCEPTION '% is append-only: only the casus of an entry may change', TG_TABLE_NAME USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION public.toegangslog_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('vt.toegangslog_opschonen', true) = 'aan' THEN
          RETURN NULL;
        END IF;
        RAISE EXCEPTION 'toegangslog is append-only' USING ERRCODE = '42501';
      END $$`);

    // Replaces every case-insensitive occurrence of the terms (names, BSN, dates, contact details).
    await db.query(`
      CREATE FUNCTION public.vt_redigeer(tekst text, termen text[]) RETURNS text
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        term text;
      BEGIN
        IF tekst IS NULL THEN RETURN NULL; END IF;
        FOREACH term IN ARRAY termen LOOP
          IF term IS NOT NULL AND length(term) >= 3 THEN
            tekst := regexp_replace(tekst, regexp_replace(term, '([.^$*+?()\\[\\]{}|\\\\-])', '\\\\\\1', 'g'), '[vernietigd]', 'gi');
          END IF;
        END LOOP;
        RETURN tekst;
      END $$`);

    await db.query(`
      CREATE FUNCTION public.vernietig_casus(p_casus uuid, p_aanleiding text, p_door text, p_verzoek uuid DEFAULT NULL)
        RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_id uuid;
        v_nummer text;
        c bigint;
        n jsonb := '{}'::jsonb;
        casussen uuid[];
        meldingen uuid[];
        adviezen uuid[];
        interventies uuid[];
        overdrachten uuid[];
        contacten uuid[];
        huisverboden uuid[];
        personen uuid[];
        weg uuid[];
        sleutels text[];
      BEGIN
        SELECT nummer INTO v_nummer FROM casus
          WHERE id = p_casus AND status IN ('OPEN', 'GESLOTEN') AND bewaarplicht_reden IS NULL FOR UPDATE;
        IF NOT FOUND THEN
          RETURN NULL; -- gone, already destroyed, merged elsewhere, under a legal hold, or not this region's
        END IF;
        casussen := ARRAY(SELECT id FROM casus WHERE id = p_casus OR samengevoegd_in = p_casus);
        meldingen := ARRAY(SELECT id FROM melding WHERE casus_id = ANY(casussen));
        adviezen := ARRAY(SELECT id FROM advies WHERE melding_id = ANY(meldingen)
          UNION SELECT advies_id FROM melding WHERE id = ANY(meldingen) AND advies_id IS NOT NULL);
        interventies := ARRAY(SELECT id FROM interventie WHERE casus_id = ANY(casussen) OR melding_id = ANY(meldingen));
        overdrachten := ARRAY(SELECT id FROM overdracht WHERE casus_id = ANY(casussen) OR melding_id = ANY(meldingen));
        contacten := ARRAY(SELECT id FROM monitoring_contact WHERE casus_id = ANY(casussen) OR overdracht_id = ANY(overdrachten)
          OR interventie_id = ANY(interventies) OR nieuwe_interventie_id = ANY(interventies));
        huisverboden := ARRAY(SELECT id FROM huisverbod WHERE casus_id = ANY(casussen));
        personen := ARRAY(
          SELECT persoon_id FROM casus_betrokkene WHERE casus_id = ANY(casussen)
          UNION SELECT persoon_id FROM melding_betrokkene WHERE melding_id = ANY(meldingen)
          UNION SELECT persoon_id FROM huisverbod_betrokkene WHERE huisverbod_id = ANY(huisverboden)
          UNION SELECT jb.persoon_id FROM journaalregel_betrokkene jb JOIN journaalregel j ON j.id = jb.journaalregel_id
            WHERE j.casus_id = ANY(casussen)
          UNION SELECT persoon_id FROM kennisgeving WHERE casus_id = ANY(casussen) AND persoon_id IS NOT NULL
          UNION SELECT persoon_id FROM document WHERE casus_id = ANY(casussen) AND persoon_id IS NOT NULL);

        INSERT INTO vernietiging (soort, aanleiding, verzoek_id, casus_id, casus_nummer, uitgevoerd_door)
          VALUES ('CASUS', p_aanleiding, p_verzoek, p_casus, v_nummer, p_door) RETURNING id INTO v_id;
        PERFORM set_config('vt.vernietiging', 'aan', true);

        DELETE FROM veiligheidsvoorwaarde WHERE interventie_id = ANY(interventies) OR monitoring_contact_id = ANY(contacten);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('veiligheidsvoorwaarde', c);
        DELETE FROM monitoring_contact WHERE id = ANY(contacten);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('monitoring_contact', c);
        DELETE FROM kennisgeving WHERE casus_id = ANY(casussen) OR melding_id = ANY(meldingen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('kennisgeving', c);
        -- Hours booked on the casus stay for the capacity figures, without their description or intervention.
        UPDATE tijdregistratie SET interventie_id = NULL, omschrijving = NULL
          WHERE casus_id = ANY(casussen) OR interventie_id = ANY(interventies);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('tijdregistratie_ontkoppeld', c);
        DELETE FROM terugkoppeling WHERE melding_id = ANY(meldingen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('terugkoppeling', c);
        DELETE FROM interventie WHERE id = ANY(interventies);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('interventie', c);
        DELETE FROM overdracht WHERE id = ANY(overdrachten);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('overdracht', c);
        DELETE FROM veiligheidsbeoordeling WHERE melding_id = ANY(meldingen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('veiligheidsbeoordeling', c);
        DELETE FROM screening WHERE melding_id = ANY(meldingen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('screening', c);
        DELETE FROM crisisinterventie WHERE casus_id = ANY(casussen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('crisisinterventie', c);
        DELETE FROM huisverbod_betrokkene WHERE huisverbod_id = ANY(huisverboden);
        DELETE FROM huisverbod WHERE id = ANY(huisverboden);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('huisverbod', c);
        DELETE FROM taak WHERE casus_id = ANY(casussen) OR melding_id = ANY(meldingen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('taak', c);
        DELETE FROM bereikbaarheidscontact WHERE melding_id = ANY(meldingen) OR advies_id = ANY(adviezen);
        DELETE FROM zorgmelding_jeugd WHERE melding_id = ANY(meldingen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('zorgmelding_jeugd', c);
        sleutels := ARRAY(SELECT object_sleutel FROM document WHERE casus_id = ANY(casussen) AND object_sleutel IS NOT NULL);
        DELETE FROM document WHERE casus_id = ANY(casussen); -- its parts go with it (ON DELETE CASCADE)
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('document', c);
        DELETE FROM journaalregel_betrokkene WHERE journaalregel_id IN (SELECT id FROM journaalregel WHERE casus_id = ANY(casussen));
        DELETE FROM journaalregel WHERE casus_id = ANY(casussen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('journaalregel', c);
        DELETE FROM wijziging WHERE casus_id = ANY(casussen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('wijziging', c);
        DELETE FROM tijdlijn_gebeurtenis WHERE casus_id = ANY(casussen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('tijdlijn_gebeurtenis', c);
        DELETE FROM idempotentie WHERE resultaat_id = ANY(meldingen) OR resultaat_id = ANY(adviezen);
        -- A melding elsewhere that was linked as a repeat of one of these keeps standing on its own.
        UPDATE melding SET niet_uniek_van = NULL WHERE niet_uniek_van = ANY(meldingen) AND NOT id = ANY(meldingen);
        DELETE FROM melding_betrokkene WHERE melding_id = ANY(meldingen);
        DELETE FROM melding WHERE id = ANY(meldingen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('melding', c);
        DELETE FROM advies_contact WHERE advies_id = ANY(adviezen);
        DELETE FROM advies WHERE id = ANY(adviezen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('advies', c);
        DELETE FROM casus_betrokkene WHERE casus_id = ANY(casussen);

        -- Persons who appear in no other dossier go; one a verzoek or a document still names stays as a tombstone.
        weg := ARRAY(SELECT p FROM unnest(personen) AS p WHERE NOT EXISTS (SELECT 1 FROM casus_betrokkene WHERE persoon_id = p)
          AND NOT EXISTS (SELECT 1 FROM melding_betrokkene WHERE persoon_id = p)
          AND NOT EXISTS (SELECT 1 FROM huisverbod_betrokkene WHERE persoon_id = p)
          AND NOT EXISTS (SELECT 1 FROM journaalregel_betrokkene WHERE persoon_id = p)
          AND NOT EXISTS (SELECT 1 FROM kennisgeving WHERE persoon_id = p));
        DELETE FROM wijziging WHERE persoon_id = ANY(weg);
        UPDATE persoon SET naam = ${VERNIETIGD}, bsn = NULL, geboortedatum = NULL, geslacht = NULL, woonplaats = NULL,
            gemeente_code = NULL, telefoon = NULL, email = NULL, vernietigd_op = now(), version = version + 1
          WHERE id = ANY(weg) AND (EXISTS (SELECT 1 FROM verzoek v WHERE v.persoon_id = persoon.id)
            OR EXISTS (SELECT 1 FROM document d WHERE d.persoon_id = persoon.id));
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('persoon_geanonimiseerd', c);
        DELETE FROM persoon WHERE id = ANY(weg) AND vernietigd_op IS NULL;
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('persoon', c);

        UPDATE casus SET status = 'VERNIETIGD', samengevoegd_in = NULL, vernietigd_op = now(), version = version + 1
          WHERE id = ANY(casussen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('casus', c);
        PERFORM set_config('vt.vernietiging', '', true);
        UPDATE vernietiging SET aantallen = n, object_sleutels = sleutels,
            behouden = jsonb_build_array(jsonb_build_object('onderdeel', 'TOEGANGSLOG',
              'reden', 'NEN 7513: de vermeldingen blijven tot het einde van hun eigen bewaartermijn, met alleen verwijzingen'))
          WHERE id = v_id;
        RETURN jsonb_build_object('id', v_id, 'aantallen', n, 'objectSleutels', to_jsonb(sleutels));
      END $$`);

    await db.query(`
      CREATE FUNCTION public.vernietig_persoon(p_persoon uuid, p_verzoek uuid, p_door text)
        RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_id uuid;
        p record;
        c bigint;
        geredigeerd bigint := 0;
        n jsonb := '{}'::jsonb;
        v_behouden jsonb := '[]'::jsonb;
        termen text[];
        casussen uuid[];
        meldingen uuid[];
        adviezen uuid[];
        eigen uuid[];
        sleutels text[];
      BEGIN
        SELECT * INTO p FROM persoon WHERE id = p_persoon AND vernietigd_op IS NULL FOR UPDATE;
        IF NOT FOUND THEN
          RETURN NULL;
        END IF;
        termen := ARRAY[p.naam, p.bsn, p.email, p.telefoon,
          to_char(p.geboortedatum, 'YYYY-MM-DD'), to_char(p.geboortedatum, 'DD-MM-YYYY'), to_char(p.geboortedatum, 'FMDD-FMMM-YYYY')];
        casussen := ARRAY(SELECT casus_id FROM casus_betrokkene WHERE persoon_id = p_persoon
          UNION SELECT m.casus_id FROM melding_betrokkene mb JOIN melding m ON m.id = mb.melding_id WHERE mb.persoon_id = p_persoon
          UNION SELECT h.casus_id FROM huisverbod_betrokkene hb JOIN huisverbod h ON h.id = hb.huisverbod_id WHERE hb.persoon_id = p_persoon
          UNION SELECT j.casus_id FROM journaalregel_betrokkene jb JOIN journaalregel j ON j.id = jb.journaalregel_id
            WHERE jb.persoon_id = p_persoon);
        meldingen := ARRAY(SELECT id FROM melding WHERE casus_id = ANY(casussen));
        adviezen := ARRAY(SELECT id FROM advies WHERE melding_id = ANY(meldingen));

        INSERT INTO vernietiging (soort, aanleiding, verzoek_id, persoon_id, uitgevoerd_door)
          VALUES ('PERSOON', 'VERZOEK', p_verzoek, p_persoon, p_door) RETURNING id INTO v_id;
        PERFORM set_config('vt.vernietiging', 'aan', true);

        -- Journal entries about this person alone go; entries that also concern others stay, without the link.
        eigen := ARRAY(SELECT jb.journaalregel_id FROM journaalregel_betrokkene jb WHERE jb.persoon_id = p_persoon
          AND NOT EXISTS (SELECT 1 FROM journaalregel_betrokkene o WHERE o.journaalregel_id = jb.journaalregel_id AND o.persoon_id <> p_persoon));
        UPDATE journaalregel SET vervangt_id = NULL WHERE vervangt_id = ANY(eigen) AND NOT id = ANY(eigen);
        DELETE FROM journaalregel_betrokkene WHERE persoon_id = p_persoon;
        GET DIAGNOSTICS c = ROW_COUNT;
        IF c > cardinality(eigen) THEN
          v_behouden := v_behouden || jsonb_build_object('onderdeel', 'JOURNAAL', 'aantal', c - cardinality(eigen),
            'reden', 'De aantekening betreft ook andere betrokkenen; naam, BSN, geboortedatum en contactgegevens zijn onleesbaar gemaakt.');
        END IF;
        DELETE FROM journaalregel WHERE id = ANY(eigen);
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('journaalregel', c);
        DELETE FROM wijziging WHERE persoon_id = p_persoon;
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('wijziging', c);
        DELETE FROM kennisgeving WHERE persoon_id = p_persoon;
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('kennisgeving', c);
        sleutels := ARRAY(SELECT object_sleutel FROM document WHERE persoon_id = p_persoon AND object_sleutel IS NOT NULL);
        DELETE FROM document WHERE persoon_id = p_persoon;
        GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('document', c);
        SELECT count(*) INTO c FROM document WHERE casus_id = ANY(casussen) AND status <> 'INGETROKKEN';
        IF c > 0 THEN
          v_behouden := v_behouden || jsonb_build_object('onderdeel', 'DOCUMENT', 'aantal', c,
            'reden', 'Documenten van het gezinsdossier, niet per persoon te scheiden; beoordeel ze apart en trek ze zo nodig in.');
        END IF;
        UPDATE verzoek SET zienswijze = NULL,
            verzoeker_naam = CASE WHEN verzoeker_relatie = 'BETROKKENE_ZELF' THEN ${VERNIETIGD} ELSE public.vt_redigeer(verzoeker_naam, termen) END
          WHERE persoon_id = p_persoon;
        ${redactieStatements()}
        n := n || jsonb_build_object('tekst_geredigeerd', geredigeerd);

        SELECT count(*) INTO c FROM (SELECT 1 FROM casus_betrokkene WHERE persoon_id = p_persoon
          UNION ALL SELECT 1 FROM melding_betrokkene WHERE persoon_id = p_persoon
          UNION ALL SELECT 1 FROM huisverbod_betrokkene WHERE persoon_id = p_persoon) b;
        IF c > 0 THEN
          v_behouden := v_behouden || jsonb_build_object('onderdeel', 'BETROKKENHEID', 'aantal', c,
            'reden', 'De rol van de persoon in het gezinsdossier (zonder gegevens) blijft: de andere betrokkenen hebben die nodig.');
        END IF;
        UPDATE persoon SET naam = ${VERNIETIGD}, bsn = NULL, geboortedatum = NULL, geslacht = NULL, woonplaats = NULL,
            gemeente_code = NULL, telefoon = NULL, email = NULL, vernietigd_op = now(), version = version + 1
          WHERE id = p_persoon;
        v_behouden := v_behouden || jsonb_build_object('onderdeel', 'TOEGANGSLOG',
          'reden', 'NEN 7513: de vermeldingen blijven tot het einde van hun eigen bewaartermijn, met alleen verwijzingen');
        PERFORM set_config('vt.vernietiging', '', true);
        UPDATE vernietiging SET aantallen = n, behouden = v_behouden, object_sleutels = sleutels WHERE id = v_id;
        RETURN jsonb_build_object('id', v_id, 'aantallen', n, 'objectSleutels', to_jsonb(sleutels));
      END $$`);

    // The access log after its own term (at least 5 years), in batches; the term is read here, not passed in.
    await db.query(`
      CREATE FUNCTION public.toegangslog_opschonen(p_max integer) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        jaren integer;
        c bigint;
      BEGIN
        SELECT greatest(5, coalesce(max(toegangslog_bewaartermijn_jaren), 5)) INTO jaren FROM tenant_instelling;
        PERFORM set_config('vt.toegangslog_opschonen', 'aan', true);
        DELETE FROM toegangslog WHERE id IN (SELECT id FROM toegangslog
          WHERE tenant_id = current_tenant_id() AND tijdstip < now() - make_interval(years => jaren) LIMIT least(greatest(p_max, 1), 100000));
        GET DIAGNOSTICS c = ROW_COUNT;
        PERFORM set_config('vt.toegangslog_opschonen', '', true);
        RETURN c;
      END $$`);

    for (const fn of [
      'vernietig_casus(uuid, text, text, uuid)',
      'vernietig_persoon(uuid, uuid, text)',
      'toegangslog_opschonen(integer)',
      'vt_redigeer(text, text[])',
    ]) {
      await db.query(`REVOKE ALL ON FUNCTION public.${fn} FROM PUBLIC`);
      await db.query(`GRANT EXECUTE ON FUNCTION public.${fn} TO vt_role_application`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION public.toegangslog_opschonen(integer)`);
    await db.query(`DROP FUNCTION public.vernietig_persoon(uuid, uuid, text)`);
    await db.query(`DROP FUNCTION public.vernietig_casus(uuid, text, text, uuid)`);
    await db.query(`DROP FUNCTION public.vt_redigeer(text, text[])`);
    await db.query(`DROP TABLE public.vernietiging`);
    await db.query(`ALTER TABLE public.tenant_instelling DROP COLUMN bewaartermijn_jaren, DROP COLUMN toegangslog_bewaartermijn_jaren,
      DROP COLUMN bewaartermijn_modus`);
    await db.query(`DROP INDEX public.toegangslog_tijdstip_idx`);
    for (const naam of [
      'idempotentie_resultaat_idx',
      'melding_niet_uniek_van_idx',
      'taak_melding_idx',
      'monitoring_contact_casus_idx',
      'monitoring_contact_nieuwe_interventie_idx',
      'zorgmelding_jeugd_melding_idx',
      'overdracht_casus_idx',
      'veiligheidsvoorwaarde_monitoring_contact_idx',
      'advies_melding_idx',
    ])
      await db.query(`DROP INDEX public.${naam}`);
    await db.query(`DROP INDEX public.screening_crisis_idx`);
    await db.query(`DROP INDEX public.kennisgeving_persoon_idx`);
    await db.query(`DROP INDEX public.journaalregel_betrokkene_persoon_idx`);
    await db.query(`ALTER TABLE public.document DROP COLUMN persoon_id, DROP COLUMN verzoek_id`);
    await db.query(`ALTER TABLE public.persoon DROP COLUMN vernietigd_op`);
    await db.query(`DROP INDEX public.casus_bewaartermijn_idx`);
    await db.query(`ALTER TABLE public.casus DROP CONSTRAINT casus_vernietigd_consistent, DROP CONSTRAINT casus_bewaarplicht_volledig,
      DROP COLUMN bewaarplicht_door, DROP COLUMN bewaarplicht_sinds, DROP COLUMN bewaarplicht_reden, DROP COLUMN vernietigd_op,
      DROP CONSTRAINT casus_status_check`);
    await db.query(`ALTER TABLE public.casus ADD CONSTRAINT casus_status_check CHECK (status IN ('OPEN', 'GESLOTEN', 'SAMENGEVOEGD'))`);
    // The trigger functions keep their exception: it is harmless without the destruction functions.
  }
}
