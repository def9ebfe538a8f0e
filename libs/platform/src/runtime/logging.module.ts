import { LoggerModule } from 'nestjs-pino';
import type { DynamicModule } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '@vt/config';
import { requestIdOf } from './request-id.js';
import { serializeError } from './safe-error.js';
import { graphqlOutcome, graphqlRecordOf } from './observability/request-observer.js';

/** Request fields the auth guard adds so log lines can name the tenant (a code, never a person). */
export type LoggedRequest = IncomingMessage & { tenantCode?: string };

/**
 * JSON logs with pino. Request lines carry the request id, tenant code and (GraphQL) the operation
 * name and error code only: no headers, no bodies, no variables, because GraphQL variables hold personal data. Errors go through
 * serializeError (no message values, SQL, parameters or detail); redaction removes the fields
 * that carry request or query content should any log call pass them.
 */
export function loggingModule(config: AppConfig, service: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      base: { service },
      genReqId: (req) => requestIdOf(req),
      // At the response, GraphQL request lines also name the operation and the error code(s).
      customProps: (req, res) => {
        if (!graphqlRecordOf(req) || !res.headersSent) return { tenant: (req as LoggedRequest).tenantCode };
        const { operation, type, code, codes } = graphqlOutcome(req, res.statusCode);
        return { tenant: (req as LoggedRequest).tenantCode, operation, operationType: type, code, ...(codes.length > 1 ? { codes } : {}) };
      },
      serializers: {
        req: (req: { id?: string; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
        res: (res: ServerResponse | { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: serializeError,
        error: serializeError,
      },
      hooks: {
        // pino uses err.message as the line's message when none is given: give a fixed one instead.
        logMethod(args: unknown[], method: (...a: unknown[]) => void) {
          const [first] = args;
          if (first instanceof Error)
            return method.call(this, { err: first }, typeof args[1] === 'string' ? args[1] : 'error', ...args.slice(2));
          if (first && typeof first === 'object' && ('err' in first || 'error' in first) && typeof args[1] !== 'string')
            return method.call(this, first, 'error', ...args.slice(1));
          return method.apply(this, args);
        },
      },
      redact: {
        paths: [
          'req.headers',
          'headers.authorization',
          '*.authorization',
          '*.password',
          'variables',
          '*.variables',
          'body',
          '*.body',
          'parameters',
          '*.parameters',
          'query',
          '*.query',
          'detail',
          '*.detail',
          'where',
          '*.where',
        ],
        remove: true,
      },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
    },
  });
}
