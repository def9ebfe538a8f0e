import { Module } from '@nestjs/common';
import { ToegangslogCoreModule } from '@vt/toegangslog';
import { CbsController } from './cbs/cbs.controller.js';
import { CbsResolver } from './cbs/cbs.resolver.js';
import { CbsService } from './cbs/cbs.service.js';

/**
 * Reports a region owes others, computed from its own data inside its own transaction: the CBS
 * beleidsinformatie per half year (cbs/) and the kwartaalrapportage to the gemeenten (kwartaal/).
 * Reads other domains' tables through reviewed SQL only; owns no case data.
 */
@Module({ imports: [ToegangslogCoreModule], providers: [CbsService], exports: [CbsService] })
export class RapportageCoreModule {}

/** The GraphQL and download side of the reports. */
@Module({ imports: [RapportageCoreModule], providers: [CbsResolver], controllers: [CbsController] })
export class RapportageApiModule {}
