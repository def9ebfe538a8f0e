import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { WEIGERINGEN } from '@vt/auth';
import { ToegangslogResolver } from './toegangslog.resolver.js';
import { ToegangslogService } from './toegangslog.service.js';
import { WeigeringInterceptor } from './weigering.interceptor.js';
import { WeigeringenLog } from './weigeringen-log.js';

/** The NEN 7513 access log: written by every case service, read by the functioneel-beheerder; refused attempts included. */
@Global()
@Module({
  providers: [
    ToegangslogService,
    ToegangslogResolver,
    WeigeringenLog,
    { provide: WEIGERINGEN, useExisting: WeigeringenLog },
    { provide: APP_INTERCEPTOR, useClass: WeigeringInterceptor },
  ],
  exports: [ToegangslogService, WEIGERINGEN],
})
export class ToegangslogModule {}
