import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { InzageService } from './inzage.service.js';
import { InzageAfschrift } from './inzage.types.js';

@Resolver()
export class InzageResolver {
  constructor(private readonly inzage: InzageService) {}

  @Mutation(() => InzageAfschrift, {
    description:
      'Produces an inzage and afschrift for one person (not the family): a PDF and JSON of their data, the meldingen and casussen they appear in with their own role, journal entries and documents that concern them, and the history of changes. Other betrokkenen appear only as a role label, a melder who is anonymous or shielded (legMelderAfschermingVast) not at all. Logged as an EXPORT; stored as INZAGE documents. An unknown or invisible person is NIET_GEVONDEN.',
  })
  @Allow('create', 'Inzage')
  maakInzageAfschrift(
    @Args('persoonId', { type: () => ID, description: 'The person the inzage is for.' }) persoonId: string,
    @Args('verzoekId', {
      type: () => ID,
      nullable: true,
      description:
        'The verzoek (soort INZAGE or AFSCHRIFT, about this person) it is made for: the documents become part of its file (Verzoek.documentIds).',
    })
    verzoekId?: string | null,
  ): Promise<InzageAfschrift> {
    return this.inzage.maak(persoonId, verzoekId ?? null);
  }
}
