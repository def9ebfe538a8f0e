import type { EntityManager } from 'typeorm';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@vt/auth';
import { teamFilter } from '@vt/casus';
import { TenantDb, kysely, sql, type SqlBool, countRows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { decodeCursor, pageSize, toConnection, type Connection } from '@vt/platform';
import type { Datum, WerkdagKalender } from '@vt/werkdagen';
import { openWerkTot } from '../werkvoorraad/open-werk.sql.js';
import { vandaag } from '../vervolg.support.js';
import { TAAK_COLUMNS, toTaak } from './taken.row.js';
import type { Signaal, Taak, TakenArgs } from './taken.types.js';

/** Whether open work with a deadline is due soon or overdue on a day, counting the region's werkdagen. */
export function bepaalSignaal(
  datum: Datum,
  peildatum: Datum,
  kalender: WerkdagKalender,
  horizon: number,
): { signaal: Signaal; werkdagenResterend: number } | null {
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
 * Idempotent: running it twice has the effect of once. The worker runs it, so it depends on nothing
 * of a request (the list takes the caller as an argument).
 */
@Injectable()
export class TakenService {
  constructor(
    private readonly db: TenantDb,
    private readonly instellingen: InstellingenService,
  ) {}

  /** Recomputes the tasks of the whole region, or only those of the given casussen (after a change to them). */
  herbereken(tenantId: string, peildatum = vandaag(), casusIds: readonly string[] | null = null): Promise<TakenResultaat> {
    return this.db.runFor(tenantId, async (m) => {
      const kalender = await this.instellingen.kalender(m);
      // The region's own horizon; the platform's DEADLINE_SIGNAAL_WERKDAGEN while it has set none.
      const horizon = this.instellingen.signaalWerkdagen(await this.instellingen.lees(m));
      const grens = horizon === 0 ? peildatum : kalender.plusWerkdagen(peildatum, horizon);
      const { rows: alleWerk } = await openWerkTot(grens, casusIds).execute(kysely(m));
      const werk = alleWerk.flatMap((w) => {
        const s = bepaalSignaal(w.datum, peildatum, kalender, horizon);
        return s ? [{ ...w, ...s }] : [];
      });
      const ids = casusIds ? [...casusIds] : null;
      // Arrays and unnest: one statement each, whatever the number of tasks of the region.
      const verwijderd = await kysely(m)
        .deleteFrom('taak as t')
        .$if(ids !== null, (q) => q.where((eb) => eb('t.casus_id', '=', eb.fn.any(eb.val(ids!)))))
        .where(
          sql<SqlBool>`NOT EXISTS (SELECT 1 FROM unnest(${werk.map((w) => w.soort)}::text[], ${werk.map((w) => w.object_id)}::uuid[]) AS w(soort, object_id)
            WHERE w.soort = t.soort AND w.object_id = t.object_id)`,
        )
        .executeTakeFirst();
      if (werk.length > 0) {
        await kysely(m)
          .insertInto('taak')
          .columns([
            'soort',
            'object_id',
            'melding_id',
            'casus_id',
            'team',
            'toegewezen_aan',
            'uiterlijke_datum',
            'signaal',
            'werkdagen_resterend',
          ])
          .expression(
            sql`SELECT * FROM unnest(${werk.map((w) => w.soort)}::text[], ${werk.map((w) => w.object_id)}::uuid[], ${werk.map((w) => w.melding_id)}::uuid[],
              ${werk.map((w) => w.casus_id)}::uuid[], ${werk.map((w) => w.team)}::text[], ${werk.map((w) => w.toegewezen_aan)}::text[],
              ${werk.map((w) => w.datum)}::date[], ${werk.map((w) => w.signaal)}::text[], ${werk.map((w) => w.werkdagenResterend)}::int[])`,
          )
          .onConflict((oc) =>
            oc.columns(['tenant_id', 'soort', 'object_id']).doUpdateSet((eb) => ({
              team: eb.ref('excluded.team'),
              toegewezen_aan: eb.ref('excluded.toegewezen_aan'),
              uiterlijke_datum: eb.ref('excluded.uiterlijke_datum'),
              signaal: eb.ref('excluded.signaal'),
              werkdagen_resterend: eb.ref('excluded.werkdagen_resterend'),
              bijgewerkt_op: sql`now()`,
            })),
          )
          .execute();
      }
      return { signalen: werk.length, verwijderd: Number(verwijderd.numDeletedRows) };
    });
  }

  /** The region's (or team's) tasks, overdue first, as `actor` may see them under the team rule. */
  lijst(args: TakenArgs, actor: Actor): Promise<Connection<Taak>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['datum', 'uuid']);
    const gefilterd = async (m: EntityManager) =>
      kysely(m)
        .selectFrom('taak as t')
        .innerJoin('melding as m', 'm.id', 't.melding_id')
        .$if(args.team != null, (q) => q.where('t.team', '=', args.team!))
        .$if(args.medewerker != null, (q) => q.where('t.toegewezen_aan', '=', args.medewerker!))
        .$if(args.signaal != null, (q) => q.where('t.signaal', '=', args.signaal as Signaal))
        .where(teamFilter(await this.instellingen.lees(m), actor));
    return this.db.run(async (m) => {
      const found = await (
        await gefilterd(m)
      )
        .select(TAAK_COLUMNS)
        .$if(after !== null, (q) => q.where(sql<SqlBool>`(t.uiterlijke_datum, t.id) > (${after![0]}::date, ${after![1]}::uuid)`))
        .orderBy('t.uiterlijke_datum')
        .orderBy('t.id')
        .limit(first + 1)
        .execute();
      return toConnection(
        found,
        first,
        (t) => [t.uiterlijke_datum, t.id],
        toTaak,
        () => this.db.run(async (m) => countRows(await gefilterd(m))),
      );
    });
  }
}
