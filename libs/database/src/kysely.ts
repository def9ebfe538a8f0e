import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { DB } from './db.generated.js';

/** The typed database: tables and row types generated from the migrated schema (npm run db:types). */
export type Database = DB;
export type Db = Kysely<DB>;

/**
 * The one way application code runs SQL: `kysely(m)` is a Kysely bound to the connection of the
 * transaction `m` belongs to (opened by TenantDb or ReferenceDb, tenant set first), so row-level
 * security and the request's transaction apply unchanged. Kysely cannot open, commit or end a
 * transaction of its own here: the transaction belongs to whoever opened `m`.
 */
export function kysely(m: EntityManager): Db {
  const runner = m.queryRunner;
  if (!runner) throw new Error('kysely() must run inside a TenantDb or ReferenceDb transaction');
  let bound = perRunner.get(runner);
  if (!bound) {
    bound = new Kysely<DB>({ dialect: new RunnerDialect(runner) });
    perRunner.set(runner, bound);
  }
  return bound;
}

const perRunner = new WeakMap<QueryRunner, Db>();

class RunnerConnection implements DatabaseConnection {
  constructor(private readonly runner: QueryRunner) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.runner.query(query.sql, query.parameters as unknown[], true);
    return {
      rows: (result.records ?? []) as R[],
      numAffectedRows: typeof result.affected === 'number' ? BigInt(result.affected) : undefined,
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not available on a tenant transaction');
  }
}

class RunnerDriver implements Driver {
  private readonly connection: RunnerConnection;
  constructor(runner: QueryRunner) {
    this.connection = new RunnerConnection(runner);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error('the transaction belongs to TenantDb/ReferenceDb: do not open one with Kysely');
  }
  async commitTransaction(): Promise<void> {
    throw new Error('the transaction belongs to TenantDb/ReferenceDb');
  }
  async rollbackTransaction(): Promise<void> {
    throw new Error('the transaction belongs to TenantDb/ReferenceDb');
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

class RunnerDialect implements Dialect {
  constructor(private readonly runner: QueryRunner) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new RunnerDriver(this.runner);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
