import { Inject, Injectable, Logger, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ClsService } from 'nestjs-cls';
import { TenantContext } from '@vt/database';
import { PUBLIC_KEY, forbidden, unauthenticated } from '@vt/platform';
import { defineAbilityFor } from './ability.js';
import { ALLOW_KEY, type Permission } from './allow.decorator.js';
import { CLS_ACTOR, CLS_CLIENT_ADRES } from './actor.js';
import { Authenticator, type AuthRequest } from './authenticator.js';
import { WEIGERINGEN, type Weigeringen } from './weigeringen.js';

/**
 * Global guard: authenticates the bearer token, puts the caller and tenant in the request context,
 * and checks the resolver's @Allow permission with CASL. Anything without @Allow is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly tenant: TenantContext,
    private readonly cls: ClsService,
    @Optional() @Inject(WEIGERINGEN) private readonly weigeringen?: Weigeringen,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const req = requestOf(context);
    if (!req) throw unauthenticated('Authentication required');
    // Verified once per HTTP request, however many root fields the operation has.
    const actor = await this.authenticator.actorOf(req);
    this.cls.set(CLS_ACTOR, actor);
    this.cls.set(CLS_CLIENT_ADRES, (req as { ip?: string }).ip ?? req.socket?.remoteAddress);
    if (actor.tenantId && actor.tenantCode) this.tenant.set(actor.tenantId, actor.tenantCode);

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
