import { readFile } from 'node:fs/promises';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createLocalJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import {
  IdentityProviderHealth,
  countTokenFailure,
  unauthenticated,
  type ApiError,
  type IssuerHealth,
  type TokenFailureReason,
} from '@vt/platform';
import { loadOrCreateDevKey } from './dev-keys.js';
import { IssuerKeys, KeysUnavailable } from './issuer-keys.js';
import { trustedIssuersOf, type Issuer } from './trusted-issuer.js';
import { isRol, type Rol } from './rol.js';

export interface VerifiedClaims {
  userId: string;
  naam: string;
  tenantCode?: string;
  rollen: Rol[];
  team?: string;
  namens?: string;
}

const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];
/** How long a verified token is trusted without checking its signature again (never past its exp). */
const CACHE_MS = 60_000;
const REGION_CODE = /^VT[0-9]{2}$/;

/**
 * Verifies bearer tokens (OIDC-style JWTs) against the trusted issuers: those of AUTH_ISSUERS_FILE,
 * each with its own keys, audience, regions, claim names and role mapping, and the implicit issuer of
 * the AUTH_ISSUER settings (a JWKS URL, a JWKS file and, outside production only, the development key).
 * The region comes from the token only as far as its issuer may speak for it.
 */
@Injectable()
export class TokenVerifier extends IdentityProviderHealth implements OnModuleInit, OnModuleDestroy {
  private issuers = new Map<string, Issuer>();
  private remotes: IssuerKeys[] = [];
  // A client sends the same token with every request: verifying its signature once a minute is enough.
  private readonly verified = new LRUCache<string, Readonly<VerifiedClaims>>({ max: 10_000 });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  async onModuleInit(): Promise<void> {
    const timing = { refreshMs: this.config.AUTH_JWKS_REFRESH_S * 1000, cooldownMs: this.config.AUTH_JWKS_COOLDOWN_S * 1000 };
    const issuers = trustedIssuersOf(this.config, timing);
    const legacy = issuers.find((issuer) => issuer.implicit);
    if (legacy) {
      // The AUTH_ISSUER settings: a local JWKS file and the development key sit beside the remote keys.
      if (this.config.AUTH_JWKS_FILE)
        legacy.keySets.push(createLocalJWKSet(JSON.parse(await readFile(this.config.AUTH_JWKS_FILE, 'utf8')) as JSONWebKeySet));
      if (this.config.devKeysEnabled) {
        const dev = await loadOrCreateDevKey(this.config.AUTH_DEV_KEY_FILE);
        legacy.keySets.push(createLocalJWKSet({ keys: [dev.publicJwk] }));
      }
    }
    this.issuers = new Map(issuers.map((issuer) => [issuer.issuer, issuer]));
    this.remotes = issuers.flatMap((issuer) => (issuer.remote ? [issuer.remote] : []));
    for (const remote of this.remotes) remote.start();
  }

  onModuleDestroy(): void {
    for (const remote of this.remotes) remote.stop();
  }

  /** The key state of every issuer with remote keys, for readiness. */
  issuerHealth(): IssuerHealth[] {
    return this.remotes.map((remote) => remote.status());
  }

  /** Returns the verified claims or throws UNAUTHENTICATED with a reason a client developer can act on. */
  async verify(token: string): Promise<VerifiedClaims> {
    const bekend = this.verified.get(token);
    if (bekend) return bekend;
    const { claims, exp } = await this.verifyUncached(token);
    const ttl = Math.min(CACHE_MS, exp * 1000 - Date.now());
    if (ttl > 0) this.verified.set(token, claims, { ttl });
    return claims;
  }

