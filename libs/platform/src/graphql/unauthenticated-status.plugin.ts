import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errors.js';
import { hasBearer, wwwAuthenticate } from '../runtime/www-authenticate.js';

/**
 * A GraphQL request refused for its token answers HTTP 401 with the GraphQL error body and a
 * WWW-Authenticate challenge (RFC 6750), so HTTP clients, proxies and monitoring see the refusal.
 * Set through Apollo's response.http, not the HTTP framework, so it holds on any adapter. Only when
 * no data came back: a response that carries data (a public field) stays 200. FORBIDDEN keeps 200.
 */
export function unauthenticatedStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const refusal = errors?.find((error) => error.extensions?.code === ErrorCode.UNAUTHENTICATED);
          if (!refusal) return;
          if (data && Object.values(data).some((value) => value !== null)) return;
          response.http.status = 401;
          response.http.headers.set(
            'www-authenticate',
            wwwAuthenticate(hasBearer(request.http?.headers.get('authorization')), refusal.message),
          );
        },
      };
    },
  };
}
