export { BenchmarkCoreModule, BenchmarkApiModule, BenchmarkBeheerApiModule, BenchmarkWorkerModule } from './benchmark.module.js';
export { KENGETALLEN, kengetal, tellersEnNoemers, type KengetalDefinitie, type Bouwsteen } from './kengetallen.js';
export { pasOnthullingToe, onderdrukteCellen, type Onthullingsregels } from './onthulling.js';
export { parsePeriode, periodesTussen, type Periode } from './periode.js';
export { BenchmarkBerekening } from './berekening.service.js';
export { BENCHMARK_QUEUE, JOB_SNAPSHOT, JOB_HERBEREKENING, type SnapshotJobData } from './jobs.js';
export { SnapshotProcessor } from './snapshot.processor.js';
export { BOUWSTENEN, bronTabellen, uitgesloten } from './kengetallen.js';
export { kengetallenReferentie, REFERENTIE_PAD } from './referentie.js';
