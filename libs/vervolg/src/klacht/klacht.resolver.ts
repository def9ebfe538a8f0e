import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { Allow } from '@vt/auth';
import type { Connection } from '@vt/platform';
import { KlachtService } from './klacht.service.js';
import {
  Klacht,
  KlachtConnection,
  KlachtenArgs,
  KlachtTelling,
  RegistreerKlachtInput,
  SluitKlachtAfInput,
  WijzigKlachtInput,
} from './klacht.types.js';

/** The klachtenregister: kept by the privacyfunctionaris and the functioneel-beheerder. */
@Resolver(() => Klacht)
export class KlachtResolver {
  constructor(private readonly service: KlachtService) {}

  @Query(() => KlachtConnection, { description: 'Complaints of the region received in a period, most recent first (each read is logged).' })
  @Allow('read', 'Clientrecht')
  klachten(@Args() args: KlachtenArgs): Promise<Connection<Klacht>> {
    return this.service.lijst(args);
  }

  @Query(() => [KlachtTelling], {
    description: 'Complaints received in [van, tot) counted per outcome (null: still open), for the quarterly report.',
  })
  @Allow('read', 'Clientrecht')
  klachtenTelling(
    @Args('van', { type: () => DateResolver, description: 'First day of the period.' }) van: Date,
    @Args('tot', { type: () => DateResolver, description: 'Day after the period.' }) tot: Date,
  ): Promise<KlachtTelling[]> {
    return this.service.telling(van, tot);
  }

  @Mutation(() => Klacht, { description: 'Registers a complaint with the complainant, the subject, the route and optionally the casus.' })
  @Allow('create', 'Clientrecht')
  registreerKlacht(@Args('input') input: RegistreerKlachtInput): Promise<Klacht> {
    return this.service.registreer(input);
  }

  @Mutation(() => Klacht, { description: 'Changes the subject, route or casus of an open complaint.' })
  @Allow('update', 'Clientrecht')
  wijzigKlacht(@Args('input') input: WijzigKlachtInput): Promise<Klacht> {
    return this.service.wijzig(input);
  }

  @Mutation(() => Klacht, { description: 'Closes a complaint with its outcome.' })
  @Allow('update', 'Clientrecht')
  sluitKlachtAf(@Args('input') input: SluitKlachtAfInput): Promise<Klacht> {
    return this.service.sluitAf(input);
  }
}
