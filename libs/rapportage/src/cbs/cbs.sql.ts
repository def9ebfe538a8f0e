import { sql, type Db, type RawBuilder } from '@vt/database';
import type { Datum } from '@vt/werkdagen';
import { ONBEKENDE_GEMEENTE, PER_GEMEENTE } from './cbs.tabellen.js';

// Reviewed analytic SQL for the CBS beleidsinformatie. One base (`basis`): the half year's adviezen
// and meldingen, one row each, with every field a table needs. The tables are one aggregate over it
// (cbsCellen) and the delivery file is the base itself (cbsRijen); a delivery takes both from one
// evaluation of the base (leesCbsLevering). So both count the same records the same way; levering.ts
// checks that the file adds up to the tables. Reads run in the caller's tenant transaction:
// row-level security confines them to the region.

/** One record of the half year, as the base yields it (keys are pseudonymised in TypeScript, never here). */
export interface CbsBasisRow {
  soort: 'ADVIES' | 'MELDING';
  id: string;
  casus_id: string | null;
  datum: string;
  gemeente: string;
  organisatie: string;
  hoedanigheid: string;
  aard: string[];
  duur: string | null;
  aanvullend: string[];
  classificatie: string | null;
  beoordeling: string | null;
  taxatie: string | null;
  onderzoek: string | null;
  uitkomsten: string[];
  overdracht_moment: string | null;
  overdracht_wijze: string | null;
  type_hulp: string | null;
  /** `ROL:persoon_id` of the melding's directbetrokkenen. */
  betrokkenen: string[];
}

/** A cell: gemeente null is the whole VT-regio. */
export interface CbsCelRow {
  tabel: string;
  onderwerp: string;
  categorie: string;
  gemeente: string | null;
  aantal: number;
}

function basis(van: Datum, tot: Datum): RawBuilder<unknown> {
  return sql`
    WITH grenzen AS (
      SELECT (${van}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam' AS begin,
             ((${tot}::date + 1))::timestamp AT TIME ZONE 'Europe/Amsterdam' AS eind
    ),
    adv AS (
      -- An advies converted into a melding (OMGEZET) is counted once, as that melding.
      SELECT 'ADVIES'::text AS soort, a.id, NULL::uuid AS casus_id,
             to_char(a.ontvangen_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS datum,
             coalesce(a.gemeente_code, ${ONBEKENDE_GEMEENTE}) AS gemeente,
             a.adviesvrager_organisatie AS organisatie,
             coalesce(a.adviesvrager_hoedanigheid, 'ONBEKEND') AS hoedanigheid,
             ARRAY(SELECT DISTINCT x FROM unnest(a.aard_geweld) x ORDER BY 1) AS aard,
             NULL::text AS duur, '{}'::text[] AS aanvullend, NULL::text AS classificatie,
             NULL::text AS beoordeling, NULL::text AS taxatie, NULL::text AS onderzoek, '{}'::text[] AS uitkomsten,
             NULL::text AS overdracht_moment, NULL::text AS overdracht_wijze, NULL::text AS type_hulp,
             '{}'::text[] AS betrokkenen
      FROM advies a, grenzen g
      WHERE a.ontvangen_op >= g.begin AND a.ontvangen_op < g.eind AND a.status <> 'OMGEZET'
    ),
    mel AS (
      -- Niet-unieke politiemeldingen are processed administratively: no melding in any count.
      SELECT 'MELDING'::text AS soort, m.id, m.casus_id, to_char(m.ontvangstdatum, 'YYYY-MM-DD') AS datum,
             coalesce(m.gemeente_code, ${ONBEKENDE_GEMEENTE}) AS gemeente,
             m.melder_organisatie AS organisatie,
             coalesce(m.melder_hoedanigheid, 'ONBEKEND') AS hoedanigheid,
             ARRAY(SELECT DISTINCT x FROM unnest(m.aard_geweld) x ORDER BY 1) AS aard,
             m.duur_geweld AS duur,
             ARRAY(SELECT DISTINCT x FROM unnest(m.aanvullende_kenmerken) x ORDER BY 1) AS aanvullend,
             m.classificatie,
             coalesce(b.besluit, 'NOG_NIET_BEOORDEELD') AS beoordeling,
             CASE WHEN b.besluit IS NULL THEN 'NOG_NIET_BEOORDEELD'
                  WHEN b.acute_onveiligheid AND b.structurele_onveiligheid THEN 'ACUTE_EN_STRUCTURELE_ONVEILIGHEID'
                  WHEN b.acute_onveiligheid THEN 'ALLEEN_ACUTE_ONVEILIGHEID'
                  WHEN b.structurele_onveiligheid THEN 'ALLEEN_STRUCTURELE_ONVEILIGHEID'
                  ELSE 'GEEN_ONVEILIGHEID' END AS taxatie,
             oz.status AS onderzoek,
             CASE WHEN oz.status = 'AFGESLOTEN'
                  THEN ARRAY(SELECT DISTINCT (u->>'aardGeweld') || '=' || (u->>'uitkomst')
                             FROM jsonb_array_elements(coalesce(oz.uitkomsten, '[]'::jsonb)) u ORDER BY 1)
                  ELSE '{}'::text[] END AS uitkomsten,
             od.moment AS overdracht_moment,
             CASE WHEN od.warm THEN 'WARM' WHEN od.warm IS NOT NULL THEN 'KOUD' END AS overdracht_wijze,
             od.partner_type AS type_hulp,
             ARRAY(SELECT mb.rol || ':' || mb.persoon_id FROM melding_betrokkene mb
                   WHERE mb.melding_id = m.id ORDER BY 1) AS betrokkenen
      FROM melding m
      CROSS JOIN grenzen g
      -- The besluit in effect: vastgesteld after intercollegiale toetsing (the last one, should there be several).
      LEFT JOIN LATERAL (
        SELECT b.besluit, b.acute_onveiligheid, b.structurele_onveiligheid FROM veiligheidsbeoordeling b
        WHERE b.melding_id = m.id AND b.status = 'VASTGESTELD'
        ORDER BY b.besloten_op DESC, b.id DESC LIMIT 1
      ) b ON true
      LEFT JOIN LATERAL (
        SELECT i.status, i.uitkomsten FROM interventie i
        WHERE i.melding_id = m.id AND i.soort = 'ONDERZOEK' AND i.status IN ('AFGESLOTEN', 'VOORTIJDIG_AFGESLOTEN')
        ORDER BY i.afgesloten_op DESC NULLS LAST, i.created_at DESC, i.id DESC LIMIT 1
      ) oz ON true
      LEFT JOIN LATERAL (
        SELECT o.partner_type, o.warm,
               coalesce((SELECT 'NA_' || i.soort FROM interventie i
                         WHERE i.melding_id = o.melding_id AND i.created_at <= o.created_at
                         ORDER BY i.created_at DESC, i.id DESC LIMIT 1), 'NA_VEILIGHEIDSBEOORDELING') AS moment
        FROM overdracht o WHERE o.melding_id = m.id
        ORDER BY o.created_at, o.id LIMIT 1
      ) od ON true
      WHERE m.ontvangstdatum BETWEEN ${van}::date AND ${tot}::date
        AND m.politie IS DISTINCT FROM 'NIET_UNIEK'
    ),
    rec AS (SELECT * FROM adv UNION ALL SELECT * FROM mel)`;
}

