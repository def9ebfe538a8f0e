import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Advies } from '../advies/advies.types.js';
import { Melding } from '../melding/melding.types.js';
import { BereikbaarheidLoaders } from './bereikbaarheidscontact.loaders.js';
import { BereikbaarheidContact } from './bereikbaarheidscontact.types.js';

const BESCHRIJVING = 'The bereikbaarheidsdienst that took it out of office hours; null for a contact in office hours.';

@Resolver(() => Melding)
export class MeldingBereikbaarheidFields {
  constructor(private readonly loaders: BereikbaarheidLoaders) {}

  // The parent was read under the caller's permissions and team rule; this adds only who was on call.
  @ResolveField('bereikbaarheid', () => BereikbaarheidContact, { nullable: true, description: BESCHRIJVING })
  bereikbaarheid(@Parent() melding: Melding): Promise<BereikbaarheidContact | null> {
    return this.loaders.van('melding', melding.id);
  }
}

@Resolver(() => Advies)
export class AdviesBereikbaarheidFields {
  constructor(private readonly loaders: BereikbaarheidLoaders) {}

  @ResolveField('bereikbaarheid', () => BereikbaarheidContact, { nullable: true, description: BESCHRIJVING })
  bereikbaarheid(@Parent() advies: Advies): Promise<BereikbaarheidContact | null> {
    return this.loaders.van('advies', advies.id);
  }
}
