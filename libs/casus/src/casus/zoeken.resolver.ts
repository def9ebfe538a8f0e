import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { Allow, CurrentActor } from '@vt/auth';
import { TenantDb, kysely, sql } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { casusTeamFilter, persoonTeamFilter } from '../melding/werk-filter.js';
import { PageArgs, check, decodeCursor, forbidden, pageSize, toConnection, validatie, type Connection } from '@vt/platform';
import { datumVan } from '@vt/werkdagen';
import { Persoon, PersoonConnection } from '../persoon/persoon.types.js';
import { PERSOON_COLUMNS, toPersoon } from '../persoon/persoon.row.js';
import { CASUS_COLUMNS, toCasus } from './casus.row.js';
import { Casus, CasusConnection, CasusStatus } from './casus.types.js';

@ArgsType()
class ZoekPersonenArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, at least 2 characters, case-insensitive.' })
  naam?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Exact date of birth.' })
  geboortedatum?: Date | null;

  @Field(() => String, { nullable: true, description: 'Exact BSN (only for roles that may see BSNs).' })
  bsn?: string | null;
}

@ArgsType()
class ZoekCasussenArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Exact casus number, e.g. C-2026-000042.' })
  nummer?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name of a betrokkene, at least 2 characters.' })
  betrokkeneNaam?: string | null;

  @Field(() => CasusStatus, { nullable: true, description: 'Only open or only closed casussen.' })
  status?: CasusStatus | null;
}

/** Search within the caller's region only (row-level security makes any other impossible). Every hit is access-logged. */
@Resolver()
export class ZoekenResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly log: ToegangslogService,
    private readonly instellingen: InstellingenService,
  ) {}

  @Query(() => PersoonConnection, { description: 'Search persons of your region by name, date of birth and/or BSN (at least one).' })
  @Allow('read', 'Casus')
  zoekPersonen(@Args() args: ZoekPersonenArgs): Promise<Connection<Persoon>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['tekst', 'uuid']);
    const naam = args.naam ? check.tekst('naam', args.naam, { min: 2, max: 200 }) : null;
    const geboortedatum = args.geboortedatum ? datumVan(args.geboortedatum) : null;
    const bsn = args.bsn?.trim() || null;
    if (!naam && !geboortedatum && !bsn) throw validatie('naam', 'give naam, geboortedatum or bsn');
    const ability = this.current.ability;
    if (bsn && !ability.can('read', 'Bsn')) throw forbidden('Your role may not search by BSN');
    return this.db.run(async (m) => {
      const found = await kysely(m)
        .selectFrom('persoon as p')
        .select(PERSOON_COLUMNS)
        .$if(naam !== null, (query) => query.where('p.naam', 'ilike', deel(naam!)))
        .$if(geboortedatum !== null, (query) => query.where('p.geboortedatum', '=', geboortedatum!))
        .$if(bsn !== null, (query) => query.where('p.bsn', '=', bsn!))
        .$if(after !== null, (query) =>
          query.where((eb) => eb(eb.refTuple('p.naam', 'p.id'), '>', eb.tuple(String(after![0]), String(after![1])))),
        )
        .where(persoonTeamFilter(await this.instellingen.lees(m), this.current.actor))
        .orderBy('p.naam')
        .orderBy('p.id')
        .limit(first + 1)
        .execute();
      await this.log.schrijf(
        m,
        ...found.slice(0, first).map((p) => ({ actie: 'SEARCH' as const, objectType: 'Persoon', objectId: p.id, persoonId: p.id })),
      );
      return toConnection(
        found,
        first,
        (p) => [p.naam, p.id],
        (p) => toPersoon(p, ability),
      );
    });
  }

  @Query(() => CasusConnection, { description: 'Search casussen of your region by number, betrokkene name and/or status, newest first.' })
  @Allow('read', 'Casus')
  zoekCasussen(@Args() args: ZoekCasussenArgs): Promise<Connection<Casus>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['tijdstip', 'uuid']);
    const nummer = args.nummer?.trim() || null;
    const naam = args.betrokkeneNaam ? check.tekst('betrokkeneNaam', args.betrokkeneNaam, { min: 2, max: 200 }) : null;
    const status = args.status ?? null;
    return this.db.run(async (m) => {
      const found = await kysely(m)
        .selectFrom('casus as c')
        .select(CASUS_COLUMNS)
        .$if(nummer !== null, (query) => query.where('c.nummer', '=', nummer!))
        .$if(status !== null, (query) => query.where('c.status', '=', status!))
        .where(casusTeamFilter(await this.instellingen.lees(m), this.current.actor))
        .$if(naam !== null, (query) =>
          query.where(({ exists, selectFrom }) =>
            exists(
              selectFrom('casus_betrokkene as cb')
                .innerJoin('persoon as p', 'p.id', 'cb.persoon_id')
                .select(sql.lit(1).as('een'))
                .whereRef('cb.casus_id', '=', 'c.id')
                .where('p.naam', 'ilike', deel(naam!)),
            ),
          ),
        )
        .$if(after !== null, (query) =>
          query.where((eb) => eb(eb.refTuple('c.created_at', 'c.id'), '<', eb.tuple(new Date(String(after![0])), String(after![1])))),
        )
        .orderBy('c.created_at', 'desc')
        .orderBy('c.id', 'desc')
        .limit(first + 1)
        .execute();
      await this.log.schrijf(
        m,
        ...found.slice(0, first).map((c) => ({ actie: 'SEARCH' as const, objectType: 'Casus', objectId: c.id, casusId: c.id })),
      );
      return toConnection(found, first, (c) => [c.created_at.toISOString(), c.id], toCasus);
    });
  }
}

/** An ILIKE pattern for a part of a name: % and _ in the input match themselves. */
function deel(tekst: string): string {
  return `%${tekst.replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
}
