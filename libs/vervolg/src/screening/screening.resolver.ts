import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { Melding, toMelding } from '@vt/casus';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { ScreeningService } from './screening.service.js';
import { Screening, ScreenMeldingInput } from './screening.types.js';

/** Screening of new meldingen for acute onveiligheid. */
@Resolver()
export class ScreeningResolver {
  constructor(
    private readonly service: ScreeningService,
    private readonly current: CurrentActor,
  ) {}

  @Mutation(() => Melding, {
    description:
      'Records the same-werkdag screening of a melding of your region (and team) for acute onveiligheid. ACUUT starts a crisisinterventie, moves the melding to the crisis team (instellingen.crisisteam) and puts its beoordeling before all other work (ACUUT_BEOORDELEN); NIET_ACUUT leaves the normal beoordeling. Once per melding (ONGELDIGE_OVERGANG after). The screening list is werkvoorraad(soorten: [SCREENEN]).',
  })
  @Allow('create', 'Beoordeling')
  async screenMelding(@Args('input') input: ScreenMeldingInput): Promise<Melding> {
    return toMelding(await this.service.screen(input), this.current.ability);
  }
}

/** Melding.screening. */
@Resolver(() => Melding)
export class MeldingScreeningFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => Screening, { nullable: true, description: 'The screening for acute onveiligheid, once done.' })
  async screening(@Parent() melding: Melding): Promise<Screening | null> {
    const row = await this.loaders.screening(melding.id);
    return row
      ? {
          id: row.id,
          uitkomst: row.uitkomst,
          toelichting: row.toelichting,
          uiterlijk: row.uiterlijk,
          tijdig: row.gescreend_datum <= row.uiterlijk,
          crisisinterventieId: row.crisisinterventie_id,
          gescreendDoorNaam: row.gescreend_door_naam,
          gescreendOp: row.gescreend_op,
        }
      : null;
  }
}
