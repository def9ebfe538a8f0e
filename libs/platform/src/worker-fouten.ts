import type { Logger } from '@nestjs/common';

/**
 * BullMQ workers report every failed reconnect while Redis is down; log each distinct message once
 * (ioredis keeps retrying by itself) instead of flooding the logs.
 */
export function eenmaligeFoutmelder(logger: Logger): (error: Error) => void {
  let laatste = '';
  return (error: Error) => {
    if (error.message !== laatste) logger.warn(`queue connection: ${error.message}`);
    laatste = error.message;
  };
}
