import { SignJWT, generateKeyPair } from 'jose';
import { signDevToken } from '@vt/auth';
import { requireEnv } from './env.js';

const ISSUER = process.env.AUTH_ISSUER ?? 'http://localhost/veilig-thuis-dev';
const AUDIENCE = process.env.AUTH_AUDIENCE ?? 'veilig-thuis-platform';

export interface TokenOptions {
  tenant?: string;
  roles?: string[];
  user?: string;
  team?: string;
  issuer?: string;
  audience?: string;
  /** Delegation: the token's second identity (claim act.sub). */
  namens?: string;
  expiresIn?: string | number | null;
  issuedAt?: number;
}

/** A token signed by the development key the apps under test trust. */
export function tokenFor(options: TokenOptions = {}): Promise<string> {
  return signDevToken(requireEnv('AUTH_DEV_KEY_FILE'), {
    issuer: options.issuer ?? ISSUER,
    audience: options.audience ?? AUDIENCE,
    userId: options.user ?? 'test-user',
    naam: options.user ?? 'Test Gebruiker',
    tenant: options.tenant,
    rollen: options.roles ?? ['medewerker'],
    team: options.team,
    namens: options.namens,
    expiresIn: options.expiresIn,
    issuedAt: options.issuedAt,
  });
}

/** A well-formed token signed by a key nobody trusts. */
export async function tokenFromUntrustedKey(tenant = 'VT18'): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  return new SignJWT({ tenant, roles: ['medewerker'], name: 'Mallory' })
    .setProtectedHeader({ alg: 'ES256', kid: 'attacker' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('mallory')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
}
