import { defineEnum } from '../graphql/enums.js';

/** The state of a background job as the public contract names it (BullMQ's own strings stay internal). */
export const JobState = defineEnum(
  {
    WAITING: 'WAITING',
    PRIORITIZED: 'PRIORITIZED',
    DELAYED: 'DELAYED',
    ACTIVE: 'ACTIVE',
    WAITING_CHILDREN: 'WAITING_CHILDREN',
    COMPLETED: 'COMPLETED',
    FAILED: 'FAILED',
    UNKNOWN: 'UNKNOWN',
  } as const,
  'JobState',
  'State of a background job.',
  {
    WAITING: 'Queued, waiting for a worker.',
    PRIORITIZED: 'Queued with a priority, waiting for a worker.',
    DELAYED: 'Waiting until a later time (a scheduled job, or a retry after a failure).',
    ACTIVE: 'A worker is running it.',
    WAITING_CHILDREN: 'Waiting for its part jobs (e.g. one benchmark snapshot per region).',
    COMPLETED: 'Finished successfully.',
    FAILED: 'Failed after all attempts; can be retried.',
    UNKNOWN: 'No longer known to the queue (removed or expired).',
  },
);
export type JobState = (typeof JobState)[keyof typeof JobState];

/** BullMQ's state string ('waiting-children', 'completed', ...) as a JobState. */
export function jobState(state: string): JobState {
  const name = state.toUpperCase().replaceAll('-', '_');
  return name in JobState ? JobState[name as keyof typeof JobState] : JobState.UNKNOWN;
}
