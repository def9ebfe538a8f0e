import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { TenantDb, kysely, sql, type SqlBool, countRows } from '@vt/database';
import { PageArgs, decodeOrderedCursor, isUuid, keyset, orderOf, orderTag, pageSize, toConnection, type Connection } from '@vt/platform';
import { ToegangslogService } from './toegangslog.service.js';
import { ToegangslogConnection, ToegangslogOrder, ToegangslogRegel } from './toegangslog.types.js';

/** The columns of an entry, named as ToegangslogRegel names them. */
const COLUMNS = [
  'id',
  'tijdstip',
  'gebruiker_id as gebruikerId',
  'gebruiker_naam as gebruikerNaam',
  'rollen',
  'namens',
  'casus_id as casusId',
  'persoon_id as persoonId',
  'actie',
  'object_type as objectType',
  'object_id as objectId',
  'client_adres as clientAdres',
  'grondslag',
  'uitkomst',
  'request_id as requestId',
] as const;

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
    @Args('orderBy', { type: () => ToegangslogOrder, nullable: true, description: 'Order of the entries; newest first when left out.' })
    orderBy?: ToegangslogOrder | null,
  ): Promise<Connection<ToegangslogRegel>> {
    const first = pageSize(page);
    const order = orderOf(orderBy, { field: 'TIJDSTIP', direction: 'DESC' });
    const { direction, after: verder } = keyset(order);
    // The cursor holds the exact time (microseconds since the epoch) and the random id: never a sequence.
    const after = decodeOrderedCursor(page.after, order, ['volgnummer', 'uuid']);
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
          async () => 0,
        );
      const [micros, id] = after ?? [];
      const rows = await kysely(m)
        .selectFrom('toegangslog')
        .select(COLUMNS)
        .select(sql<string>`(extract(epoch FROM tijdstip) * 1000000)::bigint::text`.as('tijdMicros'))
        .where('casus_id', '=', casusId)
        .$if(after !== null, (query) =>
          query.where(
            sql<SqlBool>`(tijdstip, id) ${sql.raw(verder)} (timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond', ${id}::uuid)`,
          ),
        )
        .orderBy('toegangslog.tijdstip', direction)
        .orderBy('toegangslog.id', direction)
        .limit(first + 1)
        .execute();
      return toConnection(
        rows,
        first,
        (row) => [orderTag(order), row.tijdMicros, row.id],
        ({ tijdMicros: _t, ...row }) => row,
        () => this.db.run(async (m) => countRows(kysely(m).selectFrom('toegangslog').where('casus_id', '=', casusId))),
      );
    });
  }
}
