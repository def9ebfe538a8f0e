import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { Logger } from '@nestjs/common';
import { TenantContextMissingError } from '@vt/database';
import { ApiError, ErrorCode } from './errors.js';
import { newErrorId } from '../runtime/safe-error.js';

// Codes Apollo itself assigns to request-level problems; their messages are about the query, not internals.
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const logger = new Logger('GraphQL');

/**
 * Passes client errors through with their code, and replaces everything else by a generic
 * INTERNAL_SERVER_ERROR with an error id: no stack, no SQL, nothing from another tenant ever reaches the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof ApiError) {
    return { ...base, message: original.message, extensions: { ...original.extensions } };
  }
  if (original instanceof TenantContextMissingError) {
    return {
      ...base,
      message: 'Your token does not belong to a Veilig Thuis region, so no case data is available',
      extensions: { code: ErrorCode.FORBIDDEN },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  const status = httpStatusOf(original);
  if (status === 401) return { ...base, message: 'Authentication required', extensions: { code: ErrorCode.UNAUTHENTICATED } };
  if (status === 403) return { ...base, message: 'You are not allowed to do this', extensions: { code: ErrorCode.FORBIDDEN } };

  // The logger's error serializer keeps no values (no SQL, parameters or detail); the id lets
  // support find this line from the client's report.
  const errorId = newErrorId();
  logger.error({ err: original, errorId, path: formatted.path }, 'Unhandled error in GraphQL resolver');
  return {
    ...base,
    message: `Internal error; the platform has logged it (error id ${errorId})`,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
  };
}

function httpStatusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'getStatus' in error && typeof (error as { getStatus: unknown }).getStatus === 'function') {
    return (error as { getStatus(): number }).getStatus();
  }
  return undefined;
}
