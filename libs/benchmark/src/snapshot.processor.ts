import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { assertTenantId, TenantContextMissingError } from '@vt/database';
import { eenmaligeFoutmelder } from '@vt/platform';
import { BenchmarkBerekening, type BerekeningResultaat } from './berekening.service.js';
import { BENCHMARK_QUEUE, JOB_HERBEREKENING, JOB_SNAPSHOT, type SnapshotJobData } from './jobs.js';
import { parsePeriode } from './periode.js';

/**
 * Computes one organisation's snapshot for one period. The tenant comes from the job itself and is
 * restored for the database work; a job without a valid tenant fails at once and touches nothing.
 */
@Processor(BENCHMARK_QUEUE, { concurrency: 2 })
export class SnapshotProcessor extends WorkerHost {
  private readonly logger = new Logger(SnapshotProcessor.name);
  private readonly meldFout = eenmaligeFoutmelder(this.logger);

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.meldFout(error);
  }

  constructor(private readonly berekening: BenchmarkBerekening) {
    super();
  }

  async process(job: Job): Promise<BerekeningResultaat | { regios: number }> {
    if (job.name === JOB_HERBEREKENING) return { regios: Object.keys(await job.getChildrenValues()).length };
    if (job.name !== JOB_SNAPSHOT) throw new UnrecoverableError(`unknown job ${job.name}`);
    const data = job.data as Partial<SnapshotJobData>;
    try {
      assertTenantId(data.tenantId);
    } catch (error) {
      if (error instanceof TenantContextMissingError) throw new UnrecoverableError('job has no valid tenant; refused');
      throw error;
    }
    const periode = parsePeriode(String(data.periode));
    const started = Date.now();
    const result = await this.berekening.bereken(data.tenantId, periode, String(data.berekeningId));
    this.logger.log({ job: job.id, periode: periode.code, status: result.status, gewijzigd: result.gewijzigd, ms: Date.now() - started }, 'benchmark snapshot');
    return result;
  }
}
