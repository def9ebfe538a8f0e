import { Inject, Injectable, Logger, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ClsService } from 'nestjs-cls';
import { TenantContext } from '@vt/database';
import { PUBLIC_KEY, forbidden, unauthenticated, type LoggedRequest } from '@vt/platform';
import { defineAbilityFor } from './ability.js';
import { ALLOW_KEY, type Permission } from './allow.decorator.js';
import { CLS_ACTOR, CLS_CLIENT_ADRES, type Actor } from './actor.js';
import { TenantDirectory } from './tenant-directory.js';
import { TokenVerifier, bearerToken, refuse } from './token-verifier.js';
import { WEIGERINGEN, type Weigeringen } from './weigeringen.js';

type AuthRequest = LoggedRequest & { headers: Record<string, string | string[] | undefined>; actor?: Promise<Actor> };

/**
 * Global guard: authenticates the bearer token, puts the caller and tenant in the request context,
 * and checks the resolver's @Allow permission with CASL. Anything without @Allow is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly directory: TenantDirectory,
    private readonly tenant: TenantContext,
    private readonly cls: ClsService,
    @Optional() @Inject(WEIGERINGEN) private readonly weigeringen?: Weigeringen,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const req = requestOf(context);
    if (!req) throw unauthenticated('Authentication required');
    // Verify once per HTTP request, however many root fields the operation has.
    req.actor ??= this.authenticate(req);
    const actor = await req.actor;
    this.cls.set(CLS_ACTOR, actor);
    this.cls.set(CLS_CLIENT_ADRES, (req as { ip?: string }).ip ?? req.socket?.remoteAddress);
    if (actor.tenantId && actor.tenantCode) this.tenant.set(actor.tenantId, actor.tenantCode);
    req.tenantCode = actor.tenantCode;

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(ALLOW_KEY, targets);
    if (!permission) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no @Allow permission; refused`);
      await this.weigeringen?.legVast(undefined, argsOf(context));
      throw forbidden();
    }
    if (!defineAbilityFor(actor).can(permission.action, permission.subject)) {
      // Refused before any work: the attempt itself goes to the access log (own transaction).
      await this.weigeringen?.legVast(permission, argsOf(context));
      throw forbidden();
    }
    return true;
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

function argsOf(context: ExecutionContext): unknown {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getArgs() : undefined;
}

function requestOf(context: ExecutionContext): AuthRequest | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: AuthRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthRequest>();
}
