import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  lexicographicSortSchema,
  printSchema,
  isObjectType,
  isInputObjectType,
  isEnumType,
  isInterfaceType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { startApp, type RunningApp } from '../support/app.js';

const committedSchema = (kind: 'api' | 'benchmark') => readFile(new URL(`../../apps/${kind}/schema.gql`, import.meta.url), 'utf8');

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/**
 * The SDL an app serves when it runs as its own process (`node apps/<app>/dist/main.js`), read by
 * introspection. In-process (this test file imports every app) Nest's global type registry would add
 * the other apps' types, which is how the committed benchmark file once held the case types.
 */
async function servedSchema(kind: 'api' | 'benchmark'): Promise<GraphQLSchema> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [`apps/${kind}/dist/main.js`], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  try {
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`${kind} exited: ${stderr}`);
      const live = await fetch(`${url}/health/live`).then(
        (r) => r.ok,
        () => false,
      );
      if (live) break;
      if (i > 300) throw new Error(`${kind} did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const result = (await response.json()) as { data: IntrospectionQuery; errors?: unknown };
    if (!result.data) throw new Error(`introspection failed: ${JSON.stringify(result.errors)}`);
    return buildClientSchema(result.data);
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
}

describe.each(['api', 'benchmark'] as const)('%s schema.gql against the app run as its own process', (kind) => {
  let served: GraphQLSchema;

  beforeAll(async () => {
    served = await servedSchema(kind);
  }, 60_000);

  it('is exactly what the app serves (run `npm run schema:generate` after changing the API)', async () => {
    expect(`${printSchema(lexicographicSortSchema(served))}\n`).toBe(await committedSchema(kind));
  });

  it('lists no orphan types: every type is reachable from an operation', () => {
    const reachable = new Set<string>();
    const pending: GraphQLNamedType[] = [served.getQueryType(), served.getMutationType()].filter((t): t is GraphQLObjectType => Boolean(t));
    while (pending.length > 0) {
      const type = pending.pop()!;
      if (reachable.has(type.name)) continue;
      reachable.add(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          pending.push(getNamedType(field.type as GraphQLType));
          for (const arg of 'args' in field ? field.args : []) pending.push(getNamedType(arg.type as GraphQLType));
        }
      }
      if (isObjectType(type)) pending.push(...type.getInterfaces());
      if (isInterfaceType(type)) pending.push(...served.getPossibleTypes(type));
      if (isUnionType(type)) pending.push(...type.getTypes());
    }
    expect(Object.keys(served.getTypeMap()).filter((name) => !name.startsWith('__') && !reachable.has(name))).toEqual([]);
  });
});

describe('the benchmark contract', () => {
  // Aggregates only: no case-handling type, and no field that identifies a person, may appear.
  const CASE_TYPES =
    /^(Persoon|Melding|Casus|Advies|Beoordeling|Interventie|Overdracht|Huisverbod|Crisisinterventie|Betrokkene|Medewerker|Tijdregistratie|Dienstverband)/;

  const problems = (schema: GraphQLSchema) => {
    const found: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (CASE_TYPES.test(type.name)) found.push(type.name);
      if (isObjectType(type) || isInputObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields()))
          if (/^(bsn|geboortedatum|adres|telefoonnummer|casusId|meldingId)$/i.test(field.name)) found.push(`${type.name}.${field.name}`);
      }
    }
    return found;
  };

  it('holds no case types and no bsn field, in the committed file and as served', async () => {
    expect(problems(buildSchema(await committedSchema('benchmark')))).toEqual([]);
    expect(problems(await servedSchema('benchmark'))).toEqual([]);
    // The check can see case types: the api's contract has them.
    expect(problems(buildSchema(await committedSchema('api')))).toEqual(expect.arrayContaining(['Melding']));
  }, 60_000);
});

/** The committed schema.gql files are the public contract; every type and field is described. */
describe.each(['api', 'benchmark'] as const)('%s schema.gql', (kind) => {
  let running: RunningApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    running = await startApp(kind);
    schema = running.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => running.close());

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
