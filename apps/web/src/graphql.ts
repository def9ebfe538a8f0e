import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** An error the platform answered with: the message is the API's own text, shown as given. */
export class ApiFout extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status?: number,
  ) {
    super(message);
  }

  get geweigerd(): boolean {
    return this.code === 'FORBIDDEN' || this.code === 'UNAUTHENTICATED' || this.status === 401 || this.status === 403;
  }
}

interface GraphQLAntwoord<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs a typed operation (generated in src/gql) with the Bearer token; errors become ApiFout. */
export async function vraag<R, V>(
  url: string,
  document: DocumentTypeDecoration<R, V> & { toString(): string },
  variables: V,
  token: string | undefined,
): Promise<R> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiFout('De server is niet bereikbaar. Probeer het later opnieuw.', 'NETWERK');
  }
  let body: GraphQLAntwoord<R>;
  try {
    body = (await response.json()) as GraphQLAntwoord<R>;
  } catch {
    throw new ApiFout(`De server gaf een onverwacht antwoord (HTTP ${response.status}).`, undefined, response.status);
  }
  const fout = body.errors?.[0];
  if (fout) throw new ApiFout(fout.message, fout.extensions?.code, response.status);
  if (!body.data) throw new ApiFout(`De server gaf geen gegevens (HTTP ${response.status}).`, undefined, response.status);
  return body.data;
}

/** Downloads a file with the Bearer token (a plain link cannot send it) and saves it under its name. */
export async function download(url: string, token: string | undefined, standaardNaam: string): Promise<void> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    let message = `Downloaden mislukt (HTTP ${response.status}).`;
    let code: string | undefined;
    try {
      const body = (await response.json()) as GraphQLAntwoord<unknown>;
      message = body.errors?.[0]?.message ?? message;
      code = body.errors?.[0]?.extensions?.code;
    } catch {
      // no JSON body
    }
    throw new ApiFout(message, code, response.status);
  }
  const naam = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  bewaar(await response.blob(), naam ? decodeURIComponent(naam) : standaardNaam);
}

/** Offers a blob to the browser as a download. */
export function bewaar(blob: Blob, naam: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = naam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
