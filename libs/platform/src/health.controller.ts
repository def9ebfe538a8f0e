import { Controller, Get, Inject, Injectable, ServiceUnavailableException, type BeforeApplicationShutdown } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthIndicatorFunction } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { ReferenceDb } from '@vt/database';
import { REDIS_CLIENT } from './redis.js';
import { Public } from './public.decorator.js';

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
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

/** /health/live: the process runs. /health/ready: PostgreSQL answers and no shutdown is under way. */
@Public()
@Controller('health')
export class DatabaseHealthController {
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
  ready() {
    if (this.shutdown.shuttingDown) throw new ServiceUnavailableException({ status: 'shutting_down' });
    return this.health.check(this.checks());
  }

  protected checks(): HealthIndicatorFunction[] {
    return [() => this.checkPostgres()];
  }

  protected async checkPostgres() {
    const session = this.indicators.check('postgresql');
    try {
      await withTimeout(this.db.read((manager) => manager.query('SELECT 1')), 'PostgreSQL');
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : 'unavailable' });
    }
  }

}

/** As DatabaseHealthController, and Redis must answer too (api, worker). */
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
    return [...super.checks(), () => this.checkRedis()];
  }

  private async checkRedis() {
    const session = this.indicators.check('redis');
    try {
      if (this.redis.status !== 'ready') return session.down({ message: `connection ${this.redis.status}` });
      await withTimeout(this.redis.ping(), 'Redis');
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : 'unavailable' });
    }
  }
}
