import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { BegrotingService, MedewerkerService } from '@vt/formatie';
import { BenchmarkBeheerResolver } from './beheer.resolver.js';
import { BenchmarkBerekening } from './berekening.service.js';
import { BenchmarkResolver } from './benchmark.resolver.js';
import { BenchmarkService } from './benchmark.service.js';
import { BENCHMARK_QUEUE } from './jobs.js';
import { SnapshotProcessor } from './snapshot.processor.js';

/** Benchmark service: read-only GraphQL over the aggregate tables (benchmark role). */
@Module({ providers: [BenchmarkService, BenchmarkResolver] })
export class BenchmarkLeesModule {}

/** Api: participation, freezing, recomputation (enqueued on Redis) and job progress. */
@Module({ providers: [BenchmarkBeheerResolver] })
export class BenchmarkBeheerModule {}

/** Worker: computes snapshots per organisation and period. */
@Module({
  imports: [BullModule.registerQueue({ name: BENCHMARK_QUEUE })],
  providers: [MedewerkerService, BegrotingService, BenchmarkBerekening, SnapshotProcessor],
})
export class BenchmarkWorkerModule {}
