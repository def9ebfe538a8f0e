import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely, sql, type Database, type Selectable } from '@vt/database';
import { isEnumValue, isUuid, validatie } from '@vt/platform';
import { datumInNederland, isDatum } from '@vt/werkdagen';
import { Functie, Product } from '../catalogus.js';
import { bestaandeIds, geldigeUren, geslotenMaanden, MAX_UREN_PER_DAG, urenPerDag } from './tijdregistratie.validation.js';
import type { ImportFout, ImportResultaat } from './tijdregistratie.types.js';

const KOLOMMEN = ['gebruiker', 'datum', 'functie', 'product', 'uren', 'casus', 'omschrijving'] as const;
const MAX_REGELS = 100_000;
/** The tijdregistratie columns an import fills from the file (the unnest arrays, in this order). */
const IMPORT_KOLOMMEN = ['medewerker_id', 'datum', 'functie', 'product', 'uren', 'casus_id', 'omschrijving'] as const;

interface Regel {
  regel: number;
  gebruiker: string;
  datum: string;
  functie: string;
  product: string;
  uren: string;
  casus: string;
  omschrijving: string;
}

interface GeldigeRegel {
  regel: number;
  medewerkerId: string;
  datum: string;
  functie: string;
  product: string;
  uren: number;
  casusId: string | null;
  omschrijving: string | null;
}

/**
 * Imports hours from a region's own time system as CSV (header: gebruiker,datum,functie,product,
 * uren,casus,omschrijving). Every row is checked against the same rules as a booking; with any
 * error nothing is imported and every problem is reported with its line.
 */
