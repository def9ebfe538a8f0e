import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectsOnlyId } from '@vt/platform';
import { Allow, CurrentActor } from '@vt/auth';
import { Casus } from '../casus/casus.types.js';
import { CasusLoaders } from '../casus/casus.loaders.js';
import { toCasus } from '../casus/casus.row.js';
import { toPersoon } from '../persoon/persoon.row.js';
import { toMelding } from './melding.row.js';
import { MeldingService } from './melding.service.js';
import { Melding, MeldingBetrokkene, RegistreerMeldingInput } from './melding.types.js';

@Resolver(() => Melding)
export class MeldingResolver {
  constructor(
    private readonly service: MeldingService,
    private readonly loaders: CasusLoaders,
    private readonly current: CurrentActor,
  ) {}

  @Mutation(() => Melding, {
    description:
      'Registers a melding: matches the betrokkenen within the region (radarfunctie), links it to their casus or opens a new one, classifies it (CBS 85361) and sets the beoordeling deadline. Idempotent with idempotencyKey.',
  })
  @Allow('create', 'Intake')
  async registreerMelding(@Args('input') input: RegistreerMeldingInput): Promise<Melding> {
    return toMelding(await this.service.registreer(input), this.current.ability);
  }

  @Query(() => Melding, { nullable: true, description: 'A melding of your region, or null when it does not exist or is not yours to see.' })
  @Allow('read', 'Casus')
  async melding(@Args('id', { type: () => ID, description: 'Id of the melding.' }) id: string): Promise<Melding | null> {
    const row = await this.service.lees(id);
    return row ? toMelding(row, this.current.ability) : null;
  }

  @ResolveField(() => Casus, { description: 'The casus (dossier) this melding belongs to.' })
  async casus(@Parent() melding: Melding, @Info() info: GraphQLResolveInfo): Promise<Casus> {
    // `casus { id }` is the reference the melding holds: no read. The casus is visible whenever its
    // melding is (the team rule sees a casus through its meldingen), so the answer is the same.
    if (selectsOnlyId(info)) return { id: melding.casusId } as Casus;
    const row = await this.loaders.casus(melding.casusId);
    if (!row) throw new Error(`casus ${melding.casusId} of melding ${melding.id} not found`);
    return toCasus(row);
  }

  @ResolveField(() => [MeldingBetrokkene], { description: 'The directbetrokkenen with their role in this melding.' })
  async betrokkenen(@Parent() melding: Melding): Promise<MeldingBetrokkene[]> {
    const ability = this.current.ability;
    return (await this.loaders.betrokkenenVanMelding(melding.id)).map((row) => ({
      persoon: toPersoon(row, ability),
      rol: row.rol,
      wasBekend: row.was_bekend,
      beeindigdOp: row.beeindigd_op,
      beeindigdReden: row.beeindigd_reden,
    }));
  }
}
