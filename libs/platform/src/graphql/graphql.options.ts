import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { AppConfig } from '@vt/config';
import { formatError } from './format-error.js';
import { describeRootTypes } from './describe-root-types.js';
import { pruneOrphanTypes } from './prune-orphan-types.js';
import { unauthenticatedStatusPlugin } from './unauthenticated-status.plugin.js';
import { graphqlObservabilityPlugin } from '../runtime/observability/graphql-observability.plugin.js';

/**
 * Apollo settings shared by the api and the benchmark service: query limits (graphql-armor),
 * no introspection, field suggestions or stack traces in production, and error formatting.
 */
export function graphqlOptions(config: AppConfig, queryDescription: string): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's token plugin
    // throws from a plugin hook, which Apollo answers with HTTP 500, syntax errors included.
    maxTokens: { enabled: false },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, ignoreIntrospection: true },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    playground: false,
    // graphql-armor's types point at Apollo's CommonJS build; the objects are the same at run time.
    // Cache control is off: responses are per user and never HTTP-cached, and its per-field hook
    // costs every resolved field (a benchmark answer has thousands).
    plugins: [
      ...(armor.plugins as NonNullable<ApolloDriverConfig['plugins']>),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      graphqlObservabilityPlugin(),
      unauthenticatedStatusPlugin(),
    ],
    // Nest's own plugin would reset every response with data to HTTP 200 after ours set 401
    // (unauthenticatedStatusPlugin); nothing else here sets extensions.http.status.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: armor.validationRules,
    formatError,
    context: ({ req }: { req: unknown }) => ({ req }),
    transformSchema: (schema) => pruneOrphanTypes(describeRootTypes(schema, queryDescription)),
  };
}
