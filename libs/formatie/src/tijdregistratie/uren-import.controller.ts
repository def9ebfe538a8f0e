import type { IncomingMessage } from 'node:http';
import { Controller, HttpCode, Inject, Post, Req, UseFilters } from '@nestjs/common';
import { Allow } from '@vt/auth';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { ApiError, ErrorCode, RestErrorFilter } from '@vt/platform';
import { UrenImportService } from './uren-import.service.js';
import type { ImportResultaat } from './tijdregistratie.types.js';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(limit: number): ApiError {
  return Object.assign(
    new ApiError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `The CSV is larger than the import limit of ${mb(limit)} (UREN_IMPORT_MAX_BYTES); split the file`,
    ),
    { httpStatus: 413 },
  );
}

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
    const csv = await this.lees(req);
    // A BOM (spreadsheet exports) would otherwise become part of the first column name.
    return this.importer.importeer(csv.replace(/^\uFEFF/, ''));
  }

  private async lees(req: IncomingMessage): Promise<string> {
    const limit = this.config.UREN_IMPORT_MAX_BYTES;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw tooLarge(limit); // Node discards the rest of the body after the response
      chunks.push(chunk);
    }
    const text = new TextDecoder('utf-8', { fatal: true });
    try {
      return text.decode(Buffer.concat(chunks));
    } catch {
      throw Object.assign(new ApiError(ErrorCode.VALIDATIE, 'csv: is not valid UTF-8', { field: 'csv' }), { httpStatus: 400 });
    }
  }
}
