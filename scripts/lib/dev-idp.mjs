// Starts the development identity provider (apps/dev-idp) for the demo and writes the issuers file
// that makes the api trust it (AUTH_ISSUERS_FILE), next to the settings the portal's login needs.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { portAnswers } from './services.mjs';

/**
 * Starts the IdP on DEV_IDP_PORT (3005) for the portal's origins (the api's and Vite's) and waits
 * for its discovery document. Returns its issuer, password, accounts and the api's environment.
 */
export async function startDevIdp({ apiPort, children, onExit }) {
  const port = Number(process.env.DEV_IDP_PORT ?? 3005);
  if (await portAnswers('127.0.0.1', port))
    throw new Error(`Port ${port} for the development IdP is in use; stop what uses it or set DEV_IDP_PORT.`);
  const webPort = Number(process.env.WEB_PORT ?? 5173);
  const origins = [apiPort, webPort].flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]);
  mkdirSync(join(process.cwd(), '.local'), { recursive: true });
  const issuersFile = join(process.cwd(), '.local', 'auth-issuers.json');
  const password = process.env.DEV_IDP_PASSWORD ?? 'ontwikkeling';
  const child = spawn(process.execPath, ['apps/dev-idp/dist/main.js', '--issuers-file', issuersFile], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DEV_IDP_PORT: String(port),
      DEV_IDP_PORTAL_ORIGINS: origins.join(','),
      DEV_IDP_PASSWORD: password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.once('exit', (code) => onExit(code));
  children.push(child);

  const issuer = process.env.DEV_IDP_ISSUER ?? `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/.well-known/openid-configuration`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error('The development IdP did not answer within 30 s.');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { DEV_GEBRUIKERS, PORTAAL_CLIENT_ID, PLATFORM_SCOPE } = await import('../../apps/dev-idp/dist/index.js');
  return {
    issuer,
    password,
    gebruikers: DEV_GEBRUIKERS,
    env: {
      AUTH_ISSUERS_FILE: issuersFile,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: PORTAAL_CLIENT_ID,
      OIDC_SCOPE: `openid profile ${PLATFORM_SCOPE}`,
    },
  };
}
