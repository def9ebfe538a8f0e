import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';

/** Ids only: job payloads go to Redis, which is not encrypted at rest. */
export type OutboxPayload = Record<string, string | number | boolean | null>;

/**
 * Writes a job into the outbox inside the caller's transaction: it is delivered to Redis after
 * commit by the relay, and a rolled-back change enqueues nothing. The tenant is the transaction's.
 */
export async function writeOutbox(m: EntityManager, queue: string, jobNaam: string, payload: OutboxPayload = {}): Promise<void> {
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === 'string' && value.length > 200)
      throw new Error(`outbox payload field ${key} is too long: payloads carry ids, not data`);
  }
  // As JSON text, which PostgreSQL parses into the jsonb object.
  await kysely(m)
    .insertInto('outbox')
    .values({ queue, job_naam: jobNaam, payload: JSON.stringify(payload) })
    .execute();
}
