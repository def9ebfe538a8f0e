import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { Casus, Melding, toMelding } from '@vt/casus';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { toCrisisinterventie, toTerugkoppeling } from './casus-acties.row.js';
import { CasusActiesService } from './casus-acties.service.js';
import {
  Crisisinterventie,
  RegistreerCrisisInput,
  RegistreerTerugkoppelingInput,
  Terugkoppeling,
  WijsToeInput,
} from './casus-acties.types.js';

/** Terugkoppeling, crisisinterventie and assignment of work (the huisverbod: see huisverbod/). */
@Resolver()
export class CasusActiesResolver {
  constructor(
    private readonly acties: CasusActiesService,
    private readonly current: CurrentActor,
  ) {}

  @Mutation(() => Terugkoppeling, { description: 'Records the terugkoppeling aan de melder after the beoordeling or after an onderzoek.' })
  @Allow('create', 'Terugkoppeling')
  registreerTerugkoppeling(@Args('input') input: RegistreerTerugkoppelingInput) {
    return this.acties.registreerTerugkoppeling(input);
  }

  @Mutation(() => Crisisinterventie, { description: 'Registers a crisisinterventie on a casus.' })
  @Allow('update', 'Interventie')
  registreerCrisisinterventie(@Args('input') input: RegistreerCrisisInput) {
    return this.acties.registreerCrisis(input);
  }

  @Mutation(() => Melding, { description: 'Assigns a melding to a team and/or medewerker (teammanager).' })
  @Allow('update', 'Toewijzing')
  async wijsToe(@Args('input') input: WijsToeInput): Promise<Melding> {
    return toMelding(await this.acties.wijsToe(input), this.current.ability);
  }
}

@Resolver(() => Melding)
export class MeldingTerugkoppelingFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Terugkoppeling], { description: 'Feedback given to the melder.' })
  async terugkoppelingen(@Parent() melding: Melding): Promise<Terugkoppeling[]> {
    return (await this.loaders.terugkoppelingen(melding.id)).map(toTerugkoppeling);
  }
}

@Resolver(() => Casus)
export class CasusActiesFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Crisisinterventie], { description: 'Crisisinterventies in this casus.' })
  async crisisinterventies(@Parent() casus: Casus): Promise<Crisisinterventie[]> {
    return (await this.loaders.crisisinterventies(casus.id)).map(toCrisisinterventie);
  }
}
