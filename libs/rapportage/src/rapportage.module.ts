import { Module } from '@nestjs/common';
import { FormatieCoreModule } from '@vt/formatie';
import { InstellingenCoreModule } from '@vt/instellingen';
import { ToegangslogCoreModule } from '@vt/toegangslog';
import { CbsController } from './cbs/cbs.controller.js';
import { CbsResolver } from './cbs/cbs.resolver.js';
import { CbsService } from './cbs/cbs.service.js';
import { KwartaalrapportageController } from './kwartaal/kwartaal.controller.js';
import { KwartaalrapportageResolver } from './kwartaal/kwartaal.resolver.js';
import { KwartaalrapportageService } from './kwartaal/kwartaal.service.js';
import { SturingResolver } from './sturing/sturing.resolver.js';
import { SturingService } from './sturing/sturing.service.js';

/**
 * Reports a region owes others, computed from its own data inside its own transaction: the CBS
 * beleidsinformatie per half year (cbs/), the kwartaalrapportage to the gemeenten (kwartaal/) and the
 * management view of teammanagers and the functioneel-beheerder (sturing/).
 * Reads other domains' tables through reviewed SQL only; owns no case data.
 */
@Module({
  imports: [ToegangslogCoreModule, FormatieCoreModule, InstellingenCoreModule],
  providers: [CbsService, KwartaalrapportageService, SturingService],
  exports: [CbsService, KwartaalrapportageService, SturingService],
})
export class RapportageCoreModule {}

/** The GraphQL and download side of the reports. */
@Module({
  imports: [RapportageCoreModule],
  providers: [CbsResolver, KwartaalrapportageResolver, SturingResolver],
  controllers: [CbsController, KwartaalrapportageController],
})
export class RapportageApiModule {}
