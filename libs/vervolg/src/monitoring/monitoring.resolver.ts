import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { Interventie } from '../interventie/interventie.types.js';
import { Overdracht } from '../overdracht/overdracht.types.js';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { toMonitoring } from './monitoring.row.js';
import { MonitoringService } from './monitoring.service.js';
import { MonitoringContact, RegistreerMonitoringInput } from './monitoring.types.js';

/** The monitoring contacts after an overdracht or after an intervention Veilig Thuis closed itself. */
@Resolver()
export class MonitoringResolver {
  constructor(private readonly monitoring: MonitoringService) {}

  @Mutation(() => MonitoringContact, {
    description: 'Records a monitoring contact; after 12 months the melding is closed, or a new intervention starts.',
  })
  @Allow('update', 'Interventie')
  registreerMonitoringContact(@Args('input') input: RegistreerMonitoringInput) {
    return this.monitoring.registreer(input);
  }
}

@Resolver(() => Overdracht)
export class OverdrachtMonitoringFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [MonitoringContact], { description: 'Monitoring contacts at 3 and 12 months.' })
  async monitoring(@Parent() overdracht: Overdracht): Promise<MonitoringContact[]> {
    return (await this.loaders.monitoring(overdracht.id)).map(toMonitoring);
  }
}

@Resolver(() => Interventie)
export class InterventieMonitoringFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [MonitoringContact], {
    description: 'Monitoring contacts at 3 and 12 months when Veilig Thuis closed this intervention itself with vervolg MONITORING.',
  })
  async monitoring(@Parent() interventie: Interventie): Promise<MonitoringContact[]> {
    return (await this.loaders.monitoringNaInterventie(interventie.id)).map(toMonitoring);
  }
}
