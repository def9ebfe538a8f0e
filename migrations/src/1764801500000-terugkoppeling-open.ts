import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: the werkvoorraad's branches TERUGKOPPELING and TERUGKOPPELING_NA_ONDERZOEK found their
 * open items by an anti-join against terugkoppeling over every vastgestelde beoordeling (and closed
 * onderzoek) of the region's history: 20 ms of a 25 ms page on one year of a large region, growing
 * every year. The database now keeps `teruggekoppeld` on the beoordeling and the onderzoek (statement
 * triggers on terugkoppeling, so a bulk load or a vernietiging costs one statement, not one per row;
 * a row inserted after its feedback takes it over), and a partial index holds only the open ones in
 * the page's order, so a page reads its first rows whatever the history's size.
 */
export class TerugkoppelingOpen1764801500000 implements MigrationInterface {
  name = 'TerugkoppelingOpen1764801500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE public.veiligheidsbeoordeling ADD COLUMN teruggekoppeld boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE public.interventie ADD COLUMN teruggekoppeld boolean NOT NULL DEFAULT false`);
    // The existing rows of every tenant: row-level security is forced for the owner too, so it is lifted
    // for these two statements only, inside the migration's transaction (nobody else sees the gap).
    for (const table of ['veiligheidsbeoordeling', 'interventie', 'terugkoppeling'])
      await db.query(`ALTER TABLE public.${table} NO FORCE ROW LEVEL SECURITY`);
    await db.query(`
      UPDATE public.veiligheidsbeoordeling b SET teruggekoppeld = true
      WHERE EXISTS (SELECT 1 FROM public.terugkoppeling t WHERE t.tenant_id = b.tenant_id AND t.melding_id = b.melding_id AND t.moment = 'NA_BEOORDELING')`);
    await db.query(`
      UPDATE public.interventie i SET teruggekoppeld = true
      WHERE i.soort = 'ONDERZOEK'
        AND EXISTS (SELECT 1 FROM public.terugkoppeling t WHERE t.tenant_id = i.tenant_id AND t.melding_id = i.melding_id AND t.moment = 'NA_ONDERZOEK')`);
    for (const table of ['veiligheidsbeoordeling', 'interventie', 'terugkoppeling'])
      await db.query(`ALTER TABLE public.${table} FORCE ROW LEVEL SECURITY`);

    // Recomputes the flag for the meldingen a statement on terugkoppeling touched. Runs as the caller,
    // under its tenant (row-level security): terugkoppeling rows and their meldingen share the tenant.
    await db.query(`
      CREATE FUNCTION public.terugkoppeling_herbereken(meldingen uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE public.veiligheidsbeoordeling b
           SET teruggekoppeld = EXISTS (SELECT 1 FROM public.terugkoppeling t WHERE t.melding_id = b.melding_id AND t.moment = 'NA_BEOORDELING')
         WHERE b.melding_id = ANY(meldingen)
           AND b.teruggekoppeld IS DISTINCT FROM EXISTS (SELECT 1 FROM public.terugkoppeling t WHERE t.melding_id = b.melding_id AND t.moment = 'NA_BEOORDELING');
        UPDATE public.interventie i
           SET teruggekoppeld = EXISTS (SELECT 1 FROM public.terugkoppeling t WHERE t.melding_id = i.melding_id AND t.moment = 'NA_ONDERZOEK')
         WHERE i.melding_id = ANY(meldingen) AND i.soort = 'ONDERZOEK'
           AND i.teruggekoppeld IS DISTINCT FROM EXISTS (SELECT 1 FROM public.terugkoppeling t WHERE t.melding_id = i.melding_id AND t.moment = 'NA_ONDERZOEK');
      $$`);
    // One trigger function per event: a transition table exists only for the events that declare it.
    await db.query(`
      CREATE FUNCTION public.terugkoppeling_na_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM public.terugkoppeling_herbereken(ARRAY(SELECT DISTINCT melding_id FROM nieuw));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION public.terugkoppeling_na_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM public.terugkoppeling_herbereken(ARRAY(SELECT DISTINCT melding_id FROM oud));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION public.terugkoppeling_na_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM public.terugkoppeling_herbereken(ARRAY(SELECT melding_id FROM nieuw UNION SELECT melding_id FROM oud));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER terugkoppeling_open_insert AFTER INSERT ON public.terugkoppeling
      REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION public.terugkoppeling_na_insert()`);
    await db.query(`
      CREATE TRIGGER terugkoppeling_open_delete AFTER DELETE ON public.terugkoppeling
      REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION public.terugkoppeling_na_delete()`);
    await db.query(`
      CREATE TRIGGER terugkoppeling_open_update AFTER UPDATE ON public.terugkoppeling
      REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION public.terugkoppeling_na_update()`);

