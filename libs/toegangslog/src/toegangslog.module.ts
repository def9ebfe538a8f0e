import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { WEIGERINGEN } from '@vt/auth';
import { ToegangslogResolver } from './toegangslog.resolver.js';
import { ToegangslogService } from './toegangslog.service.js';
import { WeigeringInterceptor } from './weigering.interceptor.js';
import { WeigeringenLog } from './weigeringen-log.js';

/**
 * The NEN 7513 access log as a service: written by every case service, and (as WEIGERINGEN, for
 * the auth guard) the GEWEIGERD entries of refused attempts.
 */
@Module({
  providers: [ToegangslogService, WeigeringenLog, { provide: WEIGERINGEN, useExisting: WeigeringenLog }],
  exports: [ToegangslogService, WeigeringenLog, WEIGERINGEN],
})
export class ToegangslogCoreModule {}

/** The GraphQL side: reading the log (functioneel-beheerder), and logging root fields a service refuses. */
@Module({
  imports: [ToegangslogCoreModule],
  providers: [ToegangslogResolver, { provide: APP_INTERCEPTOR, useClass: WeigeringInterceptor }],
})
export class ToegangslogApiModule {}
