import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Allow } from '@vt/auth';
import { Tijdregistratie } from '../tijdregistratie/tijdregistratie.types.js';
import { BereikbaarheidService } from './bereikbaarheid.service.js';
import {
  Bereikbaarheidsdienst,
  Bereikbaarheidsrooster,
  PlanBereikbaarheidsdienstInput,
  RoosterGat,
  WijzigBereikbaarheidsdienstInput,
} from './bereikbaarheid.types.js';

/** The 24/7 bereikbaarheidsdienst: every region role reads the rooster; teammanager and functioneel-beheerder plan it. */
@Resolver(() => Bereikbaarheidsdienst)
export class BereikbaarheidResolver {
  constructor(private readonly service: BereikbaarheidService) {}

  @Query(() => Bereikbaarheidsrooster, { description: 'The on-call rooster of a period (at most 93 days): its shifts and its gaps.' })
  @Allow('read', 'Bereikbaarheidsrooster')
  bereikbaarheidsrooster(
    @Args('van', { type: () => GraphQLDateTime, description: 'Start of the period (inclusive).' }) van: Date,
    @Args('tot', { type: () => GraphQLDateTime, description: 'End of the period (exclusive), at most 93 days after van.' }) tot: Date,
  ): Promise<Bereikbaarheidsrooster> {
    return this.service.rooster(van, tot);
  }

  @Query(() => [RoosterGat], {
    description: 'Gaps of the rooster in the coming days from now: periods without a medewerker on call or without a vertrouwensarts.',
  })
  @Allow('read', 'Bereikbaarheidsrooster')
  bereikbaarheidsgaten(
    @Args('dagen', { type: () => Int, defaultValue: 14, description: 'How many days ahead, 1 to 93 (default 14).' }) dagen: number,
  ): Promise<RoosterGat[]> {
    return this.service.gaten(dagen);
  }

  @Query(() => [Bereikbaarheidsdienst], { description: 'The shifts on duty at a moment (default now), with who is on call.' })
  @Allow('read', 'Bereikbaarheidsrooster')
  wieHeeftDienst(
    @Args('op', { type: () => GraphQLDateTime, nullable: true, description: 'The moment; now when left out.' }) op?: Date | null,
  ): Promise<Bereikbaarheidsdienst[]> {
    return this.service.wieHeeftDienst(op ?? new Date());
  }

  @Mutation(() => Bereikbaarheidsdienst, {
    description: 'Plans a shift of the bereikbaarheidsdienst (teammanager, functioneel-beheerder).',
  })
  @Allow('update', 'Bereikbaarheidsrooster')
  planBereikbaarheidsdienst(@Args('input') input: PlanBereikbaarheidsdienstInput): Promise<Bereikbaarheidsdienst> {
    return this.service.plan(input);
  }

  @Mutation(() => Bereikbaarheidsdienst, {
    description:
      'Changes a shift (teammanager, functioneel-beheerder). Its period and medewerkers are fixed once its hours are booked (ONGELDIGE_OVERGANG).',
  })
  @Allow('update', 'Bereikbaarheidsrooster')
  wijzigBereikbaarheidsdienst(@Args('input') input: WijzigBereikbaarheidsdienstInput): Promise<Bereikbaarheidsdienst> {
    return this.service.wijzig(input);
  }

  @Mutation(() => Boolean, {
    description: 'Removes a shift without booked hours or recorded contacts (teammanager, functioneel-beheerder).',
  })
  @Allow('update', 'Bereikbaarheidsrooster')
  verwijderBereikbaarheidsdienst(
    @Args('id', { type: () => ID, description: 'The shift.' }) id: string,
    @Args('versie', { type: () => Int, description: 'The version you read.' }) versie: number,
  ): Promise<boolean> {
    return this.service.verwijder(id, versie);
  }

  @Mutation(() => [Tijdregistratie], {
    description:
      'Books the hours of an ended shift on BEREIKBAARHEIDSDIENST for each medewerker on call, per day (teammanager, functioneel-beheerder). ' +
      'Idempotent: booking again books nothing twice. Returns the bookings made from the shift; a closed month or more than 24 hours on a day is VALIDATIE and books nothing.',
  })
  @Allow('update', 'Bereikbaarheidsrooster')
  boekBereikbaarheidsuren(@Args('dienstId', { type: () => ID, description: 'The shift.' }) dienstId: string): Promise<Tijdregistratie[]> {
    return this.service.boekUren(dienstId);
  }
}
