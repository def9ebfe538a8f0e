import type { ServerResponse } from 'node:http';
import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { Allow } from '@vt/auth';
import { RestErrorFilter } from '@vt/platform';
import { CbsService } from './cbs.service.js';

/**
 * The CBS delivery file over plain HTTP, for the functioneel beheerder (create Rapportage): Bearer
 * token, errors in the GraphQL error shape (a bad half year is VALIDATIE), no caching.
 *
 * GET /rapportages/cbs/{halfjaar}/levering.csv: the CSV (one row per advies and melding).
 * GET /rapportages/cbs/{halfjaar}/manifest.json: counts per table and the check that the file adds up to the tables.
 * Each download is an EXPORT in the access log.
 */
@Controller('rapportages/cbs')
@UseFilters(RestErrorFilter)
export class CbsController {
  constructor(private readonly service: CbsService) {}

  @Get(':halfjaar/levering.csv')
  @Allow('create', 'Rapportage')
  async csv(@Param('halfjaar') halfjaar: string, @Res() res: ServerResponse): Promise<void> {
    const levering = await this.service.levering(halfjaar);
    stuur(res, 'text/csv; charset=utf-8', levering.bestand, levering.csv, levering.manifest.controle.gelijk);
  }

  @Get(':halfjaar/manifest.json')
  @Allow('create', 'Rapportage')
  async manifest(@Param('halfjaar') halfjaar: string, @Res() res: ServerResponse): Promise<void> {
    const levering = await this.service.levering(halfjaar);
    const bestand = levering.bestand.replace(/\.csv$/, '.manifest.json');
    stuur(
      res,
      'application/json; charset=utf-8',
      bestand,
      `${JSON.stringify(levering.manifest, null, 2)}\n`,
      levering.manifest.controle.gelijk,
    );
  }
}

function stuur(res: ServerResponse, type: string, bestand: string, inhoud: string, gelijk: boolean): void {
  const body = Buffer.from(inhoud, 'utf8');
  res.statusCode = 200;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', String(body.length));
  res.setHeader('Content-Disposition', `attachment; filename="${bestand}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  // The check of the file against the tables, also readable without the manifest.
  res.setHeader('X-Cbs-Controle', gelijk ? 'gelijk' : 'verschil');
  res.end(body);
}
