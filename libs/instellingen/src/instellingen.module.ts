import { Global, Module } from '@nestjs/common';
import { InstellingenResolver } from './instellingen.resolver.js';
import { InstellingenService } from './instellingen.service.js';

/** Region policy (multidisciplinary review, team restriction) and the region's werkdagen calendar. */
@Global()
@Module({ providers: [InstellingenService, InstellingenResolver], exports: [InstellingenService] })
export class InstellingenModule {}
