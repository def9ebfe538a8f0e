import type { MigrationInterface, QueryRunner } from 'typeorm';

const HOEDANIGHEDEN = `'BETROKKENE_ZELF', 'FAMILIELID', 'BUURTBEWONER_OF_KENNIS', 'ANDERE_PARTICULIER', 'HUISARTS', 'MEDISCH_SPECIALIST', 'JEUGDARTS_OF_JEUGDVERPLEEGKUNDIGE', 'VERPLEEGKUNDIGE_OF_VERZORGENDE', 'GGZ_BEHANDELAAR', 'LEERKRACHT_OF_INTERN_BEGELEIDER', 'PEDAGOGISCH_MEDEWERKER', 'LEERPLICHTAMBTENAAR', 'JEUGD_OF_GEZINSHULPVERLENER', 'MAATSCHAPPELIJK_WERKER', 'POLITIEAMBTENAAR', 'JURIDISCH_PROFESSIONAL', 'ANDERE_BEROEPSKRACHT', 'ONBEKEND'`;

/**
 * Hoedanigheid (rol or beroep) of the melder and the adviesvrager (issue 17, point 1): CBS counts
 * adviezen and meldingen by it. Optional, so earlier rows and clients stay valid; an unrecorded one
 * counts as ONBEKEND. With them the indexes the CBS half-year figures read by: a region's adviezen
 * and meldingen by date of receipt (without them every report scans all regions' rows).
 */
export class Hoedanigheid1764800410000 implements MigrationInterface {
  name = 'Hoedanigheid1764800410000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX melding_tenant_ontvangstdatum_idx ON public.melding (tenant_id, ontvangstdatum)`);
    await db.query(`CREATE INDEX advies_tenant_ontvangen_op_idx ON public.advies (tenant_id, ontvangen_op)`);
    await db.query(`ALTER TABLE public.melding ADD COLUMN melder_hoedanigheid text CHECK (melder_hoedanigheid IN (${HOEDANIGHEDEN}))`);
    await db.query(
      `ALTER TABLE public.advies ADD COLUMN adviesvrager_hoedanigheid text CHECK (adviesvrager_hoedanigheid IN (${HOEDANIGHEDEN}))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX public.advies_tenant_ontvangen_op_idx`);
    await db.query(`DROP INDEX public.melding_tenant_ontvangstdatum_idx`);
    await db.query(`ALTER TABLE public.advies DROP COLUMN adviesvrager_hoedanigheid`);
    await db.query(`ALTER TABLE public.melding DROP COLUMN melder_hoedanigheid`);
  }
}
