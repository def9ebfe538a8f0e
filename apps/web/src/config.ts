/** Settings the server hands the portal at GET /config.json (from its environment). */
export interface PortaalConfig {
  /** OpenID Connect provider; null when none is configured (then only the development login exists). */
  oidc: { issuer: string; clientId: string; scope: string } | null;
  /** Whether POST /dev/token exists (development and demo only). */
  devLogin: boolean;
  /** GraphQL endpoint of the api. */
  apiGraphqlUrl: string;
  /** GraphQL endpoint of the benchmark service. */
  benchmarkGraphqlUrl: string;
}

export async function laadConfig(): Promise<PortaalConfig> {
  const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`De configuratie van het portaal is niet te laden (HTTP ${response.status}).`);
  return (await response.json()) as PortaalConfig;
}
