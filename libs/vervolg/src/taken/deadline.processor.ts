import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { ReferenceDb, kysely } from '@vt/database';
import { JOB_DEFAULTS, QUEUE, jobTenantId, onceErrorReporter, safeJobError, isUuid } from '@vt/platform';
import { TakenService, type TakenResultaat } from './taken.service.js';

/**
 * Deadline watch jobs: "herbereken" recomputes one tenant's tasks, or only those of the casussen
 * named (on every change, through the outbox); "alle" runs daily at 05:00 Dutch time and asks it
 * for every tenant, because a day passing moves deadlines without any change.
 */
@Processor(QUEUE.DEADLINES)
export class DeadlineProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeadlineProcessor.name);
  private readonly meldFout = onceErrorReporter(this.logger);

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.meldFout(error);
  }

  constructor(
    private readonly taken: TakenService,
    private readonly referentie: ReferenceDb,
    @InjectQueue(QUEUE.DEADLINES) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.queue.on('error', this.meldFout);
    await this.queue.upsertJobScheduler(
      'deadlines-dagelijks',
      { pattern: '0 5 * * *', tz: 'Europe/Amsterdam' },
      { name: 'alle', opts: JOB_DEFAULTS },
    );
  }

  async process(job: Job): Promise<TakenResultaat | { tenants: number }> {
    try {
      return await this.verwerk(job);
    } catch (error) {
      // BullMQ stores the message in Redis and the worker logs it: no values of a database error.
      throw safeJobError(this.logger, job, error);
    }
  }

  private async verwerk(job: Job): Promise<TakenResultaat | { tenants: number }> {
    if (job.name === 'alle') {
      const tenants = await this.referentie.read((m) => kysely(m).selectFrom('referentie.organisatie').select('id').execute());
      const dag = new Date().toISOString().slice(0, 10);
      await this.queue.addBulk(
        tenants.map((t) => ({
          name: 'herbereken',
          data: { tenantId: t.id },
          opts: { ...JOB_DEFAULTS, jobId: `dagelijks-${dag}-${t.id}` },
        })),
      );
      return { tenants: tenants.length };
    }
    if (job.name !== 'herbereken') throw new UnrecoverableError(`unknown job ${job.name}`);
    const tenantId = jobTenantId(job.data);
    const result = await this.taken.herbereken(tenantId, undefined, casusIdsUit(job.data));
    this.logger.debug({ job: job.id, ...result }, 'deadline tasks recomputed');
    return result;
  }
}

/** The casussen a "herbereken" job is limited to; absent means the whole region. Ids must be UUIDs. */
function casusIdsUit(data: unknown): string[] | null {
  const ids = (data as { casusIds?: unknown }).casusIds;
  if (ids === undefined) return null;
  if (!Array.isArray(ids) || !ids.every(isUuid)) throw new UnrecoverableError('job has invalid casusIds; refused');
  return ids as string[];
}
