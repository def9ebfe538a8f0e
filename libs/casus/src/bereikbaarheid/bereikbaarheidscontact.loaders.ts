import { Injectable } from '@nestjs/common';
import { TenantDb, kysely, sql } from '@vt/database';
import { RequestLoaders } from '@vt/platform';
import type { BereikbaarheidContact } from './bereikbaarheidscontact.types.js';

type Soort = 'melding' | 'advies';

/** The on-call shift of meldingen and adviezen: one query per kind per request. */
@Injectable()
export class BereikbaarheidLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly db: TenantDb,
  ) {}

  van(soort: Soort, id: string): Promise<BereikbaarheidContact | null> {
    const kolom = soort === 'melding' ? 'c.melding_id' : 'c.advies_id';
    return this.loaders
      .get<string, BereikbaarheidContact | null>(`bereikbaarheid:${soort}`, async (ids) => {
        const found = await this.db.run((m) =>
          kysely(m)
            .selectFrom('bereikbaarheidscontact as c')
            .innerJoin('medewerker as md', 'md.id', 'c.medewerker_id')
            .select([`${kolom} as doel`, 'c.dienst_id', 'c.medewerker_id', 'md.naam'])
            .where(kolom, '=', sql<string>`any(${ids}::uuid[])`)
            .execute(),
        );
        return ids.map((id) => {
          const row = found.find((r) => r.doel === id);
          return row ? { dienstId: row.dienst_id, medewerkerId: row.medewerker_id, medewerkerNaam: row.naam } : null;
        });
      })
      .load(id);
  }
}
