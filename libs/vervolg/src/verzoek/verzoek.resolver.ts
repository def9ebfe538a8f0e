import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { Casus } from '@vt/casus';
import type { Connection } from '@vt/platform';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { VerzoekService } from './verzoek.service.js';
import {
  BeslisVerzoekInput,
  RegistreerVerzoekInput,
  VerlengVerzoekInput,
  Verzoek,
  VerzoekConnection,
  VerzoekenArgs,
} from './verzoek.types.js';

/** The register of requests by betrokkenen: handled by the privacyfunctionaris and the functioneel-beheerder. */
@Resolver(() => Verzoek)
export class VerzoekResolver {
  constructor(
    private readonly service: VerzoekService,
    private readonly loaders: VervolgLoaders,
  ) {}

  @ResolveField(() => [ID], {
    description: 'The documents made for this request (the inzage PDF and JSON of maakInzageAfschrift with this verzoekId), oldest first.',
  })
  documentIds(@Parent() verzoek: Verzoek): Promise<string[]> {
    return this.loaders.verzoekDocumenten(verzoek.id);
  }

  @Query(() => VerzoekConnection, {
    description: 'Requests of betrokkenen in the region, most recently received first (each read is logged).',
  })
  @Allow('read', 'Clientrecht')
  verzoeken(@Args() args: VerzoekenArgs): Promise<Connection<Verzoek>> {
    return this.service.lijst(args);
  }

  @Mutation(() => Verzoek, {
    description:
      'Registers a request of a person (inzage, afschrift, correctie, aanvulling, vernietiging, bezwaar) with its term of one month.',
  })
  @Allow('create', 'Clientrecht')
  registreerVerzoek(@Args('input') input: RegistreerVerzoekInput): Promise<Verzoek> {
    return this.service.registreer(input);
  }

  @Mutation(() => Verzoek, {
    description: 'Extends the term of an open request once, within its first term, by one or two months, with the reasons.',
  })
  @Allow('update', 'Clientrecht')
  verlengVerzoek(@Args('input') input: VerlengVerzoekInput): Promise<Verzoek> {
    return this.service.verleng(input);
  }

  @Mutation(() => Verzoek, {
    description: 'Records the decision on a request, its grounds, when it was sent and the corrections made for it.',
  })
  @Allow('update', 'Clientrecht')
  beslisVerzoek(@Args('input') input: BeslisVerzoekInput): Promise<Verzoek> {
    return this.service.beslis(input);
  }
}

@Resolver(() => Casus)
export class CasusVerzoekFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  // Caseworkers must know a request is pending (so nothing is destroyed or sent meanwhile), not what it asks.
  @ResolveField(() => Int, {
    description:
      'How many requests of betrokkenen (AVG) about persons of this casus are still open; their content is for the privacy officer.',
  })
  openVerzoeken(@Parent() casus: Casus): Promise<number> {
    return this.loaders.openVerzoeken(casus.id);
  }
}
