import { Module, type DynamicModule } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import type { AppConfig } from '@vt/config';
import { PlatformModule, redisConnectionOptions } from '@vt/platform';

/** Queue names are a contract between the api (which enqueues) and the worker (which processes). */
export const PLATFORM_QUEUE = 'platform';

/**
 * The background worker: BullMQ processors on Redis, with the same tenant isolation as the api.
 * Processors arrive with the features that need them; this wiring connects and reports health.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ config, service: 'vt-worker', databaseRole: 'application', entities: [] }),
        BullModule.forRoot({ connection: redisConnectionOptions(config.REDIS_URL), prefix: 'vt' }),
        BullModule.registerQueue({ name: PLATFORM_QUEUE }),
      ],
    };
  }
}
