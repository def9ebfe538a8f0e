import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { SturingService } from './sturing.service.js';
import { Sturingsinformatie } from './sturing.types.js';

@Resolver()
export class SturingResolver {
  constructor(private readonly sturing: SturingService) {}

  @Query(() => Sturingsinformatie, {
    description:
      "The management view (teammanager, functioneel-beheerder): werkvoorraad and tasks per team and kind, caseload per medewerker and per team the wachtlijsten and month figures (% veiligheidsbeoordelingen within 5 werkdagen); for a functioneel-beheerder the whole region (bereik REGIO) with the region's month figures and wachtlijsten, for a teammanager only their own teams from the token (bereik TEAMS; no team in the token: TEAM_ONTBREEKT). Production against begroting is always the region's. Team figures follow the region's team rule.",
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
