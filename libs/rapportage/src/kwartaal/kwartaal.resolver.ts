import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { KwartaalrapportageService } from './kwartaal.service.js';
import { Kwartaalrapportage } from './kwartaal.types.js';

@Resolver()
export class KwartaalrapportageResolver {
  constructor(private readonly kwartaal: KwartaalrapportageService) {}

  @Query(() => Kwartaalrapportage, {
    description:
      "The region's kwartaalrapportage for a month, quarter or year (teammanager, functioneel-beheerder): figures per month against the begroting and the same period of the two previous years, per gemeente per 100,000 inwoners. Download as PDF or XLSX at GET /rapportages/kwartaal/{periode}.pdf|.xlsx.",
  })
  @Allow('read', 'Rapportage')
  kwartaalrapportage(
    @Args('periode', {
      type: () => String,
      description:
        'A month "2026-03", a quarter "2026-Q1" or a year "2026"; not before 2000 and not starting after today (else VALIDATIE).',
    })
    periode: string,
  ): Promise<Kwartaalrapportage> {
    return this.kwartaal.bereken(periode);
  }
}
