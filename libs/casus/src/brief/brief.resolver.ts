import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { Document } from '../document/document.types.js';
import { BriefService } from './brief.service.js';
import { Briefsjabloon, LegBriefsjabloonVastInput, MaakBriefInput } from './brief.types.js';

@Resolver()
export class BriefResolver {
  constructor(private readonly brieven: BriefService) {}

  @Query(() => [Briefsjabloon], {
    description: "The region's letter templates, one per kind (the built-in text where the region has none).",
  })
  @Allow('read', 'Instellingen')
  briefsjablonen(): Promise<Briefsjabloon[]> {
    return this.brieven.sjablonen();
  }

  @Mutation(() => Briefsjabloon, { description: "Sets the region's own text for a kind of letter (functioneel-beheerder)." })
  @Allow('update', 'Instellingen')
  legBriefsjabloonVast(@Args('input', { description: 'Kind, title and text.' }) input: LegBriefsjabloonVastInput): Promise<Briefsjabloon> {
    return this.brieven.legVast(input);
  }

  @Mutation(() => Document, {
    description: 'Writes a letter from the dossier to PDF and stores it as a BRIEF document on the casus; download it like any document.',
  })
  @Allow('create', 'Document')
  maakBrief(@Args('input', { description: 'Which melding, which kind of letter, and to whom.' }) input: MaakBriefInput): Promise<Document> {
    return this.brieven.maak(input);
  }
}
