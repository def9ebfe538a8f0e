import { Module } from '@nestjs/common';
import { InstellingenResolver } from './instellingen.resolver.js';
import { InstellingenService } from './instellingen.service.js';

/** Region policy (multidisciplinary review, team restriction) and the region's werkdagen calendar. */
@Module({ providers: [InstellingenService], exports: [InstellingenService] })
export class InstellingenCoreModule {}

/** The GraphQL side: reading and changing the policy and the calendar (functioneel-beheerder). */
@Module({ imports: [InstellingenCoreModule], providers: [InstellingenResolver] })
export class InstellingenApiModule {}
