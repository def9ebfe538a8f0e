import type { IncomingMessage } from 'node:http';
import { Controller, HttpCode, Inject, Post, Req, UseFilters } from '@nestjs/common';
import { Allow } from '@vt/auth';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { ApiError, ErrorCode, RestErrorFilter, leesTekstBody } from '@vt/platform';
import { UrenImportService } from './uren-import.service.js';
import type { ImportResultaat } from './tijdregistratie.types.js';

/**
 * POST /import/uren: the CSV of importeerUren as a `text/csv` body, for files beyond the small JSON
 * limit of /graphql (a year of a large region's hours is 3–5 MB). Same global AuthGuard and @Allow
 * permission as the mutation, same service (all rows or none), same result as JSON; errors in the
 * GraphQL error shape. The body is read only after authentication, and never past the limit.
 */
@Controller('import')
@UseFilters(RestErrorFilter)
export class UrenImportController {
  constructor(
    private readonly importer: UrenImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('uren')
  @HttpCode(200)
  @Allow('manage', 'Tijdregistratie')
  async importeer(@Req() req: IncomingMessage & { body?: unknown }): Promise<ImportResultaat> {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (type !== 'text/csv') {
      throw Object.assign(new ApiError(ErrorCode.BAD_REQUEST, 'Send the CSV as the request body with Content-Type: text/csv'), {
        httpStatus: 415,
      });
    }
    const csv = await leesTekstBody(req, {
      limit: this.config.UREN_IMPORT_MAX_BYTES,
      setting: 'UREN_IMPORT_MAX_BYTES',
      wat: 'CSV',
      field: 'csv',
    });
    // A BOM (spreadsheet exports) would otherwise become part of the first column name.
    return this.importer.importeer(csv.replace(/^\uFEFF/, ''));
  }
}
