import { Injectable } from '@nestjs/common';
import { CurrentActor } from '@vt/auth';
import { TenantDb, rows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { RequestLoaders } from '@vt/platform';
import type { BetrokkeneRol } from '../classificaties/index.js';
import { MELDING_COLUMNS, type MeldingRow } from '../melding/melding.row.js';
import { casusTeamFilterSql, teamFilterSql, tijdlijnTeamFilterSql } from '../melding/werk-filter.js';
import { PERSOON_COLUMNS, type PersoonRow } from '../persoon/persoon.row.js';
import { CASUS_COLUMNS, type CasusRow } from './casus.row.js';
import type { TijdlijnGebeurtenis } from './casus.types.js';

export interface MeldingBetrokkeneRow extends PersoonRow {
  melding_id: string;
  rol: BetrokkeneRol;
  was_bekend: boolean;
}

/**
 * Batched reads behind the fields of Casus and Melding: one query per kind of field per request,
 * whatever the number of casussen, meldingen or persons in the answer.
 */
@Injectable()
export class CasusLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
  ) {}

  casus(id: string): Promise<CasusRow | null> {
    return this.loaders
      .get<string, CasusRow | null>('casus', async (ids) => {
        const found = await this.db.run(async (m) => {
          const filter = casusTeamFilterSql(await this.instellingen.lees(m), this.current.actor, 2);
          return rows<CasusRow>(m, `SELECT ${CASUS_COLUMNS} FROM casus c WHERE c.id = ANY($1::uuid[]) AND ${filter.where}`, [
            ids,
            ...filter.params,
          ]);
        });
        return ids.map((id) => found.find((row) => row.id === id) ?? null);
      })
      .load(id);
  }

  meldingenVanCasus(casusId: string): Promise<MeldingRow[]> {
    return this.loaders
      .get<string, MeldingRow[]>('meldingenVanCasus', async (ids) => {
        const found = await this.db.run(async (m) => {
          const filter = teamFilterSql(await this.instellingen.lees(m), this.current.actor, 2);
          return rows<MeldingRow>(
            m,
            `SELECT ${MELDING_COLUMNS} FROM melding m WHERE m.casus_id = ANY($1::uuid[]) AND ${filter.where} ORDER BY m.ontvangen_op, m.nummer`,
            [ids, ...filter.params],
          );
        });
        return RequestLoaders.group(ids, found, (row) => row.casus_id);
      })
      .load(casusId);
  }

  betrokkenenVanMelding(meldingId: string): Promise<MeldingBetrokkeneRow[]> {
    return this.loaders
      .get<string, MeldingBetrokkeneRow[]>('betrokkenenVanMelding', async (ids) => {
        const found = await this.db.run((m) =>
          rows<MeldingBetrokkeneRow>(
            m,
            `SELECT mb.melding_id, mb.rol, mb.was_bekend, ${PERSOON_COLUMNS}
             FROM melding_betrokkene mb JOIN persoon p ON p.id = mb.persoon_id
             WHERE mb.melding_id = ANY($1::uuid[]) ORDER BY p.naam, mb.rol`,
            [ids],
          ),
        );
        return RequestLoaders.group(ids, found, (row) => row.melding_id);
      })
      .load(meldingId);
  }

  personenVanCasus(casusId: string): Promise<PersoonRow[]> {
    return this.loaders
      .get<string, (PersoonRow & { casus_id: string })[]>('personenVanCasus', async (ids) => {
        const found = await this.db.run((m) =>
          rows<PersoonRow & { casus_id: string }>(
            m,
            `SELECT cb.casus_id, ${PERSOON_COLUMNS} FROM casus_betrokkene cb JOIN persoon p ON p.id = cb.persoon_id
             WHERE cb.casus_id = ANY($1::uuid[]) ORDER BY p.naam`,
            [ids],
          ),
        );
        return RequestLoaders.group(ids, found, (row) => row.casus_id);
      })
      .load(casusId);
  }

  tijdlijn(casusId: string): Promise<TijdlijnGebeurtenis[]> {
    return this.loaders
      .get<string, (TijdlijnGebeurtenis & { casusId: string })[]>('tijdlijn', async (ids) => {
        const found = await this.db.run(async (m) => {
          const instellingen = await this.instellingen.lees(m);
          // Events of a visible casus, less those about another team's melding; both filters take the team as $2.
          const casus = casusTeamFilterSql(instellingen, this.current.actor, 2, 'g.casus_id');
          const events = tijdlijnTeamFilterSql(instellingen, this.current.actor, 2);
          return rows<TijdlijnGebeurtenis & { casusId: string }>(
            m,
            `SELECT g.casus_id AS "casusId", g.tijdstip, g.soort, g.omschrijving, g.object_type AS "objectType", g.object_id AS "objectId", g.door
             FROM tijdlijn_gebeurtenis g WHERE g.casus_id = ANY($1::uuid[]) AND ${casus.where} AND ${events.where} ORDER BY g.tijdstip, g.id`,
            [ids, ...(casus.params.length > 0 ? casus.params : events.params)],
          );
        });
        return RequestLoaders.group(ids, found, (row) => row.casusId);
      })
      .load(casusId);
  }
}
