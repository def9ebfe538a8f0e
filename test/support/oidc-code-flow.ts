import { createHash, randomBytes } from 'node:crypto';

/** The outcome of an authorization code + PKCE login driven over plain HTTP, as a browser would. */
export interface CodeFlowResult {
  /** Status of the login form's POST (303 on success, 401 for wrong credentials). */
  loginStatus: number;
  loginBody?: string;
  tokens?: { access_token: string; id_token?: string; token_type: string; expires_in: number; scope?: string };
}

/** A cookie jar good enough for one IdP on one host: name → value, paths ignored. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair!.indexOf('=');
      const value = pair!.slice(at + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(header) || value === '') this.cookies.delete(pair!.slice(0, at));
      else this.cookies.set(pair!.slice(0, at), value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Logs in at `issuer` as the portal would: authorization request with a PKCE challenge, the IdP's
 * login form, the redirect back with a code, and the code exchanged (with the verifier) for tokens.
 */
export async function codeFlow(
  issuer: string,
  options: { clientId: string; redirectUri: string; scope: string; gebruikersnaam: string; wachtwoord: string },
): Promise<CodeFlowResult> {
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    authorization_endpoint: string;
    token_endpoint: string;
  };
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(8).toString('base64url');
  const jar = new Jar();
  const get = async (url: string) => {
    const response = await fetch(new URL(url, issuer), { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(response);
    return response;
  };

  const auth = new URL(discovery.authorization_endpoint);
  auth.search = new URLSearchParams({
    client_id: options.clientId,
    response_type: 'code',
    redirect_uri: options.redirectUri,
    scope: options.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const toInteraction = await get(auth.toString());
  if (toInteraction.status !== 303)
    throw new Error(`authorization request answered ${toInteraction.status}: ${await toInteraction.text()}`);
  const interaction = toInteraction.headers.get('location')!;
  const form = await get(interaction);
  if (form.status !== 200) throw new Error(`login page answered ${form.status}`);
  const action = /<form method="post" action="([^"]+)"/.exec(await form.text())?.[1];
  if (!action) throw new Error('login page has no form');

  const login = await fetch(new URL(action, issuer), {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ gebruikersnaam: options.gebruikersnaam, wachtwoord: options.wachtwoord }).toString(),
  });
  jar.take(login);
  if (login.status !== 303) return { loginStatus: login.status, loginBody: await login.text() };

  // Resume the authorization request until the IdP redirects to the client with the code.
  let location = login.headers.get('location')!;
  for (let hop = 0; hop < 5 && !location.startsWith(options.redirectUri); hop++) {
    const response = await get(location);
    if (response.status !== 303 && response.status !== 302) throw new Error(`resume answered ${response.status}: ${await response.text()}`);
    location = response.headers.get('location')!;
  }
  const back = new URL(location);
  if (back.searchParams.get('state') !== state) throw new Error(`redirect without the state: ${location}`);
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`redirect without a code: ${location}`);

  const token = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: options.redirectUri,
      client_id: options.clientId,
      code_verifier: verifier,
    }).toString(),
  });
  if (!token.ok) throw new Error(`token endpoint answered ${token.status}: ${await token.text()}`);
  return { loginStatus: login.status, tokens: (await token.json()) as CodeFlowResult['tokens'] };
}
