import type { MigrationInterface, QueryRunner } from 'typeorm';

const HOEDANIGHEDEN = `'BETROKKENE_ZELF', 'FAMILIELID', 'BUURTBEWONER_OF_KENNIS', 'ANDERE_PARTICULIER', 'HUISARTS', 'MEDISCH_SPECIALIST', 'JEUGDARTS_OF_JEUGDVERPLEEGKUNDIGE', 'VERPLEEGKUNDIGE_OF_VERZORGENDE', 'GGZ_BEHANDELAAR', 'LEERKRACHT_OF_INTERN_BEGELEIDER', 'PEDAGOGISCH_MEDEWERKER', 'LEERPLICHTAMBTENAAR', 'JEUGD_OF_GEZINSHULPVERLENER', 'MAATSCHAPPELIJK_WERKER', 'POLITIEAMBTENAAR', 'JURIDISCH_PROFESSIONAL', 'ANDERE_BEROEPSKRACHT', 'ONBEKEND'`;

/**
 * Hoedanigheid (rol or beroep) of the melder and the adviesvrager (issue 17, point 1): CBS counts
 * adviezen and meldingen by it. Optional, so earlier rows and clients stay valid; an unrecorded one
 * counts as ONBEKEND.
 */
export class Hoedanigheid1764800410000 implements MigrationInterface {
  name = 'Hoedanigheid1764800410000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE public.melding ADD COLUMN melder_hoedanigheid text CHECK (melder_hoedanigheid IN (${HOEDANIGHEDEN}))`);
    await db.query(
      `ALTER TABLE public.advies ADD COLUMN adviesvrager_hoedanigheid text CHECK (adviesvrager_hoedanigheid IN (${HOEDANIGHEDEN}))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE public.advies DROP COLUMN adviesvrager_hoedanigheid`);
    await db.query(`ALTER TABLE public.melding DROP COLUMN melder_hoedanigheid`);
  }
}