  private async verifyUncached(token: string): Promise<{ claims: Readonly<VerifiedClaims>; exp: number }> {
    const issuer = this.issuerOf(token);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, issuer.getKey, {
        issuer: issuer.issuer,
        audience: issuer.audience,
        algorithms: ALGORITHMS,
        clockTolerance: this.config.AUTH_CLOCK_TOLERANCE_S,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      if (error instanceof KeysUnavailable)
        throw refuse('keys_unavailable', 'The keys of the token issuer are not available at the moment; try again later');
      throw refuse(failureKind(error), reason(error));
    }
    // A token issued in the future or living longer than allowed is refused even while it is fresh
    // (jose checks that iat, when present, is a number). Without iat the remaining lifetime counts.
    const now = Math.floor(Date.now() / 1000);
    if (payload.iat !== undefined && payload.iat > now + this.config.AUTH_CLOCK_TOLERANCE_S)
      throw refuse('claims', 'Token issued-at time (iat) lies in the future');
    if (payload.exp! - (payload.iat ?? now) > this.config.AUTH_MAX_TOKEN_LIFETIME_S) {
      throw refuse('lifetime', `Token lifetime (exp - iat) exceeds ${this.config.AUTH_MAX_TOKEN_LIFETIME_S} seconds`);
    }
    const names = issuer.claims;
    const sub = claimAt(payload, names.subject);
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200)
      throw refuse('claims', `Token has no valid subject (${names.subject})`);
    const rollen = rollenOf(issuer, claimAt(payload, names.rollen));
    if (rollen.length === 0) throw refuse('claims', `Token carries no known role in "${names.rollen}"`);
    if (rollen.includes('landelijk-analist') && !issuer.landelijk)
      throw refuse('issuer_region', 'The token issuer may not issue the role landelijk-analist');
    const tenant = this.tenantOf(issuer, claimAt(payload, names.tenant));
    const naamClaim = claimAt(payload, names.naam);
    const naam = typeof naamClaim === 'string' ? naamClaim.slice(0, 200) : sub;
    const teamClaim = claimAt(payload, names.team);
    const team = typeof teamClaim === 'string' && teamClaim.length <= 100 ? teamClaim : undefined;
    const act = payload.act as { sub?: unknown } | undefined;
    const namens = act && typeof act.sub === 'string' ? act.sub.slice(0, 200) : undefined;
    return {
      claims: Object.freeze({ userId: sub, naam, tenantCode: tenant, rollen: Object.freeze(rollen) as Rol[], team, namens }),
      exp: payload.exp!,
    };
  }

  /** The trusted issuer the token names (its claims unverified yet: only used to choose keys and rules). */
  private issuerOf(token: string): Issuer {
    let iss: unknown;
    try {
      iss = decodeJwt(token).iss;
    } catch (error) {
      throw refuse(failureKind(error), reason(error));
    }
    if (typeof iss !== 'string') throw refuse('issuer', 'Token has no "iss" claim');
    const issuer = this.issuers.get(iss);
    if (!issuer) throw refuse('issuer', 'Token issuer is not trusted');
    return issuer;
  }

  /**
   * The region is bound to the issuer: a claim must name one of its regions; an issuer of one region
   * needs no claim. A "*" issuer (a national broker, the AUTH_ISSUER settings) may name any region.
   */
  private tenantOf(issuer: Issuer, claim: unknown): string | undefined {
    const any = issuer.regios[0] === '*';
    if (claim === undefined || claim === null) return !any && issuer.regios.length === 1 ? issuer.regios[0] : undefined;
    if (typeof claim !== 'string' || !REGION_CODE.test(claim))
      throw refuse('claims', `Token claim "${issuer.claims.tenant}" must be a region code such as VT18`);
    if (!any && !issuer.regios.includes(claim))
      throw refuse('issuer_region', `Token names region ${claim}, for which its issuer may not speak`);
    return claim;
  }
}

/** A claim by name or by dotted path (realm_access.roles); a name that itself contains dots wins. */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(payload, path)) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Platform roles of a roles/groups claim: mapped when the issuer has a mapping (only mapped values count), else by name. */
function rollenOf(issuer: Issuer, claim: unknown): Rol[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? [claim] : [];
  const rollen = new Set<Rol>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const rol = issuer.rollen ? issuer.rollen.get(value) : isRol(value) ? value : undefined;
    if (rol) rollen.add(rol);
  }
  return [...rollen];
}

/** The token of an "Authorization: Bearer <token>" header, or UNAUTHENTICATED (counted as missing). */
export function bearerToken(header: unknown): string {
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) throw refuse('missing', 'Authentication required: send "Authorization: Bearer <token>"');
  return match[1]!;
}

/** Counts a refused token (vt_token_verification_failures_total) and gives the client's error. */
export function refuse(kind: TokenFailureReason, message: string): ApiError {
  countTokenFailure(kind);
  return unauthenticated(message);
}

function failureKind(error: unknown): TokenFailureReason {
  if (error instanceof joseErrors.JWTExpired) return 'expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return error.claim === 'iss' ? 'issuer' : error.claim === 'aud' ? 'audience' : 'claims';
  if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWSSignatureVerificationFailed) return 'signature';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'algorithm';
  return 'malformed';
}

function reason(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'Token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'Token has the wrong issuer';
    if (error.claim === 'aud') return 'Token has the wrong audience';
    if (error.claim === 'nbf') return 'Token is not valid yet';
    if (error.reason === 'missing') return `Token has no "${error.claim}" claim`;
    return `Token claim "${error.claim}" is invalid`;
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return 'Token signature is not from a trusted key';
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'Token algorithm is not allowed';
  return 'Token is malformed or cannot be verified';
}
