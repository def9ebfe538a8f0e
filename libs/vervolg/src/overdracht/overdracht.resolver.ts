import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { Melding } from '@vt/casus';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { toOverdracht } from './overdracht.row.js';
import { OverdrachtService } from './overdracht.service.js';
import { Overdracht, PlanOverdrachtInput, RegistreerOverdrachtInput, VoerOverdrachtUitInput } from './overdracht.types.js';

/** Overdracht to a partner: registration (wachtlijst), planning, execution. */
@Resolver()
export class OverdrachtResolver {
  constructor(private readonly overdrachten: OverdrachtService) {}

  @Mutation(() => Overdracht, {
    description: 'Registers the overdracht to a partner; without an agreed date the case is on the wachtlijst.',
  })
  @Allow('update', 'Interventie')
  registreerOverdracht(@Args('input') input: RegistreerOverdrachtInput) {
    return this.overdrachten.registreer(input);
  }

  @Mutation(() => Overdracht, { description: 'Agrees (or changes) the date of an overdracht; the case leaves the wachtlijst.' })
  @Allow('update', 'Interventie')
  planOverdracht(@Args('input') input: PlanOverdrachtInput) {
    return this.overdrachten.plan(input);
  }

  @Mutation(() => Overdracht, {
    description: 'Records that the overdracht took place; monitoring contacts at 3 and 12 months are created.',
  })
  @Allow('update', 'Interventie')
  voerOverdrachtUit(@Args('input') input: VoerOverdrachtUitInput) {
    return this.overdrachten.voerUit(input);
  }
}

@Resolver(() => Melding)
export class MeldingOverdrachtFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Overdracht], { description: 'Overdrachten of this melding.' })
  async overdrachten(@Parent() melding: Melding): Promise<Omit<Overdracht, 'monitoring'>[]> {
    return (await this.loaders.overdrachten(melding.id)).map(toOverdracht);
  }
}
