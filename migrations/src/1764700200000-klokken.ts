import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clocks as the sector counts them (issue 15, point 7).
 * - Region-configurable terms and norms on tenant_instelling; the defaults are the constants used
 *   until now, so a region that changes nothing keeps today's deadlines.
 * - interventie.wettelijke_einddatum: the statutory 10-week term counts from the besluit, also for an
 *   intervention that has not started (existing rows: besluit + 70 days, the term until now).
 * - Terugkoppeling deadlines (after the besluit, after the onderzoek), stored when the step happens
 *   because they count the region's werkdagen. Existing confirmed besluiten get 7 calendar days
 *   (5 werkdagen without holidays); closed onderzoeken get none (they were not tracked).
 * - veiligheidsbeoordeling.uiterlijke_vervolgdatum: the end of the follow-up term of a besluit with
 *   follow-up by Veilig Thuis (regionaal maatwerk's task counts from it).
 * - monitoring_contact follows an overdracht or an intervention Veilig Thuis closed itself: exactly
 *   one of the two, each a composite (tenant, id) key.
 */
export class Klokken1764700200000 implements MigrationInterface {
  name = 'Klokken1764700200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE public.tenant_instelling
        ADD COLUMN beoordeling_werkdagen integer NOT NULL DEFAULT 5 CHECK (beoordeling_werkdagen BETWEEN 1 AND 20),
        ADD COLUMN interventie_start_werkdagen integer NOT NULL DEFAULT 5 CHECK (interventie_start_werkdagen BETWEEN 1 AND 20),
        ADD COLUMN interventie_weken integer NOT NULL DEFAULT 10 CHECK (interventie_weken BETWEEN 1 AND 26),
        ADD COLUMN terugkoppeling_werkdagen integer NOT NULL DEFAULT 5 CHECK (terugkoppeling_werkdagen BETWEEN 1 AND 30),
        ADD COLUMN signaal_werkdagen integer CHECK (signaal_werkdagen BETWEEN 0 AND 20),
        ADD COLUMN norm_beoordeling_tijdig_pct integer NOT NULL DEFAULT 80 CHECK (norm_beoordeling_tijdig_pct BETWEEN 0 AND 100),
        ADD COLUMN norm_interventie_tijdig_pct integer NOT NULL DEFAULT 80 CHECK (norm_interventie_tijdig_pct BETWEEN 0 AND 100),
        ADD COLUMN norm_monitoring_voldoende_pct integer NOT NULL DEFAULT 65 CHECK (norm_monitoring_voldoende_pct BETWEEN 0 AND 100)`);

    await db.query(`ALTER TABLE public.interventie ADD COLUMN wettelijke_einddatum date, ADD COLUMN uiterlijke_terugkoppeldatum date`);
    await db.query(`UPDATE public.interventie SET wettelijke_einddatum = besloten_op + 70`);
    await db.query(`ALTER TABLE public.interventie ALTER COLUMN wettelijke_einddatum SET NOT NULL`);
    await db.query(
      `ALTER TABLE public.interventie ADD CONSTRAINT interventie_wettelijke_einddatum_check CHECK (wettelijke_einddatum > besloten_op)`,
    );
    // The open-work branch INTERVENTIE_AFRONDEN reads its page in this order (planned or running);
    // the index on the end from the start served it until now and has no other reader.
    await db.query(
      `CREATE INDEX interventie_wettelijk_open_idx ON public.interventie (tenant_id, wettelijke_einddatum, id) WHERE status IN ('GEPLAND', 'GESTART')`,
    );
    await db.query(`DROP INDEX public.interventie_gestart_idx`);

    // The open-work branch TERUGKOPPELING_NA_ONDERZOEK: closed onderzoeken with a feedback deadline.
    await db.query(
      `CREATE INDEX interventie_terugkoppeling_idx ON public.interventie (tenant_id, uiterlijke_terugkoppeldatum, id) WHERE soort = 'ONDERZOEK' AND uiterlijke_terugkoppeldatum IS NOT NULL`,
    );

    await db.query(
      `ALTER TABLE public.veiligheidsbeoordeling ADD COLUMN uiterlijke_terugkoppeldatum date, ADD COLUMN uiterlijke_vervolgdatum date`,
    );
    await db.query(`
      UPDATE public.veiligheidsbeoordeling
      SET uiterlijke_terugkoppeldatum = (getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date + 7
      WHERE status = 'VASTGESTELD' AND getoetst_op IS NOT NULL`);

    await db.query(`ALTER TABLE public.monitoring_contact ALTER COLUMN overdracht_id DROP NOT NULL, ADD COLUMN interventie_id uuid`);
    await db.query(`
      ALTER TABLE public.monitoring_contact
        ADD CONSTRAINT monitoring_contact_interventie_id_fkey FOREIGN KEY (tenant_id, interventie_id) REFERENCES public.interventie(tenant_id, id),
        ADD CONSTRAINT monitoring_contact_volgt_een CHECK (num_nonnulls(overdracht_id, interventie_id) = 1),
        ADD CONSTRAINT monitoring_contact_interventie_moment_key UNIQUE (tenant_id, interventie_id, moment)`);
    await db.query(
      `CREATE INDEX monitoring_interventie_idx ON public.monitoring_contact (interventie_id) WHERE interventie_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX public.monitoring_interventie_idx`);
    await db.query(`DELETE FROM public.monitoring_contact WHERE interventie_id IS NOT NULL`);
    await db.query(`
      ALTER TABLE public.monitoring_contact
        DROP CONSTRAINT monitoring_contact_interventie_moment_key,
        DROP CONSTRAINT monitoring_contact_volgt_een,
        DROP CONSTRAINT monitoring_contact_interventie_id_fkey,
        DROP COLUMN interventie_id,
        ALTER COLUMN overdracht_id SET NOT NULL`);
    await db.query(
      `ALTER TABLE public.veiligheidsbeoordeling DROP COLUMN uiterlijke_vervolgdatum, DROP COLUMN uiterlijke_terugkoppeldatum`,
    );
    await db.query(`DROP INDEX public.interventie_terugkoppeling_idx`);
    await db.query(
      `CREATE INDEX interventie_gestart_idx ON public.interventie (tenant_id, uiterlijke_einddatum, id) WHERE status = 'GESTART'`,
    );
    await db.query(`DROP INDEX public.interventie_wettelijk_open_idx`);
    await db.query(`
      ALTER TABLE public.interventie
        DROP CONSTRAINT interventie_wettelijke_einddatum_check,
        DROP COLUMN uiterlijke_terugkoppeldatum,
        DROP COLUMN wettelijke_einddatum`);
    await db.query(`
      ALTER TABLE public.tenant_instelling
        DROP COLUMN norm_monitoring_voldoende_pct, DROP COLUMN norm_interventie_tijdig_pct, DROP COLUMN norm_beoordeling_tijdig_pct,
        DROP COLUMN signaal_werkdagen, DROP COLUMN terugkoppeling_werkdagen, DROP COLUMN interventie_weken,
        DROP COLUMN interventie_start_werkdagen, DROP COLUMN beoordeling_werkdagen`);
  }
}
