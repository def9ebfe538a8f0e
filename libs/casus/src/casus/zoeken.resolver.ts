import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { DateResolver } from 'graphql-scalars';
import { Allow, CurrentActor } from '@vt/auth';
import { TenantDb, kysely, sql, countRows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { casusTeamFilter, persoonTeamFilter } from '../melding/werk-filter.js';
import {
  PageArgs,
  check,
  decodeOrderedCursor,
  forbidden,
  keyset,
  orderOf,
  orderTag,
  pageSize,
  toConnection,
  validatie,
  type Connection,
} from '@vt/platform';
import { datumVan } from '@vt/werkdagen';
import { Persoon, PersoonConnection, PersoonOrder } from '../persoon/persoon.types.js';
import { PERSOON_COLUMNS, toPersoon } from '../persoon/persoon.row.js';
import { CASUS_COLUMNS, toCasus } from './casus.row.js';
import { Casus, CasusConnection, CasusOrder, CasusStatus } from './casus.types.js';

@ArgsType()
class ZoekPersonenArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, at least 2 characters, case-insensitive.' })
  naam?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Exact date of birth.' })
  geboortedatum?: Date | null;

  @Field(() => String, { nullable: true, description: 'Exact BSN (only for roles that may see BSNs).' })
  bsn?: string | null;

  @Field(() => PersoonOrder, { nullable: true, description: 'Order of the result; by name A to Z when left out.' })
  orderBy?: PersoonOrder | null;
}

@ArgsType()
class ZoekCasussenArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Exact casus number, e.g. C-2026-000042.' })
  nummer?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name of a betrokkene, at least 2 characters.' })
  betrokkeneNaam?: string | null;

  @Field(() => CasusStatus, { nullable: true, description: 'Only open or only closed casussen.' })
  status?: CasusStatus | null;

  @Field(() => CasusOrder, { nullable: true, description: 'Order of the result; newest first when left out.' })
  orderBy?: CasusOrder | null;
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
    const order = orderOf(args.orderBy, { field: 'NAAM', direction: 'ASC' });
    const { direction, after: verder } = keyset(order);
    const after = decodeOrderedCursor(args.after, order, ['tekst', 'uuid']);
    const naam = args.naam ? check.tekst('naam', args.naam, { min: 2, max: 200 }) : null;
    const geboortedatum = args.geboortedatum ? datumVan(args.geboortedatum) : null;
    const bsn = args.bsn?.trim() || null;
    if (!naam && !geboortedatum && !bsn) throw validatie('naam', 'give naam, geboortedatum or bsn');
    const ability = this.current.ability;
    if (bsn && !ability.can('read', 'Bsn')) throw forbidden('Your role may not search by BSN');
    const gezocht = async (m: EntityManager) =>
      kysely(m)
        .selectFrom('persoon as p')
        .$if(naam !== null, (query) => query.where('p.naam', 'ilike', deel(naam!)))
        .$if(geboortedatum !== null, (query) => query.where('p.geboortedatum', '=', geboortedatum!))
        .$if(bsn !== null, (query) => query.where('p.bsn', '=', bsn!))
        .where(persoonTeamFilter(await this.instellingen.lees(m), this.current.actor));
    return this.db.run(async (m) => {
      const found = await (
        await gezocht(m)
      )
        .select(PERSOON_COLUMNS)
        .$if(after !== null, (query) =>
          query.where((eb) => eb(eb.refTuple('p.naam', 'p.id'), verder, eb.tuple(String(after![0]), String(after![1])))),
        )
        .orderBy('p.naam', direction)
        .orderBy('p.id', direction)
        .limit(first + 1)
        .execute();
      await this.log.schrijf(
        m,
        ...found.slice(0, first).map((p) => ({ actie: 'SEARCH' as const, objectType: 'Persoon', objectId: p.id, persoonId: p.id })),
      );
      return toConnection(
        found,
        first,
        (p) => [orderTag(order), p.naam, p.id],
        (p) => toPersoon(p, ability),
        () => this.db.run(async (m) => countRows(await gezocht(m))),
      );
    });
  }

  @Query(() => CasusConnection, {
    description: 'Search casussen of your region by number, betrokkene name and/or status; newest first unless orderBy says otherwise.',
  })
  @Allow('read', 'Casus')
  zoekCasussen(@Args() args: ZoekCasussenArgs): Promise<Connection<Casus>> {
    const first = pageSize(args);
    const order = orderOf(args.orderBy, { field: 'AANGEMAAKT_OP', direction: 'DESC' });
    const { direction, after: verder } = keyset(order);
    const opNummer = order.field === 'NUMMER';
    const after = decodeOrderedCursor(args.after, order, [opNummer ? 'tekst' : 'tijdstip', 'uuid']);
    const nummer = args.nummer?.trim() || null;
    const naam = args.betrokkeneNaam ? check.tekst('betrokkeneNaam', args.betrokkeneNaam, { min: 2, max: 200 }) : null;
    const status = args.status ?? null;
    const gezocht = async (m: EntityManager) =>
      kysely(m)
        .selectFrom('casus as c')
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
        );
    return this.db.run(async (m) => {
      const found = await (
        await gezocht(m)
      )
        .select(CASUS_COLUMNS)
        .$if(after !== null && opNummer, (query) =>
          query.where((eb) => eb(eb.refTuple('c.nummer', 'c.id'), verder, eb.tuple(String(after![0]), String(after![1])))),
        )
        .$if(after !== null && !opNummer, (query) =>
          query.where((eb) => eb(eb.refTuple('c.created_at', 'c.id'), verder, eb.tuple(new Date(String(after![0])), String(after![1])))),
        )
        .orderBy(opNummer ? 'c.nummer' : 'c.created_at', direction)
        .orderBy('c.id', direction)
        .limit(first + 1)
        .execute();
      await this.log.schrijf(
        m,
        ...found.slice(0, first).map((c) => ({ actie: 'SEARCH' as const, objectType: 'Casus', objectId: c.id, casusId: c.id })),
      );
      return toConnection(
        found,
        first,
        (c) => [orderTag(order), opNummer ? c.nummer : c.created_at.toISOString(), c.id],
        toCasus,
        () => this.db.run(async (m) => countRows(await gezocht(m))),
      );
    });
  }
}

/** An ILIKE pattern for a part of a name: % and _ in the input match themselves. */
function deel(tekst: string): string {
  return `%${tekst.replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
}
