import { ROOT_CONTEXT, SpanStatusCode, context, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { instrumentPg } from '@vt/database';

/**
 * OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: then one provider per
 * process exports spans over OTLP/HTTP (JSON). Spans are made by the platform itself: one server
 * span per HTTP request (renamed after the GraphQL operation), one client span per PostgreSQL
 * statement, one consumer span per job attempt (its parent restored from the job's traceparent).
 * Off, none of this is installed: no SDK, no wrapper, no context manager.
 *
 * No span carries personal data: statement text is the parameterised SQL (values are never
 * attached, and every quoted literal is masked: some statements inline values), and no variables, bodies or
 * user ids are recorded. The request id is set as `vt.request_id`, as in the logs.
 */
let provider: BasicTracerProvider | undefined;
let tracer: Tracer | undefined;

export interface TracingSettings {
  endpoint?: string;
  serviceName: string;
  /** Test hook: an exporter of the test's own instead of OTLP. */
  exporter?: SpanExporter;
}

export function tracingEnabled(): boolean {
  return tracer !== undefined;
}

/** The platform's tracer, or undefined when tracing is off. */
export function platformTracer(): Tracer | undefined {
  return tracer;
}

/** Starts tracing once per process when an endpoint (or test exporter) is given; a no-op otherwise. */
export function startTracing(settings: TracingSettings): void {
  if (provider || (!settings.endpoint && !settings.exporter)) return;
  const exporter = settings.exporter ?? new OTLPTraceExporter({ url: `${settings.endpoint!.replace(/\/+$/, '')}/v1/traces` });
  provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  tracer = provider.getTracer('@vt/platform');
  instrumentPg(tracer);
}

/** Sends the spans still buffered (at shutdown and in tests). */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

/** W3C traceparent of the active span, for a job's data (no personal data: ids of the trace only). */
export function currentTraceparent(): string | undefined {
  if (!tracer) return undefined;
  const span = trace.getSpan(context.active());
  if (!span) return undefined;
  const { traceId, spanId, traceFlags } = span.spanContext();
  return `00-${traceId}-${spanId}-${traceFlags.toString(16).padStart(2, '0')}`;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** The context a traceparent continues (ROOT_CONTEXT when absent or malformed). */
export function contextFromTraceparent(traceparent: unknown): Context {
  const match = typeof traceparent === 'string' ? TRACEPARENT.exec(traceparent) : null;
  if (!match) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, { traceId: match[1]!, spanId: match[2]!, traceFlags: parseInt(match[3]!, 16), isRemote: true });
}

/** Runs work inside a span (active for it), ending the span with the work's outcome. */
export async function inSpan<T>(span: Span, parent: Context, work: () => Promise<T>): Promise<T> {
  try {
    return await context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.name ?? 'error' });
    throw error;
  } finally {
    span.end();
  }
}
