import type { IncomingMessage } from 'node:http';
import { Controller, HttpCode, Inject, Post, Req, UseFilters } from '@nestjs/common';
import { Allow } from '@vt/auth';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { ApiError, ErrorCode, RestErrorFilter, leesTekstBody } from '@vt/platform';
import { PolitieImportService } from './politie-import.service.js';
import type { PolitieImportResultaat } from './politie-import.types.js';

/** application/json is parsed by the platform's JSON body parser (small files); the vendor type streams here, for large ones. */
const TYPES = { 'text/csv': 'csv', 'application/json': 'json', 'application/vnd.veiligthuis.politiemeldingen+json': 'json' } as const;

/**
 * POST /import/politiemeldingen: a police file (text/csv or application/json) as the request body;
 * the result as JSON, errors in the GraphQL error shape. The body is read only after authentication
 * and never past the limit (POLITIE_IMPORT_MAX_BYTES).
 */
@Controller('import')
@UseFilters(RestErrorFilter)
export class PolitieImportController {
  constructor(
    private readonly importer: PolitieImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('politiemeldingen')
  @HttpCode(200)
  @Allow('create', 'Intake')
  async importeer(@Req() req: IncomingMessage): Promise<PolitieImportResultaat> {
    const mediaType = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    const type = TYPES[mediaType as keyof typeof TYPES];
    if (!type) {
      throw Object.assign(
        new ApiError(
          ErrorCode.BAD_REQUEST,
          'Send the file as the request body with Content-Type text/csv, application/json or (large JSON files) application/vnd.veiligthuis.politiemeldingen+json',
        ),
        {
          httpStatus: 415,
        },
      );
    }
    // A body the platform already parsed as JSON cannot be streamed again: serialise what it read.
    const body = (req as IncomingMessage & { body?: unknown }).body;
    const inhoud =
      mediaType === 'application/json' && body !== undefined && typeof body === 'object'
        ? JSON.stringify(body)
        : await leesTekstBody(req, {
            limit: this.config.POLITIE_IMPORT_MAX_BYTES,
            setting: 'POLITIE_IMPORT_MAX_BYTES',
            wat: 'file',
            field: 'bestand',
          });
    return this.importer.importeer(inhoud.replace(/^\uFEFF/, ''), type);
  }
}
