import { Injectable } from '@nestjs/common';
import { datumInNederland } from '@vt/werkdagen';
import type { EntityManager } from 'typeorm';
import { TenantDb, kysely, sql } from '@vt/database';
import { BegrotingService, MedewerkerService } from '@vt/formatie';
import { telBouwstenen } from './bouwstenen.sql.js';
import { KENGETALLEN, gebruiktKosten, tellersEnNoemers, type Bouwsteen } from './kengetallen.js';
import type { Periode } from './periode.js';

/** Which costs a kosten figure used: the jaarrekening (year closed) or the begroting. */
export type Kostenbron = 'JAARREKENING' | 'BEGROTING';

export interface BerekeningResultaat {
  periode: string;
  status: 'BEREKEND' | 'VASTGESTELD_OVERGESLAGEN';
  gewijzigd: number;
}

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
      const db = kysely(m);
      const status = await db
        .selectFrom('benchmark.periode_status')
        .select('vastgesteld')
        .where('organisatie_id', '=', tenantId)
        .where('periode', '=', periode.code)
        .forUpdate()
        .executeTakeFirst();
      if (status?.vastgesteld) return { periode: periode.code, status: 'VASTGESTELD_OVERGESLAGEN', gewijzigd: 0 };
      const { bouwstenen, kostenbron } = await this.bouwstenen(m, periode);
      let gewijzigd = 0;
      for (const { kengetal, teller, noemer } of tellersEnNoemers(bouwstenen)) {
        const bron = gebruiktKosten(KENGETALLEN.find((k) => k.code === kengetal)!) ? kostenbron : null;
        const closed = await db
          .updateTable('benchmark.kengetal_waarde')
          .set({ geldig_tot: sql<Date>`now()` })
          .where('organisatie_id', '=', tenantId)
          .where('periode', '=', periode.code)
          .where('kengetal', '=', kengetal)
          .where('geldig_tot', 'is', null)
          .where((eb) =>
            eb.or([
              eb('teller', 'is distinct from', sql<string>`${teller}::numeric`),
              eb('noemer', 'is distinct from', sql<string>`${noemer}::numeric`),
              eb('bron', 'is distinct from', bron),
            ]),
          )
          .executeTakeFirst();
        const inserted = await db
          .insertInto('benchmark.kengetal_waarde')
          .columns(['organisatie_id', 'periode', 'kengetal', 'teller', 'noemer', 'bron', 'berekening_id'])
          .expression(
            db
              .selectNoFrom((eb) => [
                eb.val(tenantId).as('organisatie_id'),
                eb.val(periode.code).as('periode'),
                eb.val(kengetal).as('kengetal'),
                eb.val(teller).as('teller'),
                eb.val(noemer).as('noemer'),
                eb.val(bron).as('bron'),
                eb.val(berekeningId).as('berekening_id'),
              ])
              .where(({ not, exists, selectFrom }) =>
                not(
                  exists(
                    selectFrom('benchmark.kengetal_waarde')
                      .select('id')
                      .where('organisatie_id', '=', tenantId)
                      .where('periode', '=', periode.code)
                      .where('kengetal', '=', kengetal)
                      .where('geldig_tot', 'is', null),
                  ),
                ),
              ),
          )
          .executeTakeFirst();
        if (closed.numUpdatedRows > 0n || (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) gewijzigd += 1;
      }
      await db
        .insertInto('benchmark.periode_status')
        .values({ organisatie_id: tenantId, periode: periode.code, laatst_berekend_op: sql<Date>`now()` })
        .onConflict((oc) => oc.columns(['organisatie_id', 'periode']).doUpdateSet({ laatst_berekend_op: sql<Date>`now()` }))
        .execute();
      return { periode: periode.code, status: 'BEREKEND', gewijzigd };
    });
  }

  private async bouwstenen(m: EntityManager, periode: Periode): Promise<{ bouwstenen: Record<Bouwsteen, number>; kostenbron: Kostenbron }> {
    const ruw = await telBouwstenen(m, periode.van, periode.tot);
    const n = (key: keyof typeof ruw) => ruw[key];
    const formatie = await this.medewerkers.bereken(m, periode.van, periode.tot);
    const fte = (groep: string, lijst: { groep: string; fte: number }[]) =>
      lijst.filter((g) => g.groep === groep).reduce((t, g) => t + g.fte, 0);
    const jaarDagen = dagenInJaar(periode.jaar);
    const begroting = await this.begroting.bereken(m, periode.jaar);
    // Realised costs once the year is closed: it has ended (Dutch calendar) and its jaarrekening is recorded.
    const afgesloten = periode.jaar < Number(datumInNederland(new Date()).slice(0, 4)) && begroting.gerealiseerdeKosten !== null;
    const kostenbron: Kostenbron = afgesloten ? 'JAARREKENING' : 'BEGROTING';
    const jaarkosten = afgesloten ? begroting.gerealiseerdeKosten! : begroting.totaleKosten;
    const bouwstenen: Record<Bouwsteen, number> = {
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
      WACHTLIJST_BEOORDELING: n('wacht_beoordeling'),
      WACHTLIJST_START: n('wacht_start'),
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
      KOSTEN: jaarkosten * (periode.dagen / jaarDagen),
      INWONERS: n('inwoners'),
    };
    return { bouwstenen, kostenbron };
  }
}

function dagenInJaar(jaar: number): number {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 366 : 365;
}
