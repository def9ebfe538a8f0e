import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { PLATFORM_AUDIENCE, PLATFORM_RESOURCE, PLATFORM_SCOPE, PORTAAL_CLIENT_ID, type DevIdpConfig } from './config.js';
import { vindGebruiker, type DevGebruiker } from './gebruikers.js';
import { html, inlogPagina, pagina } from './pagina.js';

/** Access tokens live an hour: well inside the platform's AUTH_MAX_TOKEN_LIFETIME_S. */
const ACCESS_TOKEN_TTL = 3600;

/** A running development IdP. */
export interface DevIdp {
  issuer: string;
  server: Server;
  close(): Promise<void>;
}

/** The claims the platform reads, named as the issuers file's `claims` says (sub comes from the token itself). */
function platformClaims(gebruiker: DevGebruiker): Record<string, unknown> {
  return {
    name: gebruiker.naam,
    groups: gebruiker.groepen,
    ...(gebruiker.regio ? { tenant: gebruiker.regio } : {}),
    ...(gebruiker.team ? { team: gebruiker.team } : {}),
  };
}

function providerConfig(config: DevIdpConfig, signingKey: Record<string, unknown>): Configuration {
  return {
    clients: [
      {
        client_id: PORTAAL_CLIENT_ID,
        client_name: 'Veilig Thuis-portaal',
        // A browser app: no secret, PKCE instead.
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: config.portalOrigins.map((origin) => `${origin}/inloggen/terug`),
        post_logout_redirect_uris: config.portalOrigins.map((origin) => `${origin}/inloggen`),
      },
    ],
    jwks: { keys: [signingKey] },
    // Session cookies only need to survive this process.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    // OIDC scopes only: `platform` is the resource server's scope (resourceIndicators below).
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: ['name', 'groups', 'tenant', 'team'] },
    pkce: { required: () => true },
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL,
      AuthorizationCode: 60,
      IdToken: ACCESS_TOKEN_TTL,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    async findAccount(_ctx, sub) {
      const gebruiker = vindGebruiker(sub);
      if (!gebruiker) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...platformClaims(gebruiker) }) };
    },
    // The access token is what the platform reads: a JWT with the same claims as the ID token.
    async extraTokenClaims(_ctx, token) {
      const gebruiker = 'accountId' in token && token.accountId ? vindGebruiker(token.accountId) : undefined;
      return gebruiker ? platformClaims(gebruiker) : undefined;
    },
    // The portal is a first-party client: no consent screen, the grant covers the profile and the platform.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const bestaand = grantId ? await provider.Grant.find(grantId) : undefined;
      if (bestaand) return bestaand;
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(PLATFORM_RESOURCE, PLATFORM_SCOPE);
      await grant.save();
      return grant;
    },
    // Browsers may call the token endpoint only from the portal's origins.
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      // The portal does not send `resource`: every token is for the platform, as a JWT it can verify itself.
      resourceIndicators: {
        enabled: true,
        defaultResource: () => PLATFORM_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, indicator) {
          if (indicator !== PLATFORM_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: PLATFORM_SCOPE,
            audience: PLATFORM_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: ACCESS_TOKEN_TTL,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.type = 'html';
          ctx.body = pagina(
            'Uitloggen',
            `<p>Wilt u uitloggen bij de ontwikkel-identiteitsprovider?</p>${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Ja, uitloggen</button>
<button type="submit" form="op.logoutForm" class="secundair">Nee, ingelogd blijven</button>`,
          );
        },
        postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = pagina('Uitgelogd', '<p>U bent uitgelogd bij de ontwikkel-identiteitsprovider.</p>');
        },
      },
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = pagina(
        'Er ging iets mis',
        `<div class="fout" role="alert"><p>${html(out.error)}${out.error_description ? `: ${html(out.error_description)}` : ''}</p></div>`,
      );
    },
  };
}

async function leesFormulier(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

function stuur(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Frame-Options', 'DENY');
  res.end(body);
}

/** The login page of an interaction (GET) and its form (POST): one password for every development account. */
async function interactie(provider: Provider, config: DevIdpConfig, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const actie = `/interaction/${details.uid}`;
  if (details.prompt.name !== 'login') {
    // Consent is granted by loadExistingGrant; nothing else is asked.
    await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
    return;
  }
  if (req.method === 'GET') return stuur(res, 200, inlogPagina(actie, {}));
  const formulier = await leesFormulier(req);
  const gebruikersnaam = (formulier.get('gebruikersnaam') ?? '').trim().toLowerCase();
  const gebruiker = vindGebruiker(gebruikersnaam);
  if (!gebruiker || formulier.get('wachtwoord') !== config.password) {
    return stuur(res, 401, inlogPagina(actie, { gebruikersnaam, fout: 'Onbekende gebruikersnaam of onjuist wachtwoord.' }));
  }
  await provider.interactionFinished(req, res, { login: { accountId: gebruiker.gebruikersnaam } }, { mergeWithLastSubmission: false });
}

/** Starts the development IdP on config.host:config.port with a fresh RS256 signing key. */
export async function startDevIdp(config: DevIdpConfig): Promise<DevIdp> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: `dev-idp-${Date.now()}`, alg: 'RS256', use: 'sig' };
  const provider = new Provider(config.issuer, providerConfig(config, signingKey));
  const callback = provider.callback();
  const server = createServer((req, res) => {
    if (/^\/interaction\/[^/?]+(\?|$)/.test(req.url ?? '')) {
      interactie(provider, config, req, res).catch((error: unknown) => {
        const melding = error instanceof errors.OIDCProviderError ? (error.error_description ?? error.message) : 'onbekende fout';
        if (!res.headersSent) stuur(res, 400, pagina('Er ging iets mis', `<div class="fout" role="alert"><p>${html(melding)}</p></div>`));
      });
      return;
    }
    void callback(req, res);
  });
  server.listen(config.port, config.host);
  await once(server, 'listening');
  return {
    issuer: config.issuer,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; a stopping IdP does not wait for them.
        server.closeAllConnections();
      }),
  };
}
