import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Allow } from '@vt/auth';
import { RestErrorFilter } from '@vt/platform';
import { DocumentService } from './document.service.js';
import type { Document } from './document.types.js';

/**
 * Documents over plain HTTP next to /graphql, as the GraphQL ecosystem recommends for files (Apollo
 * advises against multipart uploads through GraphQL): the body is the file itself, streamed, so
 * nothing is buffered whole; authentication is the Bearer token (no cookies), so a cross-site form
 * cannot post here (no CSRF); errors have the GraphQL error shape.
 *
 * POST /documenten?casusId=&soort=&titel=&bestandsnaam=[&meldingId=] with Content-Type the file's type.
 * GET /documenten/{id}/inhoud streams the content as an attachment.
 */
@Controller('documenten')
@UseFilters(RestErrorFilter)
export class DocumentController {
  constructor(private readonly documenten: DocumentService) {}

  @Post()
  @HttpCode(201)
  @Allow('create', 'Document')
  upload(
    @Req() req: IncomingMessage,
    @Query('casusId') casusId?: string,
    @Query('meldingId') meldingId?: string,
    @Query('soort') soort?: string,
    @Query('titel') titel?: string,
    @Query('bestandsnaam') bestandsnaam?: string,
  ): Promise<Document> {
    const length = Number(req.headers['content-length']);
    return this.documenten.upload(
      {
        casusId: casusId ?? '',
        meldingId: meldingId || null,
        soort: soort ?? '',
        titel: titel ?? '',
        bestandsnaam: bestandsnaam ?? '',
        contentType: String(req.headers['content-type'] ?? '')
          .split(';')[0]!
          .trim()
          .toLowerCase(),
        declaredLength: Number.isFinite(length) ? length : null,
      },
      req as AsyncIterable<Buffer>,
    );
  }

  @Get(':id/inhoud')
  @Allow('read', 'Document')
  async download(@Param('id') id: string, @Res() res: ServerResponse): Promise<void> {
    await this.documenten.download(
      id,
      (doc) => {
        res.statusCode = 200;
        res.setHeader('Content-Type', doc.contentType);
        res.setHeader('Content-Length', String(doc.grootte ?? 0));
        res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.bestandsnaam)}`);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Digest', `sha-256=${Buffer.from(doc.sha256 ?? '', 'hex').toString('base64')}`);
      },
      (chunk) =>
        new Promise<void>((resolve, reject) => {
          res.write(chunk, (error) => (error ? reject(error) : resolve()));
        }),
    );
    res.end();
  }
}
