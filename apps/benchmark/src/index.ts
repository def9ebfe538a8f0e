import { BenchmarkModule } from './benchmark.module.js';
import type { BootstrapOptions } from '@vt/platform';

export { BenchmarkModule };
export const benchmarkApp: BootstrapOptions = {
  service: 'vt-benchmark',
  defaultPort: 3001,
  module: (config) => BenchmarkModule.forRoot(config),
};
