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
  /** A teammanager's token carries no team, so there is no team whose figures they may see. */
  TEAM_ONTBREEKT: 'TEAM_ONTBREEKT',
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
/** One invalid field of an input: `field` is a path like `betrokkenen[1].bsn`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * VALIDATIE for every invalid field of one call at once: `extensions.fieldErrors` lists each
 * field with its message; `extensions.field` (the first field) and the message (all of them,
 * joined) stay as they were for clients written against one field per error.
 */
export function validatieFouten(fouten: readonly FieldError[]): ApiError {
  if (fouten.length === 0) throw new Error('validatieFouten needs at least one field error');
  return new ApiError(ErrorCode.VALIDATIE, fouten.map((f) => `${f.field}: ${f.message}`).join('; '), {
    field: fouten[0]!.field,
    fieldErrors: fouten.map((f) => ({ field: f.field, message: f.message })),
  });
}

export const validatie = (field: string, message: string) => validatieFouten([{ field, message }]);

/** The field errors a VALIDATIE error carries (empty for any other error). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || error.extensions.code !== ErrorCode.VALIDATIE) return [];
  return (error.extensions.fieldErrors as FieldError[] | undefined) ?? [];
}
export const nietGevonden = (what: string) => new ApiError(ErrorCode.NIET_GEVONDEN, `${what} not found in your region`);
export const ongeldigeOvergang = (message: string) => new ApiError(ErrorCode.ONGELDIGE_OVERGANG, message);
export const versieConflict = (what: string) =>
  new ApiError(ErrorCode.VERSIE_CONFLICT, `${what} was changed by someone else since you read it; read it again and retry`);

/** Optimistic locking: the version the client read must still be the current one. */
export function vereisVersie(what: string, current: number, read: number): void {
  if (current !== read) throw versieConflict(what);
}
