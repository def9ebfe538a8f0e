import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rows, runSql } from './sql.js';

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
  const inserted = await runSql(
    m,
    `INSERT INTO idempotentie (operatie, sleutel, request_hash, resultaat_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [operatie, sleutel, hash, id],
  );
  if (inserted.rowCount === 1) return { status: 'new', id };
  const [existing] = await rows<{ request_hash: string; resultaat_id: string }>(
    m,
    `SELECT request_hash, resultaat_id FROM idempotentie WHERE operatie = $1 AND sleutel = $2`,
    [operatie, sleutel],
  );
  if (!existing) throw new Error('idempotency key vanished between insert and select');
  return existing.request_hash === hash ? { status: 'replay', id: existing.resultaat_id } : { status: 'mismatch' };
}
