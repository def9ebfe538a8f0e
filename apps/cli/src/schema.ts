import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { AppConfig } from '@vt/config';
import { createApp, type BootstrapOptions } from '@vt/platform';
import { apiApp } from '@vt/api';
import { benchmarkApp } from '@vt/benchmark';

const apps: Record<'api' | 'benchmark', BootstrapOptions> = { api: apiApp, benchmark: benchmarkApp };

/** The SDL an app serves, exactly as the running app builds it (so the committed file cannot drift). */
export async function printSchemaOf(app: 'api' | 'benchmark', config: AppConfig): Promise<string> {
  const nest = await createApp(apps[app], { ...config, LOG_LEVEL: 'warn' });
  try {
    await nest.init();
    return `${printSchema(lexicographicSortSchema(nest.get(GraphQLSchemaHost).schema))}\n`;
  } finally {
    await nest.close();
  }
}
