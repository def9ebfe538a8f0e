export * from './cbs.js';
export * from './fase.js';
