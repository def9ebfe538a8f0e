import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ApiError, ErrorCode } from './errors.js';

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NIET_GEVONDEN]: 404,
  [ErrorCode.VALIDATIE]: 400,
};

/**
 * Client errors are answers, not incidents: hand them to GraphQL (which formats them) without
 * logging a stack trace, and answer plain HTTP routes with their status.
 */
@Catch(ApiError)
export class ApiErrorFilter implements ExceptionFilter {
  catch(error: ApiError, host: ArgumentsHost): ApiError | void {
    if (host.getType<string>() === 'graphql') return error;
    const code = String(error.extensions.code);
    host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>().status(HTTP_STATUS[code] ?? 400).json({ code, message: error.message });
  }
}
