import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { Allow, CurrentActor } from '@vt/auth';
import { teamFilterSql } from '@vt/casus';
import { TenantDb, rows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ConnectionType, PageArgs, decodeCursor, defineEnum, pageSize, toConnection, type Connection } from '@vt/platform';
import { WerkSoort } from './werkvoorraad.types.js';

export const Signaal = defineEnum({ BINNENKORT: 'BINNENKORT', VERLOPEN: 'VERLOPEN' } as const, 'Signaal', 'Why a task is on the list.', {
  BINNENKORT: 'Due within the signal horizon (DEADLINE_SIGNAAL_WERKDAGEN werkdagen).',
  VERLOPEN: 'The deadline has passed.',
});

@ObjectType({ description: 'A deadline task: open work that is due soon or overdue, kept up to date by the worker.' })
export class Taak {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => WerkSoort, { description: 'What has to be done.' })
  soort: string;

  @Field(() => ID, { description: 'The record to act on.' })
  objectId: string;

  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => String, { nullable: true, description: 'Team.' })
  team: string | null;

  @Field(() => String, { nullable: true, description: 'Assigned medewerker.' })
  toegewezenAan: string | null;

  @Field(() => DateResolver, { description: 'Deadline.' })
  uiterlijkeDatum: string;

  @Field(() => Signaal, { description: 'Due soon or overdue.' })
  signaal: string;

  @Field(() => Int, { description: 'Werkdagen left when last computed (negative when overdue).' })
  werkdagenResterend: number;
}

const TaakConnection = ConnectionType(Taak, 'Taak', 'Deadline tasks, most urgent first.');

@ArgsType()
class TakenArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this team.' })
  team?: string | null;

  @Field(() => String, { nullable: true, description: 'Only tasks assigned to this medewerker.' })
  medewerker?: string | null;

  @Field(() => Signaal, { nullable: true, description: 'Only due soon or only overdue.' })
  signaal?: string | null;
}

@Resolver(() => Taak)
export class TakenResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
  ) {}

  @Query(() => TaakConnection, { description: 'Deadline tasks of the region (or team), overdue first.' })
  @Allow('read', 'Casus')
  taken(@Args() args: TakenArgs): Promise<Connection<Taak>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['datum', 'uuid']);
    return this.db.run(async (m) => {
      const filter = teamFilterSql(await this.instellingen.lees(m), this.current.actor, 7);
      const found = await rows<Taak>(
        m,
        `SELECT t.id, t.soort, t.object_id AS "objectId", t.melding_id AS "meldingId", t.casus_id AS "casusId", t.team, t.toegewezen_aan AS "toegewezenAan",
                t.uiterlijke_datum::text AS "uiterlijkeDatum", t.signaal, t.werkdagen_resterend AS "werkdagenResterend"
         FROM taak t JOIN melding m ON m.id = t.melding_id
         WHERE ($1::text IS NULL OR t.team = $1) AND ($2::text IS NULL OR t.toegewezen_aan = $2) AND ($3::text IS NULL OR t.signaal = $3)
           AND ($4::date IS NULL OR (t.uiterlijke_datum, t.id) > ($4::date, $5::uuid)) AND ${filter.where}
         ORDER BY t.uiterlijke_datum, t.id LIMIT $6`,
        [
          args.team ?? null,
          args.medewerker ?? null,
          args.signaal ?? null,
          after?.[0] ?? null,
          after?.[1] ?? null,
          first + 1,
          ...filter.params,
        ],
      );
      return toConnection(
        found,
        first,
        (t) => [t.uiterlijkeDatum, t.id],
        (t) => t,
      );
    });
  }
}
