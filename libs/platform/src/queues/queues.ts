/** Queue names: a contract between the api and services that enqueue, and the worker that processes. */
export const QUEUE = {
  DEADLINES: 'deadlines',
  BENCHMARK: 'benchmark',
  BEWAARTERMIJN: 'bewaartermijn',
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

/** Retry policy of every job: exponential backoff, then a failed state the functioneel-beheerder can retry. */
export const JOB_DEFAULTS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
