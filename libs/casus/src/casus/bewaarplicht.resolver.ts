import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { BewaarplichtService } from './bewaarplicht.js';
import { ZetBewaarplichtInput } from './bewaarplicht.types.js';
import { Casus } from './casus.types.js';

@Resolver(() => Casus)
export class BewaarplichtResolver {
  constructor(
    private readonly service: BewaarplichtService,
    private readonly current: CurrentActor,
  ) {}

  @Mutation(() => Casus, {
    description:
      'Sets a legal hold (bewaarplicht) on a casus with its reason, or lifts it (reden null): while held, the retention job never destroys the casus. Privacy officer and functioneel-beheerder.',
  })
  @Allow('update', 'Clientrecht')
  zetBewaarplicht(@Args('input') input: ZetBewaarplichtInput): Promise<Casus> {
    return this.service.zet(input.casusId, input.reden, input.versie, this.current.actor.userId);
  }
}
