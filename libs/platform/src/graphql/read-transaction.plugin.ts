import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { TenantContext, closeReadTransaction } from '@vt/database';
import { newErrorId } from '../runtime/safe-error.js';
import { countAccessLogFailure } from '../runtime/observability/metrics.js';

/**
 * Gives a GraphQL query one database transaction for all its resolvers and DataLoader batches
 * (fewer round trips), committed when the response is sent. Mutations are not touched: each change
 * keeps its own transaction.
 */
const logger = new Logger('ReadTransaction');

@Plugin()
export class ReadTransactionPlugin implements ApolloServerPlugin {
  constructor(private readonly context: TenantContext) {}

  async requestDidStart(): Promise<GraphQLRequestListener<never>> {
    const context = this.context;
    let transaction: ReturnType<TenantContext['startReadTransaction']>;
    return {
      async didResolveOperation(request) {
        if (request.operation?.operation === 'query') transaction = context.startReadTransaction();
      },
      async willSendResponse(request) {
        if (!transaction) return;
        try {
          await closeReadTransaction(transaction);
        } catch (error) {
          const errorId = newErrorId();
          if (transaction.beforeCommit.length > 0) countAccessLogFailure('deferred');
          logger.error({ err: error, errorId }, 'read transaction not committed; response withheld');
          // The access-log entries of this read were not stored: the data must not go out either.
          if (request.response.body.kind === 'single') {
            request.response.body.singleResult = {
              errors: [
                {
                  message: `Internal error; the platform has logged it (error id ${errorId})`,
                  extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
                },
              ],
            };
          }
        }
      },
    };
  }
}
