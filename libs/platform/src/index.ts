export { ApiError, ErrorCode, unauthenticated, forbidden, validatie } from './errors.js';
export { formatError } from './format-error.js';
export { graphqlOptions } from './graphql.options.js';
export { PlatformModule, type PlatformOptions } from './platform.module.js';
export { REDIS_CLIENT, RedisModule, redisConnectionOptions } from './redis.js';
export { requestIdOf } from './request-id.js';
export type { LoggedRequest } from './logging.module.js';
export { bootstrap, createApp, type BootstrapOptions } from './bootstrap.js';
export { Public, PUBLIC_KEY } from './public.decorator.js';
