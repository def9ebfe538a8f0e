import 'reflect-metadata';
import { bootstrap } from '@vt/platform';
import { apiApp } from './index.js';

await bootstrap(apiApp);
