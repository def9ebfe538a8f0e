export { startDevIdp, type DevIdp } from './dev-idp.js';
export { loadDevIdpConfig, DevIdpRefused, PLATFORM_AUDIENCE, PLATFORM_SCOPE, PORTAAL_CLIENT_ID, type DevIdpConfig } from './config.js';
export { DEV_GEBRUIKERS, DEV_GROEPEN, DEV_REGIOS, type DevGebruiker } from './gebruikers.js';
export { devIdpIssuerEntry } from './issuers-entry.js';
