import { Module } from '@nestjs/common';
import { BeoordelingService } from './beoordeling.service.js';
import { CasusActiesService } from './casus-acties.service.js';
import { InterventieService } from './interventie.service.js';
import { OverdrachtService } from './overdracht.service.js';
import { VervolgLoaders } from './vervolg.loaders.js';
import { WerkvoorraadResolver } from './werkvoorraad.resolver.js';
import { TakenResolver } from './taken.resolver.js';
import { JobsResolver } from './jobs.resolver.js';
import { BullModule } from '@nestjs/bullmq';
import { QUEUE } from '@vt/platform';
import { TakenService } from './taken.service.js';
import { DeadlineProcessor } from './deadline.processor.js';
import { InstellingenCoreModule } from '@vt/instellingen';
import { CasusCoreModule } from '@vt/casus';
import { ToegangslogCoreModule } from '@vt/toegangslog';
import { CasusVervolgFields, MeldingVervolgFields, OverdrachtFields, VervolgMutations } from './vervolg.resolver.js';

/** The process after the melding: beoordeling and toetsing, onderzoek / V&V, overdracht, monitoring, terugkoppeling, huisverbod, crisis. */
@Module({
  imports: [CasusCoreModule, ToegangslogCoreModule, InstellingenCoreModule],
  providers: [
    BeoordelingService,
    InterventieService,
    OverdrachtService,
    CasusActiesService,
    VervolgLoaders,
    VervolgMutations,
    MeldingVervolgFields,
    OverdrachtFields,
    CasusVervolgFields,
    WerkvoorraadResolver,
    TakenResolver,
    JobsResolver,
  ],
})
export class VervolgModule {}

/** Worker side: the deadline watch. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE.DEADLINES }), InstellingenCoreModule],
  providers: [TakenService, DeadlineProcessor],
})
export class DeadlineWorkerModule {}
