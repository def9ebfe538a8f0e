import { Controller, Get, Header, Headers, UseFilters } from '@nestjs/common';
import { Public, RestErrorFilter } from '@vt/platform';
import { TokenVerifier, bearerToken } from './token-verifier.js';

/** What the portal shows of the signed-in person: the platform's reading of the token, not the IdP's claim names. */
export interface SessieAntwoord {
  naam: string;
  rollen: string[];
  regio: string | null;
  team: string | null;
}

/**
 * GET /sessie: the verified token as the platform reads it (name, platform roles after the issuer's
 * role mapping, region, team). The portal asks it after an OpenID Connect login, because each IdP
 * names its claims and groups differently. Public route, so it does its own verification (401 on failure).
 */
@Controller()
@UseFilters(RestErrorFilter)
export class SessieController {
  constructor(private readonly verifier: TokenVerifier) {}

  @Get('sessie')
  @Public()
  @Header('Cache-Control', 'no-store')
  async sessie(@Headers('authorization') header?: string): Promise<SessieAntwoord> {
    const claims = await this.verifier.verify(bearerToken(header));
    return { naam: claims.naam, rollen: [...claims.rollen], regio: claims.tenantCode ?? null, team: claims.team ?? null };
  }
}
