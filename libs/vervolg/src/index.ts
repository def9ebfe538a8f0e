export { VervolgModule } from './vervolg.module.js';
export { FASE_OVERGANGEN } from './overgangen.js';
export * from './vervolg.enums.js';
export { DeadlineWorkerModule } from './vervolg.module.js';
export { TakenService } from './taken.service.js';
export { DeadlineProcessor } from './deadline.processor.js';
