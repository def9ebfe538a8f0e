import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { Casus, Melding, toMelding } from '@vt/casus';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { toCrisisinterventie, toHuisverbod, toTerugkoppeling } from './casus-acties.row.js';
import { CasusActiesService } from './casus-acties.service.js';
import {
  Crisisinterventie,
  Huisverbod,
  RegistreerCrisisInput,
  RegistreerHuisverbodInput,
  RegistreerTerugkoppelingInput,
  Terugkoppeling,
  WijsToeInput,
} from './casus-acties.types.js';

/** Terugkoppeling, huisverbod, crisisinterventie and assignment of work. */
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

  @Mutation(() => Huisverbod, { description: 'Registers a tijdelijk huisverbod (10 days) on a casus.' })
  @Allow('update', 'Interventie')
  registreerHuisverbod(@Args('input') input: RegistreerHuisverbodInput) {
    return this.acties.registreerHuisverbod(input);
  }

  @Mutation(() => Huisverbod, { description: 'Extends a running huisverbod to 28 days in total (once).' })
  @Allow('update', 'Interventie')
  verlengHuisverbod(
    @Args('huisverbodId', { type: () => ID, description: 'The huisverbod.' }) huisverbodId: string,
    @Args('versie', { type: () => Int, description: 'The version you read.' }) versie: number,
  ) {
    return this.acties.verlengHuisverbod(huisverbodId, versie);
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

  @ResolveField(() => [Huisverbod], { description: 'Tijdelijke huisverboden in this casus.' })
  async huisverboden(@Parent() casus: Casus): Promise<Huisverbod[]> {
    return (await this.loaders.huisverboden(casus.id)).map(toHuisverbod);
  }

  @ResolveField(() => [Crisisinterventie], { description: 'Crisisinterventies in this casus.' })
  async crisisinterventies(@Parent() casus: Casus): Promise<Crisisinterventie[]> {
    return (await this.loaders.crisisinterventies(casus.id)).map(toCrisisinterventie);
  }
}
