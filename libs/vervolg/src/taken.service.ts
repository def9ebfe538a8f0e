import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { TenantDb, rows, runSql } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import type { Datum, WerkdagKalender } from '@vt/werkdagen';
import { OPEN_WERK_TOT } from './open-werk.sql.js';
import { vandaag } from './vervolg.support.js';

/** Whether open work with a deadline is due soon or overdue on a day, counting the region's werkdagen. */
export function bepaalSignaal(
  datum: Datum,
  peildatum: Datum,
  kalender: WerkdagKalender,
  horizon: number,
): { signaal: 'BINNENKORT' | 'VERLOPEN'; werkdagenResterend: number } | null {
  if (datum < peildatum) return { signaal: 'VERLOPEN', werkdagenResterend: -kalender.werkdagenTussen(datum, peildatum) };
  const resterend = kalender.werkdagenTussen(peildatum, datum);
  return resterend <= horizon ? { signaal: 'BINNENKORT', werkdagenResterend: resterend } : null;
}

export interface TakenResultaat {
  signalen: number;
  verwijderd: number;
}

/**
 * Deadline watch: turns open work due within N werkdagen (or overdue) into tasks in the werkvoorraad
 * of the assigned medewerker and team, and removes tasks whose work is done or no longer near.
 * Idempotent: running it twice has the effect of once.
 */
@Injectable()
export class TakenService {
  constructor(
    private readonly db: TenantDb,
    private readonly instellingen: InstellingenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Recomputes the tasks of the whole region, or only those of the given casussen (after a change to them). */
  herbereken(tenantId: string, peildatum = vandaag(), casusIds: readonly string[] | null = null): Promise<TakenResultaat> {
    return this.db.runFor(tenantId, async (m) => {
      const kalender = await this.instellingen.kalender(m);
      const horizon = this.config.DEADLINE_SIGNAAL_WERKDAGEN;
      const grens = horizon === 0 ? peildatum : kalender.plusWerkdagen(peildatum, horizon);
      const alleWerk = await rows<{
        soort: string;
        object_id: string;
        melding_id: string;
        casus_id: string;
        team: string | null;
        toegewezen_aan: string | null;
        datum: string;
      }>(m, `SELECT soort, object_id, melding_id, casus_id, team, toegewezen_aan, datum::text AS datum FROM (${OPEN_WERK_TOT}) w`, [
        grens,
        casusIds,
      ]);
      const werk = alleWerk.flatMap((w) => {
        const s = bepaalSignaal(w.datum, peildatum, kalender, horizon);
        return s ? [{ ...w, ...s }] : [];
      });
      const verwijderd = await runSql(m,
        `DELETE FROM taak t WHERE ($3::uuid[] IS NULL OR t.casus_id = ANY($3))
           AND NOT EXISTS (SELECT 1 FROM unnest($1::text[], $2::uuid[]) AS w(soort, object_id) WHERE w.soort = t.soort AND w.object_id = t.object_id)`,
        [werk.map((w) => w.soort), werk.map((w) => w.object_id), casusIds],
      );
      if (werk.length > 0) {
        await m.query(
          `INSERT INTO taak (soort, object_id, melding_id, casus_id, team, toegewezen_aan, uiterlijke_datum, signaal, werkdagen_resterend)
           SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::date[], $8::text[], $9::int[])
           ON CONFLICT (tenant_id, soort, object_id) DO UPDATE SET team = EXCLUDED.team, toegewezen_aan = EXCLUDED.toegewezen_aan,
             uiterlijke_datum = EXCLUDED.uiterlijke_datum, signaal = EXCLUDED.signaal, werkdagen_resterend = EXCLUDED.werkdagen_resterend, bijgewerkt_op = now()`,
          [
            werk.map((w) => w.soort),
            werk.map((w) => w.object_id),
            werk.map((w) => w.melding_id),
            werk.map((w) => w.casus_id),
            werk.map((w) => w.team),
            werk.map((w) => w.toegewezen_aan),
            werk.map((w) => w.datum),
            werk.map((w) => w.signaal),
            werk.map((w) => w.werkdagenResterend),
          ],
        );
      }
      return { signalen: werk.length, verwijderd: verwijderd.rowCount };
    });
  }
}