// The cells of every table over `rec` and `mel`: one row per counted (tabel, onderwerp, categorie, gemeente).
const CEL = sql`
    cel(tabel, onderwerp, categorie, gemeente) AS (
      SELECT '84847', CASE soort WHEN 'ADVIES' THEN 'ADVIEZEN' ELSE 'MELDINGEN' END, 'TOTAAL', gemeente FROM rec
      UNION ALL SELECT '84848', CASE soort WHEN 'ADVIES' THEN 'ADVIEZEN' ELSE 'MELDINGEN' END, organisatie, gemeente FROM rec
      UNION ALL SELECT '84848', CASE soort WHEN 'ADVIES' THEN 'ADVIEZEN_NAAR_HOEDANIGHEID' ELSE 'MELDINGEN_NAAR_HOEDANIGHEID' END, hoedanigheid, gemeente FROM rec
      UNION ALL SELECT '84849', 'MELDINGEN', duur, gemeente FROM mel
      UNION ALL SELECT '84850', CASE soort WHEN 'ADVIES' THEN 'ADVIEZEN' ELSE 'MELDINGEN' END, a, gemeente FROM rec, unnest(rec.aard) a
      UNION ALL SELECT '84851', 'MELDINGEN', k, gemeente FROM mel, unnest(mel.aanvullend) k
      UNION ALL SELECT '84852', 'VERVOLG', beoordeling, gemeente FROM mel
      UNION ALL SELECT '84852', 'VEILIGHEIDSTAXATIE', taxatie, gemeente FROM mel
      UNION ALL SELECT '84853', 'ONDERZOEKEN', onderzoek, gemeente FROM mel WHERE onderzoek IS NOT NULL
      UNION ALL SELECT '84853', split_part(u, '=', 1), split_part(u, '=', 2), gemeente FROM mel, unnest(mel.uitkomsten) u
      UNION ALL SELECT '84854', 'OVERDRACHTEN', overdracht_moment, gemeente FROM mel WHERE overdracht_moment IS NOT NULL
      UNION ALL SELECT '84854', 'WIJZE', overdracht_wijze, gemeente FROM mel WHERE overdracht_wijze IS NOT NULL
      UNION ALL SELECT '84855', 'OVERDRACHTEN', type_hulp, gemeente FROM mel WHERE type_hulp IS NOT NULL
      UNION ALL SELECT '85361', 'MELDINGEN', classificatie, gemeente FROM mel
    )`;

