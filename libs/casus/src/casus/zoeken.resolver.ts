import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { Allow, CurrentActor } from '@vt/auth';
import { TenantDb, rows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { casusTeamFilterSql, persoonTeamFilterSql } from '../melding/werk-filter.js';
import { PageArgs, check, decodeCursor, forbidden, pageSize, toConnection, validatie, type Connection } from '@vt/platform';
import { datumVan } from '@vt/werkdagen';
import { Persoon, PersoonConnection } from '../persoon/persoon.types.js';
import { PERSOON_COLUMNS, toPersoon, type PersoonRow } from '../persoon/persoon.row.js';
import { CASUS_COLUMNS, toCasus, type CasusRow } from './casus.row.js';
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
      const filter = persoonTeamFilterSql(await this.instellingen.lees(m), this.current.actor, 7);
      const found = await rows<PersoonRow>(
        m,
        `SELECT ${PERSOON_COLUMNS} FROM persoon p
         WHERE ($1::text IS NULL OR p.naam ILIKE '%' || replace(replace($1, '%', '\\%'), '_', '\\_') || '%')
           AND ($2::date IS NULL OR p.geboortedatum = $2) AND ($3::text IS NULL OR p.bsn = $3)
           AND ($4::text IS NULL OR (p.naam, p.id) > ($4, $5::uuid)) AND ${filter.where}
         ORDER BY p.naam, p.id LIMIT $6`,
        [naam, geboortedatum, bsn, after?.[0] ?? null, after?.[1] ?? null, first + 1, ...filter.params],
      );
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
    return this.db.run(async (m) => {
      const filter = casusTeamFilterSql(await this.instellingen.lees(m), this.current.actor, 7);
      const found = await rows<CasusRow>(
        m,
        `SELECT ${CASUS_COLUMNS} FROM casus c
         WHERE ($1::text IS NULL OR c.nummer = $1) AND ($2::text IS NULL OR c.status = $2) AND ${filter.where}
           AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM casus_betrokkene cb JOIN persoon p ON p.id = cb.persoon_id
                 WHERE cb.casus_id = c.id AND p.naam ILIKE '%' || replace(replace($3, '%', '\\%'), '_', '\\_') || '%'))
           AND ($4::timestamptz IS NULL OR (c.created_at, c.id) < ($4, $5::uuid))
         ORDER BY c.created_at DESC, c.id DESC LIMIT $6`,
        [nummer, args.status ?? null, naam, after?.[0] ?? null, after?.[1] ?? null, first + 1, ...filter.params],
      );
      await this.log.schrijf(
        m,
        ...found.slice(0, first).map((c) => ({ actie: 'SEARCH' as const, objectType: 'Casus', objectId: c.id, casusId: c.id })),
      );
      return toConnection(found, first, (c) => [c.created_at.toISOString(), c.id], toCasus);
    });
  }
}
