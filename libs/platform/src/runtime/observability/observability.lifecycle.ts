import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { APP_CONFIG, StartupError, type AppConfig } from '@vt/config';
import { metricsHandler } from './metrics.js';
import { flushTracing } from './tracing.js';

/**
 * The separate metrics listener (METRICS_PORT) and the last span flush at shutdown. Without
 * METRICS_PORT, /metrics is served on the app's own port (see createApp).
 */
@Injectable()
export class ObservabilityLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const { METRICS_ENABLED, METRICS_PORT, METRICS_HOST, HOST, METRICS_TOKEN } = this.config;
    if (!METRICS_ENABLED || METRICS_PORT === undefined) return;
    const handler = metricsHandler(METRICS_TOKEN);
    const server = createServer((req, res) => {
      if ((req.url ?? '').split('?')[0] === '/metrics') handler(req, res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; metrics are at /metrics\n');
    });
    server.listen(METRICS_PORT, METRICS_HOST ?? HOST);
    try {
      await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))]);
    } catch (error) {
      throw new StartupError(`METRICS_PORT ${METRICS_PORT} on ${METRICS_HOST ?? HOST} cannot be used: ${(error as Error).message}`);
    }
    this.server = server;
  }

  /** The bound metrics port (tests). */
  metricsPort(): number | undefined {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address.port : undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise((resolve) => this.server!.close(resolve));
    }
    await flushTracing().catch(() => undefined);
  }
}
