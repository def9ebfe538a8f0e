import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { InputPipe } from '../graphql/input.pipe.js';
import { ApiErrorFilter } from '../graphql/api-error.filter.js';
import { TerminusModule } from '@nestjs/terminus';
import { ClsModule } from 'nestjs-cls';
import type { MixedList } from 'typeorm';
import { ConfigModule, type AppConfig } from '@vt/config';
import { DatabaseModule } from '@vt/database';
import { DatabaseHealthController, DegradedRedisHealthController, HealthController, ShutdownState } from './health.controller.js';
import { loggingModule } from './logging.module.js';
import { RedisModule } from './redis.js';
import { requestIdOf } from './request-id.js';
import { RequestLoaders } from '../graphql/request-loaders.js';
import { Queues } from '../queues/queues.service.js';
import { ObservabilityLifecycle } from './observability/observability.lifecycle.js';
import { QueueDepthMetrics } from './observability/queue-metrics.js';

export interface PlatformOptions {
  config: AppConfig;
  /** Service name in logs and in pg_stat_activity: vt-api, vt-benchmark, vt-worker. */
  service: string;
  databaseRole: 'application' | 'benchmark';
  entities: MixedList<Function>;
  /** Whether the process uses Redis (the benchmark service does not: it reaches PostgreSQL only). */
  redis?: boolean;
  /**
   * Whether readiness needs Redis (default true: the worker). The api sets false: it serves on
   * PostgreSQL alone and reports a Redis outage as degraded.
   */
  readinessNeedsRedis?: boolean;
}

/**
 * Everything an app process needs besides its domain modules: configuration, request context,
 * JSON logging, PostgreSQL, Redis and the health endpoints.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(options.config),
        ClsModule.forRoot({
          global: true,
          middleware: { mount: true, generateId: true, idGenerator: (req) => requestIdOf(req) },
        }),
        loggingModule(options.config, options.service),
        DatabaseModule.forRoot({ role: options.databaseRole, applicationName: options.service, entities: options.entities }),
        ...(options.redis === false ? [] : [RedisModule.forRoot()]),
        TerminusModule.forRoot({ errorLogStyle: 'json', gracefulShutdownTimeoutMs: 0 }),
      ],
      controllers: [
        options.redis === false
          ? DatabaseHealthController
          : options.readinessNeedsRedis === false
            ? DegradedRedisHealthController
            : HealthController,
      ],
      providers: [
        ShutdownState,
        RequestLoaders,
        Queues,
        ObservabilityLifecycle,
        ...(options.redis === false ? [] : [QueueDepthMetrics]),
        { provide: APP_FILTER, useClass: ApiErrorFilter },
        { provide: APP_PIPE, useClass: InputPipe },
      ],
      exports: [RequestLoaders, Queues, ObservabilityLifecycle],
    };
  }
}
