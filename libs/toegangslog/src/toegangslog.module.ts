import { Global, Module } from '@nestjs/common';
import { ToegangslogResolver } from './toegangslog.resolver.js';
import { ToegangslogService } from './toegangslog.service.js';

/** The NEN 7513 access log: written by every case service, read by the functioneel-beheerder. */
@Global()
@Module({ providers: [ToegangslogService, ToegangslogResolver], exports: [ToegangslogService] })
export class ToegangslogModule {}
