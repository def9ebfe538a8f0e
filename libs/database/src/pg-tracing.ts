import { SpanKind, SpanStatusCode, context, trace, type Tracer } from '@opentelemetry/api';
import pg from 'pg';

// Every quoted literal: statements that inline values (the tenant in BEGIN, access-log rows sent
// as JSON text with a read's COMMIT) must not carry them into a span.
const LITERAL = /'(?:[^']|'')*'/g;
const PATCHED = Symbol.for('vt.pg.traced');

/**
 * Wraps pg's Client#query (used by TypeORM, Kysely over TypeORM and the raw clients) with a client
 * span, child of the active span; statements outside any trace get none. Called by the platform's
 * tracing only when it is on. The span has the parameterised statement with its literals masked,
 * never the parameters.
 */
export function instrumentPg(t: Tracer): void {
  const proto = pg.Client.prototype as unknown as Record<string | symbol, unknown>;
  if (proto[PATCHED]) return;
  const original = proto.query as (...args: unknown[]) => unknown;
  proto[PATCHED] = true;
  proto.query = function tracedQuery(this: unknown, ...args: unknown[]): unknown {
    const parent = context.active();
    if (!trace.getSpan(parent)) return original.apply(this, args); // no trace to join: no span
    const first = args[0] as string | { text?: string } | undefined;
    const text = (typeof first === 'string' ? first : first?.text) ?? '';
    const operation = /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase() ?? 'QUERY';
    const span = t.startSpan(
      `pg ${operation}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'postgresql',
          'db.system': 'postgresql',
          'db.operation.name': operation,
          'db.query.text': text.replace(LITERAL, "'?'").slice(0, 2000),
        },
      },
      parent,
    );
    const end = (error: unknown) => {
      if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as { code?: string }).code ?? 'error' });
      span.end();
    };
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (error: unknown, ...rest: unknown[]) => void;
      args[last] = context.bind(parent, (error: unknown, ...rest: unknown[]) => {
        end(error);
        return callback(error, ...rest);
      });
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as { then?: unknown } | undefined;
    if (result && typeof result.then === 'function') {
      (result as Promise<unknown>).then(
        () => end(undefined),
        (error) => end(error),
      );
    } else {
      end(undefined);
    }
    return result;
  };
}
