import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import client from 'prom-client';
import { QUEUE } from '../../queues/queues.js';
import { Queues } from '../../queues/queues.service.js';
import { registered, within } from './metrics.js';

const sources = new Set<Queues>();
const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed'] as const;
const TIMEOUT_MS = 1000;

const up = registered(
  'vt_queue_metrics_up',
  () =>
    new client.Gauge({
      name: 'vt_queue_metrics_up',
      help: '1 when the queue depths of this scrape were read from Redis, 0 when Redis did not answer within 1 s',
    }),
);

registered(
  'vt_queue_jobs',
  () =>
    new client.Gauge({
      name: 'vt_queue_jobs',
      help: 'Jobs per queue and state, read from Redis on scrape (every region together; no series when Redis is unavailable)',
      labelNames: ['queue', 'state'],
      async collect() {
        this.reset();
        const queues = sources.values().next().value;
        if (!queues) return;
        try {
          const counts = await within(
            Promise.all(
              Object.values(QUEUE).map(
                async (name) => [name, await (await queues.ready(name, TIMEOUT_MS)).getJobCounts(...STATES)] as const,
              ),
            ),
            TIMEOUT_MS,
          );
          for (const [queue, perState] of counts) for (const state of STATES) this.set({ queue, state }, perState[state] ?? 0);
          up.set(1);
        } catch {
          up.set(0);
        }
      },
    }),
);

/** Makes this process report queue depths (processes that use Redis: api and worker). */
@Injectable()
export class QueueDepthMetrics implements OnModuleInit, OnApplicationShutdown {
  constructor(private readonly queues: Queues) {}

  onModuleInit(): void {
    sources.add(this.queues);
  }

  onApplicationShutdown(): void {
    sources.delete(this.queues);
  }
}
