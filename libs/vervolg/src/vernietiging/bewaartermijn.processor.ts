import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { ReferenceDb, TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { JOB_DEFAULTS, QUEUE, jobTenantId, onceErrorReporter, safeJobError } from '@vt/platform';
import { vandaag } from '../vervolg.support.js';
import { bewaartermijnStand, geslotenVoor, verlopen } from './bewaartermijn.sql.js';
import { Vernietiger } from './vernietiger.js';

/** Casussen read per round; each is destroyed in its own transaction. */
const RONDE = 100;
/** Most casussen one run destroys; the next night goes on (keeps one run's duration bounded). */
const MAX_PER_RUN = 20_000;
/** Access-log entries purged per transaction. */
const LOG_BATCH = 10_000;

/** What one region's run did (counts only: job results are stored in Redis). */
export interface BewaartermijnResultaat {
  proefdraai: boolean;
  casussen: number;
  toegangslogRegels: number;
  onderBewaarplicht: number;
}

/**
 * The retention job (issue 16, point 5): "alle" runs every night at 02:30 Dutch time and asks for
 * every region a "regio" run, which destroys the closed casussen past the region's bewaartermijn
 * (one transaction per casus, oldest first; a legal hold keeps a casus) and purges the access log
 * past its own term. In PROEFDRAAI mode (the default) it only counts. Idempotent: a run killed
 * mid-way loses at most the casus it was on (rolled back) and the next run finds the rest.
 */
@Processor(QUEUE.BEWAARTERMIJN)
export class BewaartermijnProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(BewaartermijnProcessor.name);
  private readonly meldFout = onceErrorReporter(this.logger);

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.meldFout(error);
  }

  constructor(
    private readonly db: TenantDb,
    private readonly referentie: ReferenceDb,
    private readonly instellingen: InstellingenService,
    private readonly vernietiger: Vernietiger,
    @InjectQueue(QUEUE.BEWAARTERMIJN) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.queue.on('error', this.meldFout);
    await this.queue.upsertJobScheduler(
      'bewaartermijn-nachtelijks',
      { pattern: '30 2 * * *', tz: 'Europe/Amsterdam' },
      { name: 'alle', opts: JOB_DEFAULTS },
    );
  }

  async process(job: Job): Promise<BewaartermijnResultaat | { tenants: number }> {
    try {
      return await this.verwerk(job);
    } catch (error) {
      throw safeJobError(this.logger, job, error);
    }
  }

  private async verwerk(job: Job): Promise<BewaartermijnResultaat | { tenants: number }> {
    if (job.name === 'alle') {
      const tenants = await this.referentie.read((m) => kysely(m).selectFrom('referentie.organisatie').select('id').execute());
      const dag = vandaag();
      await this.queue.addBulk(
        tenants.map((t) => ({ name: 'regio', data: { tenantId: t.id }, opts: { ...JOB_DEFAULTS, jobId: `nachtelijk-${dag}-${t.id}` } })),
      );
      return { tenants: tenants.length };
    }
    if (job.name !== 'regio') throw new UnrecoverableError(`unknown job ${job.name}`);
    const tenantId = jobTenantId(job.data);
    const resultaat = await this.regio(tenantId, job);
    this.logger.log({ job: job.id, ...resultaat }, 'retention run done');
    return resultaat;
  }

  private async regio(tenantId: string, job: Job): Promise<BewaartermijnResultaat> {
    const dag = vandaag();
    const instellingen = await this.db.runFor(tenantId, (m) => this.instellingen.lees(m));
    if (instellingen.bewaartermijnModus === 'PROEFDRAAI') {
      const stand = await this.db.runFor(tenantId, (m) => bewaartermijnStand(m, instellingen, dag, 0));
      return {
        proefdraai: true,
        casussen: stand.aantalCasussen,
        toegangslogRegels: stand.aantalToegangslogRegels,
        onderBewaarplicht: stand.aantalOnderBewaarplicht,
      };
    }
    const grens = geslotenVoor(instellingen.bewaartermijnJaren, dag);
    let casussen = 0;
    const overgeslagen = new Set<string>();
    while (casussen < MAX_PER_RUN) {
      const ronde = await this.db.runFor(tenantId, (m) =>
        kysely(m)
          .selectFrom('casus as c')
          .select('c.id')
          .where(verlopen(grens))
          .where('c.bewaarplicht_reden', 'is', null)
          .$if(overgeslagen.size > 0, (q) => q.where('c.id', 'not in', [...overgeslagen]))
          .orderBy('c.gesloten_op')
          .orderBy('c.id')
          .limit(RONDE)
          .execute(),
      );
      if (ronde.length === 0) break;
      for (const { id } of ronde) {
        const gedaan = await this.db.runFor(tenantId, (m) => this.vernietiger.casus(m, id, 'BEWAARTERMIJN', 'bewaartermijn'));
        // Reopened or held between the read and the lock: left for a later night.
        if (!gedaan) overgeslagen.add(id);
        else {
          casussen++;
          await this.vernietiger.verwijderObjecten(gedaan.objectSleutels);
        }
      }
      await job.updateProgress(Math.min(0.9, casussen / MAX_PER_RUN));
    }
    let toegangslogRegels = 0;
    for (;;) {
      const weg = await this.db.runFor(tenantId, (m) => this.vernietiger.toegangslog(m, LOG_BATCH));
      toegangslogRegels += weg;
      if (weg < LOG_BATCH) break;
    }
    const { aantalOnderBewaarplicht } = await this.db.runFor(tenantId, (m) => bewaartermijnStand(m, instellingen, dag, 0));
    await job.updateProgress(1);
    return { proefdraai: false, casussen, toegangslogRegels, onderBewaarplicht: aantalOnderBewaarplicht };
  }
}
