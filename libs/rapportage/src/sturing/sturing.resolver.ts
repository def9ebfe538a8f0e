import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { SturingService } from './sturing.service.js';
import { Sturingsinformatie } from './sturing.types.js';

@Resolver()
export class SturingResolver {
  constructor(private readonly sturing: SturingService) {}

  @Query(() => Sturingsinformatie, {
    description:
      "The region's management view (teammanager, functioneel-beheerder): werkvoorraad and tasks per team and kind, the wachtlijsten, caseload per medewerker (all now, the team-level figures under the region's team rule), and per month of a year the % veiligheidsbeoordelingen within 5 werkdagen, the wachtlijsten at the month end and production against begroting.",
  })
  @Allow('read', 'Rapportage')
  sturingsinformatie(
    @Args('jaar', {
      type: () => Int,
      description: 'The year of the month figures: from 2000, not after the current year (else VALIDATIE).',
    })
    jaar: number,
  ): Promise<Sturingsinformatie> {
    return this.sturing.bereken(jaar);
  }
}
