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

  @Query(() => ToegangslogConnection, { description: 'Who accessed a casus (functioneel-beheerder only). Reading the log is itself logged.' })
  @Allow('read', 'Toegangslog')
  toegangslog(
    @Args('casusId', { type: () => ID, description: 'The casus whose access log to read.' }) casusId: string,
    @Args() page: PageArgs,
  ): Promise<Connection<ToegangslogRegel>> {
    const first = pageSize(page);
    const after = decodeCursor(page.after, ['volgnummer']);
    return this.db.run(async (m) => {
      await this.log.schrijfDirect(m, { actie: 'READ', objectType: 'Toegangslog', objectId: casusId, casusId: isUuid(casusId) ? casusId : null, grondslag: 'NEN 7513 controle op toegang' });
      if (!isUuid(casusId)) return toConnection([], first, () => [], (row) => row);
      const rows = (await m.query(
        `SELECT ${COLUMNS} FROM toegangslog WHERE casus_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint) ORDER BY id DESC LIMIT $3`,
        [casusId, after?.[0] ?? null, first + 1],
      )) as ToegangslogRegel[];
      return toConnection(rows, first, (row) => [row.id], (row) => row);
    });
  }
}

