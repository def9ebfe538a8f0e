import { Body, Controller, HttpCode, Inject, Post, UseFilters } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { Public, RestErrorFilter, validatie } from '@vt/platform';
import { signDevToken } from './dev-keys.js';
import { ROLLEN, isRol } from './rol.js';

const GELDIGHEID = '8h';

/**
 * POST /dev/token: the development login of the portal. Issues the token `npm run token` issues
 * (same key, issuer, audience, claims, 8 hours) for a chosen role, region and optional team. The api registers
 * this controller only when development keys are on and NODE_ENV is not production; otherwise the
 * route does not exist (404).
 */
@Controller('dev')
@UseFilters(RestErrorFilter)
export class DevTokenController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  async token(@Body() body: unknown): Promise<{ token: string; geldigheid: string }> {
    const invoer = (body ?? {}) as { rol?: unknown; regio?: unknown; naam?: unknown; team?: unknown };
    if (!isRol(invoer.rol)) throw validatie('rol', `must be one of ${ROLLEN.join(', ')}`);
    const regio = invoer.regio === undefined || invoer.regio === null || invoer.regio === '' ? undefined : invoer.regio;
    if (regio !== undefined && (typeof regio !== 'string' || !/^VT[0-9]{2}$/.test(regio)))
      throw validatie('regio', 'must be a region code such as VT18');
    if (regio === undefined && invoer.rol !== 'landelijk-analist') throw validatie('regio', 'is required for region roles (e.g. VT18)');
    const naam = invoer.naam === undefined ? 'dev-user' : invoer.naam;
    if (typeof naam !== 'string' || !/^[\p{L}\p{N} .'-]{1,80}$/u.test(naam))
      throw validatie('naam', "must be 1 to 80 letters, digits, spaces or . ' -");
    // The team claim: a teammanager's management view is that of their team (else TEAM_ONTBREEKT).
    const team = invoer.team === undefined || invoer.team === null || invoer.team === '' ? undefined : invoer.team;
    if (team !== undefined && (typeof team !== 'string' || !/^[\p{L}\p{N} .'-]{1,100}$/u.test(team)))
      throw validatie('team', "must be 1 to 100 letters, digits, spaces or . ' -");
    const token = await signDevToken(this.config.AUTH_DEV_KEY_FILE, {
      issuer: this.config.AUTH_ISSUER,
      audience: this.config.AUTH_AUDIENCE,
      userId: naam,
      naam,
      tenant: regio,
      rollen: [invoer.rol],
      team,
      expiresIn: GELDIGHEID,
    });
    return { token, geldigheid: GELDIGHEID };
  }
}
