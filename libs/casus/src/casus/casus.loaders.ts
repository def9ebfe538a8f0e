import { Injectable } from '@nestjs/common';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely, type Database, type NotNull, type Selectable } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { RequestLoaders } from '@vt/platform';
import { MELDING_COLUMNS, type MeldingEnums, type MeldingRow } from '../melding/melding.row.js';
import { casusTeamFilter, teamFilter, tijdlijnTeamFilter } from '../melding/werk-filter.js';
import { PERSOON_COLUMNS, type PersoonRow } from '../persoon/persoon.row.js';
import type { CasusRow } from './casus.row.js';
import { casussenMetId } from './casus.sql.js';
import type { TijdlijnGebeurtenis } from './casus.types.js';
import type { TijdlijnSoort } from './tijdlijn.js';

export type MeldingBetrokkeneRow = PersoonRow &
  Pick<Selectable<Database['melding_betrokkene']>, 'melding_id' | 'rol' | 'was_bekend' | 'beeindigd_op' | 'beeindigd_reden'>;

export type CasusBetrokkeneRow = PersoonRow &
  Pick<Selectable<Database['casus_betrokkene']>, 'casus_id' | 'sinds' | 'beeindigd_op' | 'beeindigd_reden'>;

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
        const found = await this.db.run(async (m) =>
          casussenMetId(kysely(m), ids, casusTeamFilter(await this.instellingen.lees(m), this.current.actor)),
        );
        return ids.map((id) => found.find((row) => row.id === id) ?? null);
      })
      .load(id);
  }

  meldingenVanCasus(casusId: string): Promise<MeldingRow[]> {
    return this.loaders
      .get<string, MeldingRow[]>('meldingenVanCasus', async (ids) => {
        const found = await this.db.run(async (m) =>
          kysely(m)
            .selectFrom('melding as m')
            .select(MELDING_COLUMNS)
            .$narrowType<MeldingEnums>()
            .where('m.casus_id', '=', (eb) => eb.fn.any(eb.val(ids)))
            .where(teamFilter(await this.instellingen.lees(m), this.current.actor))
            .orderBy('m.ontvangen_op')
            .orderBy('m.nummer')
            .execute(),
        );
        return RequestLoaders.group(ids, found, (row) => row.casus_id);
      })
      .load(casusId);
  }

  betrokkenenVanMelding(meldingId: string): Promise<MeldingBetrokkeneRow[]> {
    return this.loaders
      .get<string, MeldingBetrokkeneRow[]>('betrokkenenVanMelding', async (ids) => {
        const found = await this.db.run((m) =>
          kysely(m)
            .selectFrom('melding_betrokkene as mb')
            .innerJoin('persoon as p', 'p.id', 'mb.persoon_id')
            .select(['mb.melding_id', 'mb.rol', 'mb.was_bekend', 'mb.beeindigd_op', 'mb.beeindigd_reden', ...PERSOON_COLUMNS])
            .where('mb.melding_id', '=', (eb) => eb.fn.any(eb.val(ids)))
            .orderBy('p.naam')
            .orderBy('mb.rol')
            .execute(),
        );
        return RequestLoaders.group(ids, found, (row) => row.melding_id);
      })
      .load(meldingId);
  }

  personenVanCasus(casusId: string): Promise<CasusBetrokkeneRow[]> {
    return this.loaders
      .get<string, CasusBetrokkeneRow[]>('personenVanCasus', async (ids) => {
        const found = await this.db.run((m) =>
          kysely(m)
            .selectFrom('casus_betrokkene as cb')
            .innerJoin('persoon as p', 'p.id', 'cb.persoon_id')
            .select(['cb.casus_id', 'cb.sinds', 'cb.beeindigd_op', 'cb.beeindigd_reden', ...PERSOON_COLUMNS])
            .where('cb.casus_id', '=', (eb) => eb.fn.any(eb.val(ids)))
            .orderBy('p.naam')
            .execute(),
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
          // Events of a visible casus, less those about another team's melding.
          return (
            kysely(m)
              .selectFrom('tijdlijn_gebeurtenis as g')
              .select([
                'g.casus_id as casusId',
                'g.tijdstip',
                'g.soort',
                'g.omschrijving',
                'g.object_type as objectType',
                'g.object_id as objectId',
                'g.door',
              ])
              // Every writer of the timeline names the object (CasusChangeRecorder).
              .$narrowType<{ soort: TijdlijnSoort; objectType: NotNull }>()
              .where('g.casus_id', '=', (eb) => eb.fn.any(eb.val(ids)))
              .where(casusTeamFilter(instellingen, this.current.actor, 'g.casus_id'))
              .where(tijdlijnTeamFilter(instellingen, this.current.actor))
              .orderBy('g.tijdstip')
              .orderBy('g.id')
              .execute()
          );
        });
        return RequestLoaders.group(ids, found, (row) => row.casusId);
      })
      .load(casusId);
  }
}
