import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Aggregate tables of the benchmark. They hold numerators and denominators per organisation,
 * period and kengetal — no case data. The application role (worker, api) may write only its own
 * organisation's rows (row-level security on organisatie_id); the benchmark role reads all.
 */
export class Benchmark1763900300000 implements MigrationInterface {
  name = 'Benchmark1763900300000';

  async up(db: QueryRunner): Promise<void> {
    // When an overdracht got its date: needed to know the wachtlijst at the end of a past period.
    await db.query(`ALTER TABLE public.overdracht ADD COLUMN gepland_op timestamptz`);
    await db.query(`UPDATE public.overdracht SET gepland_op = created_at WHERE status <> 'WACHTLIJST'`);

    await db.query(`
      CREATE TABLE benchmark.kengetal_waarde (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisatie_id uuid NOT NULL REFERENCES referentie.organisatie(id),
        periode text NOT NULL CHECK (periode ~ '^[0-9]{4}(-H[12]|-Q[1-4])?$'),
        kengetal text NOT NULL,
        teller numeric,
        noemer numeric,
        geldig_vanaf timestamptz NOT NULL DEFAULT now(),
        geldig_tot timestamptz,
        berekening_id text NOT NULL
      )`);
    await db.query(
      `CREATE UNIQUE INDEX kengetal_waarde_huidig_idx ON benchmark.kengetal_waarde (organisatie_id, periode, kengetal) WHERE geldig_tot IS NULL`,
    );
    await db.query(`CREATE INDEX kengetal_waarde_periode_idx ON benchmark.kengetal_waarde (periode, kengetal) WHERE geldig_tot IS NULL`);
    await db.query(`
      CREATE TABLE benchmark.periode_status (
        organisatie_id uuid NOT NULL REFERENCES referentie.organisatie(id),
        periode text NOT NULL,
        vastgesteld boolean NOT NULL DEFAULT false,
        vastgesteld_door text, vastgesteld_op timestamptz,
        laatst_berekend_op timestamptz,
        PRIMARY KEY (organisatie_id, periode)
      )`);
    await db.query(`
      CREATE TABLE benchmark.deelname (
        organisatie_id uuid PRIMARY KEY REFERENCES referentie.organisatie(id),
        deelnemer boolean NOT NULL,
        gewijzigd_door text NOT NULL,
        gewijzigd_op timestamptz NOT NULL DEFAULT now()
      )`);

    for (const table of ['benchmark.kengetal_waarde', 'benchmark.periode_status', 'benchmark.deelname']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(`
        CREATE POLICY eigen_organisatie ON ${table} FOR ALL TO vt_role_application
        USING (organisatie_id = public.current_tenant_id()) WITH CHECK (organisatie_id = public.current_tenant_id())`);
      await db.query(`CREATE POLICY alles_lezen ON ${table} FOR SELECT TO vt_role_benchmark USING (true)`);
      await db.query(`GRANT SELECT ON ${table} TO vt_role_benchmark`);
    }
    // Who takes part is not secret: the api lists participants when a landelijk-analist recomputes all.
    await db.query(`CREATE POLICY deelnemers_lezen ON benchmark.deelname FOR SELECT TO vt_role_application USING (true)`);
    await db.query(`GRANT USAGE ON SCHEMA benchmark TO vt_role_application`);
    await db.query(
      `GRANT SELECT, INSERT, UPDATE ON benchmark.kengetal_waarde, benchmark.periode_status, benchmark.deelname TO vt_role_application`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE benchmark.deelname, benchmark.periode_status, benchmark.kengetal_waarde`);
    await db.query(`ALTER TABLE public.overdracht DROP COLUMN gepland_op`);
  }
}
