import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * The request id for logs and error reports: the caller's X-Request-Id when it is a safe token
 * (so a region's client can correlate), otherwise a fresh UUID. Stored on the request so the
 * logger and the context store agree.
 */
export function requestIdOf(request: IncomingMessage): string {
  const req = request as IncomingMessage & { id?: unknown };
  if (typeof req.id === 'string') return req.id;
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && SAFE_ID.test(header) ? header : randomUUID();
  req.id = id;
  return id;
}
