import { Nummering } from './casus/nummering.js';
import { Global, Module } from '@nestjs/common';
import { AdviesResolver } from './advies/advies.resolver.js';
import { AdviesService } from './advies/advies.service.js';
import { CasusChangeRecorder } from './casus/casus-change-recorder.js';
import { CasusLoaders } from './casus/casus.loaders.js';
import { CasusResolver } from './casus/casus.resolver.js';
import { CasusService } from './casus/casus.service.js';
import { ZoekenResolver } from './casus/zoeken.resolver.js';
import { MeldingResolver } from './melding/melding.resolver.js';
import { MeldingService } from './melding/melding.service.js';

/** Intake and dossier: advies, melding, persons (radarfunctie), casus with its timeline, and search. */
@Global()
@Module({
  providers: [
    Nummering,
    AdviesService,
    AdviesResolver,
    MeldingService,
    MeldingResolver,
    CasusService,
    CasusResolver,
    CasusLoaders,
    CasusChangeRecorder,
    ZoekenResolver,
  ],
  exports: [MeldingService, CasusService, CasusLoaders, CasusChangeRecorder],
})
export class CasusModule {}
