import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { TokenVerifier } from '@vt/auth';
import { unauthenticated } from '@vt/platform';

/** Whether an operation asks for the schema (__schema or __type; __typename is ordinary). */
export function vraagtSchema(document: DocumentNode): boolean {
  let gevonden = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        gevonden = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return gevonden;
}

/**
 * In production with GRAPHIQL_ENABLED=true, introspection is on for authenticated callers only: an
 * operation that asks for the schema needs a valid bearer token (resolvers are not involved, so the
 * auth guard never sees it). Registered only in that case; outside production introspection is open
 * as before, and in production without the setting it stays off altogether.
 */
@Plugin()
export class IntrospectionGuardPlugin implements ApolloServerPlugin {
  constructor(private readonly verifier: TokenVerifier) {}

  async requestDidStart(): Promise<GraphQLRequestListener<{ req?: { headers?: Record<string, string | string[] | undefined> } }>> {
    const verifier = this.verifier;
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!vraagtSchema(document)) return;
        const header = contextValue.req?.headers?.authorization;
        const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
        if (!match) throw unauthenticated('Introspection requires authentication: send "Authorization: Bearer <token>"');
        await verifier.verify(match[1]!);
      },
    };
  }
}
