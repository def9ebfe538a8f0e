import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { PageArgs, forbidden, type Connection } from '@vt/platform';
import { Casus } from '../casus/casus.types.js';
import { toPersoon } from '../persoon/persoon.row.js';
import { Persoon } from '../persoon/persoon.types.js';
import { JournaalLoaders } from './journaal.loaders.js';
import { toJournaalregel } from './journaal.row.js';
import { JournaalService } from './journaal.service.js';
import {
  CorrigeerJournaalregelInput,
  Journaalregel,
  JournaalregelConnection,
  JournaalSoort,
  RegistreerJournaalregelInput,
} from './journaal.types.js';

@ArgsType()
class JournaalArgs extends PageArgs {
  @Field(() => JournaalSoort, { nullable: true, description: 'Only entries of this kind.' })
  soort?: JournaalSoort | null;
}

/** The journal of a casus: register, correct (a new version), list. */
@Resolver(() => Journaalregel)
export class JournaalResolver {
  constructor(
    private readonly service: JournaalService,
    private readonly loaders: JournaalLoaders,
    private readonly current: CurrentActor,
  ) {}

  @Mutation(() => Journaalregel, {
    description:
      'Registers a contact or activity in the journal of a casus. A bekendheidscheck (informatie van derden) needs bron and grondslag.',
  })
  @Allow('create', 'Journaal')
  registreerJournaalregel(@Args('input') input: RegistreerJournaalregelInput): Promise<Journaalregel> {
    return this.service.registreer(input);
  }

  @Mutation(() => Journaalregel, {
    description:
      'Corrects a journal entry (by its author or a teammanager): a new version replaces the current one, which stays readable as history. Only the current version can be corrected.',
  })
  @Allow('create', 'Journaal')
  corrigeerJournaalregel(@Args('input') input: CorrigeerJournaalregelInput): Promise<Journaalregel> {
    return this.service.corrigeer(input);
  }

  @Query(() => JournaalregelConnection, {
    description:
      'The current journal entries of a casus of your region (corrected versions left out), newest contact first; empty for a casus you cannot see.',
  })
  @Allow('read', 'Journaal')
  journaal(
    @Args('casusId', { type: () => ID, description: 'Id of the casus.' }) casusId: string,
    @Args() args: JournaalArgs,
  ): Promise<Connection<Journaalregel>> {
    return this.service.journaal(casusId, args);
  }

  @ResolveField(() => [Persoon], { description: 'The persons of the casus this entry concerns, by name.' })
  async betrokkenen(@Parent() regel: Journaalregel): Promise<Persoon[]> {
    const ability = this.current.ability;
    return (await this.loaders.betrokkenen(regel.id)).map((row) => toPersoon(row, ability));
  }

  @ResolveField(() => [Journaalregel], { description: 'The versions this one replaced, newest first; empty for an original entry.' })
  async eerdereVersies(@Parent() regel: Journaalregel): Promise<Journaalregel[]> {
    return regel.vervangtId ? (await this.loaders.eerdereVersies(regel.id)).map(toJournaalregel) : [];
  }
}

@Resolver(() => Casus)
export class CasusJournaalFields {
  constructor(
    private readonly service: JournaalService,
    private readonly current: CurrentActor,
  ) {}

  @ResolveField('journaal', () => JournaalregelConnection, {
    description: 'The current journal entries of this casus, newest contact first (as the query journaal).',
  })
  casusJournaal(@Parent() casus: Casus, @Args() args: JournaalArgs): Promise<Connection<Journaalregel>> {
    if (!this.current.ability.can('read', 'Journaal')) throw forbidden();
    return this.service.journaal(casus.id, args);
  }
}
