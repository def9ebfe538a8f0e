import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, isObjectType, isInputObjectType, isEnumType, type GraphQLSchema } from 'graphql';
import { startApp, type RunningApp } from '../support/app.js';

/** The committed schema.gql files are the public contract; they must match what the apps serve. */
describe.each(['api', 'benchmark'] as const)('%s schema.gql', (kind) => {
  let running: RunningApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    running = await startApp(kind);
    schema = running.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => running.close());

  it('is up to date (run `npm run schema:generate` after changing the API)', async () => {
    const committed = await readFile(new URL(`../../apps/${kind}/schema.gql`, import.meta.url), 'utf8');
    expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(committed);
  });

  it('describes every type and field', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
