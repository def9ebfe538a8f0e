import type { Type } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Job, Queue } from 'bullmq';
import { TenantContext } from '@vt/database';
import { nietGevonden, ongeldigeOvergang } from '../graphql/errors.js';
import { jobState } from './job-state.js';
import { JobQueue, JobStatus, WachtrijStand } from './jobs.types.js';
import { QUEUE } from './queues.js';
import { Queues } from './queues.service.js';

const JOB_ID = /^[A-Za-z0-9_-]{1,200}$/;
/** How many of the newest jobs per state `wachtrijen` looks at (a bound on the Redis work per request). */
const STAND_VENSTER = 1000;
const DAG_MS = 24 * 60 * 60 * 1000;

/**
 * The permission each handler needs, as decorators the app supplies (`Allow(...)` of @vt/auth):
 * @vt/auth builds on this lib, so the job administration cannot import it itself.
 */
export interface JobPermissions {
  read: MethodDecorator;
  update: MethodDecorator;
}

/**
 * Job status for the functioneel-beheerder, over every queue: jobs of the own region only, with a
 * retry for failed ones. The api registers the class this returns.
 */
export function jobsResolver(permissions: JobPermissions): Type<unknown> {
  @Resolver(() => JobStatus)
  class JobsResolver {
    constructor(
      private readonly queues: Queues,
      private readonly tenant: TenantContext,
    ) {}

    @Query(() => JobStatus, { nullable: true, description: 'A background job of your region (null when unknown or of another region).' })
    @permissions.read
    job(
      @Args('queue', { type: () => JobQueue, description: 'Queue.' }) queue: string,
      @Args('id', { type: () => ID, description: 'Job id.' }) id: string,
    ): Promise<JobStatus | null> {
      // Ids the platform makes are letters, digits, - and _; anything else cannot be a job of yours.
      if (!JOB_ID.test(id)) return Promise.resolve(null);
      return this.queues.use(queue, async (q) => {
        const job = await q.getJob(id);
        return job && this.isOwn(job) ? this.status(queue, job) : null;
      });
    }

    @Query(() => [JobStatus], { description: 'Failed background jobs of your region (latest 200 failures of the queue).' })
    @permissions.read
    mislukteJobs(@Args('queue', { type: () => JobQueue, description: 'Queue.' }) queue: string): Promise<JobStatus[]> {
      return this.queues.use(queue, async (q) =>
        Promise.all((await q.getFailed(0, 199)).filter((job) => this.isOwn(job)).map((job) => this.status(queue, job))),
      );
    }

    @Query(() => [WachtrijStand], {
      description: 'Per queue, the number of jobs of your region by state (counts over the newest 1,000 jobs per state; no job data).',
    })
    @permissions.read
    wachtrijen(): Promise<WachtrijStand[]> {
      return Promise.all(Object.values(QUEUE).map((queue) => this.queues.use(queue, (q) => this.stand(queue, q))));
    }

    @Mutation(() => JobStatus, { description: 'Retries a failed background job of your region.' })
    @permissions.update
    herstartJob(
      @Args('queue', { type: () => JobQueue, description: 'Queue.' }) queue: string,
      @Args('id', { type: () => ID, description: 'Job id.' }) id: string,
    ): Promise<JobStatus> {
      if (!JOB_ID.test(id)) throw nietGevonden('Job');
      return this.queues.use(queue, async (q) => {
        const job = await q.getJob(id);
        if (!job || !this.isOwn(job)) throw nietGevonden('Job');
        if ((await job.getState()) !== 'failed') throw ongeldigeOvergang('Only a failed job can be retried');
        await job.retry('failed');
        return this.status(queue, (await q.getJob(id))!);
      });
    }

    /** Whether the job belongs to the caller's region (the tenant the auth guard set from the verified token). */
    private isOwn(job: Job): boolean {
      const tenantId = (job.data as { tenantId?: unknown }).tenantId;
      return Boolean(this.tenant.tenantId) && tenantId === this.tenant.tenantId;
    }

    /** Counts of the own region's jobs in one queue; only `data.tenantId` and timestamps are read, nothing is returned of a job. */
    private async stand(queue: string, q: Queue): Promise<WachtrijStand> {
      type Toestand = 'waiting' | 'prioritized' | 'active' | 'delayed' | 'failed' | 'completed';
      // getJobs applies the range to each state it is given: at most STAND_VENSTER jobs per state.
      const eigen = async (states: Toestand[], telt: (job: Job) => boolean = () => true) =>
        (await q.getJobs(states, 0, STAND_VENSTER - 1)).filter((job) => job && this.isOwn(job) && telt(job)).length;
      const sinds = Date.now() - DAG_MS;
      const [wachtend, actief, uitgesteld, mislukt, voltooidLaatste24Uur] = await Promise.all([
        eigen(['waiting', 'prioritized']),
        eigen(['active']),
        eigen(['delayed']),
        eigen(['failed']),
        eigen(['completed'], (job) => (job.finishedOn ?? 0) >= sinds),
      ]);
      return { queue, wachtend, actief, uitgesteld, mislukt, voltooidLaatste24Uur };
    }

    private async status(queue: string, job: Job): Promise<JobStatus> {
      const progress = typeof job.progress === 'number' ? job.progress : null;
      return {
        id: job.id!,
        queue,
        naam: job.name,
        status: jobState(await job.getState()),
        voortgang: progress,
        pogingen: job.attemptsMade,
        laatsteFout: job.failedReason ? job.failedReason.split('\n')[0]!.slice(0, 300) : null,
        aangemaaktOp: new Date(job.timestamp),
        afgerondOp: job.finishedOn ? new Date(job.finishedOn) : null,
      };
    }
  }
  return JobsResolver;
}
