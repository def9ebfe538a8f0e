import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { TenantDb } from '@vt/database';
import { PageArgs, decodeCursor, isUuid, pageSize, toConnection, type Connection } from '@vt/platform';
import { ToegangslogService } from './toegangslog.service.js';
import { ToegangslogConnection, ToegangslogRegel } from './toegangslog.types.js';

const COLUMNS = `id::text, tijdstip, gebruiker_id AS "gebruikerId", gebruiker_naam AS "gebruikerNaam", rollen, namens,
  casus_id AS "casusId", persoon_id AS "persoonId", actie, object_type AS "objectType", object_id AS "objectId",
  client_adres AS "clientAdres", grondslag, uitkomst, request_id AS "requestId"`;

@Resolver(() => ToegangslogRegel)
export class ToegangslogResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly log: ToegangslogService,
  ) {}

  @Query(() => ToegangslogConnection, {
    description: 'Who accessed a casus (functioneel-beheerder only). Reading the log is itself logged.',
  })
  @Allow('read', 'Toegangslog')
  toegangslog(
    @Args('casusId', { type: () => ID, description: 'The casus whose access log to read.' }) casusId: string,
    @Args() page: PageArgs,
  ): Promise<Connection<ToegangslogRegel>> {
    const first = pageSize(page);
    // The cursor holds the exact time (microseconds since the epoch) and the random id: never a sequence.
    const after = decodeCursor(page.after, ['volgnummer', 'uuid']);
    return this.db.run(async (m) => {
      await this.log.schrijfDirect(m, {
        actie: 'READ',
        objectType: 'Toegangslog',
        objectId: casusId,
        casusId: isUuid(casusId) ? casusId : null,
        grondslag: 'NEN 7513 controle op toegang',
      });
      if (!isUuid(casusId))
        return toConnection(
          [],
          first,
          () => [],
          (row) => row,
        );
      const rows = (await m.query(
        `SELECT ${COLUMNS}, (extract(epoch FROM tijdstip) * 1000000)::bigint::text AS "tijdMicros" FROM toegangslog
         WHERE casus_id = $1 AND ($2::bigint IS NULL OR (tijdstip, id) < (timestamptz 'epoch' + $2::bigint * interval '1 microsecond', $3::uuid))
         ORDER BY toegangslog.tijdstip DESC, toegangslog.id DESC LIMIT $4`,
        [casusId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
      )) as (ToegangslogRegel & { tijdMicros: string })[];
      return toConnection(
        rows,
        first,
        (row) => [row.tijdMicros, row.id],
        ({ tijdMicros: _t, ...row }) => row,
      );
    });
  }
}
