import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { FlowProducer, Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { ApiError, ErrorCode } from '../graphql/errors.js';
import { redisConnectionOptions } from '../runtime/redis.js';
import { withTraceparent } from '../runtime/observability/jobs.js';
import { tracingEnabled } from '../runtime/observability/tracing.js';

/**
 * Producer-side queues, connected on first use and failing fast while Redis is down (no offline
 * queue), so callers can fall back on the outbox or answer NIET_BESCHIKBAAR instead of hanging.
 */
@Injectable()
export class Queues implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();
  private flowProducer?: FlowProducer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private options() {
    return {
      connection: { ...redisConnectionOptions(this.config.REDIS_URL), enableOfflineQueue: false, maxRetriesPerRequest: 1 },
      prefix: this.config.QUEUE_PREFIX,
    };
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      // Connection errors surface on use; this listener only keeps them from crashing the process.
      queue = new Queue(name, this.options()).on('error', () => undefined);
      if (tracingEnabled()) {
        // The enqueuing request's trace goes along in the job data (trace and span ids only).
        const add = queue.add.bind(queue);
        queue.add = (jobName, data, opts) => add(jobName, withTraceparent(data), opts);
      }
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** For parent/child jobs (a recomputation with one child per region). */
  flows(): FlowProducer {
    this.flowProducer ??= new FlowProducer(this.options()).on('error', () => undefined);
    return this.flowProducer;
  }

  /** The queue once its connection is ready; rejects after timeoutMs (Redis down) instead of waiting. */
  async ready(name: string, timeoutMs = 5000): Promise<Queue> {
    const queue = this.queue(name);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        queue.waitUntilReady(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs))),
      ]);
      return queue;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs work against a ready queue; Redis problems become NIET_BESCHIKBAAR for API callers. */
  async use<T>(name: string, work: (queue: Queue) => Promise<T>): Promise<T> {
    try {
      return await work(await this.ready(name));
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(ErrorCode.NIET_BESCHIKBAAR, 'The job queue is temporarily unavailable; try again in a moment');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [...this.queues.values(), ...(this.flowProducer ? [this.flowProducer] : [])].map((q) => q.close().catch(() => undefined)),
    );
  }
}
