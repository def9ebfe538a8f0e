// The development OpenID Connect provider: `node apps/dev-idp/dist/main.js` (the demo starts it).
// Refuses NODE_ENV=production. Prints its issuer and accounts; `--issuers-file <path>` also writes
// the AUTH_ISSUERS_FILE entry the api needs to trust it.
import { writeFileSync } from 'node:fs';
import { DevIdpRefused, loadDevIdpConfig } from './config.js';
import { startDevIdp } from './dev-idp.js';
import { DEV_GEBRUIKERS } from './gebruikers.js';
import { devIdpIssuerEntry } from './issuers-entry.js';

try {
  const config = loadDevIdpConfig();
  const idp = await startDevIdp(config);
  const bestand = process.argv.includes('--issuers-file') ? process.argv[process.argv.indexOf('--issuers-file') + 1] : undefined;
  if (bestand) writeFileSync(bestand, JSON.stringify({ issuers: [devIdpIssuerEntry(idp.issuer)] }, null, 2));
  process.stdout.write(
    `Development IdP (development only) at ${idp.issuer}; accounts (password "${config.password}"): ${DEV_GEBRUIKERS.map((g) => g.gebruikersnaam).join(', ')}\n`,
  );
  const stop = () => void idp.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof DevIdpRefused ? 78 : 1);
}
