import { UnrecoverableError } from 'bullmq';
import { newErrorId, safeSummary } from '../runtime/safe-error.js';
import type { Logger } from '@nestjs/common';

/**
 * BullMQ workers report every failed reconnect while Redis is down; log each distinct message once
 * (ioredis keeps retrying by itself) instead of flooding the logs.
 */
export function onceErrorReporter(logger: Logger): (error: Error) => void {
  let last = '';
  return (error: Error) => {
    if (error.message !== last) logger.warn(`queue connection: ${error.message}`);
    last = error.message;
  };
}

/**
 * A job's error as BullMQ stores it (failedReason in Redis, shown by `job(id)`) and as the worker
 * logs it: the type and SQLSTATE or masked message plus an error id, never the values a database
 * error carries. UnrecoverableError keeps its class so BullMQ does not retry it.
 */
export function safeJobError(logger: Logger, job: { id?: string; name: string }, error: unknown): Error {
  const errorId = newErrorId();
  logger.error({ err: error, errorId, job: job.id, naam: job.name }, 'job failed');
  const message = `${safeSummary(error)} (error id ${errorId})`;
  if (error instanceof UnrecoverableError) return new UnrecoverableError(message);
  return new Error(message);
}
