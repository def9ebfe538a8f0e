import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { PortaalConfig } from './config';

/** Who is logged in, read from the token (for display only: the API decides what the token may do). */
export interface Sessie {
  token: string;
  naam: string;
  rollen: string[];
  regio?: string;
  /** Expiry in epoch seconds. */
  verloopt?: number;
  bron: 'oidc' | 'dev';
}

const OPSLAG = 'vt.portaal.sessie';

function claims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(
    payload
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(payload.length / 4) * 4, '='),
  );
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

export function sessieUitToken(token: string, bron: Sessie['bron']): Sessie {
  const c = claims(token);
  return {
    token,
    naam: typeof c.name === 'string' ? c.name : String(c.sub ?? 'onbekend'),
    rollen: Array.isArray(c.roles) ? c.roles.map(String) : [],
    regio: typeof c.tenant === 'string' ? c.tenant : undefined,
    verloopt: typeof c.exp === 'number' ? c.exp : undefined,
    bron,
  };
}

/**
 * The session after an OpenID Connect login, as the platform reads the access token (GET /sessie):
 * each IdP names its claims and groups differently; the api applies the issuer's mapping.
 */
export async function sessieVanPlatform(token: string, verloopt: number | undefined): Promise<Sessie> {
  const response = await fetch('/sessie', { headers: { accept: 'application/json', authorization: `Bearer ${token}` } });
  const body = (await response.json().catch(() => ({}))) as {
    naam?: string;
    rollen?: string[];
    regio?: string | null;
    errors?: { message: string }[];
  };
  if (!response.ok || !body.naam) {
    throw new Error(body.errors?.[0]?.message ?? `Het platform accepteert de login niet (HTTP ${response.status}).`);
  }
  return { token, naam: body.naam, rollen: body.rollen ?? [], regio: body.regio ?? undefined, verloopt, bron: 'oidc' };
}

function bewaardeSessie(): Sessie | null {
  try {
    const raw = sessionStorage.getItem(OPSLAG);
    if (!raw) return null;
    const sessie = JSON.parse(raw) as Sessie;
    if (sessie.verloopt && sessie.verloopt * 1000 < Date.now()) {
      sessionStorage.removeItem(OPSLAG);
      return null;
    }
    return sessie;
  } catch {
    return null;
  }
}

/** The OIDC client (authorization code flow with PKCE, the oidc-client-ts default). */
export function userManager(config: PortaalConfig): UserManager | null {
  if (!config.oidc) return null;
  return new UserManager({
    authority: config.oidc.issuer,
    client_id: config.oidc.clientId,
    redirect_uri: `${window.location.origin}/inloggen/terug`,
    post_logout_redirect_uri: `${window.location.origin}/inloggen`,
    response_type: 'code',
    scope: config.oidc.scope,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

interface AuthContext {
  config: PortaalConfig;
  sessie: Sessie | null;
  meldAan(sessie: Sessie): void;
  meldAf(): Promise<void>;
}

const Context = createContext<AuthContext | null>(null);

export function AuthProvider({ config, children }: { config: PortaalConfig; children: ReactNode }) {
  const [sessie, zetSessie] = useState<Sessie | null>(bewaardeSessie);
  const meldAan = useCallback((nieuw: Sessie) => {
    sessionStorage.setItem(OPSLAG, JSON.stringify(nieuw));
    zetSessie(nieuw);
  }, []);
  const meldAf = useCallback(async () => {
    const bron = sessie?.bron;
    sessionStorage.removeItem(OPSLAG);
    zetSessie(null);
    const manager = userManager(config);
    if (bron === 'oidc' && manager) await manager.signoutRedirect().catch(() => manager.removeUser());
  }, [config, sessie]);
  const waarde = useMemo(() => ({ config, sessie, meldAan, meldAf }), [config, sessie, meldAan, meldAf]);
  return <Context.Provider value={waarde}>{children}</Context.Provider>;
}

export function useAuth(): AuthContext {
  const context = useContext(Context);
  if (!context) throw new Error('useAuth outside AuthProvider');
  return context;
}

export function isAnalist(sessie: Sessie | null): boolean {
  return !!sessie?.rollen.includes('landelijk-analist');
}
