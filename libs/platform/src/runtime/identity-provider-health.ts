/** The state of one trusted issuer's keys. */
export interface IssuerHealth {
  /** The issuer's configured label (never token content). */
  naam: string;
  /** The last key fetch succeeded. */
  up: boolean;
  /** Keys are at hand (perhaps from an earlier fetch), so its tokens can be verified. */
  keys: boolean;
  message?: string;
}

/**
 * Implemented by @vt/auth's TokenVerifier: readiness reports an issuer whose keys cannot be fetched as
 * degraded (HTTP 200), since cached keys keep working and one region's IdP must not take every pod out.
 */
export abstract class IdentityProviderHealth {
  abstract issuerHealth(): IssuerHealth[];
}
