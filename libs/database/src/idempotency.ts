import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { kysely } from './kysely.js';

export type IdempotencyClaim = { status: 'new'; id: string } | { status: 'replay'; id: string } | { status: 'mismatch' };

/** A stable hash of a request's input (keys sorted), so a retry with the same input matches. */
export function requestHash(input: unknown): string {
  const stable = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(stable)
      : value && typeof value === 'object' && !(value instanceof Date)
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(stable(input)))
    .digest('hex');
}

/**
 * Claims an idempotency key inside the caller's transaction, before the work is done. The claim
 * row carries the id the new record will get. A concurrent request with the same key waits on the
 * unique key until the first commits, then sees a replay; if the first rolls back, it proceeds.
 */
export async function claimIdempotencyKey(m: EntityManager, operatie: string, sleutel: string, hash: string): Promise<IdempotencyClaim> {
  const id = randomUUID();
  const db = kysely(m);
  const inserted = await db
    .insertInto('idempotentie')
    .values({ operatie, sleutel, request_hash: hash, resultaat_id: id })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  if (inserted.numInsertedOrUpdatedRows === 1n) return { status: 'new', id };
  const existing = await db
    .selectFrom('idempotentie')
    .select(['request_hash', 'resultaat_id'])
    .where('operatie', '=', operatie)
    .where('sleutel', '=', sleutel)
    .executeTakeFirst();
  if (!existing) throw new Error('idempotency key vanished between insert and select');
  return existing.request_hash === hash ? { status: 'replay', id: existing.resultaat_id } : { status: 'mismatch' };
}
