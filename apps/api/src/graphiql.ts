import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Controller, Get, Module, Param, Res, type DynamicModule } from '@nestjs/common';
import { StartupError, type AppConfig } from '@vt/config';
import { Public } from '@vt/platform';

/** The built page (apps/api/graphiql, `npm run build`), next to the compiled api in the monorepo and the image. */
export const GRAPHIQL_DIST = fileURLToPath(new URL('../graphiql/dist/', import.meta.url));

const SOORTEN: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

/** A built asset name (Vite's hashed names): no path separators, no dot-dot. */
const ASSET = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(js|css|ttf|woff2|svg)$/;

/**
 * GET /graphiql: GraphiQL for region developers, a page bundled at build time (no CDN). Public
 * files only; the page calls /graphql with the portal's token (sessionStorage `vt.token`) or a
 * pasted one, so every query is authenticated and access-checked as usual. Registered only when
 * GraphiQL is enabled: in production without GRAPHIQL_ENABLED=true the route does not exist (404).
 */
@Controller('graphiql')
export class GraphiqlController {
  private readonly cache = new Map<string, Buffer>();

  @Get()
  @Public()
  pagina(@Res() res: ServerResponse): Promise<void> {
    return this.stuur(res, 'index.html', 'no-cache');
  }

  @Get('assets/:bestand')
  @Public()
  async asset(@Param('bestand') bestand: string, @Res() res: ServerResponse): Promise<void> {
    if (!ASSET.test(bestand ?? '')) return this.nietGevonden(res);
    // Hashed names: a new build has new names, so an asset may be cached for good.
    return this.stuur(res, `assets/${bestand}`, 'public, max-age=31536000, immutable');
  }

  private async stuur(res: ServerResponse, pad: string, cache: string): Promise<void> {
    let inhoud = this.cache.get(pad);
    if (!inhoud) {
      try {
        inhoud = await readFile(`${GRAPHIQL_DIST}${pad}`);
      } catch {
        return this.nietGevonden(res, pad === 'index.html' ? 'GraphiQL is not built: run npm run build' : undefined);
      }
      this.cache.set(pad, inhoud);
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', SOORTEN[pad.slice(pad.lastIndexOf('.'))] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(inhoud.length));
    res.setHeader('Cache-Control', cache);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(inhoud);
  }

  private nietGevonden(res: ServerResponse, tekst = 'Not found'): void {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(tekst);
  }
}

/** GraphiQL when the setting enables it; explicitly enabled without a built page is a start-up error naming the setting. */
@Module({})
export class GraphiqlModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.graphiqlEnabled) return { module: GraphiqlModule };
    if (config.GRAPHIQL_ENABLED === true && !existsSync(`${GRAPHIQL_DIST}index.html`))
      throw new StartupError(
        `GRAPHIQL_ENABLED=true but the GraphiQL page is not built (${GRAPHIQL_DIST}): run npm run build, or unset GRAPHIQL_ENABLED`,
      );
    return { module: GraphiqlModule, controllers: [GraphiqlController] };
  }
}
