import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { CbsService } from './cbs.service.js';
import { CbsBeleidsinformatie, CbsBeleidsinformatieArgs } from './cbs.types.js';

/** The CBS beleidsinformatie of the caller's region. */
@Resolver()
export class CbsResolver {
  constructor(private readonly service: CbsService) {}

  @Query(() => CbsBeleidsinformatie, {
    description:
      "The region's CBS beleidsinformatie for a half year: the StatLine tables 84847-84855 and 85361 with exact counts (the region's own view; publicatieAantal is the form for anything shown outside the region). For teammanagers and functioneel beheerders of the region. The row-level delivery file is downloaded at GET /rapportages/cbs/{halfjaar}/levering.csv (manifest: .../manifest.json).",
  })
  @Allow('read', 'Rapportage')
  cbsBeleidsinformatie(@Args() args: CbsBeleidsinformatieArgs): Promise<CbsBeleidsinformatie> {
    return this.service.beleidsinformatie(args.halfjaar);
  }
}
