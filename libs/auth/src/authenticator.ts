import { Injectable } from '@nestjs/common';
import type { LoggedRequest } from '@vt/platform';
import type { Actor } from './actor.js';
import { TenantDirectory } from './tenant-directory.js';
import { TokenVerifier, bearerToken, refuse } from './token-verifier.js';

/** An HTTP request as authentication sees it; the verified caller is kept on it (see Authenticator.actorOf). */
export type AuthRequest = LoggedRequest & { headers: Record<string, string | string[] | undefined>; actor?: Promise<Actor> };

/**
 * Turns a request's bearer token into the verified caller: the token's claims, and for a region the
 * tenant that serves it. The one place that does so, for the guard and for anything that must know
 * the caller before a resolver runs (the benchmark service's response cache).
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly directory: TenantDirectory,
  ) {}

  /** The verified caller of `req` (UNAUTHENTICATED otherwise); verified once per HTTP request, however often asked. */
  async actorOf(req: AuthRequest): Promise<Actor> {
    req.actor ??= this.authenticate(req);
    const actor = await req.actor;
    req.tenantCode = actor.tenantCode;
    return actor;
  }

  private async authenticate(req: AuthRequest): Promise<Actor> {
    const claims = await this.verifier.verify(bearerToken(req.headers.authorization));
    const actor: Actor = { userId: claims.userId, naam: claims.naam, rollen: claims.rollen, team: claims.team, namens: claims.namens };
    // A national analyst never gets a tenant, so no path can reach case data for them.
    if (claims.rollen.includes('landelijk-analist')) {
      if (claims.rollen.length > 1) throw refuse('claims', 'The role landelijk-analist cannot be combined with region roles');
      return actor;
    }
    if (!claims.tenantCode) throw refuse('claims', 'Token has no tenant claim naming the region');
    const tenant = await this.directory.findByRegioCode(claims.tenantCode);
    if (!tenant) throw refuse('unknown_region', `Token names region ${claims.tenantCode}, which is not served by any organisation`);
    return { ...actor, tenantCode: tenant.code, tenantId: tenant.id };
  }
}
