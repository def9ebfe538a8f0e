import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { ApiError, ErrorCode } from '@vt/platform';
import { Organisatie, Regio } from './organisatie.types.js';
import { OrganisatieService } from './organisatie.service.js';

@Resolver(() => Organisatie)
export class OrganisatieResolver {
  constructor(private readonly service: OrganisatieService) {}

  @Query(() => Organisatie, { description: "The caller's own Veilig Thuis organisation: its regions, gemeenten and inhabitants." })
  @Allow('read', 'Organisatie')
  async mijnOrganisatie(): Promise<Organisatie> {
    const organisatie = await this.service.mijnOrganisatie();
    if (!organisatie) throw new ApiError(ErrorCode.NIET_GEVONDEN, 'Your organisation is not registered on the platform');
    return organisatie;
  }
}

@Resolver(() => Regio)
export class RegioResolver {
  constructor(private readonly service: OrganisatieService) {}

  @Query(() => [Regio], { description: 'All Veilig Thuis regions with their inhabitants, ordered by code.' })
  @Allow('read', 'Regio')
  regios(): Promise<Regio[]> {
    return this.service.regios();
  }
}
