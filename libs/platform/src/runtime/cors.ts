import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@vt/config';

/** Headers a browser client of the GraphQL endpoints and the import endpoint sends. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'apollo-require-preflight', 'x-request-id'];

/**
 * CORS for the exact origins in CORS_ORIGINS; with none configured no CORS header is ever sent
 * (closed by default). A request from another origin gets no Access-Control-Allow-Origin, so the
 * browser refuses it. Apollo's CSRF prevention stays on independently of this.
 */
export function configureCors(app: INestApplication, config: AppConfig): void {
  const allowed = new Set(config.CORS_ORIGINS);
  if (allowed.size === 0) return;
  app.enableCors({
    origin: (origin: string | undefined, callback: (error: Error | null, allow?: boolean) => void) =>
      callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
