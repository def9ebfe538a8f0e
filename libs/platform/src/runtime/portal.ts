import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Controller, Get, Header, Inject, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { Public } from './public.decorator.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Paths of the platform itself. A browser navigation to one of them is never answered with the
 * portal; other requests are not either, because the fallback only answers navigations
 * (Accept: text/html) to paths without a file extension.
 */
const API_PATHS = ['/graphql', '/health', '/metrics', '/dev/', '/config.json', '/sessie', '/rapportage', '/import/', '/documenten'];

function origin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null; // a relative URL: same origin
  }
}

/** The Content-Security-Policy of the portal: only its own files, no inline scripts, no CDN. */
export function portalCsp(config: AppConfig): string {
  const connect = ["'self'", origin(config.PORTAL_BENCHMARK_URL), origin(config.OIDC_ISSUER)].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "frame-src 'self' " + (origin(config.OIDC_ISSUER) ?? ''),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
    .join('; ')
    .replace(/ +;/g, ';');
}

export function portalDir(config: AppConfig): string | null {
  const dir = resolve(config.PORTAL_DIR ?? 'apps/web/dist');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** GET /config.json: what the portal needs to know about this installation (no secrets). */
@Controller()
export class PortalConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('config.json')
  @Public()
  @Header('Cache-Control', 'no-store')
  configuratie() {
    const c = this.config;
    return {
      oidc: c.OIDC_ISSUER && c.OIDC_CLIENT_ID ? { issuer: c.OIDC_ISSUER, clientId: c.OIDC_CLIENT_ID, scope: c.OIDC_SCOPE } : null,
      devLogin: c.devKeysEnabled && !c.isProduction,
      apiGraphqlUrl: '/graphql',
      benchmarkGraphqlUrl: c.PORTAL_BENCHMARK_URL,
    };
  }
}

/** Serves the built portal: its files, and index.html for the portal's own routes (SPA fallback). */
export function portalMiddleware(dir: string, csp: string) {
  const index = join(dir, 'index.html');
  const send = (res: ServerResponse, file: string, size: number, head: boolean) => {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', String(size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // Vite names assets by content hash: cache them for good; index.html always fresh.
    res.setHeader('Cache-Control', file.startsWith(join(dir, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (type.startsWith('text/html')) {
      res.setHeader('Content-Security-Policy', csp);
      res.setHeader('X-Frame-Options', 'DENY');
    }
    if (head) return void res.end();
    createReadStream(file).pipe(res);
  };
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // originalUrl: a mounted middleware sees req.url relative to its mount point.
    const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const path = decodeURIComponentSafe(url.split('?')[0]!);
    if (path === null || API_PATHS.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`) || path.startsWith(`${p}.`)))
      return next();
    const file = normalize(join(dir, path));
    if (file.startsWith(dir + sep) && existsSync(file)) {
      const stat = statSync(file);
      if (stat.isFile()) return send(res, file, stat.size, req.method === 'HEAD');
    }
    const navigatie = (req.headers.accept ?? '').includes('text/html') && extname(path) === '';
    if (!navigatie) return next();
    send(res, index, statSync(index).size, req.method === 'HEAD');
  };
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The portal for the api: GET /config.json always; the static files when they are built. */
@Module({})
export class PortalModule implements NestModule {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  static forRoot(): DynamicModule {
    return { module: PortalModule, controllers: [PortalConfigController] };
  }

  configure(consumer: MiddlewareConsumer): void {
    const dir = portalDir(this.config);
    if (dir) consumer.apply(portalMiddleware(dir, portalCsp(this.config))).forRoutes('{*pad}');
  }
}
