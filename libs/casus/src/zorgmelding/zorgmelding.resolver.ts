import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import type { Connection } from '@vt/platform';
import { ZorgmeldingService } from './zorgmelding.service.js';
import { ScreenZorgmeldingJeugdInput, ZorgmeldingJeugd, ZorgmeldingJeugdConnection, ZorgmeldingenArgs } from './zorgmelding.types.js';

/** Politiezorgmeldingen jeugd: their own stream (imported with POST /import/politiemeldingen). */
@Resolver()
export class ZorgmeldingResolver {
  constructor(private readonly service: ZorgmeldingService) {}

  @Query(() => ZorgmeldingJeugdConnection, {
    description:
      'Politiezorgmeldingen jeugd of your region by screening date (status TE_SCREENEN: the screening list; totalCount counts them apart from meldingen). Each one shown is access-logged.',
  })
  @Allow('read', 'Dossier')
  zorgmeldingenJeugd(@Args() args: ZorgmeldingenArgs): Promise<Connection<ZorgmeldingJeugd>> {
    return this.service.lijst(args);
  }

  @Mutation(() => ZorgmeldingJeugd, {
    description:
      'Screens a politiezorgmelding jeugd: with onveiligheid in an afhankelijkheidsrelatie it becomes a regular melding (meldingId); without, it is forwarded to the lokaal team (doorgestuurdNaar, with when and how the betrokkenen were informed) and its persons are erased. Once (ONGELDIGE_OVERGANG after).',
  })
  @Allow('create', 'Beoordeling')
  screenZorgmeldingJeugd(@Args('input') input: ScreenZorgmeldingJeugdInput): Promise<ZorgmeldingJeugd> {
    return this.service.screen(input);
  }
}
