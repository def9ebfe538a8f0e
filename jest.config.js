/**
 * Jest in ESM mode (NestJS 12 is ESM-only); workspace packages resolve to their TypeScript sources.
 * Three tiers, each runnable on its own (`npm test -- --selectProjects integration`):
 * - unit: pure code, no database or server (`npm run test:unit` runs them without any setup);
 * - integration: the database itself (row-level security, keys, roles) and domain code against real
 *   PostgreSQL, without HTTP (test/support/integration.ts, small data factories in test/support/factories.ts);
 * - e2e: the apps over HTTP and GraphQL, with PostgreSQL, Redis and processes.
 */
const base = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

export default {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts', '<rootDir>/apps/*/src/**/*.spec.ts', '<rootDir>/test/conventions/**/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/isolation/**/*.spec.ts', '<rootDir>/test/integration/**/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/conventions/', '<rootDir>/test/isolation/', '<rootDir>/test/integration/'],
    },
  ],
  testTimeout: 30000,
  maxWorkers: 2,
};
