import { Module } from '@nestjs/common';
import { BegrotingService } from './begroting/begroting.service.js';
import { FormatieResolver, ScenarioResolver } from './formatie.resolver.js';
import { MedewerkerService } from './medewerker/medewerker.service.js';
import { ScenarioService } from './scenario/scenario.service.js';
import { TijdregistratieService } from './tijdregistratie/tijdregistratie.service.js';
import { UrenImportService } from './tijdregistratie/uren-import.service.js';
import { UrenImportController } from './tijdregistratie/uren-import.controller.js';

/** Tijdregistratie, formatie, kosten en begroting, the formatieberekening and scenarios. */
@Module({
  controllers: [UrenImportController],
  providers: [
    MedewerkerService,
    TijdregistratieService,
    UrenImportService,
    BegrotingService,
    ScenarioService,
    FormatieResolver,
    ScenarioResolver,
  ],
  exports: [MedewerkerService, BegrotingService],
})
export class FormatieModule {}
