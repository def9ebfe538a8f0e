import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';

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
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'vt-seed' });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const regio of regios) {
      await client.query(
        `INSERT INTO referentie.organisatie (code, naam) VALUES ($1, $2)
         ON CONFLICT (code) DO NOTHING`,
        [regio.code, `Veilig Thuis ${regio.name}`],
      );
      await client.query(
        `INSERT INTO referentie.regio (code, naam, organisatie_id)
         SELECT $1, $2, id FROM referentie.organisatie WHERE code = $1
         ON CONFLICT (code) DO UPDATE SET naam = EXCLUDED.naam`,
        [regio.code, regio.name],
      );
    }
    log(`${regios.length} regio's`);
    for (const gemeente of gemeenten) {
      await client.query(
        `INSERT INTO referentie.gemeente (code, naam, regio_code) VALUES ($1, $2, $3)
         ON CONFLICT (code) DO UPDATE SET naam = EXCLUDED.naam, regio_code = EXCLUDED.regio_code`,
        [gemeente.gemeente_code, gemeente.gemeente_name, gemeente.vt_code],
      );
      await client.query(
        `INSERT INTO referentie.gemeente_inwoners (gemeente_code, peildatum, inwoners, bron) VALUES ($1, $2, $3, 'CBS Kerncijfers wijken en buurten')
         ON CONFLICT (gemeente_code, peildatum) DO UPDATE SET inwoners = EXCLUDED.inwoners`,
        [gemeente.gemeente_code, gemeente.peildatum, Number(gemeente.inwoners)],
      );
    }
    log(`${gemeenten.length} gemeenten with inwoners`);
    await client.query('COMMIT');
    const [counts] = (
      await client.query(
        `SELECT (SELECT count(*) FROM referentie.organisatie)::int AS organisaties,
                (SELECT count(*) FROM referentie.regio)::int AS regios,
                (SELECT count(*) FROM referentie.gemeente)::int AS gemeenten,
                (SELECT COALESCE(sum(inwoners), 0) FROM referentie.gemeente_inwoners WHERE peildatum = '2022-01-01')::bigint AS inwoners`,
      )
    ).rows as { organisaties: number; regios: number; gemeenten: number; inwoners: string }[];
    return { organisaties: counts!.organisaties, regios: counts!.regios, gemeenten: counts!.gemeenten, inwoners: Number(counts!.inwoners) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
