import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type ConnectionProvider,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
} from 'kysely';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { DATE_AS_TEXT } from './data-source.js';
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
  return (
    perConnection.get(runner) ??
    boundKysely(runner, async (text, parameters) => {
      const result = await runner.query(text, parameters, true);
      return { rows: result.records ?? [], affected: result.affected };
    })
  );
}

/** Runs one compiled statement on a connection that is already in its transaction. */
export type Execute = (text: string, parameters: unknown[]) => Promise<{ rows: unknown[]; affected?: number | null }>;

/**
 * A Kysely on one connection whose transaction someone else opened (a TypeORM query runner, or a
 * pg client of the autonomous pool): one instance per connection, reused while it lives. It shares
 * the compiler and executor of one process-wide instance, so a transaction pays for a connection
 * provider, not for a new dialect.
 */
export function boundKysely(connection: object, execute: Execute): Db {
  let bound = perConnection.get(connection);
  if (!bound) {
    const provider: ConnectionProvider = { provideConnection: (consume) => consume(new BoundConnection(execute)) };
    bound = new Kysely<DB>({ config: shared.config, dialect, driver, executor: shared.executor.withConnectionProvider(provider) });
    perConnection.set(connection, bound);
  }
  return bound;
}

const perConnection = new WeakMap<object, Db>();

/**
 * A Kysely with a one-connection pool of its own, for work outside any tenant (seeding the
 * reference data as the owner); Kysely's own transactions apply. The caller destroys it.
 */
export function kyselyFor(url: string, applicationName: string): Db {
  return new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: url, application_name: applicationName, max: 1, types: DATE_AS_TEXT }),
    }),
  });
}

/**
 * A string as a literal in the statement text itself (pg's escapeLiteral), for the one statement
 * that must carry no parameters: the access-log entries sent together with COMMIT as one simple query.
 */
export function literal<T>(value: string): RawBuilder<T> {
  return sql.raw<T>(pg.escapeLiteral(value));
}

/** The column name of an aliased reference: `m.fase` is `fase`. */
export type ColumnName<C extends string> = C extends `${string}.${infer Column}` ? Column : C;

/**
 * The same columns without their table alias, for RETURNING (an INSERT or UPDATE has no alias):
 * `returning(withoutAlias(MELDING_COLUMNS))` returns what `select(MELDING_COLUMNS)` reads.
 */
export function withoutAlias<const C extends readonly string[]>(columns: C): { [K in keyof C]: ColumnName<C[K]> } {
  return columns.map((column) => column.slice(column.indexOf('.') + 1)) as { [K in keyof C]: ColumnName<C[K]> };
}

const COLUMN = /^([a-z_]+\.)?[a-z_]+( as [A-Za-z_]+)?$/;

/**
 * A const column tuple (as `.select()` takes it, `alias.column` or `alias.column as name`) as the
 * select list of a `sql` template. For the hottest reads: Kysely's builder compiles a column
 * reference in about a microsecond, so a template with a list rendered once is many times cheaper
 * than building and compiling the same SELECT on every request.
 */
export function selectList(columns: readonly string[]): RawBuilder<unknown> {
  return sql.raw(
    columns
      .map((column) => {
        if (!COLUMN.test(column)) throw new Error(`not a column reference: ${column}`);
        const [reference, alias] = column.split(' as ');
        return alias ? `${reference} AS "${alias}"` : reference;
      })
      .join(', '),
  );
}

class BoundConnection implements DatabaseConnection {
  constructor(private readonly execute: Execute) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.execute(query.sql, query.parameters as unknown[]);
    return {
      rows: result.rows as R[],
      numAffectedRows: typeof result.affected === 'number' ? BigInt(result.affected) : undefined,
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not available on a tenant transaction');
  }
}

/** Transactions belong to TenantDb/ReferenceDb (or the autonomous transaction): a bound Kysely has no connection of its own. */
class BoundDriver implements Driver {
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    throw new Error('a bound Kysely runs on the connection of its transaction only');
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

const driver = new BoundDriver();

const dialect: Dialect = {
  createAdapter: () => new PostgresAdapter(),
  createDriver: () => driver,
  createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
  createQueryCompiler: () => new PostgresQueryCompiler(),
};

/** The process-wide compiler, adapter and executor every bound instance derives from. */
const shared = (() => {
  const base = new Kysely<DB>({ dialect });
  return { base, config: { dialect }, executor: base.getExecutor() };
})();

/** The text of a statement without parameters (for statements sent as one simple query). */
export function statementText(statement: RawBuilder<unknown>): string {
  const compiled = statement.compile(shared.base);
  if (compiled.parameters.length > 0) throw new Error('a statement sent as text cannot carry parameters');
  return compiled.sql;
}

/** The number of rows a query's FROM, JOIN and WHERE give (its select list is replaced): a connection's totalCount. */
export async function countRows<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): Promise<number> {
  // The generic builder cannot infer the new select list; the one column is known.
  const row = (await query
    .clearSelect()
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow()) as { n: string };
  return Number(row.n);
}
