import { Injectable } from '@nestjs/common';
import { TenantDb, rows } from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import { isUuid } from '@vt/platform';
import { CASUS_COLUMNS, type CasusRow } from './casus.row.js';

@Injectable()
export class CasusService {
  constructor(
    private readonly db: TenantDb,
    private readonly log: ToegangslogService,
  ) {}

  /** The casus with this id in the caller's region, or null; the read is access-logged either way. */
  lees(id: string): Promise<CasusRow | null> {
    return this.db.run(async (m) => {
      const [row] = isUuid(id) ? await rows<CasusRow>(m, `SELECT ${CASUS_COLUMNS} FROM casus c WHERE c.id = $1`, [id]) : [];
      await this.log.schrijf(m, { actie: 'READ', objectType: 'Casus', objectId: id, casusId: row?.id ?? null, uitkomst: row ? 'GESLAAGD' : 'NIET_GEVONDEN' });
      return row ?? null;
    });
  }
}
