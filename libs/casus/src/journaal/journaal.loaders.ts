import { Injectable } from '@nestjs/common';
import { TenantDb, kysely, sql } from '@vt/database';
import { RequestLoaders } from '@vt/platform';
import { PERSOON_COLUMNS, type PersoonRow } from '../persoon/persoon.row.js';
import { JOURNAALREGEL_COLUMNS, type JournaalregelRow } from './journaal.row.js';

/**
 * Batched reads behind the fields of Journaalregel: one query per kind of field per request, however
 * many entries a page holds. Only called for entries the caller already sees (same casus).
 */
@Injectable()
export class JournaalLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly db: TenantDb,
  ) {}

  /** The persons an entry concerns, by name. */
  betrokkenen(journaalregelId: string): Promise<PersoonRow[]> {
    return this.loaders
      .get<string, (PersoonRow & { journaalregel_id: string })[]>('journaalBetrokkenen', async (ids) => {
        const found = await this.db.run((m) =>
          kysely(m)
            .selectFrom('journaalregel_betrokkene as jb')
            .innerJoin('persoon as p', 'p.id', 'jb.persoon_id')
            .select(['jb.journaalregel_id', ...PERSOON_COLUMNS])
            .where('jb.journaalregel_id', '=', (eb) => eb.fn.any(eb.val(ids)))
            .orderBy('p.naam')
            .orderBy('p.id')
            .execute(),
        );
        return RequestLoaders.group(ids, found, (row) => row.journaalregel_id);
      })
      .load(journaalregelId);
  }

  /** The versions an entry replaced, newest first (following vervangt_id back to the original). */
  eerdereVersies(journaalregelId: string): Promise<JournaalregelRow[]> {
    return this.loaders
      .get<string, (JournaalregelRow & { van: string })[]>('journaalEerdereVersies', async (ids) => {
        const found = await this.db.run(async (m) => {
          const keten = await sql<{ van: string; id: string; diepte: number }>`
            WITH RECURSIVE keten(van, id, vervangt_id, diepte) AS (
              SELECT id, id, vervangt_id, 0 FROM journaalregel WHERE id = ANY(${ids}::uuid[])
              UNION ALL
              SELECT k.van, j.id, j.vervangt_id, k.diepte + 1 FROM journaalregel j JOIN keten k ON j.id = k.vervangt_id
            )
            SELECT van, id, diepte FROM keten WHERE diepte > 0 ORDER BY van, diepte`.execute(kysely(m));
          if (keten.rows.length === 0) return [];
          const rows = await kysely(m)
            .selectFrom('journaalregel as j')
            .select(JOURNAALREGEL_COLUMNS)
            .where('j.id', '=', (eb) => eb.fn.any(eb.val([...new Set(keten.rows.map((r) => r.id))])))
            .execute();
          const byId = new Map(rows.map((r) => [r.id, r]));
          return keten.rows.map((k) => ({ ...byId.get(k.id)!, van: k.van }));
        });
        return RequestLoaders.group(ids, found, (row) => row.van);
      })
      .load(journaalregelId);
  }
}
