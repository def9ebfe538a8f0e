import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import type { Connection } from '@vt/platform';
import { TakenService } from './taken.service.js';
import { Taak, TaakConnection, TakenArgs } from './taken.types.js';

@Resolver(() => Taak)
export class TakenResolver {
  constructor(
    private readonly service: TakenService,
    private readonly current: CurrentActor,
  ) {}

  @Query(() => TaakConnection, { description: 'Deadline tasks of the region (or team), overdue first.' })
  @Allow('read', 'Casus')
  taken(@Args() args: TakenArgs): Promise<Connection<Taak>> {
    return this.service.lijst(args, this.current.actor);
  }
}
