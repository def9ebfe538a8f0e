import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { FormatieCoreModule } from '@vt/formatie';
import { BenchmarkBeheerResolver } from './beheer.resolver.js';
import { BenchmarkBerekening } from './berekening.service.js';
import { BenchmarkResolver } from './benchmark.resolver.js';
import { BenchmarkResponsePlugin } from './benchmark-response.plugin.js';
import { BenchmarkService } from './benchmark.service.js';
import { BENCHMARK_QUEUE } from './jobs.js';
import { SnapshotProcessor } from './snapshot.processor.js';

/** Benchmark core: computes and stores one organisation's kengetallen for a period (no signed-in caller needed). */
@Module({
  imports: [FormatieCoreModule],
  providers: [BenchmarkBerekening],
  exports: [BenchmarkBerekening],
})
export class BenchmarkCoreModule {}

/**
 * Benchmark service: read-only GraphQL over the aggregate tables (benchmark role) for the signed-in
 * caller. Exports the response cache plugin for the benchmark app's GraphQL options.
 */
@Module({ providers: [BenchmarkService, BenchmarkResolver, BenchmarkResponsePlugin], exports: [BenchmarkResponsePlugin] })
export class BenchmarkApiModule {}

/** Api: participation, freezing, recomputation (enqueued on Redis) and job progress. */
@Module({ providers: [BenchmarkBeheerResolver] })
export class BenchmarkBeheerApiModule {}

/** Worker: computes snapshots per organisation and period. */
@Module({
  imports: [BenchmarkCoreModule, BullModule.registerQueue({ name: BENCHMARK_QUEUE })],
  providers: [SnapshotProcessor],
})
export class BenchmarkWorkerModule {}
