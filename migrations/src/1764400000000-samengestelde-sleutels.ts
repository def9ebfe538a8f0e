import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The column that names the region in a table with row-level security, in order of preference. */
const TENANT_KOLOMMEN = ['tenant_id', 'organisatie_id'];

/** Suffix of the unique constraints this migration adds as targets for composite foreign keys. */
const SLEUTEL = 'tenant_sleutel';

interface Verwijzing {
  naam: string;
  kind: string;
  ouder: string;
  ouder_naam: string;
  definitie: string;
  kolommen: string[];
  ouder_kolommen: string[];
  kind_tenant: string | null;
  ouder_tenant: string | null;
}

/** Every foreign key between two tables with row-level security, with the region column of each side. */
const VERWIJZINGEN_SQL = `
  SELECT c.conname AS naam, c.conrelid::regclass::text AS kind, c.confrelid::regclass::text AS ouder, o.relname AS ouder_naam,
         pg_get_constraintdef(c.oid) AS definitie,
         ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS kolommen,
         ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
               JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS ouder_kolommen,
         (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = ANY($1) AND NOT a.attisdropped
          ORDER BY array_position($1, a.attname::text) LIMIT 1) AS kind_tenant,
         (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.confrelid AND a.attname = ANY($1) AND NOT a.attisdropped
          ORDER BY array_position($1, a.attname::text) LIMIT 1) AS ouder_tenant
  FROM pg_constraint c
  JOIN pg_class k ON k.oid = c.conrelid
  JOIN pg_class o ON o.oid = c.confrelid
  WHERE c.contype = 'f' AND k.relrowsecurity AND o.relrowsecurity
  ORDER BY c.conrelid::regclass::text, c.conname`;

/**
 * PostgreSQL checks foreign keys without row-level security, so a single-column key lets a row of
 * one region point at a row of another. Every foreign key between two tables with row-level
 * security becomes composite: (tenant, x_id) REFERENCES parent (tenant, id), so the database
 * itself refuses a cross-region reference. Found in the catalog, not listed by hand, so a table
 * added before this migration cannot be missed (the catalog test guards the ones added after).
 *
 * advies.melding_id was a reference without a key and gets a composite one (deferred to commit).
 * Deliberately without a key stay: toegangslog (it also records ids that were foreign or missing),
 * taak (a cache rebuilt from the open work) and tijdlijn_gebeurtenis.object_id (points at several
 * tables).
 *
 * Large tables: each parent gets one unique index build, and the keys are added NOT VALID and then
 * validated (one anti-join per key, no per-row trigger calls).
 */
export class SamengesteldeSleutels1764400000000 implements MigrationInterface {
  name = 'SamengesteldeSleutels1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // Checked at commit: a conversion marks the advies before it inserts the melding it names.
    await db.query(
      `ALTER TABLE public.advies ADD CONSTRAINT advies_melding_id_fkey FOREIGN KEY (melding_id) REFERENCES public.melding(id) DEFERRABLE INITIALLY DEFERRED NOT VALID`,
    );

    const verwijzingen = ((await db.query(VERWIJZINGEN_SQL, [TENANT_KOLOMMEN])) as Verwijzing[]).filter((v) => !samengesteld(v));
    for (const v of verwijzingen) {
      if (!v.kind_tenant || !v.ouder_tenant)
        throw new Error(`foreign key ${v.naam} on ${v.kind}: a table with row-level security has no tenant column`);
    }

    // The parents' (tenant, id) must be unique to be referenced.
    const doelen = new Map<string, Verwijzing>();
    for (const v of verwijzingen) doelen.set(`${v.ouder}|${v.ouder_kolommen.join(',')}`, v);
    for (const v of doelen.values()) {
      const kolommen = [v.ouder_tenant!, ...v.ouder_kolommen];
      if (await heeftUniekeIndex(db, v.ouder, kolommen)) continue;
      await db.query(`ALTER TABLE ${v.ouder} ADD CONSTRAINT ${v.ouder_naam}_${SLEUTEL} UNIQUE (${kolommen.join(', ')})`);
    }

