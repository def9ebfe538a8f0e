import type { BootstrapOptions } from '@vt/platform';
import { WorkerModule } from './worker.module.js';

export { WorkerModule } from './worker.module.js';
export const workerApp: BootstrapOptions = { service: 'vt-worker', defaultPort: 3002, module: (config) => WorkerModule.forRoot(config) };
