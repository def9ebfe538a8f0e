import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode } from './errors.js';

/** A GraphQL-shaped error body, so every client error, even one no resolver saw, has extensions.code. */
export function errorBody(code: string, message: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

/**
 * Requests Node refuses before Express sees them (headers too large, malformed HTTP) get a status
 * and a GraphQL error body instead of Node's bare status line.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const [status, reason, code, message] = tooLarge
      ? [431, 'Request Header Fields Too Large', ErrorCode.HEADERS_TOO_LARGE, 'Request headers are too large']
      : [400, 'Bad Request', ErrorCode.BAD_REQUEST, 'Malformed HTTP request'];
    const body = errorBody(code, message);
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