@Injectable()
export class UrenImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
  ) {}

  importeer(csv: string): Promise<ImportResultaat> {
    let records: Regel[];
    try {
      const raw = parse(csv, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        relax_column_count: false,
      }) as Record<string, string>[];
      records = raw.map((r, i) => ({ regel: i + 2, ...Object.fromEntries(KOLOMMEN.map((k) => [k, r[k] ?? ''])) }) as Regel);
      const header = csv
        .split(/\r?\n/, 1)[0]!
        .split(',')
        .map((h) => h.trim().toLowerCase());
      const missing = KOLOMMEN.filter((k) => !header.includes(k));
      if (missing.length) throw validatie('csv', `missing column(s): ${missing.join(', ')} (expected header: ${KOLOMMEN.join(',')})`);
    } catch (error) {
      if ((error as { extensions?: unknown }).extensions) throw error;
      throw validatie('csv', `cannot be read as CSV: ${(error as Error).message}`);
    }
    if (records.length === 0) throw validatie('csv', 'contains no rows');
    if (records.length > MAX_REGELS) throw validatie('csv', `has more than ${MAX_REGELS} rows; split the file`);

    return this.db.run(async (m) => {
      const { geldig, fouten } = await this.controleer(m, records);
      if (fouten.length > 0) return { geimporteerd: 0, fouten };
      for (let i = 0; i < geldig.length; i += 5000) {
        const chunk = geldig.slice(i, i + 5000);
        // One statement per chunk: the rows travel as seven arrays, not as 5,000 × 7 parameters.
        const regels = sql<Pick<Selectable<Database['tijdregistratie']>, (typeof IMPORT_KOLOMMEN)[number]>>`unnest(
          ${chunk.map((r) => r.medewerkerId)}::uuid[], ${chunk.map((r) => r.datum)}::date[], ${chunk.map((r) => r.functie)}::text[],
          ${chunk.map((r) => r.product)}::text[], ${chunk.map((r) => r.uren)}::numeric[], ${chunk.map((r) => r.casusId)}::uuid[],
          ${chunk.map((r) => r.omschrijving)}::text[])`;
        await kysely(m)
          .insertInto('tijdregistratie')
          .columns([...IMPORT_KOLOMMEN, 'bron', 'geregistreerd_door'])
          .expression((eb) =>
            eb
              .selectFrom(regels.as<'t'>(sql`t(${sql.join(IMPORT_KOLOMMEN.map((k) => sql.id(k)))})`))
              .select([
                ...IMPORT_KOLOMMEN,
                sql<string>`'IMPORT'`.as('bron'),
                sql<string>`${this.current.actor.userId}`.as('geregistreerd_door'),
              ]),
          )
          .execute();
      }
      return { geimporteerd: geldig.length, fouten: [] };
    });
  }

  private async controleer(m: EntityManager, records: Regel[]): Promise<{ geldig: GeldigeRegel[]; fouten: ImportFout[] }> {
    const fouten: ImportFout[] = [];
    const fout = (regel: number, veld: string, melding: string) => fouten.push({ regel, veld, melding });
    const medewerkers = new Map(
      (
        await kysely(m)
          .selectFrom('medewerker')
          .select(['id', 'gebruiker_id'])
          .where('gebruiker_id', '=', sql<string>`any(${[...new Set(records.map((r) => r.gebruiker))]}::text[])`)
          .forUpdate()
          .execute()
      ).map((r) => [r.gebruiker_id, r.id]),
    );
    const casussen = await bestaandeIds(m, 'casus', [...new Set(records.map((r) => r.casus).filter(isUuid))]);
    const vandaag = datumInNederland(new Date());
    const geldig: GeldigeRegel[] = [];
    for (const r of records) {
      const before = fouten.length;
      const medewerkerId = medewerkers.get(r.gebruiker);
      if (!medewerkerId) fout(r.regel, 'gebruiker', `no medewerker of this region has gebruiker id "${r.gebruiker}"`);
      if (!isDatum(r.datum)) fout(r.regel, 'datum', 'must be a date YYYY-MM-DD');
      else if (r.datum > vandaag) fout(r.regel, 'datum', 'must not lie in the future');
      if (!isEnumValue(Functie, r.functie)) fout(r.regel, 'functie', `unknown functie "${r.functie}" (${Object.keys(Functie).join(', ')})`);
      if (!isEnumValue(Product, r.product)) fout(r.regel, 'product', `unknown product "${r.product}"`);
      const uren = Number(r.uren.replace(',', '.'));
      if (r.uren === '' || !geldigeUren(uren, 0.01)) fout(r.regel, 'uren', 'must be more than 0 and at most 24, with at most two decimals');
      if (r.casus && !casussen.has(r.casus)) fout(r.regel, 'casus', 'is not a casus of this region');
      if (r.omschrijving.length > 500) fout(r.regel, 'omschrijving', 'must be at most 500 characters');
      if (fouten.length === before) {
        geldig.push({
          regel: r.regel,
          medewerkerId: medewerkerId!,
          datum: r.datum,
          functie: r.functie,
          product: r.product,
          uren,
          casusId: r.casus || null,
          omschrijving: r.omschrijving || null,
        });
      }
    }
    const gesloten = await geslotenMaanden(
      m,
      geldig.map((r) => r.datum),
    );
    for (const r of geldig) if (gesloten.has(r.datum.slice(0, 7))) fout(r.regel, 'datum', `the period ${r.datum.slice(0, 7)} is closed`);
    // The 24-hour rule over the file and what is already booked.
    const bestaand = await urenPerDag(
      m,
      geldig.map((r) => ({ medewerkerId: r.medewerkerId, datum: r.datum })),
    );
    const totaal = new Map(bestaand);
    for (const r of geldig) {
      const key = `${r.medewerkerId}|${r.datum}`;
      totaal.set(key, (totaal.get(key) ?? 0) + r.uren);
      if (totaal.get(key)! > MAX_UREN_PER_DAG + 1e-9)
        fout(r.regel, 'uren', `brings ${r.datum} above ${MAX_UREN_PER_DAG} hours for this medewerker`);
    }
    fouten.sort((a, b) => a.regel - b.regel);
    return { geldig, fouten };
  }
}
