import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { CasusCoreModule, DocumentStore, createDocumentStore } from '@vt/casus';
import { InstellingenCoreModule } from '@vt/instellingen';
import { ToegangslogCoreModule } from '@vt/toegangslog';
import { QUEUE } from '@vt/platform';
import { BeoordelingResolver, MeldingBeoordelingFields } from './beoordeling/beoordeling.resolver.js';
import { BeoordelingService } from './beoordeling/beoordeling.service.js';
import { CasusActiesFields, CasusActiesResolver, MeldingTerugkoppelingFields } from './casus-acties/casus-acties.resolver.js';
import { CasusActiesService } from './casus-acties/casus-acties.service.js';
import { CasusHuisverbodFields, HuisverbodResolver } from './huisverbod/huisverbod.resolver.js';
import { HuisverbodService } from './huisverbod/huisverbod.service.js';
import { InterventieResolver, MeldingInterventieFields } from './interventie/interventie.resolver.js';
import { InterventieService } from './interventie/interventie.service.js';
import { KennisgevingResolver, MeldingKennisgevingFields } from './kennisgeving/kennisgeving.resolver.js';
import { KennisgevingService } from './kennisgeving/kennisgeving.service.js';
import { KlachtResolver } from './klacht/klacht.resolver.js';
import { KlachtService } from './klacht/klacht.service.js';
import { CasusVerzoekFields, VerzoekResolver } from './verzoek/verzoek.resolver.js';
import { VerzoekService } from './verzoek/verzoek.service.js';
import { InterventieMonitoringFields, MonitoringResolver, OverdrachtMonitoringFields } from './monitoring/monitoring.resolver.js';
import { MonitoringService } from './monitoring/monitoring.service.js';
import { MeldingOverdrachtFields, OverdrachtResolver } from './overdracht/overdracht.resolver.js';
import { OverdrachtService } from './overdracht/overdracht.service.js';
import { DeadlineProcessor } from './taken/deadline.processor.js';
import { TakenResolver } from './taken/taken.resolver.js';
import { TakenService } from './taken/taken.service.js';
import { VervolgLoaders } from './vervolg.loaders.js';
import { InterventieVoorwaardenFields, MonitoringVoorwaardenFields, VoorwaardenResolver } from './voorwaarden/voorwaarden.resolver.js';
import { VoorwaardenService } from './voorwaarden/voorwaarden.service.js';
import { BewaartermijnProcessor } from './vernietiging/bewaartermijn.processor.js';
import { Vernietiger } from './vernietiging/vernietiger.js';
import { VernietigingResolver } from './vernietiging/vernietiging.resolver.js';
import { VernietigingService } from './vernietiging/vernietiging.service.js';
import { WerkvoorraadResolver } from './werkvoorraad/werkvoorraad.resolver.js';
import { WerkvoorraadService } from './werkvoorraad/werkvoorraad.service.js';
import { VervolgVerhuizer } from './herindeling/vervolg-verhuizer.js';
import { MeldingScreeningFields, ScreeningResolver } from './screening/screening.resolver.js';
import { ScreeningService } from './screening/screening.service.js';

const SERVICES = [
  BeoordelingService,
  InterventieService,
  OverdrachtService,
  MonitoringService,
  CasusActiesService,
  HuisverbodService,
  WerkvoorraadService,
  TakenService,
  VoorwaardenService,
  ScreeningService,
  KennisgevingService,
  VerzoekService,
  KlachtService,
  VernietigingService,
];

/**
 * The process after the melding, without transport: beoordeling and toetsing, onderzoek / V&V,
 * overdracht, monitoring, terugkoppeling, huisverbod, crisis, werkvoorraad and deadline tasks. Uses
 * casus's services (MeldingService, CasusService, CasusChangeRecorder), the acting user and the
 * region's settings, which the app provides.
 */
@Module({
  imports: [CasusCoreModule, ToegangslogCoreModule, InstellingenCoreModule],
  providers: [...SERVICES, Vernietiger, VervolgVerhuizer],
  exports: SERVICES,
})
export class VervolgCoreModule {}

/** The GraphQL side of vervolg: mutations, queries and the fields it adds to Melding, Casus and Overdracht. */
@Module({
  imports: [VervolgCoreModule, CasusCoreModule, ToegangslogCoreModule, InstellingenCoreModule],
  providers: [
    VervolgLoaders,
    ScreeningResolver,
    MeldingScreeningFields,
    BeoordelingResolver,
    MeldingBeoordelingFields,
    InterventieResolver,
    MeldingInterventieFields,
    OverdrachtResolver,
    MeldingOverdrachtFields,
    MonitoringResolver,
    OverdrachtMonitoringFields,
    InterventieMonitoringFields,
    CasusActiesResolver,
    MeldingTerugkoppelingFields,
    CasusActiesFields,
    HuisverbodResolver,
    CasusHuisverbodFields,
    WerkvoorraadResolver,
    TakenResolver,
    VoorwaardenResolver,
    InterventieVoorwaardenFields,
    MonitoringVoorwaardenFields,
    KennisgevingResolver,
    MeldingKennisgevingFields,
    VerzoekResolver,
    CasusVerzoekFields,
    KlachtResolver,
    VernietigingResolver,
  ],
})
export class VervolgApiModule {}

/**
 * Worker side: the deadline watch. Only TakenService of the core: it needs the database and the
 * region's calendar, not the acting user or casus's services the casework services need.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE.DEADLINES }), InstellingenCoreModule],
  providers: [TakenService, DeadlineProcessor],
})
export class DeadlineWorkerModule {}

/**
 * Worker side: the nightly retention job. The destruction itself and the region's settings; the
 * document store is built here, as the api builds it, to remove destroyed documents' objects.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE.BEWAARTERMIJN }), InstellingenCoreModule],
  providers: [
    Vernietiger,
    BewaartermijnProcessor,
    { provide: DocumentStore, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createDocumentStore(config) },
  ],
})
export class BewaartermijnWorkerModule {}