    // A beoordeling or onderzoek written after its melding's feedback (a reopened melding, a restore
    // of rows in another order) takes the fact over instead of trusting the value it was given.
    await db.query(`
      CREATE FUNCTION public.teruggekoppeld_bij_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'veiligheidsbeoordeling' THEN
          NEW.teruggekoppeld := EXISTS (SELECT 1 FROM public.terugkoppeling t WHERE t.melding_id = NEW.melding_id AND t.moment = 'NA_BEOORDELING');
        ELSE
          NEW.teruggekoppeld := NEW.soort = 'ONDERZOEK'
            AND EXISTS (SELECT 1 FROM public.terugkoppeling t WHERE t.melding_id = NEW.melding_id AND t.moment = 'NA_ONDERZOEK');
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['veiligheidsbeoordeling', 'interventie']) {
      await db.query(`
        CREATE TRIGGER ${table}_teruggekoppeld BEFORE INSERT ON public.${table}
        FOR EACH ROW EXECUTE FUNCTION public.teruggekoppeld_bij_insert()`);
    }

    // The open feedback in the werkvoorraad's order (its sort key: the deadline, none last; then the id).
    await db.query(`
      CREATE INDEX beoordeling_terugkoppeling_open_idx ON public.veiligheidsbeoordeling
        (tenant_id, COALESCE(uiterlijke_terugkoppeldatum, '9999-12-31'::date), melding_id)
        WHERE status = 'VASTGESTELD' AND NOT teruggekoppeld`);
    await db.query(`DROP INDEX public.interventie_terugkoppeling_idx`);
    await db.query(`
      CREATE INDEX interventie_terugkoppeling_open_idx ON public.interventie (tenant_id, uiterlijke_terugkoppeldatum, id)
        WHERE soort = 'ONDERZOEK' AND uiterlijke_terugkoppeldatum IS NOT NULL AND NOT teruggekoppeld`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX public.interventie_terugkoppeling_open_idx`);
    await db.query(
      `CREATE INDEX interventie_terugkoppeling_idx ON public.interventie (tenant_id, uiterlijke_terugkoppeldatum, id) WHERE soort = 'ONDERZOEK' AND uiterlijke_terugkoppeldatum IS NOT NULL`,
    );
    await db.query(`DROP INDEX public.beoordeling_terugkoppeling_open_idx`);
    for (const table of ['veiligheidsbeoordeling', 'interventie'])
      await db.query(`DROP TRIGGER ${table}_teruggekoppeld ON public.${table}`);
    await db.query(`DROP FUNCTION public.teruggekoppeld_bij_insert()`);
    for (const event of ['insert', 'delete', 'update'])
      await db.query(`DROP TRIGGER terugkoppeling_open_${event} ON public.terugkoppeling`);
    for (const event of ['insert', 'delete', 'update']) await db.query(`DROP FUNCTION public.terugkoppeling_na_${event}()`);
    await db.query(`DROP FUNCTION public.terugkoppeling_herbereken(uuid[])`);
    await db.query(`ALTER TABLE public.interventie DROP COLUMN teruggekoppeld`);
    await db.query(`ALTER TABLE public.veiligheidsbeoordeling DROP COLUMN teruggekoppeld`);
  }
}
