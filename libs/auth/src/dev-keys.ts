import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

const ALG = 'ES256';

interface DevKeyFile {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The local development signing key: created on first use in a git-ignored file, never used when
 * NODE_ENV=production (the config refuses AUTH_DEV_KEYS there).
 */
export async function loadOrCreateDevKey(path: string): Promise<DevKeyFile> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as DevKeyFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = `vt-dev-${Date.now().toString(36)}`;
  const file: DevKeyFile = {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALG, use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' },
  };
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, JSON.stringify(file, null, 2), { mode: 0o600, flag: 'wx' });
    return file;
  } catch (error) {
    // Another process created it first: use theirs so both agree.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return JSON.parse(await readFile(path, 'utf8')) as DevKeyFile;
    throw error;
  }
}

export interface DevTokenClaims {
  issuer: string;
  audience: string;
  userId: string;
  naam: string;
  tenant?: string;
  rollen: string[];
  team?: string;
  /** A duration such as '8h', or an absolute expiry in epoch seconds; null signs a token without exp (tests). */
  expiresIn?: string | number | null;
  /** Issued-at in epoch seconds (default now); tests use it for tokens the verifier must refuse. */
  issuedAt?: number;
  /** Delegation: the other identity of the token (claim act.sub, RFC 8693). */
  namens?: string;
}

/** Signs a development token with the local key (for `npm run token`, the demo and tests). */
export async function signDevToken(keyPath: string, claims: DevTokenClaims): Promise<string> {
  const key = await loadOrCreateDevKey(keyPath);
  const privateKey = await importJWK(key.privateJwk, ALG);
  const payload: Record<string, unknown> = { name: claims.naam, roles: claims.rollen };
  if (claims.tenant) payload.tenant = claims.tenant;
  if (claims.team) payload.team = claims.team;
  if (claims.namens) payload.act = { sub: claims.namens };
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setSubject(claims.userId)
    .setIssuedAt(claims.issuedAt);
  if (claims.expiresIn !== null) jwt.setExpirationTime(claims.expiresIn ?? '8h');
  return jwt.sign(privateKey);
}
