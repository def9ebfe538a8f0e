export {
  ApiError,
  ErrorCode,
  unauthenticated,
  forbidden,
  validatie,
  nietGevonden,
  ongeldigeOvergang,
  versieConflict,
  vereisVersie,
} from './errors.js';
export { formatError } from './format-error.js';
export { RestErrorFilter } from './rest-error.filter.js';
export { graphqlOptions } from './graphql.options.js';
export { PlatformModule, type PlatformOptions } from './platform.module.js';
export { REDIS_CLIENT, RedisModule, redisConnectionOptions, bullRootOptions } from './redis.js';
export { requestIdOf } from './request-id.js';
export type { LoggedRequest } from './logging.module.js';
export { bootstrap, createApp, type BootstrapOptions } from './bootstrap.js';
export { Public, PUBLIC_KEY } from './public.decorator.js';
export {
  PageInfo,
  PageArgs,
  ConnectionType,
  pageSize,
  encodeCursor,
  decodeCursor,
  toConnection,
  type CursorKind,
  type Connection,
  type Edge,
} from './pagination.js';
export { isUuid } from './ids.js';
export { defineEnum, isEnumValue } from './enums.js';
export { RequestLoaders } from './request-loaders.js';
export { check, begrensdeLijst } from './validatie.js';
export { QUEUE, JOB_DEFAULTS, type QueueNaam } from './queues.js';
export { Queues } from './queues.service.js';
export { OutboxRelay } from './outbox-relay.js';
export { eenmaligeFoutmelder, veiligeJobFout } from './worker-fouten.js';
export { pruneOrphanTypes } from './prune-orphan-types.js';
export { JobState, jobState } from './job-state.js';
export { serializeError, safeSummary, newErrorId, maskMessage, type SafeError } from './safe-error.js';
export { configureerWorkers } from './worker-opties.js';
export { ReadTransactionPlugin } from './read-transaction.plugin.js';
export { InvoerPipe, MAX_GETAL, datumVenster } from './invoer.pipe.js';
