import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors.js';
import { formatError } from '../graphql/format-error.js';
import { hasBearer, wwwAuthenticate } from './www-authenticate.js';

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NIET_GEVONDEN]: 404,
  [ErrorCode.VALIDATIE]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

type HttpResponse = {
  headersSent: boolean;
  status(code: number): HttpResponse;
  header(name: string, value: string): HttpResponse;
  json(body: unknown): void;
};

/**
 * For REST routes that stand beside GraphQL (POST /import/uren): errors get the GraphQL error body
 * `{ errors: [{ message, extensions: { code } }] }` and the HTTP status of their code, formatted by
 * the same formatError (unexpected errors: generic message, error id, logged without values).
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<HttpResponse>();
    if (response.headersSent) return;
    const message = error instanceof Error ? error.message : 'error';
    const formatted = formatError(error instanceof GraphQLError ? error.toJSON() : { message }, error);
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    const status = (error as { httpStatus?: number }).httpStatus ?? HTTP_STATUS[code] ?? 400;
    if (status === 401) {
      const { headers } = host.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
      response.header('www-authenticate', wwwAuthenticate(hasBearer(headers.authorization), formatted.message));
    }
    response.status(status).json({ errors: [{ message: formatted.message, extensions: formatted.extensions }] });
  }
}
