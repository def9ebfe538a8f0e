import { randomUUID } from 'node:crypto';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '@vt/auth';
import { ReferenceDb, TenantDb, kysely, sql } from '@vt/database';
import { Queues, jobState, nietGevonden, validatie } from '@vt/platform';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { BenchmarkJob, BenchmarkPeriodeStatus } from './beheer.types.js';
import { BENCHMARK_QUEUE, JOB_HERBEREKENING, JOB_SNAPSHOT, type HerberekeningJobData, type SnapshotJobData } from './jobs.js';
import { parsePeriode } from './periode.js';

/** The organisation the transaction's tenant is (set by TenantDb). */
const EIGEN_ORGANISATIE = sql<string>`public.current_tenant_id()`;

/** Api side of the benchmark: participation, freezing periods, recomputation and its progress. */
@Resolver()
export class BenchmarkBeheerResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly referentie: ReferenceDb,
    private readonly current: CurrentActor,
    private readonly queues: Queues,
  ) {}

  @Query(() => BenchmarkPeriodeStatus, { description: "The own region's participation and the state of a period (functioneel-beheerder)." })
  @Allow('update', 'BenchmarkBeheer')
  benchmarkPeriode(@Args('periode', { description: 'Period.' }) periode: string): Promise<BenchmarkPeriodeStatus> {
    const p = parsePeriode(periode);
    return this.db.run((m) => this.status(m, p.code));
  }

  @Mutation(() => BenchmarkPeriodeStatus, {
    description: 'Opts the own region in or out of the benchmark. Only participating regions appear, and only they see the others.',
  })
  @Allow('update', 'BenchmarkBeheer')
  neemDeelAanBenchmark(
    @Args('deelnemen', { description: 'true to take part, false to withdraw.' }) deelnemen: boolean,
    @Args('periode', { description: 'Period whose state to return.' }) periode: string,
  ): Promise<BenchmarkPeriodeStatus> {
    const p = parsePeriode(periode);
    return this.db.run(async (m) => {
      await kysely(m)
        .insertInto('benchmark.deelname')
        .values({ organisatie_id: EIGEN_ORGANISATIE, deelnemer: deelnemen, gewijzigd_door: this.current.actor.userId })
        .onConflict((oc) =>
          oc.column('organisatie_id').doUpdateSet((eb) => ({
            deelnemer: eb.ref('excluded.deelnemer'),
            gewijzigd_door: eb.ref('excluded.gewijzigd_door'),
            gewijzigd_op: sql<Date>`now()`,
          })),
        )
        .execute();
      return this.status(m, p.code);
    });
  }

  @Mutation(() => BenchmarkPeriodeStatus, {
    description: 'Freezes (vastgesteld = true) or reopens a period of the own region; a frozen period is not recomputed.',
  })
  @Allow('update', 'BenchmarkBeheer')
  stelBenchmarkPeriodeVast(
    @Args('periode', { description: 'Period.' }) periode: string,
    @Args('vastgesteld', { description: 'true to freeze, false to reopen.' }) vastgesteld: boolean,
  ): Promise<BenchmarkPeriodeStatus> {
    const p = parsePeriode(periode);
    return this.db.run(async (m) => {
      await kysely(m)
        .insertInto('benchmark.periode_status')
        .values({
          organisatie_id: EIGEN_ORGANISATIE,
          periode: p.code,
          vastgesteld,
          vastgesteld_door: this.current.actor.userId,
          vastgesteld_op: sql<Date>`now()`,
        })
        .onConflict((oc) =>
          oc.columns(['organisatie_id', 'periode']).doUpdateSet((eb) => ({
            vastgesteld: eb.ref('excluded.vastgesteld'),
            vastgesteld_door: eb.ref('excluded.vastgesteld_door'),
            vastgesteld_op: sql<Date>`now()`,
          })),
        )
        .execute();
      return this.status(m, p.code);
    });
  }

  @Mutation(() => BenchmarkJob, {
    description:
      'Queues the recomputation of a period: the own region (functioneel-beheerder) or every participating region (landelijk-analist). Frozen periods are skipped.',
  })
  @Allow('create', 'BenchmarkBeheer')
  async herberekenBenchmark(@Args('periode', { description: 'Period.' }) periode: string): Promise<BenchmarkJob> {
    const p = parsePeriode(periode);
    const actor = this.current.actor;
    const tenants = actor.tenantId
      ? [actor.tenantId]
      : (
          await this.referentie.read((m) =>
            kysely(m)
              .selectFrom('benchmark.deelname')
              .select('organisatie_id')
              .where('deelnemer', '=', true)
              .orderBy('organisatie_id')
              .execute(),
          )
        ).map((r) => r.organisatie_id);
    if (tenants.length === 0) throw validatie('periode', 'no region takes part in the benchmark yet');
    const berekeningId = randomUUID();
    const data: HerberekeningJobData = { periode: p.code, gestartDoor: actor.userId, tenantId: actor.tenantId ?? null };
    const flow = await this.queues.use(BENCHMARK_QUEUE, () =>
      this.queues.flows().add({
        name: JOB_HERBEREKENING,
        queueName: BENCHMARK_QUEUE,
        data,
        opts: { removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } },
        children: tenants.map((tenantId) => ({
          name: JOB_SNAPSHOT,
          queueName: BENCHMARK_QUEUE,
          data: { tenantId, periode: p.code, berekeningId } satisfies SnapshotJobData,
          opts: {
            attempts: 3,
            backoff: { type: 'exponential', delay: 1000 },
            ignoreDependencyOnFailure: true,
            removeOnComplete: { age: 7 * 24 * 3600 },
          },
        })),
      }),
    );
    return this.beschrijf(flow.job.id!);
  }

  @Query(() => BenchmarkJob, {
    nullable: true,
    description: 'Progress of a recomputation you started (null for an unknown job or one started by someone else).',
  })
  @Allow('create', 'BenchmarkBeheer')
  async benchmarkJob(@Args('id', { type: () => ID, description: 'Job id.' }) id: string): Promise<BenchmarkJob | null> {
    try {
      return await this.beschrijf(id);
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'NIET_GEVONDEN') return null;
      throw error;
    }
  }

  private beschrijf(id: string): Promise<BenchmarkJob> {
    return this.queues.use(BENCHMARK_QUEUE, (queue) => this.lees(queue, id));
  }

  private async lees(queue: Queue, id: string): Promise<BenchmarkJob> {
    const job = await queue.getJob(id);
    const data = job?.data as HerberekeningJobData | undefined;
    const actor = this.current.actor;
    if (
      !job ||
      job.name !== JOB_HERBEREKENING ||
      data?.gestartDoor !== actor.userId ||
      (data.tenantId ?? null) !== (actor.tenantId ?? null)
    )
      throw nietGevonden('Job');
    const counts = await job.getDependenciesCount({ processed: true, unprocessed: true, ignored: true, failed: true });
    const verwerkt = counts.processed ?? 0;
    const mislukt = (counts.ignored ?? 0) + (counts.failed ?? 0);
    const totaal = verwerkt + mislukt + (counts.unprocessed ?? 0);
    const fouten = Object.values(await job.getIgnoredChildrenFailures()).map((reason) => String(reason).split('\n')[0]!.slice(0, 300));
    return {
      id,
      periode: data.periode,
      status: jobState(await job.getState()),
      totaal,
      verwerkt,
      mislukt,
      voortgang: totaal ? (verwerkt + mislukt) / totaal : 1,
      fouten,
    };
  }

  private async status(m: EntityManager, periode: string): Promise<BenchmarkPeriodeStatus> {
    // One row even when the region has neither opted in nor a status for the period.
    const row = await kysely(m)
      .selectFrom(sql`(SELECT 1)`.as('x'))
      .leftJoin('benchmark.periode_status as ps', (join) =>
        join.on('ps.organisatie_id', '=', EIGEN_ORGANISATIE).on('ps.periode', '=', periode),
      )
      .select((eb) => [
        eb.selectFrom('benchmark.deelname').select('deelnemer').where('organisatie_id', '=', EIGEN_ORGANISATIE).as('deelnemer'),
        'ps.vastgesteld',
        'ps.laatst_berekend_op',
      ])
      .executeTakeFirst();
    return {
      periode,
      deelnemer: row?.deelnemer ?? false,
      vastgesteld: row?.vastgesteld ?? false,
      laatstBerekendOp: row?.laatst_berekend_op ?? null,
    };
  }
}
