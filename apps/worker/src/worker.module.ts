import { Module, type DynamicModule } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import type { AppConfig } from '@vt/config';
import { OutboxBacklogMetrics, OutboxRelay, PlatformModule, bullRootOptions, configureWorkers } from '@vt/platform';
import { BenchmarkWorkerModule, SnapshotProcessor } from '@vt/benchmark-kengetallen';
import { BewaartermijnProcessor, BewaartermijnWorkerModule, DeadlineProcessor, DeadlineWorkerModule } from '@vt/vervolg';

/**
 * The background worker: BullMQ processors on Redis. Every processor restores the tenant from its
 * job and fails closed without one. Wiring only; the processors live in libs/.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    configureWorkers(config, SnapshotProcessor, DeadlineProcessor, BewaartermijnProcessor);
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ config, service: 'vt-worker', databaseRole: 'application', entities: [] }),
        BullModule.forRoot(bullRootOptions(config)),
        BenchmarkWorkerModule,
        DeadlineWorkerModule,
        BewaartermijnWorkerModule,
      ],
      providers: config.OUTBOX_RELAY ? [OutboxRelay, OutboxBacklogMetrics] : [],
    };
  }
}
