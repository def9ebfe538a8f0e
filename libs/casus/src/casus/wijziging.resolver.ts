import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import type { Connection } from '@vt/platform';
import { toMelding } from '../melding/melding.row.js';
import { Melding } from '../melding/melding.types.js';
import { toPersoon } from '../persoon/persoon.row.js';
import { Persoon } from '../persoon/persoon.types.js';
import { WijzigingService } from './wijziging.service.js';
import {
  BeeindigBetrokkenheidInput,
  LegMelderAfschermingVastInput,
  VoegBetrokkeneToeInput,
  Wijziging,
  WijzigBetrokkeneInput,
  WijzigingConnection,
  WijzigingenArgs,
  WijzigMeldingInput,
  WijzigPersoonInput,
} from './wijziging.types.js';

/** Corrections of recorded case data, and their history. */
@Resolver()
export class WijzigingResolver {
  constructor(
    private readonly service: WijzigingService,
    private readonly current: CurrentActor,
  ) {}

  @Mutation(() => Persoon, {
    description:
      'Corrects or enriches a person of your region (and team); every changed field is kept in the history with its old value and the reason.',
  })
  @Allow('update', 'Dossier')
  async wijzigPersoon(@Args('input') input: WijzigPersoonInput): Promise<Persoon> {
    return toPersoon(await this.service.wijzigPersoon(input), this.current.ability);
  }

  @Mutation(() => Melding, {
    description:
      'Corrects or enriches a melding of your region (and team); every changed field is kept in the history with its old value and the reason.',
  })
  @Allow('update', 'Dossier')
  async wijzigMelding(@Args('input') input: WijzigMeldingInput): Promise<Melding> {
    return toMelding(await this.service.wijzigMelding(input), this.current.ability);
  }

  @Mutation(() => Melding, {
    description:
      'Records or lifts the decision that revealing the melder would endanger someone (with the reason, kept in the history): a shielded melder is left out of every inzage and afschrift, like an anonymous one.',
  })
  @Allow('update', 'Dossier')
  async legMelderAfschermingVast(@Args('input') input: LegMelderAfschermingVastInput): Promise<Melding> {
    return toMelding(await this.service.legMelderAfschermingVast(input), this.current.ability);
  }

  @Mutation(() => Melding, {
    description:
      'Adds a directbetrokkene to a melding of your region (and team), matched within the region; kept in the history with the reason.',
  })
  @Allow('update', 'Dossier')
  async voegBetrokkeneToe(@Args('input') input: VoegBetrokkeneToeInput): Promise<Melding> {
    return toMelding(await this.service.voegBetrokkeneToe(input), this.current.ability);
  }

  @Mutation(() => Melding, { description: 'Changes the role of a directbetrokkene of a melding; kept in the history with the reason.' })
  @Allow('update', 'Dossier')
  async wijzigBetrokkene(@Args('input') input: WijzigBetrokkeneInput): Promise<Melding> {
    return toMelding(await this.service.wijzigBetrokkene(input), this.current.ability);
  }

  @Mutation(() => Melding, {
    description:
      'Ends the involvement of a directbetrokkene in a role; it stays on the melding with its end date and reason (never deleted).',
  })
  @Allow('update', 'Dossier')
  async beeindigBetrokkenheid(@Args('input') input: BeeindigBetrokkenheidInput): Promise<Melding> {
    return toMelding(await this.service.beeindigBetrokkenheid(input), this.current.ability);
  }

  @Query(() => WijzigingConnection, {
    description:
      'History of corrections of a casus, its meldingen and its persons, newest first. NIET_GEVONDEN when the casus is not yours to see. BSN and contact values are null for roles that may not see them.',
  })
  @Allow('read', 'Casus')
  wijzigingen(@Args() args: WijzigingenArgs): Promise<Connection<Wijziging>> {
    return this.service.lijst(args);
  }
}
