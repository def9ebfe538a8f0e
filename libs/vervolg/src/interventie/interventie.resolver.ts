import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { Melding } from '@vt/casus';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { vandaag } from '../vervolg.support.js';
import { toInterventie } from './interventie.row.js';
import { InterventieService } from './interventie.service.js';
import {
  Interventie,
  LegPlannenVastInput,
  SluitInterventieAfInput,
  SluitVoortijdigAfInput,
  StartInterventieInput,
} from './interventie.types.js';

/** Onderzoek and V&V: start, plans, closure. */
@Resolver()
export class InterventieResolver {
  constructor(private readonly interventies: InterventieService) {}

  @Mutation(() => Interventie, {
    description:
      "Starts a planned onderzoek or V&V; the statutory term keeps counting from the besluit, the region's clock from the start begins.",
  })
  @Allow('update', 'Interventie')
  async startInterventie(@Args('input') input: StartInterventieInput) {
    return this.interventies.start(input);
  }

  @Mutation(() => Interventie, { description: 'Records the veiligheidsplan and/or herstelplan of a running intervention.' })
  @Allow('update', 'Interventie')
  legPlannenVast(@Args('input') input: LegPlannenVastInput) {
    return this.interventies.legPlannenVast(input);
  }

  @Mutation(() => Interventie, {
    description:
      'Closes a running intervention with its outcomes; the melding moves to overdracht, to monitoring by Veilig Thuis itself, or is closed.',
  })
  @Allow('update', 'Interventie')
  sluitInterventieAf(@Args('input') input: SluitInterventieAfInput) {
    return this.interventies.sluitAf(input);
  }

  @Mutation(() => Interventie, { description: 'Closes a planned or running intervention early, with a reason; the melding is closed.' })
  @Allow('update', 'Interventie')
  sluitInterventieVoortijdigAf(@Args('input') input: SluitVoortijdigAfInput) {
    return this.interventies.sluitVoortijdigAf(input);
  }
}

@Resolver(() => Melding)
export class MeldingInterventieFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Interventie], { description: 'Onderzoeken and V&V trajecten of this melding.' })
  async interventies(@Parent() melding: Melding): Promise<Interventie[]> {
    const today = vandaag();
    return (await this.loaders.interventies(melding.id)).map((row) => toInterventie(row, today));
  }
}
