import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { InstellingenCoreModule } from '@vt/instellingen';
import { ToegangslogCoreModule } from '@vt/toegangslog';
import { AdviesResolver } from './advies/advies.resolver.js';
import { AdviesService } from './advies/advies.service.js';
import { CasusChangeRecorder } from './casus/casus-change-recorder.js';
import { CasusVerhuizingen } from './casus/casus-verhuizing.js';
import { MeldingVolgers } from './melding/melding-volgers.js';
import { HerindelingResolver } from './casus/herindeling.resolver.js';
import { HerindelingService } from './casus/herindeling.service.js';
import { CasusLoaders } from './casus/casus.loaders.js';
import { CasusResolver } from './casus/casus.resolver.js';
import { CasusService } from './casus/casus.service.js';
import { Nummering } from './casus/nummering.js';
import { BriefResolver } from './brief/brief.resolver.js';
import { BriefService } from './brief/brief.service.js';
import { InzageResolver } from './inzage/inzage.resolver.js';
import { InzageService } from './inzage/inzage.service.js';
import { WijzigingResolver } from './casus/wijziging.resolver.js';
import { WijzigingService } from './casus/wijziging.service.js';
import { DocumentController } from './document/document.controller.js';
import { CasusDocumentenFields, DocumentResolver } from './document/document.resolver.js';
import { DocumentService } from './document/document.service.js';
import { DocumentStore } from './document/document-store.js';
import { createDocumentStore } from './document/document-store-factory.js';
import { DocumentStoreSweep } from './document/document-store-sweep.js';
import { BewaarplichtService } from './casus/bewaarplicht.js';
import { BewaarplichtResolver } from './casus/bewaarplicht.resolver.js';
import { ZoekenResolver } from './casus/zoeken.resolver.js';
import { CasusJournaalFields, JournaalResolver } from './journaal/journaal.resolver.js';
import { JournaalLoaders } from './journaal/journaal.loaders.js';
import { JournaalService } from './journaal/journaal.service.js';
import { MeldingResolver } from './melding/melding.resolver.js';
import { MeldingService } from './melding/melding.service.js';
import { PolitieImportController } from './politie-import/politie-import.controller.js';
import { PolitieImportService } from './politie-import/politie-import.service.js';
import { ZorgmeldingResolver } from './zorgmelding/zorgmelding.resolver.js';
import { ZorgmeldingService } from './zorgmelding/zorgmelding.service.js';
import { BereikbaarheidLoaders } from './bereikbaarheid/bereikbaarheidscontact.loaders.js';
import { AdviesBereikbaarheidFields, MeldingBereikbaarheidFields } from './bereikbaarheid/bereikbaarheidscontact.resolver.js';

/**
 * Intake and dossier as services: advies, melding, persons (radarfunctie), casus with its timeline and journal,
 * and the tail of every casework change. What other domains and the worker import.
 */
@Module({
  imports: [ToegangslogCoreModule, InstellingenCoreModule],
  providers: [
    Nummering,
    AdviesService,
    MeldingService,
    CasusService,
    CasusLoaders,
    CasusChangeRecorder,
    DocumentService,
    { provide: DocumentStore, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createDocumentStore(config) },
    DocumentStoreSweep,
    BriefService,
    InzageService,
    WijzigingService,
    JournaalService,
    JournaalLoaders,
    CasusVerhuizingen,
    MeldingVolgers,
    HerindelingService,
    PolitieImportService,
    ZorgmeldingService,
    BewaarplichtService,
  ],
  exports: [
    AdviesService,
    MeldingService,
    CasusService,
    CasusLoaders,
    CasusChangeRecorder,
    DocumentService,
    DocumentStoreSweep,
    DocumentStore,
    BriefService,
    InzageService,
    WijzigingService,
    JournaalService,
    JournaalLoaders,
    CasusVerhuizingen,
    MeldingVolgers,
    HerindelingService,
    PolitieImportService,
    ZorgmeldingService,
    BewaarplichtService,
  ],
})
export class CasusCoreModule {}

/** The GraphQL side of intake and dossier: advies, melding, casus and journal queries and mutations, and search. */
@Module({
  imports: [CasusCoreModule, ToegangslogCoreModule, InstellingenCoreModule],
  controllers: [DocumentController, PolitieImportController],
  providers: [
    AdviesResolver,
    MeldingResolver,
    CasusResolver,
    ZoekenResolver,
    DocumentResolver,
    CasusDocumentenFields,
    BriefResolver,
    InzageResolver,
    WijzigingResolver,
    JournaalResolver,
    CasusJournaalFields,
    BereikbaarheidLoaders,
    MeldingBereikbaarheidFields,
    AdviesBereikbaarheidFields,
    HerindelingResolver,
    BewaarplichtResolver,
    ZorgmeldingResolver,
  ],
})
export class CasusApiModule {}
