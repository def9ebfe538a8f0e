import type { ServerResponse } from 'node:http';
import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { Allow } from '@vt/auth';
import { RestErrorFilter, validatie } from '@vt/platform';
import { renderKwartaalPdf } from './kwartaal.pdf.js';
import { bestandsnaam } from './kwartaal.regels.js';
import { KwartaalrapportageService } from './kwartaal.service.js';
import { renderKwartaalXlsx } from './kwartaal.xlsx.js';

const FORMATEN = {
  pdf: { contentType: 'application/pdf', render: renderKwartaalPdf },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: renderKwartaalXlsx },
} as const;

/**
 * GET /rapportages/kwartaal/{periode}.pdf and .xlsx: the kwartaalrapportage as a download, like the
 * document download (Bearer token, no cookies, errors in the GraphQL error shape).
 *
 * Why a plain GET that renders on request, not a mutation that stores a document: the report is
 * reproducible from live data (the same period on the same data gives the same figures), so a
 * stored copy would only go stale, and a document belongs to a casus while this report belongs to
 * the region. A director who signs a version keeps the signed file.
 *
 * No access-log (NEN 7513) entry: the report holds aggregates of the region only, no case data and
 * no person, so there is no client whose dossier was read. The request is still in the API log.
 */
@Controller('rapportages/kwartaal')
@UseFilters(RestErrorFilter)
export class KwartaalrapportageController {
  constructor(private readonly kwartaal: KwartaalrapportageService) {}

  @Get(':bestand')
  @Allow('read', 'Rapportage')
  async download(@Param('bestand') bestand: string, @Res() res: ServerResponse): Promise<void> {
    const match = /^(.+)\.(pdf|xlsx)$/.exec(bestand ?? '');
    if (!match) throw validatie('formaat', 'must be {periode}.pdf or {periode}.xlsx');
    const formaat = FORMATEN[match[2] as keyof typeof FORMATEN];
    const rapportage = await this.kwartaal.bereken(match[1]!);
    const inhoud = await formaat.render(rapportage);
    res.statusCode = 200;
    res.setHeader('Content-Type', formaat.contentType);
    res.setHeader('Content-Length', String(inhoud.length));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(bestandsnaam(rapportage, match[2]!))}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.end(inhoud);
  }
}
