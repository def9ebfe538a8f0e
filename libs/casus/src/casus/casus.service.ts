import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { isUuid } from '@vt/platform';
import { casusTeamFilter } from '../melding/werk-filter.js';
import { CASUS_COLUMNS, type CasusRow } from './casus.row.js';

@Injectable()
export class CasusService {
  constructor(
    private readonly db: TenantDb,
    private readonly log: ToegangslogService,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
  ) {}

  /** The casus with this id in the caller's region and (when the region restricts work) team, or null; access-logged either way. */
  lees(id: string): Promise<CasusRow | null> {
    return this.db.run(async (m) => {
      const row = isUuid(id) ? await this.leesZichtbaar(m, id) : null;
      await this.log.schrijf(m, {
        actie: 'READ',
        objectType: 'Casus',
        objectId: id,
        casusId: row?.id ?? null,
        uitkomst: row ? 'GESLAAGD' : 'GEWEIGERD',
      });
      return row;
    });
  }

  /**
   * Reads a casus inside a transaction honouring the team rule (for changes too): a casus of
   * another team is indistinguishable from one that does not exist. `voorWijziging` locks it.
   */
  async leesZichtbaar(m: EntityManager, id: string, voorWijziging = false): Promise<CasusRow | null> {
    if (!isUuid(id)) return null;
    const query = kysely(m)
      .selectFrom('casus as c')
      .select(CASUS_COLUMNS)
      .where('c.id', '=', id)
      .where(casusTeamFilter(await this.instellingen.lees(m), this.current.actor));
    return (await (voorWijziging ? query.forUpdate('c') : query).executeTakeFirst()) ?? null;
  }
}
