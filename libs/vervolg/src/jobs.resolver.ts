import { Args, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Job } from 'bullmq';
import { GraphQLDateTime } from 'graphql-scalars';
import { Allow, CurrentActor } from '@vt/auth';
import { JobState, QUEUE, Queues, defineEnum, jobState, nietGevonden, ongeldigeOvergang } from '@vt/platform';

export const JobQueue = defineEnum({ DEADLINES: QUEUE.DEADLINES, BENCHMARK: QUEUE.BENCHMARK } as const, 'JobQueue', 'Background queues.', {
  DEADLINES: 'Deadline watch (tasks).',
  BENCHMARK: 'Benchmark snapshots.',
});

const JOB_ID = /^[A-Za-z0-9_-]{1,200}$/;

@ObjectType({ description: 'State of a background job of your region.' })
export class JobStatus {
  @Field(() => ID, { description: 'Job id.' })
  id: string;

  @Field(() => JobQueue, { description: 'Queue.' })
  queue: string;

  @Field(() => String, { description: 'Kind of job.' })
  naam: string;

  @Field(() => JobState, { description: 'State of the job.' })
  status: JobState;

  @Field(() => Float, { nullable: true, description: 'Progress reported by the job, 0 to 1, when it reports one.' })
  voortgang: number | null;

  @Field(() => Int, { description: 'Attempts made (retries use exponential backoff, up to a limit).' })
  pogingen: number;

  @Field(() => String, { nullable: true, description: 'Last error, one line, no stack.' })
  laatsteFout: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was created.' })
  aangemaaktOp: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it finished.' })
  afgerondOp: Date | null;
}

/** Job status for the functioneel-beheerder: jobs of the own region only, with a retry for failed ones. */
@Resolver(() => JobStatus)
export class JobsResolver {
  constructor(
    private readonly queues: Queues,
    private readonly current: CurrentActor,
  ) {}

  @Query(() => JobStatus, { nullable: true, description: 'A background job of your region (null when unknown or of another region).' })
  @Allow('read', 'Achtergrondtaak')
  job(
    @Args('queue', { type: () => JobQueue, description: 'Queue.' }) queue: string,
    @Args('id', { type: () => ID, description: 'Job id.' }) id: string,
  ): Promise<JobStatus | null> {
    // Ids the platform makes are letters, digits, - and _; anything else cannot be a job of yours.
    if (!JOB_ID.test(id)) return Promise.resolve(null);
    return this.queues.gebruik(queue, async (q) => {
      const job = await q.getJob(id);
      return job && this.eigen(job) ? this.status(queue, job) : null;
    });
  }

  @Query(() => [JobStatus], { description: 'Failed background jobs of your region (latest 200 failures of the queue).' })
  @Allow('read', 'Achtergrondtaak')
  mislukteJobs(@Args('queue', { type: () => JobQueue, description: 'Queue.' }) queue: string): Promise<JobStatus[]> {
    return this.queues.gebruik(queue, async (q) =>
      Promise.all((await q.getFailed(0, 199)).filter((job) => this.eigen(job)).map((job) => this.status(queue, job))),
    );
  }

  @Mutation(() => JobStatus, { description: 'Retries a failed background job of your region.' })
  @Allow('update', 'Achtergrondtaak')
  herstartJob(
    @Args('queue', { type: () => JobQueue, description: 'Queue.' }) queue: string,
    @Args('id', { type: () => ID, description: 'Job id.' }) id: string,
  ): Promise<JobStatus> {
    if (!JOB_ID.test(id)) throw nietGevonden('Job');
    return this.queues.gebruik(queue, async (q) => {
      const job = await q.getJob(id);
      if (!job || !this.eigen(job)) throw nietGevonden('Job');
      if ((await job.getState()) !== 'failed') throw ongeldigeOvergang('Only a failed job can be retried');
      await job.retry('failed');
      return this.status(queue, (await q.getJob(id))!);
    });
  }

  private eigen(job: Job): boolean {
    const tenantId = (job.data as { tenantId?: unknown }).tenantId;
    return Boolean(this.current.actor.tenantId) && tenantId === this.current.actor.tenantId;
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
