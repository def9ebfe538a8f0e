import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { Melding, RegistreerMeldingInput } from '../melding/melding.types.js';
import { toMelding } from '../melding/melding.row.js';
import { MeldingService } from '../melding/melding.service.js';
import { Advies, AdviesContactInput, RegistreerAdviesInput } from './advies.types.js';
import { AdviesService } from './advies.service.js';

@Resolver(() => Advies)
export class AdviesResolver {
  constructor(
    private readonly service: AdviesService,
    private readonly meldingen: MeldingService,
    private readonly current: CurrentActor,
  ) {}

  @Mutation(() => Advies, { description: 'Registers an advies (no family data is stored). Idempotent with idempotencyKey.' })
  @Allow('create', 'Intake')
  registreerAdvies(@Args('input') input: RegistreerAdviesInput): Promise<Advies> {
    return this.service.registreer(input);
  }

  @Mutation(() => Advies, { description: 'Adds a contact to an open advies en ondersteuning.' })
  @Allow('create', 'Intake')
  voegAdviesContactToe(@Args('input') input: AdviesContactInput): Promise<Advies> {
    return this.service.voegContactToe(input);
  }

  @Mutation(() => Advies, { description: 'Closes an open advies.' })
  @Allow('create', 'Intake')
  sluitAdviesAf(
    @Args('adviesId', { type: () => ID, description: 'The advies.' }) adviesId: string,
    @Args('versie', { type: () => Int, description: 'The version you read.' }) versie: number,
  ): Promise<Advies> {
    return this.service.sluitAf(adviesId, versie);
  }

  @Mutation(() => Melding, {
    description: 'Converts an open advies into a melding (registered as registreerMelding does); the advies becomes OMGEZET.',
  })
  @Allow('create', 'Intake')
  async zetAdviesOmInMelding(
    @Args('adviesId', { type: () => ID, description: 'The advies to convert.' }) adviesId: string,
    @Args('versie', { type: () => Int, description: 'The version of the advies you read.' }) versie: number,
    @Args('melding', { description: 'The melding, now with the family data.' }) melding: RegistreerMeldingInput,
  ): Promise<Melding> {
    const row = await this.meldingen.registreer(melding, { id: adviesId, versie });
    return toMelding(row, this.current.ability);
  }

  @Query(() => Advies, { nullable: true, description: 'An advies of your region, or null.' })
  @Allow('read', 'Casus')
  advies(@Args('id', { type: () => ID, description: 'Id of the advies.' }) id: string): Promise<Advies | null> {
    return this.service.lees(id);
  }
}
