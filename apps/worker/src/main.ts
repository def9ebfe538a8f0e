import 'reflect-metadata';
import { bootstrap } from '@vt/platform';
import { workerApp } from './index.js';

await bootstrap(workerApp);
