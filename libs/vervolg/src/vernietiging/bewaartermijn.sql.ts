import type { EntityManager } from 'typeorm';
import { kysely, sql, type RawBuilder, type SqlBool } from '@vt/database';
import type { Instellingen } from '@vt/instellingen';

/** Where the region stands against its terms today: what the retention job would destroy (the dry run). */
export interface BewaartermijnStand {
  geslotenVoor: string;
  aantalCasussen: number;
  casussen: { id: string; nummer: string; gesloten_op: Date }[];
  aantalOnderBewaarplicht: number;
  aantalToegangslogRegels: number;
}

/** The date before which a casus closed is past the term (calendar years back from today, Dutch time). */
export function geslotenVoor(jaren: number, vandaag: string): string {
  const [j, m, d] = vandaag.split('-').map(Number);
  // 29 February of a leap year counts back to 28 February.
  const datum = new Date(Date.UTC(j - jaren, m - 1, d));
  if (datum.getUTCMonth() !== m - 1) datum.setUTCDate(0);
  return datum.toISOString().slice(0, 10);
}

/** A casus (alias c) past the term: closed before `grens` (a date, Dutch time); legal holds not filtered here. */
export function verlopen(grens: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(c.status = 'GESLOTEN' AND c.gesloten_op < (${grens}::date::timestamp AT TIME ZONE 'Europe/Amsterdam'))`;
}

/** Candidates oldest first (at most `first`), counts, and the access-log entries past their own term. */
export async function bewaartermijnStand(
  m: EntityManager,
  instellingen: Pick<Instellingen, 'bewaartermijnJaren' | 'toegangslogBewaartermijnJaren'>,
  vandaag: string,
  first: number,
): Promise<BewaartermijnStand> {
  const grens = geslotenVoor(instellingen.bewaartermijnJaren, vandaag);
  const db = kysely(m);
  const kandidaten = db.selectFrom('casus as c').where(verlopen(grens));
  // One connection: the three reads run one after the other.
  const casussen = await kandidaten
    .select(['c.id', 'c.nummer', 'c.gesloten_op'])
    .where('c.bewaarplicht_reden', 'is', null)
    .orderBy('c.gesloten_op')
    .orderBy('c.id')
    .limit(first)
    .execute();
  const tellingen = await kandidaten
    .select([
      sql<string>`count(*) FILTER (WHERE c.bewaarplicht_reden IS NULL)`.as('vrij'),
      sql<string>`count(*) FILTER (WHERE c.bewaarplicht_reden IS NOT NULL)`.as('vastgehouden'),
    ])
    .executeTakeFirstOrThrow();
  const log = await sql<{ aantal: string }>`SELECT count(*) AS aantal FROM toegangslog
      WHERE tenant_id = current_tenant_id() AND tijdstip < now() - make_interval(years => ${instellingen.toegangslogBewaartermijnJaren})`.execute(
    db,
  );
  return {
    geslotenVoor: grens,
    aantalCasussen: Number(tellingen.vrij),
    casussen: casussen as BewaartermijnStand['casussen'],
    aantalOnderBewaarplicht: Number(tellingen.vastgehouden),
    aantalToegangslogRegels: Number(log.rows[0].aantal),
  };
}
