import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import { operationLabel, requestSpanOf, startGraphqlRecord, type GraphqlRecord } from './request-observer.js';

/**
 * Names each GraphQL request after its operation once the document is validated (unnamed:
 * "anonymous"; capped, see operationLabel) and keeps the response for metrics, the request log
 * line and the request's span. The name never comes from the request's operationName field alone.
 */
export function graphqlObservabilityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      const req = (contextValue as { req?: IncomingMessage } | undefined)?.req;
      if (!req) return {};
      const record = startGraphqlRecord(req);
      return {
        async didResolveOperation({ operation }) {
          record.operation = operationLabel(operation?.name?.value);
          record.type = operation?.operation ?? 'unknown';
          const span = requestSpanOf(req);
          if (span) {
            span.updateName(`${record.type} ${record.operation}`);
            span.setAttributes({ 'graphql.operation.name': record.operation, 'graphql.operation.type': record.type });
          }
        },
        async willSendResponse({ response }) {
          record.body = response.body as GraphqlRecord['body'];
        },
      };
    },
  };
}
