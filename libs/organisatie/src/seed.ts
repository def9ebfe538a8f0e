import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { kyselyFor, sql } from '@vt/database';

type Log = (line: string) => void;

interface RegioRow {
  code: string;
  name: string;
}
interface GemeenteRow {
  vt_code: string;
  gemeente_code: string;
  gemeente_name: string;
  inwoners: string;
  peildatum: string;
}

export interface SeedSummary {
  organisaties: number;
  regios: number;
  gemeenten: number;
  inwoners: number;
}

/**
 * Loads the 26 regions and 345 gemeenten with inhabitants (CBS / PDOK, CC BY 4.0) as the owner.
 * Idempotent. A region that already belongs to an organisation keeps it, so a merger recorded as
 * data survives a re-seed; new regions get an organisation of their own.
 */
export async function seedReferenceData(ownerUrl: string, dataDir: string, log: Log = () => undefined): Promise<SeedSummary> {
  const regios = parse(await readFile(join(dataDir, 'vt-regions.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as RegioRow[];
  const gemeenten = parse(await readFile(join(dataDir, 'vt-gemeenten.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as GemeenteRow[];
  const db = kyselyFor(ownerUrl, 'vt-seed');
  try {
    await db.transaction().execute(async (trx) => {
      for (const regio of regios) {
        await trx
          .insertInto('referentie.organisatie')
          .values({ code: regio.code, naam: `Veilig Thuis ${regio.name}` })
          .onConflict((conflict) => conflict.column('code').doNothing())
          .execute();
        await trx
          .insertInto('referentie.regio')
          .columns(['code', 'naam', 'organisatie_id'])
          .expression((eb) =>
            eb
              .selectFrom('referentie.organisatie')
              .select([eb.val(regio.code).as('code'), eb.val(regio.name).as('naam'), 'id'])
              .where('code', '=', regio.code),
          )
          .onConflict((conflict) => conflict.column('code').doUpdateSet((eb) => ({ naam: eb.ref('excluded.naam') })))
          .execute();
      }
      log(`${regios.length} regio's`);
      for (const gemeente of gemeenten) {
        await trx
          .insertInto('referentie.gemeente')
          .values({ code: gemeente.gemeente_code, naam: gemeente.gemeente_name, regio_code: gemeente.vt_code })
          .onConflict((conflict) =>
            conflict.column('code').doUpdateSet((eb) => ({ naam: eb.ref('excluded.naam'), regio_code: eb.ref('excluded.regio_code') })),
          )
          .execute();
        await trx
          .insertInto('referentie.gemeente_inwoners')
          .values({
            gemeente_code: gemeente.gemeente_code,
            peildatum: gemeente.peildatum,
            inwoners: Number(gemeente.inwoners),
            bron: 'CBS Kerncijfers wijken en buurten',
          })
          .onConflict((conflict) =>
            conflict.columns(['gemeente_code', 'peildatum']).doUpdateSet((eb) => ({ inwoners: eb.ref('excluded.inwoners') })),
          )
          .execute();
      }
      log(`${gemeenten.length} gemeenten with inwoners`);
    });
    const counts = await db
      .selectNoFrom((eb) => [
        eb.cast<number>(eb.selectFrom('referentie.organisatie').select(eb.fn.countAll().as('n')), 'integer').as('organisaties'),
        eb.cast<number>(eb.selectFrom('referentie.regio').select(eb.fn.countAll().as('n')), 'integer').as('regios'),
        eb.cast<number>(eb.selectFrom('referentie.gemeente').select(eb.fn.countAll().as('n')), 'integer').as('gemeenten'),
        eb
          .selectFrom('referentie.gemeente_inwoners')
          .select(sql<string>`COALESCE(sum(inwoners), 0)::bigint`.as('n'))
          .where('peildatum', '=', '2022-01-01')
          .as('inwoners'),
      ])
      .executeTakeFirstOrThrow();
    return { organisaties: counts.organisaties, regios: counts.regios, gemeenten: counts.gemeenten, inwoners: Number(counts.inwoners) };
  } finally {
    await db.destroy();
  }
}
