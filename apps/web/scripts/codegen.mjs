// Generates the typed GraphQL client (GraphQL Code Generator, client preset) from the committed
// schemas: apps/api/schema.gql -> src/gql/api, apps/benchmark/schema.gql -> src/gql/benchmark.
// `node scripts/codegen.mjs [outDir]`: test/web/codegen.spec.ts generates into a temporary folder
// and compares it with the committed files, so a stale client fails the tests.
import { generate } from '@graphql-codegen/cli';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(web, 'src/gql'));

const config = {
  documentMode: 'string',
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
};

await generate(
  {
    silent: true,
    ignoreNoDocuments: false,
    generates: {
      [`${out}/api/`]: {
        schema: join(web, '../api/schema.gql'),
        documents: [join(web, 'src/queries/api.ts')],
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config,
      },
      [`${out}/benchmark/`]: {
        schema: join(web, '../benchmark/schema.gql'),
        documents: [join(web, 'src/queries/benchmark.ts')],
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config,
      },
    },
  },
  true,
);
