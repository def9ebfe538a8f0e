import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ApiError, ErrorCode } from './errors.js';
import { errorBody } from './client-errors.js';
import { hasBearer, wwwAuthenticate } from '../runtime/www-authenticate.js';

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NIET_GEVONDEN]: 404,
  [ErrorCode.VALIDATIE]: 400,
};

type HttpResponse = {
  status(code: number): HttpResponse;
  header(name: string, value: string): HttpResponse;
  type(t: string): HttpResponse;
  send(body: string): void;
  json(body: unknown): void;
};

/** body-parser's errors carry a `type` and a 4xx status; their messages may quote the body, so they are not passed on. */
function bodyParserError(error: unknown, depth = 0): { status: number; type: string } | null {
  if (!error || typeof error !== 'object') return null;
  const { type, status, cause } = error as { type?: unknown; status?: unknown; cause?: unknown };
  if (typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500) return { status, type };
  // Nest's Express adapter wraps them in an HttpException with the original as cause.
  return depth < 2 ? bodyParserError(cause, depth + 1) : null;
}

/**
 * Client errors are answers, not incidents: hand them to GraphQL (which formats them and logs
 * unexpected ones with an error id) without a second stack trace, answer plain HTTP routes with
 * their status, and give a request the body parser refused a GraphQL error body with a 4xx status.
 */
@Catch()
export class ApiErrorFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const response = host.switchToHttp().getResponse<HttpResponse>();
    if (error instanceof ApiError) {
      const code = String(error.extensions.code);
      if (code === ErrorCode.UNAUTHENTICATED) {
        const { headers } = host.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
        response.header('www-authenticate', wwwAuthenticate(hasBearer(headers.authorization), error.message));
      }
      response.status(HTTP_STATUS[code] ?? 400).json({ code, message: error.message });
      return;
    }
    const refused = bodyParserError(error);
    if (refused) {
      const [code, message] =
        refused.type === 'entity.too.large'
          ? [ErrorCode.PAYLOAD_TOO_LARGE, 'Request body is too large']
          : refused.type === 'entity.parse.failed'
            ? [ErrorCode.BAD_REQUEST, 'Request body is not valid JSON']
            : [ErrorCode.BAD_REQUEST, 'Request body cannot be read'];
      response.status(refused.status).type('application/json').send(errorBody(code, message));
      return;
    }
    return super.catch(error, host);
  }
}
