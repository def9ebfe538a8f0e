import {
  Controller,
  Get,
  Inject,
  Injectable,
  Logger,
  Optional,
  ServiceUnavailableException,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorFunction,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { ReferenceDb, kysely, sql } from '@vt/database';
import { REDIS_CLIENT } from './redis.js';
import { Public } from './public.decorator.js';
import { IdentityProviderHealth } from './identity-provider-health.js';

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref(),
    ),
  ]);
}

/** Tracks shutdown so readiness fails first and the load balancer stops sending traffic. */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  shuttingDown = false;

  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }
}

/**
 * /health/live: the process runs. /health/ready: PostgreSQL answers and no shutdown is under way;
 * a trusted issuer whose keys cannot be fetched makes it `status: 'degraded'`, still HTTP 200.
 */
@Public()
@Controller('health')
export class DatabaseHealthController {
  private readonly idpLogger = new Logger('Health');
  // Provided by AuthModule in the apps that verify tokens (api, benchmark); the worker has none.
  @Optional() @Inject(IdentityProviderHealth) private readonly identityProviders?: IdentityProviderHealth;

  constructor(
    protected readonly health: HealthCheckService,
    protected readonly indicators: HealthIndicatorService,
    private readonly db: ReferenceDb,
    protected readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  async ready(): Promise<HealthCheckResult | DegradedResult> {
    if (this.shutdown.shuttingDown) throw new ServiceUnavailableException({ status: 'shutting_down' });
    const result = await this.health.check(this.checks());
    return withDegraded(result, this.identityProviderChecks());
  }

  /** One indicator per issuer with remote keys: `identity-provider:<naam>`. */
  protected identityProviderChecks(): HealthIndicatorResult {
    const checks: HealthIndicatorResult = {};
    for (const issuer of this.identityProviders?.issuerHealth() ?? []) {
      checks[`identity-provider:${issuer.naam}`] = issuer.up
        ? { status: 'up' }
        : { status: 'down', keys: issuer.keys ? 'cached' : 'none', ...(issuer.message ? { message: issuer.message } : {}) };
    }
    return checks;
  }

  protected checks(): HealthIndicatorFunction[] {
    return [() => this.checkPostgres()];
  }

  protected async checkPostgres() {
    const session = this.indicators.check('postgresql');
    try {
      await withTimeout(
        this.db.read((manager) => sql`SELECT 1`.execute(kysely(manager))),
        'PostgreSQL',
      );
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : 'unavailable' });
    }
  }
}

type DegradedResult = Omit<HealthCheckResult, 'status'> & { status: 'degraded'; degraded: HealthIndicatorResult };

/** Adds optional dependencies to a passed check: all up -> info; any down -> status degraded (HTTP 200). */
function withDegraded(result: HealthCheckResult | DegradedResult, optional: HealthIndicatorResult): HealthCheckResult | DegradedResult {
  const down = Object.fromEntries(Object.entries(optional).filter(([, value]) => value.status !== 'up'));
  const up = Object.fromEntries(Object.entries(optional).filter(([, value]) => value.status === 'up'));
  const details = { ...result.details, ...optional };
  const info = { ...result.info, ...up };
  if (Object.keys(down).length === 0 && result.status !== 'degraded') return { ...result, info, details };
  const degraded = { ...('degraded' in result ? result.degraded : {}), ...down };
  return { ...result, status: 'degraded', info, degraded, details };
}

/** Redis's state as a health indicator result; shared by the worker (required) and the api (reported). */
async function redisIndicator(indicators: HealthIndicatorService, redis: Redis) {
  const session = indicators.check('redis');
  try {
    if (redis.status !== 'ready') return session.down({ message: `connection ${redis.status}` });
    await withTimeout(redis.ping(), 'Redis');
    return session.up();
  } catch (error) {
    return session.down({ message: error instanceof Error ? error.message : 'unavailable' });
  }
}

/**
 * As DatabaseHealthController, and Redis must answer too (worker): the worker's whole job is to
 * take jobs from Redis, so a worker without Redis is rightly not ready.
 */
@Public()
@Controller('health')
export class HealthController extends DatabaseHealthController {
  constructor(
    health: HealthCheckService,
    indicators: HealthIndicatorService,
    db: ReferenceDb,
    shutdown: ShutdownState,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
  ) {
    super(health, indicators, db, shutdown);
  }

  protected override checks(): HealthIndicatorFunction[] {
    return [...super.checks(), () => redisIndicator(this.indicators, this.redis)];
  }
}

/**
 * The api: ready with PostgreSQL alone. Requests keep working during a Redis outage (background work
 * waits in the outbox, in PostgreSQL), so Redis down is reported as `status: 'degraded'` with HTTP 200
 * and one warning log line per transition, instead of taking every api pod out of service.
 */
@Public()
@Controller('health')
export class DegradedRedisHealthController extends DatabaseHealthController {
  private readonly logger = new Logger('Health');
  private redisDown = false;

  constructor(
    health: HealthCheckService,
    indicators: HealthIndicatorService,
    db: ReferenceDb,
    shutdown: ShutdownState,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
  ) {
    super(health, indicators, db, shutdown);
  }

  @Get('ready')
  @HealthCheck()
  override async ready(): Promise<HealthCheckResult | DegradedResult> {
    // PostgreSQL decides readiness (503 when down); Redis is only looked at once that passed.
    const result = await super.ready();
    const redis = await redisIndicator(this.indicators, this.redis);
    const down = redis['redis']?.status !== 'up';
    if (down !== this.redisDown) {
      this.redisDown = down;
      if (down)
        this.logger.warn(
          `Redis unavailable (${String(redis['redis']?.['message'] ?? 'down')}): api stays ready, background work waits in the outbox`,
        );
      else this.logger.log('Redis available again');
    }
    return withDegraded(result, redis);
  }
}
