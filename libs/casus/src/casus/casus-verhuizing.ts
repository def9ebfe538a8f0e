import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What moves when casussen are merged or split. */
export interface Verhuizing {
  vanCasusId: string;
  naarCasusId: string;
  /** A split moves only what belongs to these meldingen; null (a merge) moves everything of the casus. */
  meldingIds: readonly string[] | null;
}

/**
 * A domain that keeps rows per casus moves its own rows to another casus (a domain owns its
 * tables, so casus does not write them). Called inside the merge or split transaction.
 */
export interface CasusVerhuizer {
  verhuis(m: EntityManager, verhuizing: Verhuizing): Promise<void>;
}

/**
 * The movers of the other domains (vervolg's interventies, overdrachten, monitoring, taken, crisis
 * and huisverbod). They register when their module starts; a merge or split calls every one in its
 * transaction, so a casus never keeps half of a family's work.
 */
@Injectable()
export class CasusVerhuizingen {
  private readonly verhuizers: CasusVerhuizer[] = [];

  registreer(verhuizer: CasusVerhuizer): void {
    if (!this.verhuizers.includes(verhuizer)) this.verhuizers.push(verhuizer);
  }

  async verhuis(m: EntityManager, verhuizing: Verhuizing): Promise<void> {
    for (const verhuizer of this.verhuizers) await verhuizer.verhuis(m, verhuizing);
  }
}
