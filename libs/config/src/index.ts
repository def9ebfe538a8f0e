export { configSchema, type AppConfig } from './config.schema.js';
export { ConfigError, loadConfig, loadConfigOrExit } from './load-config.js';
export { ConfigModule, APP_CONFIG } from './config.module.js';
export { StartupError, describeDatabaseFailure } from './startup-error.js';
export { ROLLEN } from './rollen.js';
export { parseTrustedIssuers, readTrustedIssuers, discoveryUrlOf, TrustedIssuersError, type TrustedIssuer } from './trusted-issuers.js';
