import type { Provider, Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule, ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { ConfigModule } from '@vt/config';
import { DatabaseModule, TenantContext, TenantDb, kysely, sql } from '@vt/database';
import { testConfig } from './env.js';

/**
 * The integration tier: domain code against the real test database as the application role
 * (row-level security applies), wired by Nest's dependency injection but without an HTTP server,
 * GraphQL, Redis or queues. Starts in well under a second.
 */
export interface Integration {
  /** A provider of the container (one of `providers`, or TenantDb, TenantContext, AutonomousTransaction...). */
  get<T>(type: Type<T>): T;
  /** Work in one TenantDb transaction for the tenant, committed when it succeeds: the `m` services join. */
  withTenantManager<T>(tenantId: string, work: (m: EntityManager) => Promise<T>): Promise<T>;
  /** The same, always rolled back afterwards: the test leaves nothing behind for other test files. */
  rolledBack<T>(tenantId: string, work: (m: EntityManager) => Promise<T>): Promise<T>;
  /** Runs work with the tenant in the request context, as the auth guard or a job sets it (TenantDb.run, AutonomousTransaction). */
  asTenant<T>(tenantId: string, tenantCode: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

class RollBack extends Error {}

/** Starts the container with the database module and the given providers (the services under test). */
export async function startIntegration(providers: Provider[] = []): Promise<Integration> {
  const module: TestingModule = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(testConfig()),
      ClsModule.forRoot({ global: true }),
      DatabaseModule.forRoot({ role: 'application', applicationName: 'vt-test-integration', entities: [] }),
    ],
    providers,
  }).compile();
  await module.init();
  const tenantDb = module.get(TenantDb);
  const cls = module.get(ClsService);
  const context = module.get(TenantContext);
  return {
    get: (type) => module.get(type),
    withTenantManager: (tenantId, work) => tenantDb.runFor(tenantId, work),
    async rolledBack(tenantId, work) {
      let result: Awaited<ReturnType<typeof work>> | undefined;
      try {
        await tenantDb.runFor(tenantId, async (m) => {
          result = await work(m);
          throw new RollBack();
        });
      } catch (error) {
        if (!(error instanceof RollBack)) throw error;
      }
      return result as Awaited<ReturnType<typeof work>>;
    },
    asTenant: (tenantId, tenantCode, work) =>
      cls.run(() => {
        context.set(tenantId, tenantCode);
        return work();
      }),
    close: () => module.close(),
  };
}

/**
 * Switches the tenant of the open transaction, for cross-tenant checks inside one rolled-back
 * transaction (so the other region's fixture is rolled back too). The platform never does this:
 * its transactions set the tenant once, in their first statement.
 */
export async function switchTenant(m: EntityManager, tenantId: string): Promise<void> {
  await sql`SELECT set_config('app.tenant_id', ${tenantId}, true)`.execute(kysely(m));
}
