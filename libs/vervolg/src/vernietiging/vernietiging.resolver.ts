import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import type { Connection } from '@vt/platform';
import { MAX_VOORSTEL, VernietigingService } from './vernietiging.service.js';
import {
  BewaartermijnJob,
  BewaartermijnVoorstel,
  VernietigPersoonsgegevensInput,
  Vernietiging,
  VernietigingConnection,
  VernietigingenArgs,
} from './vernietiging.types.js';

@Resolver(() => Vernietiging)
export class VernietigingResolver {
  constructor(private readonly service: VernietigingService) {}

  @Mutation(() => Vernietiging, {
    description:
      "Carries out a granted request to destroy a person's data (verzoek of soort VERNIETIGING, decided TOEGEWEZEN or DEELS): the person's own data, journal entries about them alone, their history and inzage exports go; their name, BSN, birth date and contact details are made unreadable in the texts that stay; their role in the family dossier stays without data. Once per verzoek: a retry returns the same record. The access log keeps its entries (ids only). Privacy officer and functioneel-beheerder.",
  })
  @Allow('update', 'Clientrecht')
  vernietigPersoonsgegevens(@Args('input') input: VernietigPersoonsgegevensInput): Promise<Vernietiging> {
    return this.service.vernietigPersoonsgegevens(input.verzoekId);
  }

  @Query(() => VernietigingConnection, { description: 'The destruction records of your region (without content), newest first.' })
  @Allow('read', 'Clientrecht')
  vernietigingen(@Args() args: VernietigingenArgs): Promise<Connection<Vernietiging>> {
    return this.service.lijst(args);
  }

  @Query(() => BewaartermijnVoorstel, {
    description:
      'Dry run of the retention job as of today: which closed casussen are past the bewaartermijn, how many a legal hold keeps, how many access-log entries are past their term. Destroys nothing.',
  })
  @Allow('read', 'Clientrecht')
  bewaartermijnVoorstel(
    @Args('first', { type: () => Int, defaultValue: 50, description: `How many casussen to list, oldest first (at most ${MAX_VOORSTEL}).` })
    first: number,
  ): Promise<BewaartermijnVoorstel> {
    return this.service.voorstel(first);
  }

  @Mutation(() => BewaartermijnJob, {
    description:
      "Runs the retention job for your region now (it also runs every night at 02:30). It follows the region's bewaartermijnModus: PROEFDRAAI only reports, UITVOEREN destroys. Follow it with job(queue: BEWAARTERMIJN, id).",
  })
  @Allow('update', 'Clientrecht')
  voerBewaartermijnUit(): Promise<BewaartermijnJob> {
    return this.service.start();
  }
}
