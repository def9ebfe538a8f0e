import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { catchError, from, type Observable } from 'rxjs';
import { ALLOW_KEY, type Permission } from '@vt/auth';
import { ApiError, ErrorCode } from '@vt/platform';
import { WeigeringenLog } from './weigeringen-log.js';

/** Codes that mean "refused" for a read: the caller may not, or the object is not theirs to see. */
const GEWEIGERDE_LEZING = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.NIET_GEVONDEN]);
/** A change is refused by any client error (access, state, version, input): none of it was applied. */
const GEWEIGERDE_WIJZIGING = new Set<string>([
  ...GEWEIGERDE_LEZING,
  ErrorCode.ONGELDIGE_OVERGANG,
  ErrorCode.VERSIE_CONFLICT,
  ErrorCode.VALIDATIE,
]);

/**
 * Every root query or mutation that a service refuses leaves a GEWEIGERD access-log entry,
 * written in its own transaction because the refused work rolls back. (Refusals by the guard
 * are written by the guard itself, before any resolver runs.)
 */
@Injectable()
export class WeigeringInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly weigeringen: WeigeringenLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ parentType?: { name?: string }; operation?: { operation?: string } }>();
    const root = info?.parentType?.name;
    if (root !== 'Query' && root !== 'Mutation') return next.handle();
    const geweigerd = root === 'Mutation' ? GEWEIGERDE_WIJZIGING : GEWEIGERDE_LEZING;
    return next.handle().pipe(
      catchError((error: unknown) => {
        const code = error instanceof ApiError ? error.extensions.code : undefined;
        if (typeof code !== 'string' || !geweigerd.has(code)) throw error;
        const permission = this.reflector.getAllAndOverride<Permission | undefined>(ALLOW_KEY, [context.getHandler(), context.getClass()]);
        return from(
          this.weigeringen.legVast(permission, gql.getArgs()).then(() => {
            throw error;
          }),
        );
      }),
    );
  }
}
