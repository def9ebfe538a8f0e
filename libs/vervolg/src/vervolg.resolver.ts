import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { Casus, Melding, toMelding } from '@vt/casus';
import { BeoordelingService } from './beoordeling.service.js';
import { CasusActiesService } from './casus-acties.service.js';
import { InterventieService } from './interventie.service.js';
import { OverdrachtService } from './overdracht.service.js';
import { VervolgLoaders } from './vervolg.loaders.js';
import { toBeoordeling, toInterventie, toMonitoring, toOverdracht } from './vervolg.rows.js';
import { vandaag } from './vervolg.support.js';
import {
  Crisisinterventie,
  Huisverbod,
  Interventie,
  LegPlannenVastInput,
  MonitoringContact,
  MultidisciplinaireToetsingInput,
  Overdracht,
  PlanOverdrachtInput,
  RegistreerCrisisInput,
  RegistreerHuisverbodInput,
  RegistreerMonitoringInput,
  RegistreerOverdrachtInput,
  RegistreerTerugkoppelingInput,
  SluitInterventieAfInput,
  SluitVoortijdigAfInput,
  StartInterventieInput,
  StelBesluitVoorInput,
  Terugkoppeling,
  ToetsBesluitInput,
  Veiligheidsbeoordeling,
  VoerOverdrachtUitInput,
  WijsToeInput,
} from './vervolg.types.js';

/** Every step after the melding, each a checked state transition. */
@Resolver()
export class VervolgMutations {
  constructor(
    private readonly beoordelingen: BeoordelingService,
    private readonly interventies: InterventieService,
    private readonly overdrachten: OverdrachtService,
    private readonly acties: CasusActiesService,
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

  @Mutation(() => Interventie, { description: 'Starts a planned onderzoek or V&V (10 weken from the start).' })
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
    description: 'Closes a running intervention with its outcomes; the melding moves to overdracht or is closed.',
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

  @Mutation(() => MonitoringContact, {
    description: 'Records a monitoring contact; after 12 months the melding is closed, or a new intervention starts.',
  })
  @Allow('update', 'Interventie')
  registreerMonitoringContact(@Args('input') input: RegistreerMonitoringInput) {
    return this.overdrachten.registreerMonitoring(input);
  }

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
export class MeldingVervolgFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Veiligheidsbeoordeling], {
    description: 'Proposed besluiten of this melding, oldest first (rejected ones stay as history).',
  })
  async beoordelingen(@Parent() melding: Melding): Promise<Veiligheidsbeoordeling[]> {
    return (await this.loaders.beoordelingen(melding.id)).map(toBeoordeling);
  }

  @ResolveField(() => [Interventie], { description: 'Onderzoeken and V&V trajecten of this melding.' })
  async interventies(@Parent() melding: Melding): Promise<Interventie[]> {
    const today = vandaag();
    return (await this.loaders.interventies(melding.id)).map((row) => toInterventie(row, today));
  }

  @ResolveField(() => [Overdracht], { description: 'Overdrachten of this melding.' })
  async overdrachten(@Parent() melding: Melding): Promise<Omit<Overdracht, 'monitoring'>[]> {
    return (await this.loaders.overdrachten(melding.id)).map(toOverdracht);
  }

  @ResolveField(() => [Terugkoppeling], { description: 'Feedback given to the melder.' })
  terugkoppelingen(@Parent() melding: Melding): Promise<Terugkoppeling[]> {
    return this.loaders.terugkoppelingen(melding.id);
  }
}

@Resolver(() => Overdracht)
export class OverdrachtFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [MonitoringContact], { description: 'Monitoring contacts at 3 and 12 months.' })
  async monitoring(@Parent() overdracht: Overdracht): Promise<MonitoringContact[]> {
    return (await this.loaders.monitoring(overdracht.id)).map(toMonitoring);
  }
}

@Resolver(() => Casus)
export class CasusVervolgFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Huisverbod], { description: 'Tijdelijke huisverboden in this casus.' })
  huisverboden(@Parent() casus: Casus): Promise<Huisverbod[]> {
    return this.loaders.huisverboden(casus.id);
  }

  @ResolveField(() => [Crisisinterventie], { description: 'Crisisinterventies in this casus.' })
  crisisinterventies(@Parent() casus: Casus): Promise<Crisisinterventie[]> {
    return this.loaders.crisisinterventies(casus.id);
  }
}
