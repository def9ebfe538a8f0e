import { readFile } from 'node:fs/promises';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { countTokenFailure, unauthenticated, type ApiError, type TokenFailureReason } from '@vt/platform';
import { loadOrCreateDevKey } from './dev-keys.js';
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
 * Verifies bearer tokens (OIDC-style JWTs) against the configured issuer, audience and keys:
 * a JWKS URL, a JWKS file and, outside production only, the local development key.
 */
@Injectable()
export class TokenVerifier implements OnModuleInit {
  private keySets: JWTVerifyGetKey[] = [];
  // A client sends the same token with every request: verifying its signature once a minute is enough.
  private readonly verified = new LRUCache<string, Readonly<VerifiedClaims>>({ max: 10_000 });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const sets: JWTVerifyGetKey[] = [];
    if (this.config.AUTH_JWKS_FILE) {
      sets.push(createLocalJWKSet(JSON.parse(await readFile(this.config.AUTH_JWKS_FILE, 'utf8')) as JSONWebKeySet));
    }
    if (this.config.AUTH_JWKS_URL) sets.push(createRemoteJWKSet(new URL(this.config.AUTH_JWKS_URL)));
    if (this.config.devKeysEnabled) {
      const dev = await loadOrCreateDevKey(this.config.AUTH_DEV_KEY_FILE);
      sets.push(createLocalJWKSet({ keys: [dev.publicJwk] }));
    }
    this.keySets = sets;
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
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.getKey, {
        issuer: this.config.AUTH_ISSUER,
        audience: this.config.AUTH_AUDIENCE,
        algorithms: ALGORITHMS,
        clockTolerance: this.config.AUTH_CLOCK_TOLERANCE_S,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
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
    if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 200)
      throw refuse('claims', 'Token has no valid subject (sub)');
    const rollen = Array.isArray(payload.roles) ? payload.roles.filter(isRol) : [];
    if (rollen.length === 0) throw refuse('claims', 'Token carries no known role in "roles"');
    const tenant = payload.tenant;
    if (tenant !== undefined && (typeof tenant !== 'string' || !REGION_CODE.test(tenant))) {
      throw refuse('claims', 'Token claim "tenant" must be a region code such as VT18');
    }
    const naam = typeof payload.name === 'string' ? payload.name.slice(0, 200) : payload.sub;
    const team = typeof payload.team === 'string' && payload.team.length <= 100 ? payload.team : undefined;
    const act = payload.act as { sub?: unknown } | undefined;
    const namens = act && typeof act.sub === 'string' ? act.sub.slice(0, 200) : undefined;
    return {
      claims: Object.freeze({ userId: payload.sub, naam, tenantCode: tenant, rollen: Object.freeze(rollen) as Rol[], team, namens }),
      exp: payload.exp!,
    };
  }

  private readonly getKey: JWTVerifyGetKey = async (header, token) => {
    for (const set of this.keySets) {
      try {
        return await set(header, token);
      } catch (error) {
        if (error instanceof joseErrors.JWKSNoMatchingKey) continue;
        throw error;
      }
    }
    throw new joseErrors.JWKSNoMatchingKey();
  };
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
