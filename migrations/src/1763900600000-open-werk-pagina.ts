import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open work read one page at a time: every dated branch of the werkvoorraad is ordered by a
 * partial index (tenant, deadline, id), so a page reads its first rows instead of sorting the
 * region's whole werkvoorraad. The two indexes they replace are dropped.
 */
export class OpenWerkPagina1763900600000 implements MigrationInterface {
  name = 'OpenWerkPagina1763900600000';

  async up(db: QueryRunner): Promise<void> {
    // A started interventie always has its end deadline; the werkvoorraad relies on it for paging.
    // At most one vastgestelde beoordeling per melding (the service only proposes one while TE_BEOORDELEN).
    await db.query(
      `ALTER TABLE public.interventie ADD CONSTRAINT interventie_gestart_einddatum_check CHECK (status <> 'GESTART' OR uiterlijke_einddatum IS NOT NULL)`,
    );
    await db.query(
      `CREATE INDEX melding_te_beoordelen_idx ON public.melding (tenant_id, uiterlijke_beoordelingsdatum, id) WHERE fase = 'TE_BEOORDELEN'`,
    );
    await db.query(
      `CREATE INDEX interventie_gepland_idx ON public.interventie (tenant_id, uiterlijke_startdatum, id) WHERE status = 'GEPLAND'`,
    );
    await db.query(
      `CREATE INDEX interventie_gestart_idx ON public.interventie (tenant_id, uiterlijke_einddatum, id) WHERE status = 'GESTART'`,
    );
    await db.query(
      `CREATE INDEX monitoring_gepland_pagina_idx ON public.monitoring_contact (tenant_id, gepland_op, id) WHERE status = 'GEPLAND'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX beoordeling_vastgesteld_tenant_idx ON public.veiligheidsbeoordeling (tenant_id, melding_id) WHERE status = 'VASTGESTELD'`,
    );
    await db.query(`CREATE INDEX taak_casus_idx ON public.taak (tenant_id, casus_id)`);
    await db.query(`DROP INDEX public.interventie_open_idx, public.monitoring_gepland_idx, public.beoordeling_vastgesteld_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX interventie_open_idx ON public.interventie (tenant_id, status) WHERE status IN ('GEPLAND', 'GESTART')`);
    await db.query(`CREATE INDEX monitoring_gepland_idx ON public.monitoring_contact (tenant_id, gepland_op) WHERE status = 'GEPLAND'`);
    await db.query(`CREATE INDEX beoordeling_vastgesteld_idx ON public.veiligheidsbeoordeling (melding_id) WHERE status = 'VASTGESTELD'`);
    await db.query(
      `DROP INDEX public.melding_te_beoordelen_idx, public.interventie_gepland_idx, public.interventie_gestart_idx, public.monitoring_gepland_pagina_idx, public.beoordeling_vastgesteld_tenant_idx, public.taak_casus_idx`,
    );
    await db.query(`ALTER TABLE public.interventie DROP CONSTRAINT interventie_gestart_einddatum_check`);
  }
}
