import 'reflect-metadata';
import { bootstrap } from '@vt/platform';
import { benchmarkApp } from './index.js';

await bootstrap(benchmarkApp);
