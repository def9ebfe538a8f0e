import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { teamFilter } from '@vt/casus';
import { TenantDb, kysely, runPrepared, sql, type SqlBool, countRows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { DEFAULT_PAGE_SIZE, begrensdeLijst, decodeCursor, pageSize, toConnection, type Connection } from '@vt/platform';
import { vandaag } from '../vervolg.support.js';
import { openWerkAantal, openWerkPagina } from './open-werk.sql.js';
import { toWachtlijstItem, toWerkItem } from './werkvoorraad.row.js';
import { MAX_SOORTEN, type WachtlijstItem, type WerkItem, type WerkvoorraadArgs } from './werkvoorraad.types.js';

/** Werkvoorraad, termijnen and wachtlijst of the caller's region (and team, when the region restricts work to teams). */
@Injectable()
export class WerkvoorraadService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
  ) {}

  /** Open work, most urgent first; with `binnenWerkdagen` only work due within that many werkdagen (and all overdue work). */
  lijst(args: WerkvoorraadArgs, binnenWerkdagen: number | null): Promise<Connection<WerkItem>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['datum', 'uuid']);
    const soorten = begrensdeLijst('soorten', args.soorten, MAX_SOORTEN, { uniek: true });
    return this.db.run(async (m) => {
      const kalender = await this.instellingen.kalender(m);
      const today = vandaag();
      const tot = binnenWerkdagen === null ? null : binnenWerkdagen === 0 ? today : kalender.plusWerkdagen(today, binnenWerkdagen);
      const filter = {
        soorten: soorten?.length ? soorten : null,
        team: args.team ?? null,
        medewerker: args.medewerker ?? null,
        tot,
        teamRegel: teamFilter(await this.instellingen.lees(m), this.current.actor),
      };
      const pagina = openWerkPagina({
        ...filter,
        na: after ? [String(after[0]), String(after[1])] : null,
        limit: first + 1,
      });
      // The everyday page (every kind, the default size) stays prepared on the connection: its text
      // varies only with which filters are set, so a connection holds a handful of them at most.
      const found = !filter.soorten && first === DEFAULT_PAGE_SIZE ? await runPrepared(m, pagina) : (await pagina.execute(kysely(m))).rows;
      await this.logCasussen(
        m,
        found.slice(0, first).map((r) => r.casus_id),
      );
      return toConnection(
        found,
        first,
        (r) => [r.volgorde, r.object_id],
        (r) => toWerkItem(r, today, kalender),
        () => this.db.run(async (m) => (await openWerkAantal(filter).execute(kysely(m))).rows[0]!.n),
      );
    });
  }

  /** Cases waiting for an overdracht date, longest waiting first. */
  wachtlijst(page: WerkvoorraadArgs): Promise<Connection<WachtlijstItem>> {
    const first = pageSize(page);
    const after = decodeCursor(page.after, ['tijdstip', 'uuid']);
    const gefilterd = async (m: EntityManager) =>
      kysely(m)
        .selectFrom('overdracht as o')
        .innerJoin('melding as m', 'm.id', 'o.melding_id')
        .where('o.status', '=', 'WACHTLIJST')
        .$if(page.team != null, (q) => q.where('m.team', '=', page.team!))
        .where(teamFilter(await this.instellingen.lees(m), this.current.actor));
    return this.db.run(async (m) => {
      const found = await (
        await gefilterd(m)
      )
        .select([
          'o.id as overdracht_id',
          'm.id as melding_id',
          'm.nummer',
          'm.casus_id',
          'o.partner_type',
          'o.partner_naam',
          'o.warm',
          sql<string>`(o.created_at AT TIME ZONE 'Europe/Amsterdam')::date`.as('sinds'),
          'o.created_at',
          'o.version',
        ])
        .$if(after !== null, (q) => q.where(sql<SqlBool>`(o.created_at, o.id) > (${after![0]}::timestamptz, ${after![1]}::uuid)`))
        .orderBy('o.created_at')
        .orderBy('o.id')
        .limit(first + 1)
        .execute();
      await this.logCasussen(
        m,
        found.slice(0, first).map((r) => r.casus_id),
      );
      const today = vandaag();
      return toConnection(
        found,
        first,
        (r) => [r.created_at.toISOString(), r.overdracht_id],
        (r) => toWachtlijstItem(r, today),
        () => this.db.run(async (m) => countRows(await gefilterd(m))),
      );
    });
  }

  /** A work list shows which dossiers exist: one SEARCH entry per casus listed. */
  private logCasussen(m: EntityManager, casusIds: string[]) {
    return this.log.schrijf(
      m,
      ...[...new Set(casusIds)].map((casusId) => ({ actie: 'SEARCH' as const, objectType: 'Werkvoorraad', casusId })),
    );
  }
}
