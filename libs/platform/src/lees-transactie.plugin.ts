import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { TenantContext, sluitLeesTransactie } from '@vt/database';

/**
 * Gives a GraphQL query one database transaction for all its resolvers and DataLoader batches
 * (fewer round trips), committed when the response is sent. Mutations are not touched: each change
 * keeps its own transaction.
 */
@Plugin()
export class LeesTransactiePlugin implements ApolloServerPlugin {
  constructor(private readonly context: TenantContext) {}

  async requestDidStart(): Promise<GraphQLRequestListener<never>> {
    const context = this.context;
    let transactie: ReturnType<TenantContext['startLeesTransactie']>;
    return {
      async didResolveOperation(request) {
        if (request.operation?.operation === 'query') transactie = context.startLeesTransactie();
      },
      async willSendResponse() {
        if (transactie) await sluitLeesTransactie(transactie);
      },
    };
  }
}
