import type { INestApplication } from '@nestjs/common';
import { createApp, type BootstrapOptions } from '@vt/platform';
import { apiApp } from '@vt/api';
import { benchmarkApp } from '@vt/benchmark';
import { workerApp } from '@vt/worker';
import { testConfig } from './env.js';

const apps: Record<'api' | 'benchmark' | 'worker', BootstrapOptions> = { api: apiApp, benchmark: benchmarkApp, worker: workerApp };

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface RunningApp {
  app: INestApplication;
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown> },
  ): Promise<GraphQLResponse<T>>;
  get(path: string): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** Starts an app in-process on a free loopback port, against the real test database and Redis. */
export async function startApp(kind: 'api' | 'benchmark' | 'worker', env: Record<string, string> = {}): Promise<RunningApp> {
  const config = testConfig(env);
  const app = await createApp(apps[kind], config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    async gql(query, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async get(path) {
      const response = await fetch(`${url}${path}`);
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // plain text body
      }
      return { status: response.status, body };
    },
    close: () => app.close(),
  };
}
