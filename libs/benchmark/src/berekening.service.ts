import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb, rows, runSql } from '@vt/database';
import { BegrotingService, MedewerkerService } from '@vt/formatie';
import { BOUWSTENEN_SQL } from './bouwstenen.sql.js';
import { tellersEnNoemers, type Bouwsteen } from './kengetallen.js';
import type { Periode } from './periode.js';

export interface BerekeningResultaat {
  periode: string;
  status: 'BEREKEND' | 'VASTGESTELD_OVERGESLAGEN';
  gewijzigd: number;
}

type Ruw = Record<string, string | number>;

/**
 * Computes the building blocks of one organisation for one period inside that organisation's own
 * transaction (row-level security applies to every case table read), and stores the numerators
 * and denominators. A changed value closes the old row and opens a new one, so history is kept.
 */
@Injectable()
export class BenchmarkBerekening {
  constructor(
    private readonly db: TenantDb,
    private readonly medewerkers: MedewerkerService,
    private readonly begroting: BegrotingService,
  ) {}

  bereken(tenantId: string, periode: Periode, berekeningId: string): Promise<BerekeningResultaat> {
    return this.db.runFor(tenantId, async (m) => {
      const [status] = await rows<{ vastgesteld: boolean }>(
        m,
        `SELECT vastgesteld FROM benchmark.periode_status WHERE organisatie_id = $1 AND periode = $2 FOR UPDATE`,
        [tenantId, periode.code],
      );
      if (status?.vastgesteld) return { periode: periode.code, status: 'VASTGESTELD_OVERGESLAGEN', gewijzigd: 0 };
      const bouwstenen = await this.bouwstenen(m, periode);
      let gewijzigd = 0;
      for (const { kengetal, teller, noemer } of tellersEnNoemers(bouwstenen)) {
        const closed = await runSql(m,
          `UPDATE benchmark.kengetal_waarde SET geldig_tot = now()
           WHERE organisatie_id = $1 AND periode = $2 AND kengetal = $3 AND geldig_tot IS NULL
             AND (teller IS DISTINCT FROM $4::numeric OR noemer IS DISTINCT FROM $5::numeric)
           RETURNING id`,
          [tenantId, periode.code, kengetal, teller, noemer],
        );
        const inserted = await runSql(m,
          `INSERT INTO benchmark.kengetal_waarde (organisatie_id, periode, kengetal, teller, noemer, berekening_id)
           SELECT $1, $2, $3, $4, $5, $6
           WHERE NOT EXISTS (SELECT 1 FROM benchmark.kengetal_waarde WHERE organisatie_id = $1 AND periode = $2 AND kengetal = $3 AND geldig_tot IS NULL)
           RETURNING id`,
          [tenantId, periode.code, kengetal, teller, noemer, berekeningId],
        );
        if (closed.rowCount > 0 || inserted.rowCount > 0) gewijzigd += 1;
      }
      await m.query(
        `INSERT INTO benchmark.periode_status (organisatie_id, periode, laatst_berekend_op) VALUES ($1, $2, now())
         ON CONFLICT (organisatie_id, periode) DO UPDATE SET laatst_berekend_op = now()`,
        [tenantId, periode.code],
      );
      return { periode: periode.code, status: 'BEREKEND', gewijzigd };
    });
  }

  private async bouwstenen(m: EntityManager, periode: Periode): Promise<Record<Bouwsteen, number>> {
    const [ruw] = await rows<Ruw>(m, BOUWSTENEN_SQL, [periode.van, periode.tot]);
    const n = (key: string) => Number(ruw![key] ?? 0);
    const formatie = await this.medewerkers.bereken(m, periode.van, periode.tot);
    const fte = (groep: string, lijst: { groep: string; fte: number }[]) =>
      lijst.filter((g) => g.groep === groep).reduce((t, g) => t + g.fte, 0);
    const jaarDagen = dagenInJaar(periode.jaar);
    const begroting = await this.begroting.bereken(m, periode.jaar);
    return {
      ADVIEZEN: n('adviezen'),
      MELDINGEN: n('meldingen'),
      HERMELDINGEN: n('hermeldingen'),
      BEOORDELINGEN: n('beoordelingen'),
      BEOORDELINGEN_BINNEN_TERMIJN: n('binnen_termijn'),
      BESLUITEN_OVERDRACHT: n('overdracht'),
      ONDERZOEKEN_AFGESLOTEN: n('oz_af'),
      ONDERZOEKEN_BINNEN_TERMIJN: n('oz_tijdig'),
      VV_AFGESLOTEN: n('vv_af'),
      VV_BINNEN_TERMIJN: n('vv_tijdig'),
      ONDERZOEKEN_GESTART: n('oz_gestart'),
      VV_GESTART: n('vv_gestart'),
      HUISVERBODEN: n('huisverboden'),
      CRISISINTERVENTIES: n('crises'),
      WACHTLIJST: n('wachtlijst'),
      UREN_ONDERZOEK: n('uren_onderzoek'),
      UREN_OVERIGE_INTERVENTIES: n('uren_overig'),
      UREN_DIRECT: n('uren_direct'),
      FTE_TOTAAL: formatie.totaalFte,
      FTE_INDIRECT: formatie.indirectFte,
      FTE_HBO: fte('HBO', formatie.perOpleidingsniveau) + fte('WO', formatie.perOpleidingsniveau),
      FTE_GD: fte('GD', formatie.perFunctie),
      FTE_VA: fte('VA', formatie.perFunctie),
      FTE_JAREN_DIRECT: formatie.directFte * (periode.dagen / jaarDagen),
      // Costs are kept per year: part of a year gets its share by days.
      KOSTEN: begroting.totaleKosten * (periode.dagen / jaarDagen),
      INWONERS: n('inwoners'),
    };
  }
}

function dagenInJaar(jaar: number): number {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 366 : 365;
}
