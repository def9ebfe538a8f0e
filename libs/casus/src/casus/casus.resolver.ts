import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { Melding } from '../melding/melding.types.js';
import { toMelding } from '../melding/melding.row.js';
import { Persoon } from '../persoon/persoon.types.js';
import { toPersoon } from '../persoon/persoon.row.js';
import { CasusLoaders } from './casus.loaders.js';
import { toCasus } from './casus.row.js';
import { CasusService } from './casus.service.js';
import { Casus, CasusBetrokkenheid, TijdlijnGebeurtenis } from './casus.types.js';

@Resolver(() => Casus)
export class CasusResolver {
  constructor(
    private readonly service: CasusService,
    private readonly loaders: CasusLoaders,
    private readonly current: CurrentActor,
  ) {}

  @Query(() => Casus, { nullable: true, description: 'A casus of your region with its betrokkenen, meldingen and timeline, or null.' })
  @Allow('read', 'Casus')
  async casus(@Args('id', { type: () => ID, description: 'Id of the casus.' }) id: string): Promise<Casus | null> {
    const row = await this.service.lees(id);
    return row ? toCasus(row) : null;
  }

  @ResolveField(() => [Persoon], { description: 'Everyone who is or was a directbetrokkene in a melding of this casus.' })
  async betrokkenen(@Parent() casus: Casus): Promise<Persoon[]> {
    const ability = this.current.ability;
    return (await this.loaders.personenVanCasus(casus.id)).map((row) => toPersoon(row, ability));
  }

  @ResolveField(() => [CasusBetrokkenheid], {
    description:
      'Every person who is or was a betrokkene of this casus, with since when and, for an ended involvement, when and why it ended.',
  })
  async betrokkenheden(@Parent() casus: Casus): Promise<CasusBetrokkenheid[]> {
    const ability = this.current.ability;
    return (await this.loaders.personenVanCasus(casus.id)).map((row) => ({
      persoon: toPersoon(row, ability),
      sinds: row.sinds,
      beeindigdOp: row.beeindigd_op,
      beeindigdReden: row.beeindigd_reden,
    }));
  }

  @ResolveField(() => [Melding], {
    description: 'The meldingen of this casus, oldest first (those of other teams are left out when the region restricts work to teams).',
  })
  async meldingen(@Parent() casus: Casus): Promise<Melding[]> {
    const ability = this.current.ability;
    return (await this.loaders.meldingenVanCasus(casus.id)).map((row) => toMelding(row, ability));
  }

  @ResolveField(() => Casus, {
    nullable: true,
    description: 'The casus this one was merged into (status SAMENGEVOEGD), which holds its meldingen from then on; null otherwise.',
  })
  async samengevoegdIn(@Parent() casus: Casus): Promise<Casus | null> {
    if (!casus.samengevoegdInId) return null;
    const row = await this.loaders.casus(casus.samengevoegdInId);
    return row ? toCasus(row) : null;
  }

  @ResolveField(() => [TijdlijnGebeurtenis], { description: 'Everything that happened in this casus, oldest first.' })
  tijdlijn(@Parent() casus: Casus): Promise<TijdlijnGebeurtenis[]> {
    return this.loaders.tijdlijn(casus.id);
  }
}
