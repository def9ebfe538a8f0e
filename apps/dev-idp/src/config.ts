import { z } from 'zod';

/** The audience the platform expects (AUTH_AUDIENCE's default) and the resource indicator the portal's tokens are for. */
export const PLATFORM_AUDIENCE = 'veilig-thuis-platform';
export const PLATFORM_RESOURCE = 'urn:veilig-thuis:platform';
/** The scope that asks for an access token for the platform (the portal's OIDC_SCOPE includes it). */
export const PLATFORM_SCOPE = 'platform';
export const PORTAAL_CLIENT_ID = 'vt-portaal';

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  DEV_IDP_PORT: z.coerce.number().int().min(1).max(65535).default(3005),
  DEV_IDP_HOST: z.string().default('127.0.0.1'),
  /** Defaults to http://localhost:<port>: the URL the browser and the api both reach. */
  DEV_IDP_ISSUER: z.string().url().optional(),
  /** Origins of the portal (the api serving it, Vite's dev server): redirect and post-logout URIs are derived from them. */
  DEV_IDP_PORTAL_ORIGINS: z.string().default('http://localhost:3000,http://127.0.0.1:3000,http://localhost:5173,http://127.0.0.1:5173'),
  /** One password for every development account. */
  DEV_IDP_PASSWORD: z.string().min(1).default('ontwikkeling'),
});

export interface DevIdpConfig {
  port: number;
  host: string;
  issuer: string;
  portalOrigins: string[];
  password: string;
}

/** Raised when the development IdP is asked to run where it must never run. */
export class DevIdpRefused extends Error {}

/** Reads the settings; refuses production (the IdP accepts one shared password for every role). */
export function loadDevIdpConfig(env: NodeJS.ProcessEnv = process.env): DevIdpConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new Error(`Invalid dev-idp configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const c = parsed.data;
  if (c.NODE_ENV === 'production') {
    throw new DevIdpRefused(
      'The development identity provider does not run with NODE_ENV=production: its accounts share one known password.',
    );
  }
  const portalOrigins = c.DEV_IDP_PORTAL_ORIGINS.split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return {
    port: c.DEV_IDP_PORT,
    host: c.DEV_IDP_HOST,
    issuer: (c.DEV_IDP_ISSUER ?? `http://localhost:${c.DEV_IDP_PORT}`).replace(/\/+$/, ''),
    portalOrigins,
    password: c.DEV_IDP_PASSWORD,
  };
}