// The cells counted: region-wide, and per gemeente for the tables CBS publishes per gemeente.
const CELLEN = sql`
    SELECT tabel, onderwerp, categorie, CASE WHEN grouping(gemeente) = 1 THEN NULL ELSE gemeente END AS gemeente, count(*)::int AS aantal
    FROM cel
    GROUP BY GROUPING SETS ((tabel, onderwerp, categorie), (tabel, onderwerp, categorie, gemeente))
    HAVING grouping(gemeente) = 1 OR tabel = ANY(${[...PER_GEMEENTE]}::text[])`;

/** Every cell of every table for the half year, region-wide and (for the tables CBS publishes per gemeente) per gemeente. One statement. */
export function cbsCellen(van: Datum, tot: Datum): RawBuilder<CbsCelRow> {
  return sql<CbsCelRow>`
    ${basis(van, tot)},
    ${CEL}
    ${CELLEN}
    ORDER BY tabel COLLATE "C", onderwerp COLLATE "C", categorie COLLATE "C", gemeente COLLATE "C" NULLS FIRST`;
}

/** The half year's records for the delivery file, in a stable order (the file sorts again on its pseudonymous keys). */
export function cbsRijen(van: Datum, tot: Datum): RawBuilder<CbsBasisRow> {
  return sql<CbsBasisRow>`
    ${basis(van, tot)}
    SELECT * FROM rec ORDER BY soort COLLATE "C", datum COLLATE "C", id`;
}

/** The tables and the records of a delivery, as cbsCellen and cbsRijen give them. */
export interface CbsLeveringData {
  cellen: CbsCelRow[];
  rijen: CbsBasisRow[];
}

type CbsLeveringRow = CbsBasisRow & { nr: string; cellen: CbsCelRow[] | null };

/**
 * The delivery's tables and records in one statement: the base is evaluated once (its lateral
 * look-ups are most of the cost) and both come from it, in the orders of cbsCellen and cbsRijen.
 * The records come as rows (cheaper than one JSON array of them) and the first row also carries
 * the cells as JSON; no records means no cells. One statement, as the app role may not create a
 * temporary table.
 */
export async function leesCbsLevering(db: Db, van: Datum, tot: Datum): Promise<CbsLeveringData> {
  const { rows } = await sql<CbsLeveringRow>`
    ${basis(van, tot)},
    ${CEL},
    cellen AS (${CELLEN}),
    rij AS (SELECT rec.*, row_number() OVER (ORDER BY soort COLLATE "C", datum COLLATE "C", id) AS nr FROM rec)
    SELECT rij.*,
           CASE WHEN nr = 1 THEN
             (SELECT json_agg(c ORDER BY tabel COLLATE "C", onderwerp COLLATE "C", categorie COLLATE "C", gemeente COLLATE "C" NULLS FIRST)
              FROM cellen c) END AS cellen
    FROM rij ORDER BY nr`.execute(db);
  return {
    cellen: rows[0]?.cellen ?? [],
    rijen: rows.map(({ nr: _nr, cellen: _cellen, ...rij }) => rij),
  };
}

/**
 * No JIT compilation for the rest of the transaction. The planner's cost of the base (a lateral
 * look-up per melding) is far above jit_above_cost, and compiling it took 0.6 s of a 2.4 s
 * statement (EXPLAIN ANALYZE, VT18, a half year), more than it saved on a few thousand rows.
 */
export async function geenJit(db: Db): Promise<void> {
  await sql`SET LOCAL jit = off`.execute(db);
}

/** The region's HMAC secret for pseudonymous keys: created (random, 32 bytes) on first use, then always the same. */
export function leesSleutel(): RawBuilder<{ sleutel: Buffer }> {
  return sql<{ sleutel: Buffer }>`SELECT sleutel FROM cbs_sleutel`;
}

export function maakSleutel(sleutel: Buffer): RawBuilder<unknown> {
  return sql`INSERT INTO cbs_sleutel (sleutel) VALUES (${sleutel}) ON CONFLICT (tenant_id) DO NOTHING`;
}
