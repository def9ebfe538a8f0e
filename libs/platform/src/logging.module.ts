import { LoggerModule } from 'nestjs-pino';
import type { DynamicModule } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '@vt/config';
import { requestIdOf } from './request-id.js';

/** Request fields the auth guard adds so log lines can name the tenant (a code, never a person). */
export type LoggedRequest = IncomingMessage & { tenantCode?: string };

/**
 * JSON logs with pino. Request lines carry the request id and tenant code only: no headers, no
 * bodies, no variables, because GraphQL variables hold personal data.
 */
export function loggingModule(config: AppConfig, service: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      base: { service },
      genReqId: (req) => requestIdOf(req),
      customProps: (req) => ({ tenant: (req as LoggedRequest).tenantCode }),
      serializers: {
        req: (req: { id?: string; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
        res: (res: ServerResponse | { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'headers.authorization', '*.authorization', '*.password'], remove: true },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
    },
  });
}
