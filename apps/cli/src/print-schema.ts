import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ConfigError, StartupError, loadConfigOrExit } from '@vt/config';
import { createApp, type BootstrapOptions } from '@vt/platform';

/**
 * Writes the SDL one app serves to a file: `node print-schema.js <api|benchmark> <file>`. Run in a
 * process of its own per app (see schema.ts): Nest code-first registers every decorated class that
 * is imported, so this process imports nothing but the one app's package, as its main.ts does.
 */
const [app, file] = process.argv.slice(2);
if ((app !== 'api' && app !== 'benchmark') || !file) {
  process.stderr.write('Usage: node apps/cli/dist/print-schema.js <api|benchmark> <file>\n');
  process.exit(64);
}
try {
  const options: BootstrapOptions = app === 'api' ? (await import('@vt/api')).apiApp : (await import('@vt/benchmark')).benchmarkApp;
  const nest = await createApp(options, { ...loadConfigOrExit(), LOG_LEVEL: 'warn' });
  try {
    await nest.init();
    await writeFile(file, `${printSchema(lexicographicSortSchema(nest.get(GraphQLSchemaHost).schema))}\n`);
  } finally {
    await nest.close();
  }
} catch (error) {
  const known = error instanceof ConfigError || error instanceof StartupError;
  process.stderr.write(`${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
  process.exit(1);
}
