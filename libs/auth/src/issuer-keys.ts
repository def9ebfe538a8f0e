import { Logger } from '@nestjs/common';
import { createLocalJWKSet, errors as joseErrors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { setJwksUp } from '@vt/platform';

const FETCH_TIMEOUT_MS = 5000;
const MAX_JWKS_BYTES = 512 * 1024;

/** Where an issuer's keys come from: its JWKS URL directly, or the jwks_uri of its discovery document. */
export interface KeySource {
  naam: string;
  issuer: string;
  jwksUri?: string;
  discoveryUrl: string;
}

export interface KeyRefreshTiming {
  /** Periodic refresh while the keys are fine. */
  refreshMs: number;
  /** Least time between two fetches (unknown kid, retry after a failure). */
  cooldownMs: number;
}

/** Thrown while an issuer has no keys at all (its IdP unreachable since start-up). */
export class KeysUnavailable extends Error {}

/** What readiness reports about one issuer's keys. */
export interface IssuerKeyStatus {
  naam: string;
  /** The last fetch succeeded. */
  up: boolean;
  /** Keys are present (possibly from an earlier fetch) so its tokens can be verified. */
  keys: boolean;
  message?: string;
}

/**
 * One issuer's JWKS, fetched in the background and kept: refreshed periodically and when a token
 * names an unknown kid (at most once per cooldown, so garbage tokens cannot hammer the IdP). A failed
 * fetch keeps the last good key set, so an IdP outage does not reject tokens signed with known keys;
 * jose's createRemoteJWKSet alone would throw instead. Verification itself never waits on the
 * network unless the kid is unknown.
 */
export class IssuerKeys {
  private readonly logger = new Logger('IssuerKeys');
  private keySet?: JWTVerifyGetKey;
  private up = false;
  private lastError?: string;
  private lastFetchAt = 0;
  private inflight?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly source: KeySource,
    private readonly timing: KeyRefreshTiming,
  ) {}

  /** Starts fetching in the background; never throws (an unreachable IdP must not stop the app). */
  start(): void {
    setJwksUp(this.source.naam, false);
    void this.refresh();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  status(): IssuerKeyStatus {
    return {
      naam: this.source.naam,
      up: this.up,
      keys: this.keySet !== undefined,
      ...(this.up
        ? {}
        : {
            message: this.keySet
              ? `key refresh failed (${this.lastError}); cached keys in use`
              : `no keys yet (${this.lastError ?? 'fetching'}); its tokens are refused`,
          }),
    };
  }

  /** jose key resolver: the cached set, refreshed once (cooldown permitting) when the kid is unknown. */
  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    if (!this.keySet) {
      if (Date.now() - this.lastFetchAt >= this.timing.cooldownMs) await this.refresh();
      if (!this.keySet) throw new KeysUnavailable();
    }
    try {
      return await this.keySet(header, token);
    } catch (error) {
      if (!(error instanceof joseErrors.JWKSNoMatchingKey) || Date.now() - this.lastFetchAt < this.timing.cooldownMs) throw error;
    }
    await this.refresh();
    return this.keySet(header, token);
  };

  /** One fetch at a time; schedules the next one (sooner after a failure). */
  private refresh(): Promise<void> {
    this.inflight ??= this.fetchKeys().finally(() => {
      this.inflight = undefined;
      this.schedule();
    });
    return this.inflight;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), this.up ? this.timing.refreshMs : this.timing.cooldownMs);
    this.timer.unref();
  }

  private async fetchKeys(): Promise<void> {
    this.lastFetchAt = Date.now();
    try {
      const jwks = await fetchJson(await this.jwksUri());
      if (!Array.isArray((jwks as JSONWebKeySet).keys)) throw new InvalidDocument('JWKS without keys');
      this.keySet = createLocalJWKSet(jwks as JSONWebKeySet);
      if (!this.up) this.logger.log(`Keys of issuer ${this.source.naam} loaded (${(jwks as JSONWebKeySet).keys.length} keys)`);
      this.up = true;
      this.lastError = undefined;
    } catch (error) {
      const described = describe(error);
      // One line per failure, without URLs' query strings or token content: issuer label and error class.
      this.logger.warn(
        `Key refresh of issuer ${this.source.naam} failed (${described}); ${this.keySet ? 'cached keys stay in use' : 'its tokens are refused until keys arrive'}`,
      );
      this.up = false;
      this.lastError = described;
    }
    setJwksUp(this.source.naam, this.up);
  }

  private async jwksUri(): Promise<string> {
    if (this.source.jwksUri) return this.source.jwksUri;
    const discovery = (await fetchJson(this.source.discoveryUrl)) as { issuer?: unknown; jwks_uri?: unknown };
    // OIDC Discovery 1.0 section 4.3: the document must name the issuer we trust, else its keys are not that issuer's.
    if (discovery.issuer !== this.source.issuer) throw new InvalidDocument('discovery names another issuer');
    if (typeof discovery.jwks_uri !== 'string' || !/^https?:\/\//.test(discovery.jwks_uri))
      throw new InvalidDocument('discovery without jwks_uri');
    return discovery.jwks_uri;
  }
}

class InvalidDocument extends Error {}

class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
  if (!response.ok) {
    await response.body?.cancel();
    throw new HttpStatusError(response.status);
  }
  const text = await response.text();
  if (text.length > MAX_JWKS_BYTES) throw new InvalidDocument('document too large');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidDocument('not JSON');
  }
}

/** The error class and code, never a body: e.g. "TypeError ECONNREFUSED", "HTTP 503", "TimeoutError". */
function describe(error: unknown): string {
  if (error instanceof HttpStatusError) return error.message;
  if (error instanceof InvalidDocument) return `invalid document: ${error.message}`;
  if (!(error instanceof Error)) return 'unknown error';
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = cause && typeof cause.code === 'string' ? ` ${cause.code}` : '';
  return `${error.name}${code}`;
}
