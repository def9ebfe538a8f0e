import { errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { discoveryUrlOf, type AppConfig, type TrustedIssuer } from '@vt/config';
import { IssuerKeys, type KeyRefreshTiming } from './issuer-keys.js';
import type { Rol } from './rol.js';

/** A trusted issuer as the verifier uses it: its rules and where its keys come from. */
export interface Issuer {
  naam: string;
  issuer: string;
  audience: string | string[];
  regios: string[];
  landelijk: boolean;
  claims: TrustedIssuer['claims'];
  /** IdP value -> platform role; when present only mapped values count. */
  rollen?: Map<string, Rol>;
  /** The AUTH_ISSUER settings rather than an AUTH_ISSUERS_FILE entry. */
  implicit: boolean;
  /** Keys fetched from the IdP (discovery or JWKS URL), if any. */
  remote?: IssuerKeys;
  /** Local key sets (JWKS file, development key); tried before the remote keys. */
  keySets: JWTVerifyGetKey[];
  getKey: JWTVerifyGetKey;
}

const DEFAULT_CLAIMS: TrustedIssuer['claims'] = { subject: 'sub', naam: 'name', rollen: 'roles', tenant: 'tenant', team: 'team' };

/**
 * The issuers of AUTH_ISSUERS_FILE plus, when it has keys, the implicit issuer of the AUTH_ISSUER
 * settings (any region, may issue landelijk-analist tokens: the behaviour before issuers were data).
 */
export function trustedIssuersOf(config: AppConfig, timing: KeyRefreshTiming): Issuer[] {
  const issuers = config.trustedIssuers.map((entry) =>
    issuer({
      naam: entry.naam,
      issuer: entry.issuer,
      audience: entry.audience,
      regios: entry.regios,
      landelijk: entry.landelijk,
      claims: entry.claims,
      rollen: entry.rollen ? new Map(Object.entries(entry.rollen)) : undefined,
      implicit: false,
      remote: new IssuerKeys(
        { naam: entry.naam, issuer: entry.issuer, jwksUri: entry.jwksUri, discoveryUrl: discoveryUrlOf(entry) },
        timing,
      ),
    }),
  );
  if (config.devKeysEnabled || config.AUTH_JWKS_URL || config.AUTH_JWKS_FILE) {
    const naam = 'default';
    issuers.push(
      issuer({
        naam,
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
        regios: ['*'],
        landelijk: true,
        claims: DEFAULT_CLAIMS,
        implicit: true,
        remote: config.AUTH_JWKS_URL
          ? new IssuerKeys({ naam, issuer: config.AUTH_ISSUER, jwksUri: config.AUTH_JWKS_URL, discoveryUrl: config.AUTH_JWKS_URL }, timing)
          : undefined,
      }),
    );
  }
  return issuers;
}

function issuer(fields: Omit<Issuer, 'keySets' | 'getKey'>): Issuer {
  const keySets: JWTVerifyGetKey[] = [];
  const resolvers = () => [...keySets, ...(fields.remote ? [fields.remote.getKey] : [])];
  return {
    ...fields,
    keySets,
    getKey: async (header, token) => {
      for (const resolve of resolvers()) {
        try {
          return await resolve(header, token);
        } catch (error) {
          if (error instanceof joseErrors.JWKSNoMatchingKey && resolve !== fields.remote?.getKey) continue;
          throw error;
        }
      }
      throw new joseErrors.JWKSNoMatchingKey();
    },
  };
}
