import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { Melding, toMelding } from '@vt/casus';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { toBeoordeling } from './beoordeling.row.js';
import { BeoordelingService } from './beoordeling.service.js';
import {
  MultidisciplinaireToetsingInput,
  SluitMaatwerkAfInput,
  StelBesluitVoorInput,
  ToetsBesluitInput,
  Veiligheidsbeoordeling,
} from './beoordeling.types.js';

/** The veiligheidsbeoordeling: proposal, multidisciplinary review and intercollegiale toetsing. */
@Resolver()
export class BeoordelingResolver {
  constructor(
    private readonly beoordelingen: BeoordelingService,
    private readonly current: CurrentActor,
  ) {}

  @Mutation(() => Veiligheidsbeoordeling, {
    description: 'Proposes the taxatie and besluit of the veiligheidsbeoordeling; the melding goes to TER_TOETSING.',
  })
  @Allow('create', 'Beoordeling')
  stelBesluitVoor(@Args('input') input: StelBesluitVoorInput) {
    return this.beoordelingen.stelVoor(input);
  }

  @Mutation(() => Veiligheidsbeoordeling, {
    description: 'Records a multidisciplinary review of a proposed besluit (gedragswetenschapper or vertrouwensarts only).',
  })
  @Allow('create', 'MultidisciplinaireToetsing')
  registreerMultidisciplinaireToetsing(@Args('input') input: MultidisciplinaireToetsingInput) {
    return this.beoordelingen.registreerMultidisciplinair(input);
  }

  @Mutation(() => Veiligheidsbeoordeling, {
    description: 'Intercollegiale toetsing: another staff member confirms (the besluit takes effect) or rejects the proposed besluit.',
  })
  @Allow('update', 'Beoordeling')
  toetsBesluit(@Args('input') input: ToetsBesluitInput) {
    return this.beoordelingen.toets(input);
  }

  @Mutation(() => Melding, {
    description:
      'Closes regionaal maatwerk (melding in fase REGIONAAL_MAATWERK): Veilig Thuis ends its involvement, the melding is closed, and the casus when nothing else runs.',
  })
  @Allow('update', 'Interventie')
  async sluitMaatwerkAf(@Args('input') input: SluitMaatwerkAfInput): Promise<Melding> {
    return toMelding(await this.beoordelingen.sluitMaatwerkAf(input), this.current.ability);
  }
}

@Resolver(() => Melding)
export class MeldingBeoordelingFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Veiligheidsbeoordeling], {
    description: 'Proposed besluiten of this melding, oldest first (rejected ones stay as history).',
  })
  async beoordelingen(@Parent() melding: Melding): Promise<Veiligheidsbeoordeling[]> {
    return (await this.loaders.beoordelingen(melding.id)).map(toBeoordeling);
  }
}
