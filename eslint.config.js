// ESLint (flat config): typescript-eslint's recommended rules plus the project's own boundaries.
// Formatting is Prettier's job (.prettierrc.json); ESLint checks code, not layout.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Only libs/database talks to PostgreSQL directly: everything else goes through TenantDb,
// ReferenceDb or the autonomous transaction, so every statement runs with the tenant set first.
const DATABASE_IMPORTS = {
  paths: [
    { name: 'pg', message: 'Reach PostgreSQL through @vt/database (TenantDb, ReferenceDb, inTenantTransaction), never with pg directly.' },
    { name: 'typeorm', importNames: ['DataSource'], message: 'The DataSource lives in @vt/database; use TenantDb or ReferenceDb.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.local/**',
      'bench-results/**',
      'coverage/**',
      'libs/database/src/db.generated.ts',
      'apps/web/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // TypeScript checks names itself; no-undef does not understand types.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // TypeORM (MixedList<Function>) and Nest (module and provider lists) type classes as Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/database/**'],
    rules: {
      'no-restricted-imports': ['error', DATABASE_IMPORTS],
      // One way to run SQL: Kysely on the transaction (kysely(m)), not the EntityManager's raw query.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query'][callee.object.name=/^(m|manager|em|entityManager)$/]",
          message: 'Run SQL with kysely(m) (or a sql template in a *.sql.ts file), not EntityManager.query.',
        },
      ],
    },
  },
  {
    // Known exceptions: each uses pg for something TenantDb does not offer.
    files: [
      'libs/platform/src/queues/outbox-relay.ts', // a dedicated LISTEN connection
      'libs/demodata/src/**/*.ts', // COPY into staging tables
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
);
