import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { defineEnum } from '../graphql/enums.js';
import { JobState } from './job-state.js';
import { QUEUE } from './queues.js';

export const JobQueue = defineEnum(
  { DEADLINES: QUEUE.DEADLINES, BENCHMARK: QUEUE.BENCHMARK, BEWAARTERMIJN: QUEUE.BEWAARTERMIJN } as const,
  'JobQueue',
  'Background queues.',
  {
    DEADLINES: 'Deadline watch (tasks).',
    BENCHMARK: 'Benchmark snapshots.',
    BEWAARTERMIJN: 'Retention: destroying casussen past their bewaartermijn and purging the access log after its term.',
  },
);

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

@ObjectType({
  description:
    'How many background jobs of your region a queue holds, per state. Counts only: no job data. Each count is over the newest 1,000 jobs of the queue in that state (all regions together), so a count can be too low when a queue holds more.',
})
export class WachtrijStand {
  @Field(() => JobQueue, { description: 'Queue.' })
  queue: string;

  @Field(() => Int, {
    description: 'Jobs of your region waiting to run, prioritized ones included (of the newest 1,000 waiting and 1,000 prioritized jobs).',
  })
  wachtend: number;

  @Field(() => Int, { description: 'Jobs of your region running now (of the newest 1,000 active jobs).' })
  actief: number;

  @Field(() => Int, { description: 'Jobs of your region scheduled for later or waiting for a retry (of the newest 1,000 delayed jobs).' })
  uitgesteld: number;

  @Field(() => Int, { description: 'Failed jobs of your region (of the newest 1,000 failed jobs).' })
  mislukt: number;

  @Field(() => Int, { description: 'Jobs of your region completed in the last 24 hours (of the newest 1,000 completed jobs).' })
  voltooidLaatste24Uur: number;
}
