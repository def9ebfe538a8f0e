import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { JobState } from '@vt/platform';

@ObjectType({ description: "The own region's participation and the state of a period." })
export class BenchmarkPeriodeStatus {
  @Field(() => String, { description: 'Period.' })
  periode: string;

  @Field(() => Boolean, { description: 'Whether the region takes part in the benchmark.' })
  deelnemer: boolean;

  @Field(() => Boolean, { description: 'Frozen: the period is not recomputed until reopened.' })
  vastgesteld: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When its figures were last computed.' })
  laatstBerekendOp: Date | null;
}

@ObjectType({ description: 'A recomputation of benchmark snapshots: one job per region, followed through its progress.' })
export class BenchmarkJob {
  @Field(() => ID, { description: 'Job id.' })
  id: string;

  @Field(() => String, { description: 'Period.' })
  periode: string;

  @Field(() => JobState, { description: 'State: WAITING_CHILDREN while regions are computed, then COMPLETED or FAILED.' })
  status: JobState;

  @Field(() => Int, { description: 'Regions to compute.' })
  totaal: number;

  @Field(() => Int, { description: 'Regions done.' })
  verwerkt: number;

  @Field(() => Int, { description: 'Regions that failed after all retries.' })
  mislukt: number;

  @Field(() => Float, { description: 'Progress, 0 to 1.' })
  voortgang: number;

  @Field(() => [String], { description: 'Short error messages of failed regions (no stack traces).' })
  fouten: string[];
}
