import { createHash } from 'node:crypto';
import type { Database, Selectable } from '@vt/database';
import type { OutboxPayload } from './outbox.js';

/** The outbox columns the relay reads and coalesces. */
export const OUTBOX_COLUMNS = ['id', 'sleutel', 'queue', 'job_naam', 'payload'] as const;

/**
 * An undelivered outbox row: `id` is the internal delivery order (a table-wide sequence, never
 * exposed), `sleutel` the row's random uuid that job ids derive from. The payload is what
 * writeOutbox wrote (ids only).
 */
export type OutboxRow = Omit<Pick<Selectable<Database['outbox']>, (typeof OUTBOX_COLUMNS)[number]>, 'payload'> & { payload: OutboxPayload };

/** One job to enqueue for one or more outbox rows. */
export interface CoalescedJob {
  queue: string;
  name: string;
  data: Record<string, unknown>;
  jobId: string;
}

/**
 * Coalesces a batch: identical jobs become one, and jobs that differ only in `casusId` become one
 * job carrying `casusIds` (a row without a casusId means "the whole region" and absorbs them).
 * The job id derives from the random uuids of exactly the rows it covers (the row's own uuid, or a
 * hash of all of them), so re-delivering the same rows after a crash is deduplicated by BullMQ,
 * while a batch that gained rows becomes a new job (nothing is lost). Job ids are shown to the
 * functioneel-beheerder: they never carry the table-wide sequence, which would reveal how much
 * work other regions queued in between.
 */
export function coalesceOutbox(batch: readonly OutboxRow[]): CoalescedJob[] {
  const groups = new Map<string, { rows: OutboxRow[]; casusIds: Set<string> | null }>();
  for (const row of batch) {
    const { casusId, ...rest } = row.payload;
    const key = `${row.queue}|${row.job_naam}|${JSON.stringify(rest)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { rows: [], casusIds: new Set() }));
    group.rows.push(row);
    if (typeof casusId !== 'string') group.casusIds = null;
    else group.casusIds?.add(casusId);
  }
  return [...groups.values()].map(({ rows, casusIds }) => {
    const { casusId: _casusId, ...rest } = rows[0].payload;
    return {
      queue: rows[0].queue,
      name: rows[0].job_naam,
      data: casusIds ? { ...rest, casusIds: [...casusIds] } : rest,
      jobId: jobIdOf(rows),
    };
  });
}

/** `outbox-<uuid>` for one row, `outbox-<128-bit hash of the rows' uuids>` for a merged group. */
function jobIdOf(rows: readonly OutboxRow[]): string {
  if (rows.length === 1) return `outbox-${rows[0].sleutel}`;
  return `outbox-${createHash('sha256')
    .update(rows.map((r) => r.sleutel).join(','))
    .digest('hex')
    .slice(0, 32)}`;
}
