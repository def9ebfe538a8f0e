import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ROLLEN } from './rollen.js';

const REGION_CODE = /^VT[0-9]{2}$/;
const NAAM = /^[a-z0-9][a-z0-9_.-]{0,62}$/;
// A claim name or a dotted path into nested claims (Keycloak: realm_access.roles); URI claim names (Entra) allowed.
const claimPath = z
  .string()
  .regex(/^[A-Za-z0-9_:/$@-]+(\.[A-Za-z0-9_:/$@-]+)*$/, 'must be a claim name or a dotted path such as realm_access.roles');
const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must start with https:// or http://');

const claimsSchema = z
  .object({
    subject: claimPath.default('sub'),
    naam: claimPath.default('name'),
    rollen: claimPath.default('roles'),
    tenant: claimPath.default('tenant'),
    team: claimPath.default('team'),
  })
  .strict();

const issuerSchema = z
  .object({
    /** Label in logs, metrics and readiness: no personal data, bounded. */
    naam: z.string().regex(NAAM, 'must be 1 to 63 lowercase letters, digits, . _ or -'),
    issuer: z.string().min(1).max(500),
    discoveryUrl: httpUrl.optional(),
    jwksUri: httpUrl.optional(),
    audience: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    regios: z
      .array(z.string().refine((value) => value === '*' || REGION_CODE.test(value), 'must be a region code such as VT18, or "*"'))
      .refine((regios) => !regios.includes('*') || regios.length === 1, '"*" (any region) stands alone')
      .refine((regios) => new Set(regios).size === regios.length, 'lists a region twice'),
    landelijk: z.boolean().default(false),
    claims: claimsSchema.default({ subject: 'sub', naam: 'name', rollen: 'roles', tenant: 'tenant', team: 'team' }),
    rollen: z
      .record(z.string().min(1).max(200), z.enum(ROLLEN, { message: `must be a platform role (${ROLLEN.join(', ')})` }))
      .refine((mapping) => Object.keys(mapping).length > 0, 'is empty (leave it out to accept platform role names)')
      .optional(),
  })
  .strict()
  // No regions: an issuer of landelijk-analist tokens only (e.g. the Landelijk Netwerk's own IdP).
  .refine((issuer) => issuer.regios.length > 0 || issuer.landelijk, {
    path: ['regios'],
    message: 'is empty: list the regions it may speak for (an empty list only with "landelijk": true)',
  });

const fileSchema = z.object({ issuers: z.array(issuerSchema).min(1) }).strict();

/** One trusted identity provider, as configured in AUTH_ISSUERS_FILE (defaults filled in). */
export type TrustedIssuer = z.infer<typeof issuerSchema>;

/** Raised for a bad AUTH_ISSUERS_FILE; the message names the entry and field. */
export class TrustedIssuersError extends Error {}

/** Validates the contents of an issuers file; throws TrustedIssuersError naming the first bad entry and field. */
export function parseTrustedIssuers(json: unknown): TrustedIssuer[] {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TrustedIssuersError(`${pathOf(json, issue.path)} ${issue.message.replace(/^Invalid input: /, '')}`);
  }
  const issuers = parsed.data.issuers;
  for (const [index, entry] of issuers.entries()) {
    const label = `issuers[${index}] (${entry.naam})`;
    if (issuers.findIndex((other) => other.naam === entry.naam) !== index) throw new TrustedIssuersError(`${label}.naam is used twice`);
    if (issuers.findIndex((other) => other.issuer === entry.issuer) !== index)
      throw new TrustedIssuersError(`${label}.issuer is used twice`);
    if (!entry.discoveryUrl && !entry.jwksUri && !/^https?:\/\//.test(entry.issuer))
      throw new TrustedIssuersError(`${label}.issuer is not a URL: give discoveryUrl or jwksUri`);
  }
  return issuers;
}

/** Reads and validates the issuers file (start-up only). */
export function readTrustedIssuers(file: string): TrustedIssuer[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new TrustedIssuersError(code ? `cannot be read (${code})` : 'is not valid JSON');
  }
  return parseTrustedIssuers(json);
}

/** The OIDC discovery document of an issuer: configured, or the issuer URL + /.well-known/openid-configuration. */
export function discoveryUrlOf(entry: Pick<TrustedIssuer, 'issuer' | 'discoveryUrl'>): string {
  return entry.discoveryUrl ?? `${entry.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

/** issuers[1] (keycloak-vt18).regios[0]: names the entry by index and, when it has one, its naam. */
function pathOf(json: unknown, path: PropertyKey[]): string {
  if (path[0] !== 'issuers' || typeof path[1] !== 'number') return path.map(String).join('.') || 'file';
  const naam = (json as { issuers: { naam?: unknown }[] }).issuers[path[1]]?.naam;
  // Only a valid naam is repeated: a bad one is not echoed.
  const entry = `issuers[${path[1]}]${typeof naam === 'string' && NAAM.test(naam) ? ` (${naam})` : ''}`;
  return [entry, ...path.slice(2).map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))].join('');
}
