import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { toMelding } from '../melding/melding.row.js';
import { Melding } from '../melding/melding.types.js';
import { toCasus } from './casus.row.js';
import { Casus } from './casus.types.js';
import { HerindelingService } from './herindeling.service.js';
import { MaakRadarMatchOngedaanInput, SplitsCasusInput, VoegCasussenSamenInput } from './herindeling.types.js';

/** Merging and splitting casussen, and undoing a wrong radarfunctie match. */
@Resolver()
export class HerindelingResolver {
  constructor(
    private readonly service: HerindelingService,
    private readonly current: CurrentActor,
  ) {}

  @Mutation(() => Casus, {
    description:
      'Merges a casus into another of your region (and team): its meldingen, betrokkenen, timeline, history, journal, documents and process records move; it stays readable with status SAMENGEVOEGD and samengevoegdIn. Returns the casus that holds both.',
  })
  @Allow('update', 'Dossier')
  async voegCasussenSamen(@Args('input') input: VoegCasussenSamenInput): Promise<Casus> {
    return toCasus(await this.service.voegSamen(input));
  }

  @Mutation(() => Casus, {
    description:
      'Moves meldingen of a casus, with their betrokkenen, journal entries, documents, corrections, timeline events and process records, to a new casus. Betrokkenen left without a melding in the old casus end there (kept with the reason). Returns the new casus.',
  })
  @Allow('update', 'Dossier')
  async splitsCasus(@Args('input') input: SplitsCasusInput): Promise<Casus> {
    return toCasus(await this.service.splits(input));
  }

  @Mutation(() => Melding, {
    description:
      'Undoes a wrong radarfunctie match: the named betrokkenen get a new person of their own; when the melding then shares no person with the rest of its casus it moves to a new casus; the CBS classification is derived again (eerste melding when no betrokkene was known before). All in the history.',
  })
  @Allow('update', 'Dossier')
  async maakRadarMatchOngedaan(@Args('input') input: MaakRadarMatchOngedaanInput): Promise<Melding> {
    return toMelding(await this.service.maakRadarMatchOngedaan(input), this.current.ability);
  }
}
