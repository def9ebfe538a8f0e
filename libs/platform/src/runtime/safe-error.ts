import { randomUUID } from 'node:crypto';

/**
 * Error logging without case content. A database error carries the SQL and its parameters
 * (TypeORM's QueryFailedError) and values in `detail`, `where` and often the message itself
 * ('Key (bsn)=(…) already exists', 'invalid input syntax for type uuid: "…"'), so only fields
 * that never hold values are kept: the class name, the SQLSTATE, the constraint/table/column
 * names and the stack frames. Other errors keep their message with quoted text, bracketed
 * values and digit runs masked (BSNs, dates, phone numbers).
 */
export interface SafeError {
  type: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  message?: string;
  stack?: string;
  cause?: SafeError;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.$]{0,126}$/;

/** A new id for an unexpected error: logged with it and returned to the client, so support can correlate. */
export function newErrorId(): string {
  return randomUUID();
}

/** True for errors of PostgreSQL (pg's DatabaseError) or TypeORM's wrappers around them. */
function isDatabaseError(error: Record<string, unknown>): boolean {
  return (
    'query' in error ||
    'parameters' in error ||
    'driverError' in error ||
    (typeof error.code === 'string' && SQLSTATE.test(error.code) && ('severity' in error || 'routine' in error || 'detail' in error))
  );
}

/** Masks values a message may carry: quoted or bracketed text and runs of digits. */
export function maskMessage(message: string): string {
  return message
    .replace(/"[^"]*"|'[^']*'|`[^`]*`|\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g, '…')
    .replace(/[0-9][0-9:./ -]*[0-9]|[0-9]/g, '#')
    .slice(0, 200);
}

function identifier(value: unknown): string | undefined {
  return typeof value === 'string' && IDENTIFIER.test(value) ? value : undefined;
}

export function serializeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return { type: typeof error };
  const e = error as Record<string, unknown> & { name?: unknown; stack?: unknown };
  const driver = (e.driverError && typeof e.driverError === 'object' ? e.driverError : e) as Record<string, unknown>;
  // pino-http hands custom serializers pino's own serialization ({ type, message, stack, …props }).
  const name = typeof e.name === 'string' ? e.name : e.type;
  const type = typeof name === 'string' && IDENTIFIER.test(name) ? name : ((error as object).constructor?.name ?? 'Error');
  const result: SafeError = { type };
  if (isDatabaseError(e)) {
    if (typeof driver.code === 'string' && SQLSTATE.test(driver.code)) result.code = driver.code;
    result.constraint = identifier(driver.constraint);
    result.table = identifier(driver.table);
    result.column = identifier(driver.column);
    result.routine = identifier(driver.routine);
  } else {
    if (typeof e.code === 'string' && IDENTIFIER.test(e.code)) result.code = e.code;
    if (typeof e.message === 'string' && e.message) result.message = maskMessage(e.message);
  }
  if (typeof e.stack === 'string') {
    // The first stack line repeats the message: keep the frames only.
    const frames = e.stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 15);
    if (frames.length) result.stack = frames.join('\n');
  }
  if (e.cause !== undefined && e.cause !== null && depth < 3) result.cause = serializeError(e.cause, depth + 1);
  for (const key of Object.keys(result) as (keyof SafeError)[]) if (result[key] === undefined) delete result[key];
  return result;
}

/** One line for a warning or a job's failure reason: type and SQLSTATE, or the masked message. */
export function safeSummary(error: unknown): string {
  const safe = serializeError(error);
  return [safe.type, safe.code, safe.constraint, safe.message].filter(Boolean).join(' ');
}
