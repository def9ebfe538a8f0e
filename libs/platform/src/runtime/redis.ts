import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@vt/config';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** Connection options every Redis client of the platform shares (BullMQ needs maxRetriesPerRequest null). */
export function redisConnectionOptions(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(times * 200, 5000),
  };
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** One shared Redis connection per process, used for health checks and (later) the outbox relay. */
@Global()
@Module({})
export class RedisModule {
  static forRoot(): DynamicModule {
    const logger = new Logger('Redis');
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS_CLIENT,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => {
            const client = new Redis({ ...redisConnectionOptions(config.REDIS_URL), lazyConnect: false, enableOfflineQueue: false });
            let lastError = '';
            client.on('error', (error: Error) => {
              // ioredis retries by itself; log each distinct failure once instead of every retry.
              if (error.message !== lastError) logger.warn(`Redis connection error: ${error.message}`);
              lastError = error.message;
            });
            client.on('ready', () => (lastError = ''));
            return client;
          },
        },
        RedisCloser,
      ],
      exports: [REDIS_CLIENT],
    };
  }
}

/** BullMQ root options: the shared connection and the key prefix (separate prefixes keep installations and test runs apart). */
export function bullRootOptions(config: AppConfig) {
  return { connection: redisConnectionOptions(config.REDIS_URL), prefix: config.QUEUE_PREFIX };
}
