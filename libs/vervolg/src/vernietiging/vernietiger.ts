import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DocumentStore } from '@vt/casus';
import { kysely, sql, type Database, type Selectable } from '@vt/database';
import { safeSummary } from '@vt/platform';

/** What the destruction functions return: the record's id, counts per kind, and object-store keys to remove after commit. */
export interface VernietigingsResultaat {
  id: string;
  aantallen: Record<string, number>;
  objectSleutels: string[];
}

export type VernietigingRow = Selectable<Database['vernietiging']>;

/**
 * The one way case data is destroyed: the database functions of migration Vernietiging, which
 * write a destruction record without content and delete or blank, in dependency order, in the
 * caller's transaction (all or nothing). Object-store content goes after the commit; what a
 * failed delete leaves behind has no row any more, so the store's orphan sweep removes it.
 */
@Injectable()
export class Vernietiger {
  private readonly logger = new Logger(Vernietiger.name);

  constructor(private readonly store: DocumentStore) {}

  /** A whole casus (and the casussen merged into it); null when it is gone, destroyed, merged elsewhere or under a legal hold. */
  async casus(
    m: EntityManager,
    casusId: string,
    aanleiding: 'VERZOEK' | 'BEWAARTERMIJN',
    door: string,
    verzoekId: string | null = null,
  ): Promise<VernietigingsResultaat | null> {
    const { rows } = await sql<{ resultaat: VernietigingsResultaat | null }>`
      SELECT vernietig_casus(${casusId}::uuid, ${aanleiding}, ${door}, ${verzoekId}::uuid) AS resultaat`.execute(kysely(m));
    return rows[0]?.resultaat ?? null;
  }

  /** One person's data in the family dossier; null when the person is gone or already destroyed. */
  async persoon(m: EntityManager, persoonId: string, verzoekId: string, door: string): Promise<VernietigingsResultaat | null> {
    const { rows } = await sql<{ resultaat: VernietigingsResultaat | null }>`
      SELECT vernietig_persoon(${persoonId}::uuid, ${verzoekId}::uuid, ${door}) AS resultaat`.execute(kysely(m));
    return rows[0]?.resultaat ?? null;
  }

  /** Removes the access-log entries past the region's term, at most `max` of them; returns how many. */
  async toegangslog(m: EntityManager, max: number): Promise<number> {
    const { rows } = await sql<{ aantal: string }>`SELECT toegangslog_opschonen(${max}) AS aantal`.execute(kysely(m));
    return Number(rows[0].aantal);
  }

  /** After the commit: the object-store content of destroyed documents. */
  async verwijderObjecten(sleutels: readonly string[]): Promise<void> {
    for (const sleutel of sleutels) {
      try {
        await this.store.delete(sleutel);
      } catch (error) {
        // The row is gone, so the orphan sweep removes the object later; the key itself is not logged.
        this.logger.warn({ fout: safeSummary(error) }, 'document object of a destruction not removed; left to the orphan sweep');
      }
    }
  }
}
