import { Module } from '@nestjs/common';

/**
 * Reports a region owes others, computed from its own data inside its own transaction: the CBS
 * beleidsinformatie per half year (cbs/) and the kwartaalrapportage to the gemeenten (kwartaal/).
 * Reads other domains' tables through reviewed SQL only; owns no case data.
 */
@Module({ providers: [], exports: [] })
export class RapportageCoreModule {}

/** The GraphQL and download side of the reports. */
@Module({ imports: [RapportageCoreModule], providers: [] })
export class RapportageApiModule {}
