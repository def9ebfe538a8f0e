import { Module } from '@nestjs/common';
import { BegrotingService } from './begroting/begroting.service.js';
import { BereikbaarheidResolver } from './bereikbaarheid/bereikbaarheid.resolver.js';
import { BereikbaarheidService } from './bereikbaarheid/bereikbaarheid.service.js';
import { FormatieResolver, ScenarioResolver } from './formatie.resolver.js';
import { MedewerkerService } from './medewerker/medewerker.service.js';
import { ScenarioService } from './scenario/scenario.service.js';
import { ZiekteverzuimResolver } from './ziekteverzuim/ziekteverzuim.resolver.js';
import { ZiekteverzuimService } from './ziekteverzuim/ziekteverzuim.service.js';
import { TijdregistratieService } from './tijdregistratie/tijdregistratie.service.js';
import { UrenImportService } from './tijdregistratie/uren-import.service.js';
import { UrenImportController } from './tijdregistratie/uren-import.controller.js';

/**
 * Formatie core: FTE over a period and the year's costs and budget, for the api, the benchmark and
 * the worker. Needs only the tenant's database, no signed-in caller.
 */
@Module({
  providers: [MedewerkerService, BegrotingService],
  exports: [MedewerkerService, BegrotingService],
})
export class FormatieCoreModule {}

/**
 * The api's formatie: tijdregistratie (with the CSV import endpoint), staff, begroting and
 * scenarios. The services here act for the signed-in caller (CurrentActor), so they live with
 * the transport that has one.
 */
@Module({
  imports: [FormatieCoreModule],
  controllers: [UrenImportController],
  providers: [
    TijdregistratieService,
    UrenImportService,
    ScenarioService,
    BereikbaarheidService,
    ZiekteverzuimService,
    ZiekteverzuimResolver,
    FormatieResolver,
    ScenarioResolver,
    BereikbaarheidResolver,
  ],
})
export class FormatieApiModule {}
