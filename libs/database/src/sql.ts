import type { EntityManager } from 'typeorm';

export interface SqlResult<T> {
  rows: T[];
  rowCount: number;
}

/**
 * Runs SQL on the transaction's own connection and returns rows and affected count the same way
 * for every command (EntityManager.query shapes UPDATE/DELETE results differently from SELECT).
 */
export async function runSql<T = Record<string, unknown>>(m: EntityManager, text: string, params: unknown[] = []): Promise<SqlResult<T>> {
  const runner = m.queryRunner;
  if (!runner) throw new Error('sql() must run inside a TenantDb or ReferenceDb transaction');
  const result = await runner.query(text, params, true);
  return { rows: (result.records ?? []) as T[], rowCount: result.affected ?? result.records?.length ?? 0 };
}

/** Rows of a query. */
export async function rows<T = Record<string, unknown>>(m: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  return (await runSql<T>(m, text, params)).rows;
}
