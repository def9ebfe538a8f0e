/** Queue and job names shared by the api (which enqueues) and the worker (which processes). */
export const BENCHMARK_QUEUE = 'benchmark';
export const JOB_HERBEREKENING = 'herberekening';
export const JOB_SNAPSHOT = 'snapshot';
export const JOB_NACHTELIJK = 'nachtelijk';

/** Payloads carry ids and the tenant only: Redis is not encrypted at rest. */
export interface SnapshotJobData {
  tenantId: string;
  periode: string;
  berekeningId: string;
}

export interface HerberekeningJobData {
  periode: string;
  gestartDoor: string;
  /** Tenant of the starter (functioneel-beheerder); absent for a landelijk-analist. */
  tenantId: string | null;
}
