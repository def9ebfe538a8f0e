import { ApiModule } from './api.module.js';
import type { BootstrapOptions } from '@vt/platform';

export { ApiModule };
export const apiApp: BootstrapOptions = { service: 'vt-api', defaultPort: 3000, module: (config) => ApiModule.forRoot(config) };
