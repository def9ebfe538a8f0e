import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inzage and afschrift per person (issue 16, point 2): the export is stored as an INZAGE document
 * on the person's casus, and a melding records the decision that revealing its melder would
 * endanger someone (the melder is then redacted from every inzage, like an anonymous melder).
 */
export class Inzage1764800200000 implements MigrationInterface {
  name = 'Inzage1764800200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE public.document DROP CONSTRAINT document_soort_check`);
    await db.query(
      `ALTER TABLE public.document ADD CONSTRAINT document_soort_check CHECK (soort IN ('OVERDRACHTSDOCUMENT', 'VEILIGHEIDSPLAN', 'BRIEF', 'RAPPORT', 'OVERIG', 'INZAGE'))`,
    );
    await db.query(`
      ALTER TABLE public.melding
        ADD COLUMN melder_afgeschermd boolean NOT NULL DEFAULT false,
        ADD COLUMN melder_afscherming_reden text CHECK (length(melder_afscherming_reden) BETWEEN 1 AND 2000),
        ADD CONSTRAINT melding_melder_afscherming_met_reden CHECK (NOT melder_afgeschermd OR melder_afscherming_reden IS NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE public.melding DROP CONSTRAINT melding_melder_afscherming_met_reden, DROP COLUMN melder_afgeschermd, DROP COLUMN melder_afscherming_reden`,
    );
    await db.query(`ALTER TABLE public.document DROP CONSTRAINT document_soort_check`);
    await db.query(
      `ALTER TABLE public.document ADD CONSTRAINT document_soort_check CHECK (soort IN ('OVERDRACHTSDOCUMENT', 'VEILIGHEIDSPLAN', 'BRIEF', 'RAPPORT', 'OVERIG'))`,
    );
  }
}
