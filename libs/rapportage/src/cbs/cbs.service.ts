import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely } from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import { publicatieAantal } from './cbs-publicatie.js';
import { naarCsv, naarLeveringRijen } from './cbs-csv.js';
import { leveringBestand, maakManifest, type CbsManifest } from './cbs-manifest.js';
import { cbsCellen, geenJit, leesCbsLevering, leesSleutel, maakSleutel, type CbsCelRow } from './cbs.sql.js';
import { CBS_TABELLEN } from './cbs.tabellen.js';
import type { CbsBeleidsinformatie } from './cbs.types.js';
import { parseHalfjaar, type Halfjaar } from './cbs.validation.js';

export interface CbsLevering {
  bestand: string;
  csv: string;
  manifest: CbsManifest;
}

/** The CBS beleidsinformatie of the caller's region: the tables per half year and the delivery file. */
@Injectable()
export class CbsService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly log: ToegangslogService,
  ) {}

  /** The tables for a half year, computed in the region's transaction (one statement for all tables). */
  beleidsinformatie(halfjaarCode: string): Promise<CbsBeleidsinformatie> {
    const halfjaar = parseHalfjaar(halfjaarCode);
    return this.db.run(async (m) => {
      const cellen = await this.cellen(m, halfjaar);
      await this.log.schrijf(m, { actie: 'READ', objectType: 'CbsBeleidsinformatie' });
      return {
        halfjaar: halfjaar.code,
        van: halfjaar.van,
        tot: halfjaar.tot,
        regio: this.regio(),
        voorlopig: halfjaar.voorlopig,
        tabellen: CBS_TABELLEN.map((t) => ({
          code: t.code,
          titel: t.titel,
          omschrijving: t.omschrijving,
          perGemeente: t.perGemeente,
          cellen: cellen
            .filter((c) => c.tabel === t.code)
            .map((c) => ({
              gemeenteCode: c.gemeente,
              onderwerp: c.onderwerp,
              categorie: c.categorie,
              aantal: c.aantal,
              publicatieAantal: publicatieAantal(c.aantal),
            })),
        })),
      };
    });
  }

  /**
   * The delivery file and its manifest, tables and rows read in one statement (so they describe
   * the same data); logged as an EXPORT, as the file holds row-level data.
   */
  levering(halfjaarCode: string): Promise<CbsLevering> {
    const halfjaar = parseHalfjaar(halfjaarCode);
    return this.db.run(async (m) => {
      const db = kysely(m);
      const sleutel = await this.sleutel(m);
      // Tables and rows from one evaluation of the half year's base (one statement, one snapshot).
      await geenJit(db);
      const { cellen, rijen: rows } = await leesCbsLevering(db, halfjaar.van, halfjaar.tot);
      const csv = naarCsv(naarLeveringRijen(rows, sleutel));
      await this.log.schrijf(m, { actie: 'EXPORT', objectType: 'CbsLevering' });
      return { bestand: leveringBestand(this.regio(), halfjaar.code), csv, manifest: maakManifest(this.regio(), halfjaar, csv, cellen) };
    });
  }

  private async cellen(m: EntityManager, halfjaar: Halfjaar): Promise<CbsCelRow[]> {
    await geenJit(kysely(m));
    return (await cbsCellen(halfjaar.van, halfjaar.tot).execute(kysely(m))).rows;
  }

  /** The region's secret, made on first use; a concurrent first use keeps whichever came first. */
  private async sleutel(m: EntityManager): Promise<Buffer> {
    const db = kysely(m);
    const bestaand = (await leesSleutel().execute(db)).rows[0];
    if (bestaand) return bestaand.sleutel;
    await maakSleutel(randomBytes(32)).execute(db);
    return (await leesSleutel().execute(db)).rows[0]!.sleutel;
  }

  private regio(): string {
    return this.current.actor.tenantCode ?? '';
  }
}
