/** The realm of the platform's bearer challenge. */
export const REALM = 'veilig-thuis';

/**
 * The RFC 6750 challenge for a refused bearer token: without a token only the realm (section 3.1:
 * no error code when the request had no authentication), otherwise error="invalid_token" and the
 * reason as error_description (quoted-string: no quotes, backslashes or control characters).
 */
export function wwwAuthenticate(hadToken: boolean, description?: string): string {
  if (!hadToken) return `Bearer realm="${REALM}"`;
  const safe = (description ?? 'The access token is invalid')
    .replace(/["\\]/g, "'")
    .replace(/[^\x20-\x7e]/g, '')
    .slice(0, 200);
  return `Bearer realm="${REALM}", error="invalid_token", error_description="${safe}"`;
}

/** Whether an Authorization header carries a bearer token at all (else the challenge names no error). */
export function hasBearer(header: string | string[] | null | undefined): boolean {
  return typeof header === 'string' && /^Bearer\s+\S/i.test(header);
}
