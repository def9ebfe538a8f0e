import { PLATFORM_AUDIENCE } from './config.js';
import { DEV_GROEPEN, DEV_REGIOS } from './gebruikers.js';

/** The development IdP's entry in AUTH_ISSUERS_FILE: its regions, claim names and group-to-role mapping. */
export function devIdpIssuerEntry(issuer: string) {
  return {
    naam: 'dev-idp',
    issuer,
    audience: PLATFORM_AUDIENCE,
    regios: Object.keys(DEV_REGIOS),
    landelijk: true,
    claims: { subject: 'sub', naam: 'name', rollen: 'groups', tenant: 'tenant', team: 'team' },
    rollen: { ...DEV_GROEPEN },
  };
}
