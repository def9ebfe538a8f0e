import { GraphQLError } from 'graphql';

/**
 * Stable error codes of the public API (extensions.code). Region clients branch on these, so a
 * code is never renamed; new ones may be added.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  VALIDATIE: 'VALIDATIE',
  NIET_GEVONDEN: 'NIET_GEVONDEN',
  ONGELDIGE_OVERGANG: 'ONGELDIGE_OVERGANG',
  VERSIE_CONFLICT: 'VERSIE_CONFLICT',
  NIET_BESCHIKBAAR: 'NIET_BESCHIKBAAR',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The HTTP request itself is malformed (e.g. a body that is not valid JSON). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request body exceeds the size limit (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The request headers exceed Node's limit (HTTP 431). */
  HEADERS_TOO_LARGE: 'HEADERS_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error meant for the API client: a stable code and a message a region developer understands. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
    this.name = 'ApiError';
  }
}

export const unauthenticated = (message: string) => new ApiError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this') => new ApiError(ErrorCode.FORBIDDEN, message);
export const validatie = (field: string, message: string) => new ApiError(ErrorCode.VALIDATIE, `${field}: ${message}`, { field });
export const nietGevonden = (what: string) => new ApiError(ErrorCode.NIET_GEVONDEN, `${what} not found in your region`);
export const ongeldigeOvergang = (message: string) => new ApiError(ErrorCode.ONGELDIGE_OVERGANG, message);
export const versieConflict = (what: string) =>
  new ApiError(ErrorCode.VERSIE_CONFLICT, `${what} was changed by someone else since you read it; read it again and retry`);

/** Optimistic locking: the version the client read must still be the current one. */
export function vereisVersie(what: string, current: number, read: number): void {
  if (current !== read) throw versieConflict(what);
}
