import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { FlowProducer, Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { ApiError, ErrorCode, redisConnectionOptions } from '@vt/platform';
import { BENCHMARK_QUEUE } from './jobs.js';

/**
 * The api's handle on the benchmark queue, connected on first use: the api starts and serves
 * without Redis, and a recomputation asked while Redis is down fails at once with
 * NIET_BESCHIKBAAR instead of hanging.
 */
@Injectable()
export class BenchmarkWachtrij implements OnApplicationShutdown {
  private flows?: FlowProducer;
  private queue?: Queue;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private opties() {
    return { connection: { ...redisConnectionOptions(this.config.REDIS_URL), enableOfflineQueue: false, maxRetriesPerRequest: 1 }, prefix: this.config.QUEUE_PREFIX };
  }

  async gebruik<T>(work: (flows: FlowProducer, queue: Queue) => Promise<T>): Promise<T> {
    if (!this.flows || !this.queue) {
      // Connection errors surface as NIET_BESCHIKBAAR on use; the listeners keep them from crashing the process.
      this.flows = new FlowProducer(this.opties()).on('error', () => undefined);
      this.queue = new Queue(BENCHMARK_QUEUE, this.opties()).on('error', () => undefined);
    }
    try {
      await Promise.all([this.flows.waitUntilReady(), this.queue.waitUntilReady()]);
      return await work(this.flows, this.queue);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(ErrorCode.NIET_BESCHIKBAAR, 'The job queue is temporarily unavailable; try again in a moment');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.flows?.close(), this.queue?.close()]);
  }
}
