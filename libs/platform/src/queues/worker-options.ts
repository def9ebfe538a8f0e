import type { WorkerOptions } from 'bullmq';
import type { AppConfig } from '@vt/config';
import { observeProcessor } from '../runtime/observability/jobs.js';

// @nestjs/bullmq reads worker options from this metadata when it creates the workers.
const WORKER_METADATA = 'bullmq:worker_metadata';

/**
 * Applies the configured concurrency and lock duration to processor classes before the app starts.
 * A job whose worker dies keeps its lock for lockDuration; then another worker takes it over.
 * Each processor's attempts are also measured and traced (observeProcessor).
 */
export function configureWorkers(config: AppConfig, ...processors: Function[]): void {
  const options: Partial<WorkerOptions> = {
    concurrency: config.WORKER_CONCURRENCY,
    lockDuration: config.WORKER_LOCK_MS,
    stalledInterval: config.WORKER_LOCK_MS,
    maxStalledCount: 2,
  };
  for (const processor of processors) {
    Reflect.defineMetadata(WORKER_METADATA, options, processor);
    observeProcessor(processor);
  }
}
