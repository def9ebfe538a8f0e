import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type JWTPayload, type CryptoKey } from 'jose';
import { freePort } from './net.js';

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * A minimal identity provider over real HTTP: OIDC discovery and a JWKS with keys made by jose, so the
 * platform fetches, caches and rotates keys exactly as it would from Keycloak or Entra ID.
 */
export class TestIdp {
  /** Key fetches (discovery + JWKS) answered, to see the platform's refreshes. */
  fetches = 0;
  private server?: Server;
  private keys: SigningKey[] = [];
  private unpublished?: SigningKey;

  private constructor(
    readonly port: number,
    readonly issuer: string,
  ) {}

  /** Creates the IdP's first key; `listen: false` leaves it down (an IdP unreachable at start-up). */
  static async create(path: string, options: { listen?: boolean } = {}): Promise<TestIdp> {
    const port = await freePort();
    const idp = new TestIdp(port, `http://127.0.0.1:${port}${path}`);
    await idp.rotate();
    if (options.listen !== false) await idp.start();
    return idp;
  }

  get discoveryUrl(): string {
    return `${this.issuer}/.well-known/openid-configuration`;
  }

  /** A new current signing key; the previous ones stay in the JWKS (as Keycloak and Entra do during rotation). */
  async rotate(): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const kid = `k${this.keys.length + 1}-${Date.now()}`;
    this.keys.unshift({ kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } });
    return kid;
  }

  /** A token of this issuer signed with its current key (or a key it does not publish). */
  async sign(claims: JWTPayload, options: { audience?: string; issuer?: string; unpublishedKey?: boolean } = {}): Promise<string> {
    let key = this.keys[0]!;
    if (options.unpublishedKey) {
      this.unpublished ??= { kid: `unpublished-${Date.now()}`, privateKey: (await generateKeyPair('RS256')).privateKey, publicJwk: {} };
      key = this.unpublished;
    }
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setIssuer(options.issuer ?? this.issuer)
      .setAudience(options.audience ?? 'veilig-thuis-platform')
      .setSubject(typeof claims.sub === 'string' ? claims.sub : 'idp-user')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key.privateKey);
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      this.fetches++;
      const path = new URL(req.url ?? '/', this.issuer).pathname;
      const base = new URL(this.issuer).pathname;
      if (path === `${base}/.well-known/openid-configuration`) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${this.issuer}/certs` }));
      } else if (path === `${base}/certs`) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: this.keys.map((key) => key.publicJwk) }));
      } else {
        res.writeHead(404).end();
      }
    });
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.server = server;
  }

  /** Takes the IdP off the network (connections refused) until start() again. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = once(server, 'close');
    server.close();
    server.closeAllConnections();
    await closed;
  }
}
