import type { EntityManager, QueryRunner } from 'typeorm';
import type { RawBuilder } from 'kysely';
import { statementText } from './kysely.js';

/**
 * Small reads that nearly every request needs (the region's settings and calendar), sent in the
 * round trip of a tenant transaction's BEGIN: after set_config, so row-level security applies as
 * to any read, and read at the transaction's start, so no cache can go stale or cross tenants.
 * Each result is taken once per transaction; after that (or after a change in the request) the
 * owner reads the table itself.
 */
const reads: { key: string; text: string }[] = [];
const results = new WeakMap<QueryRunner, Map<string, unknown[]>>();

/** Registers a parameterless SELECT under a key (at module load; idempotent). */
export function registerBeginRead(key: string, statement: RawBuilder<unknown>): void {
  if (reads.some((r) => r.key === key)) return;
  reads.push({ key, text: statementText(statement) });
}

/** The statements appended to BEGIN and set_config, in order. */
export function beginReadStatements(): string {
  return reads.map((r) => `;\n${r.text}`).join('');
}

/** Keeps the results of a BEGIN round trip with the begin reads (BEGIN and set_config first); other BEGINs leave nothing. */
export function keepBeginReads(runner: QueryRunner, raw: unknown): void {
  if (reads.length === 0 || !Array.isArray(raw) || raw.length !== reads.length + 2) return;
  const perKey = new Map<string, unknown[]>();
  reads.forEach((r, i) => perKey.set(r.key, (raw[i + 2] as { rows: unknown[] }).rows));
  results.set(runner, perKey);
}

/** The rows a begin read returned in m's transaction, once; undefined when none is left. */
export function takeBeginRead<T>(m: EntityManager, key: string): T[] | undefined {
  const perKey = m.queryRunner ? results.get(m.queryRunner) : undefined;
  const rows = perKey?.get(key);
  perKey?.delete(key);
  return rows as T[] | undefined;
}
