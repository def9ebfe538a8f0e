import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'nestjs-pino';
import { answerClientErrors } from '../graphql/client-errors.js';
import { configureCors } from './cors.js';
import { metricsHandler } from './observability/metrics.js';
import { requestObserver } from './observability/request-observer.js';
import { startTracing, tracingEnabled } from './observability/tracing.js';
import { ConfigError, StartupError, loadConfigOrExit, type AppConfig } from '@vt/config';

export interface BootstrapOptions {
  service: string;
  defaultPort: number;
  module: (config: AppConfig) => DynamicModule;
}

/** Creates the Nest app for a config, without listening: used by main and by e2e tests. */
export async function createApp(options: BootstrapOptions, config: AppConfig): Promise<INestApplication> {
  // Before the modules load, so the PostgreSQL client is wrapped before the first connection.
  startTracing({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: config.OTEL_SERVICE_NAME ?? options.service });
  const app = await NestFactory.create(options.module(config), { logger: false, abortOnError: false });
  app.useLogger(app.get(Logger));
  // No ETags: every GraphQL answer is a POST for one caller, never revalidated, and Express hashed
  // each response body for one (about 1 % of a read's CPU in the bench profile).
  (app.getHttpAdapter().getInstance() as { set(setting: string, value: unknown): void }).set('etag', false);
  if (config.METRICS_ENABLED && config.METRICS_PORT === undefined) {
    const serve = metricsHandler(config.METRICS_TOKEN);
    app.use((req: IncomingMessage, res: ServerResponse, next: () => void) =>
      (req.url ?? '').split('?')[0] === '/metrics' ? serve(req, res) : next(),
    );
  }
  if (config.METRICS_ENABLED || tracingEnabled()) app.use(requestObserver(config.METRICS_ENABLED));
  answerClientErrors(app.getHttpServer());
  configureCors(app, config);
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}

/**
 * Process entry point: validate the environment, build the app, listen. Start-up failures print
 * one clear line and exit non-zero; SIGTERM drains in-flight requests, then closes the pools.
 */
export async function bootstrap(options: BootstrapOptions): Promise<INestApplication> {
  const env = { ...process.env, PORT: process.env.PORT || String(options.defaultPort) };
  const config = loadConfigOrExit(env);
  let app: INestApplication;
  try {
    app = await createApp(options, config);
  } catch (error) {
    const message =
      error instanceof StartupError || error instanceof ConfigError
        ? error.message
        : `${options.service} failed to start: ${String((error as Error).stack ?? error)}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // Nest closes the server (in-flight requests finish) and the pools; this is the backstop.
      setTimeout(() => {
        process.stderr.write(`${options.service}: shutdown exceeded ${config.SHUTDOWN_GRACE_MS} ms, exiting\n`);
        process.exit(1);
      }, config.SHUTDOWN_GRACE_MS).unref();
    });
  }
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  app.get(Logger).log(`${options.service} listening on http://${config.HOST}:${config.PORT}`);
  return app;
}
