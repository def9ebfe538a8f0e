import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { ReferenceDb, kysely } from '@vt/database';
import { datumInNederland } from '@vt/werkdagen';
import { JOB_DEFAULTS, jobTenantId, onceErrorReporter, safeJobError } from '@vt/platform';
import { BenchmarkBerekening, type BerekeningResultaat } from './berekening.service.js';
import { BENCHMARK_QUEUE, JOB_HERBEREKENING, JOB_NACHTELIJK, JOB_SNAPSHOT, type SnapshotJobData } from './jobs.js';
import { parsePeriode } from './periode.js';

/**
 * Computes one organisation's snapshot for one period. The tenant comes from the job itself and is
 * restored for the database work; a job without a valid tenant fails at once and touches nothing.
 */
@Processor(BENCHMARK_QUEUE)
export class SnapshotProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SnapshotProcessor.name);
  private readonly meldFout = onceErrorReporter(this.logger);

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.meldFout(error);
  }

  constructor(
    private readonly berekening: BenchmarkBerekening,
    private readonly referentie: ReferenceDb,
    @InjectQueue(BENCHMARK_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  /** Nightly at 02:00 Dutch time: the open periods (this year, half year and quarter) of every participant. */
  async onApplicationBootstrap(): Promise<void> {
    this.queue.on('error', this.meldFout);
    await this.queue.upsertJobScheduler(
      'benchmark-nachtelijk',
      { pattern: '0 2 * * *', tz: 'Europe/Amsterdam' },
      { name: JOB_NACHTELIJK, opts: JOB_DEFAULTS },
    );
  }

  private async planNacht(): Promise<{ jobs: number }> {
    const vandaag = datumInNederland(new Date());
    const jaar = vandaag.slice(0, 4);
    const maand = Number(vandaag.slice(5, 7));
    const periodes = [jaar, `${jaar}-H${maand <= 6 ? 1 : 2}`, `${jaar}-Q${Math.ceil(maand / 3)}`];
    const deelnemers = await this.referentie.read((m) =>
      kysely(m).selectFrom('benchmark.deelname').select('organisatie_id').where('deelnemer', '=', true).execute(),
    );
    const jobs = deelnemers.flatMap((d) =>
      periodes.map((periode) => ({
        name: JOB_SNAPSHOT,
        data: { tenantId: d.organisatie_id, periode, berekeningId: `nacht-${vandaag}` } satisfies SnapshotJobData,
        opts: { ...JOB_DEFAULTS, jobId: `nacht-${vandaag}-${d.organisatie_id}-${periode}` },
      })),
    );
    await this.queue.addBulk(jobs);
    return { jobs: jobs.length };
  }

  async process(job: Job): Promise<BerekeningResultaat | { regios: number } | { jobs: number }> {
    try {
      return await this.verwerk(job);
    } catch (error) {
      // BullMQ stores the message in Redis and the worker logs it: no values of a database error.
      throw safeJobError(this.logger, job, error);
    }
  }

  private async verwerk(job: Job): Promise<BerekeningResultaat | { regios: number } | { jobs: number }> {
    if (job.name === JOB_HERBEREKENING) return { regios: Object.keys(await job.getChildrenValues()).length };
    if (job.name === JOB_NACHTELIJK) return this.planNacht();
    if (job.name !== JOB_SNAPSHOT) throw new UnrecoverableError(`unknown job ${job.name}`);
    const data = job.data as Partial<SnapshotJobData>;
    const tenantId = jobTenantId(data);
    const periode = parsePeriode(String(data.periode));
    const started = Date.now();
    const result = await this.berekening.bereken(tenantId, periode, String(data.berekeningId));
    this.logger.log(
      { job: job.id, periode: periode.code, status: result.status, gewijzigd: result.gewijzigd, ms: Date.now() - started },
      'benchmark snapshot',
    );
    return result;
  }
}
