import type { IncomingMessage, ServerResponse } from 'node:http';
import { SpanKind, SpanStatusCode, context, trace, type Span } from '@opentelemetry/api';
import { requestIdOf } from '../request-id.js';
import { bounded, errorCodeLabel, graphqlDuration, graphqlErrors, graphqlRequests, httpDuration } from './metrics.js';
import { contextFromTraceparent, platformTracer } from './tracing.js';

/** What the GraphQL plugin learns about a request, kept on it for metrics, logs and the span. */
export interface GraphqlRecord {
  operation: string;
  type: string;
  /** Apollo's response body; read when the response is sent (a plugin may still replace its result). */
  body?: { kind: string; singleResult?: { errors?: readonly { extensions?: Record<string, unknown> }[] } };
}

const RECORD = Symbol('vt.graphql');
const SPAN = Symbol('vt.span');
type ObservedRequest = IncomingMessage & {
  [RECORD]?: GraphqlRecord;
  [SPAN]?: Span;
  route?: { path?: unknown };
  baseUrl?: string;
};

/** Operation names as labels: at most 300 distinct names from validated documents, then "other". */
export const operationLabel = bounded(300);

export function graphqlRecordOf(req: IncomingMessage): GraphqlRecord | undefined {
  return (req as ObservedRequest)[RECORD];
}

export function startGraphqlRecord(req: IncomingMessage): GraphqlRecord {
  const record: GraphqlRecord = { operation: 'invalid', type: 'unknown' };
  (req as ObservedRequest)[RECORD] = record;
  return record;
}

export function requestSpanOf(req: IncomingMessage): Span | undefined {
  return (req as ObservedRequest)[SPAN];
}

/** The outcome of a GraphQL request as metrics and logs name it. */
export function graphqlOutcome(
  req: IncomingMessage,
  statusCode: number,
): { operation: string; type: string; outcome: 'ok' | 'error'; code: string; codes: string[] } {
  const record = graphqlRecordOf(req);
  const errors = record?.body?.kind === 'single' ? (record.body.singleResult?.errors ?? []) : [];
  const codes = errors.map((e) => errorCodeLabel(e.extensions?.code));
  if (codes.length === 0 && statusCode >= 400) codes.push(`HTTP_${statusCode}`);
  return {
    operation: record?.operation ?? 'invalid',
    type: record?.type ?? 'unknown',
    outcome: codes.length > 0 ? 'error' : 'ok',
    code: codes[0] ?? 'none',
    codes,
  };
}

const GRAPHQL_PATH = '/graphql';

/**
 * Express middleware for every request: records GraphQL and REST metrics when the response is sent
 * and, with tracing on, opens the request's server span (active for all work of the request).
 * REST routes are labelled by their template (e.g. /documenten/:id), never the raw URL.
 */
export function requestObserver(metrics: boolean) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const startedAt = process.hrtime.bigint();
    const path = (req.url ?? '').split('?')[0]!;
    const isGraphql = path === GRAPHQL_PATH;
    const tracer = platformTracer();
    let span: Span | undefined;
    if (tracer) {
      span = tracer.startSpan(
        isGraphql ? 'graphql' : `${req.method} unmatched`,
        { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? '', 'vt.request_id': requestIdOf(req) } },
        contextFromTraceparent(req.headers.traceparent),
      );
      (req as ObservedRequest)[SPAN] = span;
    }
    if (metrics || span) {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
        const status = res.statusCode;
        if (isGraphql) {
          const o = graphqlOutcome(req, status);
          if (metrics) {
            graphqlRequests.inc({ operation: o.operation, type: o.type, outcome: o.outcome, code: o.code });
            for (const code of new Set(o.codes)) graphqlErrors.inc({ operation: o.operation, code });
            graphqlDuration.observe({ operation: o.operation, type: o.type, outcome: o.outcome }, seconds);
          }
          if (span) {
            span.setAttribute('http.response.status_code', status);
            if (o.outcome === 'error') {
              span.setAttribute('graphql.error.code', o.code);
              span.setStatus({ code: SpanStatusCode.ERROR, message: o.code });
            }
            span.end();
          }
          return;
        }
        const r = req as ObservedRequest;
        const route = typeof r.route?.path === 'string' ? `${r.baseUrl ?? ''}${r.route.path}` : 'unmatched';
        if (metrics) httpDuration.observe({ method: req.method ?? 'OTHER', route, status: `${Math.floor(status / 100)}xx` }, seconds);
        if (span) {
          span.updateName(`${req.method} ${route}`);
          span.setAttributes({ 'http.route': route, 'http.response.status_code': status });
          if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        }
      };
      res.once('finish', finish);
      res.once('close', finish);
    }
    if (span) context.with(trace.setSpan(context.active(), span), next);
    else next();
  };
}
