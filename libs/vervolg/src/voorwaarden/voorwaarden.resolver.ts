import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { Interventie } from '../interventie/interventie.types.js';
import { MonitoringContact } from '../monitoring/monitoring.types.js';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { toVoorwaarde } from './voorwaarden.row.js';
import { VoorwaardenService } from './voorwaarden.service.js';
import { BeoordeelVoorwaardeInput, LegVoorwaardeVastInput, Veiligheidsvoorwaarde } from './voorwaarden.types.js';

/** Veiligheidsvoorwaarden: agree them during an onderzoek or V&V, check them at monitoring. */
@Resolver()
export class VoorwaardenResolver {
  constructor(private readonly voorwaarden: VoorwaardenService) {}

  @Mutation(() => Veiligheidsvoorwaarde, {
    description: 'Records a veiligheidsvoorwaarde for a planned or running onderzoek or V&V. Idempotent with idempotencyKey.',
  })
  @Allow('update', 'Interventie')
  legVoorwaardeVast(@Args('input') input: LegVoorwaardeVastInput) {
    return this.voorwaarden.legVast(input);
  }

  @Mutation(() => Veiligheidsvoorwaarde, {
    description: 'Records the check of a veiligheidsvoorwaarde (nagekomen, niet nagekomen, vervallen), optionally at a monitoring contact.',
  })
  @Allow('update', 'Interventie')
  beoordeelVoorwaarde(@Args('input') input: BeoordeelVoorwaardeInput) {
    return this.voorwaarden.beoordeel(input);
  }
}

@Resolver(() => Interventie)
export class InterventieVoorwaardenFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Veiligheidsvoorwaarde], { description: 'Veiligheidsvoorwaarden agreed in this intervention, oldest first.' })
  async voorwaarden(@Parent() interventie: Interventie): Promise<Veiligheidsvoorwaarde[]> {
    return (await this.loaders.voorwaarden(interventie.id)).map(toVoorwaarde);
  }

  @ResolveField(() => Int, { description: 'How many of its veiligheidsvoorwaarden are agreed but not checked yet (status AFGESPROKEN).' })
  async openVoorwaarden(@Parent() interventie: Interventie): Promise<number> {
    return (await this.loaders.voorwaarden(interventie.id)).filter((v) => v.status === 'AFGESPROKEN').length;
  }
}

@Resolver(() => MonitoringContact)
export class MonitoringVoorwaardenFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Veiligheidsvoorwaarde], { description: 'Veiligheidsvoorwaarden last checked at this monitoring contact.' })
  async voorwaarden(@Parent() contact: MonitoringContact): Promise<Veiligheidsvoorwaarde[]> {
    return (await this.loaders.voorwaardenBijContact(contact.id)).map(toVoorwaarde);
  }
}