    for (const v of verwijzingen) {
      await db.query(`ALTER TABLE ${v.kind} DROP CONSTRAINT ${v.naam}`);
      await db.query(`ALTER TABLE ${v.kind} ADD CONSTRAINT ${v.naam} ${samengesteldeDefinitie(v)} NOT VALID`);
    }
    for (const v of verwijzingen) await db.query(`ALTER TABLE ${v.kind} VALIDATE CONSTRAINT ${v.naam}`);
  }

  async down(db: QueryRunner): Promise<void> {
    const verwijzingen = ((await db.query(VERWIJZINGEN_SQL, [TENANT_KOLOMMEN])) as Verwijzing[]).filter(
      (v) => samengesteld(v) && v.kolommen.length > 1,
    );
    for (const v of verwijzingen) {
      const enkel = v.definitie
        .replace(
          /^FOREIGN KEY \(([^)]*)\) REFERENCES ([^(]+)\(([^)]*)\)/,
          (_all, kind: string, ouder: string, ouderKolommen: string) =>
            `FOREIGN KEY (${zonderEerste(kind)}) REFERENCES ${ouder}(${zonderEerste(ouderKolommen)})`,
        )
        .replace(/ ON DELETE SET (NULL|DEFAULT) \([^)]*\)/, ' ON DELETE SET $1');
      await db.query(`ALTER TABLE ${v.kind} DROP CONSTRAINT ${v.naam}`);
      await db.query(`ALTER TABLE ${v.kind} ADD CONSTRAINT ${v.naam} ${enkel}`);
    }
    const sleutels = (await db.query(
      `SELECT conrelid::regclass::text AS tabel, conname FROM pg_constraint WHERE contype = 'u' AND conname LIKE '%\\_${SLEUTEL}'`,
    )) as { tabel: string; conname: string }[];
    for (const s of sleutels) await db.query(`ALTER TABLE ${s.tabel} DROP CONSTRAINT ${s.conname}`);
    await db.query(`ALTER TABLE public.advies DROP CONSTRAINT advies_melding_id_fkey`);
  }
}

/** Whether the key already carries the tenant column on both sides, at the same position. */
function samengesteld(v: Verwijzing): boolean {
  return v.kolommen.some((kolom, i) => kolom === v.kind_tenant && v.ouder_kolommen[i] === v.ouder_tenant);
}

async function heeftUniekeIndex(db: QueryRunner, tabel: string, kolommen: string[]): Promise<boolean> {
  const [rij] = (await db.query(
    `SELECT EXISTS (
       SELECT 1 FROM pg_index i
       WHERE i.indrelid = $1::regclass AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL AND i.indnkeyatts = cardinality($2::text[])
         AND (SELECT array_agg(a.attname::text ORDER BY a.attname) FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey[0:i.indnkeyatts - 1]))
             = (SELECT array_agg(k ORDER BY k) FROM unnest($2::text[]) k)
     ) AS gevonden`,
    [tabel, kolommen],
  )) as { gevonden: boolean }[];
  return rij!.gevonden;
}

/**
 * The key's own definition with the tenant columns in front, so ON DELETE/ON UPDATE and
 * deferrability stay as they were. MATCH FULL is dropped: on one column it equals MATCH SIMPLE, and
 * on the composite key it would refuse a NULL x_id next to the (never NULL) tenant. SET NULL and
 * SET DEFAULT name their columns, so they never clear the tenant.
 */
function samengesteldeDefinitie(v: Verwijzing): string {
  const match = /^FOREIGN KEY \(([^)]*)\) REFERENCES ([^(]+)\(([^)]*)\)(.*)$/.exec(v.definitie);
  if (!match) throw new Error(`foreign key ${v.naam} on ${v.kind}: unexpected definition`);
  const [, kolommen, ouder, ouderKolommen, rest] = match;
  const opties = rest!
    .replace(/ MATCH FULL/, '')
    .replace(/ NOT VALID/, '')
    .replace(/ ON DELETE SET (NULL|DEFAULT)(?! \()/, ` ON DELETE SET $1 (${kolommen})`);
  if (/ ON UPDATE SET (NULL|DEFAULT)/.test(opties))
    throw new Error(`foreign key ${v.naam} on ${v.kind}: ON UPDATE SET NULL/DEFAULT would clear the tenant`);
  return `FOREIGN KEY (${v.kind_tenant}, ${kolommen}) REFERENCES ${ouder}(${v.ouder_tenant}, ${ouderKolommen})${opties}`;
}

function zonderEerste(lijst: string): string {
  return lijst
    .split(',')
    .slice(1)
    .map((s) => s.trim())
    .join(', ');
}
