import { SpanKind } from '@opentelemetry/api';
import { JOB_NAME, bounded, jobDuration, jobFailures } from './metrics.js';
import { contextFromTraceparent, currentTraceparent, inSpan, platformTracer } from './tracing.js';

/** The job data field that carries the enqueuing request's trace (W3C traceparent: trace and span ids only). */
export const TRACEPARENT_FIELD = 'traceparent';

const jobLabel = bounded(100, 'unnamed', JOB_NAME);
const queueLabel = bounded(50, 'unnamed', JOB_NAME);

interface JobLike {
  name: string;
  queueName: string;
  data?: Record<string, unknown>;
}

/** Job data with the current trace added when tracing is on (the data itself otherwise). */
export function withTraceparent<T>(data: T): T {
  const traceparent = currentTraceparent();
  if (!traceparent || !data || typeof data !== 'object') return data;
  return { ...data, [TRACEPARENT_FIELD]: traceparent };
}

const WRAPPED = Symbol.for('vt.job.observed');

/**
 * Wraps a processor class's process(job) once: each attempt is timed (vt_job_duration_seconds),
 * failures counted (vt_job_failures_total) and, with tracing on, run in a consumer span whose
 * parent is the trace that enqueued the job.
 */
export function observeProcessor(processor: Function): void {
  const proto = processor.prototype as Record<string | symbol, unknown>;
  const original = proto.process as ((job: JobLike, ...rest: unknown[]) => Promise<unknown>) | undefined;
  if (typeof original !== 'function' || (original as unknown as Record<symbol, unknown>)[WRAPPED]) return;
  const observed = async function (this: unknown, job: JobLike, ...rest: unknown[]): Promise<unknown> {
    const labels = { queue: queueLabel(job.queueName), job: jobLabel(job.name) };
    const startedAt = process.hrtime.bigint();
    let outcome = 'failed';
    try {
      const tracer = platformTracer();
      const result = tracer
        ? await inSpan(
            tracer.startSpan(
              `job ${labels.queue} ${labels.job}`,
              {
                kind: SpanKind.CONSUMER,
                attributes: { 'messaging.system': 'bullmq', 'messaging.destination.name': labels.queue, 'vt.job.name': labels.job },
              },
              contextFromTraceparent(job.data?.[TRACEPARENT_FIELD]),
            ),
            contextFromTraceparent(job.data?.[TRACEPARENT_FIELD]),
            () => original.call(this, job, ...rest),
          )
        : await original.call(this, job, ...rest);
      outcome = 'completed';
      return result;
    } catch (error) {
      jobFailures.inc(labels);
      throw error;
    } finally {
      jobDuration.observe({ ...labels, outcome }, Number(process.hrtime.bigint() - startedAt) / 1e9);
    }
  };
  (observed as unknown as Record<symbol, unknown>)[WRAPPED] = true;
  proto.process = observed;
}
