import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { teamFilterSql } from '@vt/casus';
import { TenantDb, rows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { begrensdeLijst, check, decodeCursor, pageSize, toConnection, type Connection } from '@vt/platform';
import { dagenTussen, type WerkdagKalender } from '@vt/werkdagen';
import { vandaag } from './vervolg.support.js';
import { GEEN_DATUM, openWerkPagina } from './open-werk.sql.js';
import {
  MAX_SOORTEN,
  TermijnenArgs,
  WachtlijstConnection,
  WachtlijstItem,
  WerkItem,
  WerkItemConnection,
  WerkvoorraadArgs,
} from './werkvoorraad.types.js';
import type { PartnerType } from './vervolg.enums.js';

interface WerkRow {
  soort: WerkItem['soort'];
  object_id: string;
  melding_id: string;
  nummer: string;
  casus_id: string;
  team: string | null;
  toegewezen_aan: string | null;
  datum: string | null;
}

/** Werkvoorraad, termijnen and wachtlijst of the caller's region (and team, when the region restricts work to teams). */
@Resolver()
export class WerkvoorraadResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
  ) {}

  @Query(() => WerkItemConnection, { description: 'Open work per team or medewerker with deadlines, most urgent first.' })
  @Allow('read', 'Casus')
  werkvoorraad(@Args() args: WerkvoorraadArgs): Promise<Connection<WerkItem>> {
    return this.lijst(args, null);
  }

  @Query(() => WerkItemConnection, { description: 'Work due within N werkdagen, and all overdue work.' })
  @Allow('read', 'Casus')
  termijnen(@Args() args: TermijnenArgs): Promise<Connection<WerkItem>> {
    return this.lijst(args, check.geheel('binnenWerkdagen', args.binnenWerkdagen, 0, 60));
  }

  @Query(() => WachtlijstConnection, { description: 'Cases waiting for an overdracht date, longest waiting first.' })
  @Allow('read', 'Casus')
  wachtlijst(@Args() page: WerkvoorraadArgs): Promise<Connection<WachtlijstItem>> {
    const first = pageSize(page);
    const after = decodeCursor(page.after, ['tijdstip', 'uuid']);
    return this.db.run(async (m) => {
      const filter = teamFilterSql(await this.instellingen.lees(m), this.current.actor, 5);
      const found = await rows<{
        overdracht_id: string;
        melding_id: string;
        nummer: string;
        casus_id: string;
        partner_type: PartnerType;
        partner_naam: string;
        warm: boolean;
        sinds: string;
        created_at: Date;
        version: number;
      }>(
        m,
        `SELECT o.id AS overdracht_id, m.id AS melding_id, m.nummer, m.casus_id, o.partner_type, o.partner_naam, o.warm,
                (o.created_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS sinds, o.created_at, o.version
         FROM overdracht o JOIN melding m ON m.id = o.melding_id
         WHERE o.status = 'WACHTLIJST' AND ($1::text IS NULL OR m.team = $1)
           AND ($2::timestamptz IS NULL OR (o.created_at, o.id) > ($2, $3::uuid)) AND ${filter.where}
         ORDER BY o.created_at, o.id LIMIT $4`,
        [page.team ?? null, after?.[0] ?? null, after?.[1] ?? null, first + 1, ...filter.params],
      );
      await this.logCasussen(
        m,
        found.slice(0, first).map((r) => r.casus_id),
      );
      const today = vandaag();
      return toConnection(
        found,
        first,
        (r) => [r.created_at.toISOString(), r.overdracht_id],
        (r) => ({
          overdrachtId: r.overdracht_id,
          meldingId: r.melding_id,
          meldingNummer: r.nummer,
          casusId: r.casus_id,
          partnerType: r.partner_type,
          partnerNaam: r.partner_naam,
          warm: r.warm,
          sinds: r.sinds,
          dagenOpWachtlijst: dagenTussen(r.sinds, today),
          versie: r.version,
        }),
      );
    });
  }

  private lijst(args: WerkvoorraadArgs, binnenWerkdagen: number | null): Promise<Connection<WerkItem>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['datum', 'uuid']);
    const soorten = begrensdeLijst('soorten', args.soorten, MAX_SOORTEN, { uniek: true });
    return this.db.run(async (m) => {
      const kalender = await this.instellingen.kalender(m);
      const today = vandaag();
      const tot = binnenWerkdagen === null ? null : binnenWerkdagen === 0 ? today : kalender.plusWerkdagen(today, binnenWerkdagen);
      const filter = teamFilterSql(await this.instellingen.lees(m), this.current.actor, 7);
      const found = await rows<WerkRow>(m, openWerkPagina({ soorten: soorten?.length ? soorten : null, teamWhere: filter.where }), [
        args.team ?? null,
        args.medewerker ?? null,
        tot,
        after?.[0] ?? null,
        after?.[1] ?? null,
        first + 1,
        ...filter.params,
      ]);
      await this.logCasussen(
        m,
        found.slice(0, first).map((r) => r.casus_id),
      );
      return toConnection(
        found,
        first,
        (r) => [r.datum ?? GEEN_DATUM, r.object_id],
        (r) => toWerkItem(r, today, kalender),
      );
    });
  }

  /** A work list shows which dossiers exist: one SEARCH entry per casus listed. */
  private logCasussen(m: Parameters<ToegangslogService['schrijf']>[0], casusIds: string[]) {
    return this.log.schrijf(
      m,
      ...[...new Set(casusIds)].map((casusId) => ({ actie: 'SEARCH' as const, objectType: 'Werkvoorraad', casusId })),
    );
  }
}

function toWerkItem(row: WerkRow, today: string, kalender: WerkdagKalender): WerkItem {
  const datum = row.datum;
  return {
    soort: row.soort,
    objectId: row.object_id,
    meldingId: row.melding_id,
    meldingNummer: row.nummer,
    casusId: row.casus_id,
    team: row.team,
    toegewezenAan: row.toegewezen_aan,
    uiterlijkeDatum: datum,
    verlopen: datum !== null && datum < today,
    werkdagenResterend:
      datum === null ? null : datum >= today ? kalender.werkdagenTussen(today, datum) : -kalender.werkdagenTussen(datum, today),
  };
}
