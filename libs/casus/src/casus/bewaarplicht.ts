import { Injectable } from '@nestjs/common';
import { TenantDb, kysely, sql } from '@vt/database';
import { check, nietGevonden, ongeldigeOvergang, vereisVersie } from '@vt/platform';
import { CasusChangeRecorder } from './casus-change-recorder.js';
import { CasusService } from './casus.service.js';
import { CASUS_COLUMNS, toCasus } from './casus.row.js';
import type { Casus } from './casus.types.js';

/**
 * A legal hold on a casus (issue 16, point 5): while it is set, the retention job never destroys
 * the casus, whatever its closing date (a court case, a complaint or a request still running).
 */
@Injectable()
export class BewaarplichtService {
  constructor(
    private readonly db: TenantDb,
    private readonly casussen: CasusService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  /** Sets the hold with its reason, or lifts it (reden null). */
  zet(casusId: string, reden: string | null | undefined, versie: number, door: string): Promise<Casus> {
    const tekst = reden == null ? null : check.tekst('reden', reden, { max: 2000 });
    return this.db.run(async (m) => {
      const casus = await this.casussen.leesZichtbaar(m, casusId, true);
      if (!casus) throw nietGevonden('Casus');
      vereisVersie('The casus', casus.version, versie);
      if (casus.status === 'VERNIETIGD') throw ongeldigeOvergang('The casus was destroyed');
      if (tekst === null && casus.bewaarplicht_reden === null) throw ongeldigeOvergang('The casus has no legal hold to lift');
      const row = await kysely(m)
        .updateTable('casus as c')
        .set((eb) => ({
          bewaarplicht_reden: tekst,
          bewaarplicht_sinds: tekst === null ? null : sql<Date>`now()`,
          bewaarplicht_door: tekst === null ? null : door,
          updated_at: sql<Date>`now()`,
          version: eb('c.version', '+', 1),
        }))
        .where('c.id', '=', casus.id)
        .returning(CASUS_COLUMNS)
        .executeTakeFirstOrThrow();
      await this.changes.record(m, {
        casusId: casus.id,
        actie: 'UPDATE',
        objectType: 'Casus',
        objectId: casus.id,
        tijdlijn: [{ soort: 'BEWAARPLICHT', omschrijving: tekst === null ? 'Bewaarplicht opgeheven' : 'Bewaarplicht ingesteld' }],
      });
      return toCasus(row);
    });
  }
}
