// The public surface of @vt/platform. graphql/: the API's GraphQL plumbing, errors and input
// checks; queues/: BullMQ queues, the outbox (write, relay) and job administration; runtime/: the
// process (bootstrap, logging, Redis, health, PlatformModule).
export {
  ApiError,
  ErrorCode,
  unauthenticated,
  forbidden,
  validatie,
  validatieFouten,
  fieldErrorsOf,
  type FieldError,
  nietGevonden,
  ongeldigeOvergang,
  versieConflict,
  vereisVersie,
} from './graphql/errors.js';
export { formatError } from './graphql/format-error.js';
export { graphqlOptions } from './graphql/graphql.options.js';
export { pruneOrphanTypes } from './graphql/prune-orphan-types.js';
export { ReadTransactionPlugin } from './graphql/read-transaction.plugin.js';
export { selectsOnlyId } from './graphql/selects-only-id.js';
export {
  PageInfo,
  PageArgs,
  ConnectionType,
  pageSize,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  decodeCursor,
  toConnection,
  type CursorKind,
  type Connection,
  type Edge,
} from './graphql/pagination.js';
export { OrderDirection, OrderType, orderOf, orderTag, keyset, decodeOrderedCursor, type Order } from './graphql/ordering.js';
export { defineEnum, isEnumValue } from './graphql/enums.js';
export { RequestLoaders } from './graphql/request-loaders.js';
export { check, begrensdeLijst, ValidationCollector } from './graphql/validation.js';
export { InputPipe, MAX_NUMBER, dateWindow } from './graphql/input.pipe.js';

export { QUEUE, JOB_DEFAULTS, type QueueName } from './queues/queues.js';
export { Queues } from './queues/queues.service.js';
export { JobState, jobState } from './queues/job-state.js';
export { writeOutbox, type OutboxPayload } from './queues/outbox.js';
export { OutboxRelay } from './queues/outbox-relay.js';
export { OutboxBacklogMetrics } from './queues/outbox-backlog.metrics.js';
export { configureWorkers } from './queues/worker-options.js';
export { onceErrorReporter, safeJobError } from './queues/worker-errors.js';
export { jobTenantId } from './queues/job-tenant.js';
export { jobsResolver, type JobPermissions } from './queues/jobs.resolver.js';

export { bootstrap, createApp, type BootstrapOptions } from './runtime/bootstrap.js';
export { PlatformModule, type PlatformOptions } from './runtime/platform.module.js';
export { RestErrorFilter } from './runtime/rest-error.filter.js';
export { leesTekstBody } from './runtime/request-body.js';
export { REDIS_CLIENT, RedisModule, redisConnectionOptions, bullRootOptions } from './runtime/redis.js';
export { requestIdOf } from './runtime/request-id.js';
export type { LoggedRequest } from './runtime/logging.module.js';
export { Public, PUBLIC_KEY } from './runtime/public.decorator.js';
export { PortalModule, PortalConfigController, portalCsp, portalDir, portalMiddleware } from './runtime/portal.js';
export { serializeError, safeSummary, newErrorId, maskMessage, type SafeError } from './runtime/safe-error.js';

export { IdentityProviderHealth, type IssuerHealth } from './runtime/identity-provider-health.js';
export { countAccessLogFailure, countTokenFailure, setJwksUp, type TokenFailureReason } from './runtime/observability/metrics.js';
export { ObservabilityLifecycle } from './runtime/observability/observability.lifecycle.js';
export { flushTracing } from './runtime/observability/tracing.js';

export { isUuid } from './ids.js';
