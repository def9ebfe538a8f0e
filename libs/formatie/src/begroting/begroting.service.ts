import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb, kysely, sql } from '@vt/database';
import { begrensdeLijst, check, validatie, versieConflict } from '@vt/platform';
import { MedewerkerService } from '../medewerker/medewerker.service.js';
import type {
  Begroting,
  BegrootMaandvolume,
  BegrotingsProduct,
  LegBegrotingPerMaandVastInput,
  LegBegrotingVastInput,
  LegJaarrekeningVastInput,
} from './begroting.types.js';

/** The stored lists as legVast wrote them (jsonb: the shape is the application's, not the schema's). */
type Opgeslagen = Pick<Begroting, 'loonkosten' | 'kosten' | 'inkomsten' | 'volumes'> & { version: number };

function nietNegatief(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw validatie(field, 'must not be negative');
  return value;
}

function uniek<T>(field: string, items: T[], key: (item: T) => string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(key(item))) throw validatie(`${field}[${i}]`, `${key(item)} is listed twice`);
    seen.add(key(item));
  });
}

/** Costs and budget per year; personnel costs from that year's formatie. */
@Injectable()
export class BegrotingService {
  constructor(
    private readonly db: TenantDb,
    private readonly medewerkers: MedewerkerService,
  ) {}

  lees(jaar: number): Promise<Begroting> {
    check.geheel('jaar', jaar, 2000, 2100);
    return this.db.run((m) => this.bereken(m, jaar));
  }

  legVast(input: LegBegrotingVastInput): Promise<Begroting> {
    check.geheel('jaar', input.jaar, 2000, 2100);
    begrensdeLijst('loonkosten', input.loonkosten, 100);
    begrensdeLijst('kosten', input.kosten, 500);
    begrensdeLijst('inkomsten', input.inkomsten, 500);
    begrensdeLijst('volumes', input.volumes, 100);
    uniek('loonkosten', input.loonkosten, (l) => l.functie);
    uniek('volumes', input.volumes, (v) => v.product);
    const loonkosten = input.loonkosten.map((l, i) => ({
      functie: l.functie,
      bedragPerFte: nietNegatief(`loonkosten[${i}].bedragPerFte`, l.bedragPerFte),
    }));
    const kosten = input.kosten.map((k, i) => ({
      soort: k.soort,
      categorie: check.tekst(`kosten[${i}].categorie`, k.categorie, { max: 100 }),
      bedrag: nietNegatief(`kosten[${i}].bedrag`, k.bedrag),
    }));
    const inkomsten = input.inkomsten.map((k, i) => ({
      categorie: check.tekst(`inkomsten[${i}].categorie`, k.categorie, { max: 100 }),
      bedrag: nietNegatief(`inkomsten[${i}].bedrag`, k.bedrag),
    }));
    const volumes = input.volumes.map((v, i) => ({ product: v.product, volume: nietNegatief(`volumes[${i}].volume`, v.volume) }));
    // As JSON text: the driver would send a JS array as a PostgreSQL array, not as jsonb.
    const lijsten = {
      loonkosten: JSON.stringify(loonkosten),
      kosten: JSON.stringify(kosten),
      inkomsten: JSON.stringify(inkomsten),
      volumes: JSON.stringify(volumes),
    };
    return this.db.run(async (m) => {
      const gewijzigd =
        input.versie === 0
          ? (
              await kysely(m)
                .insertInto('begroting')
                .values({ jaar: input.jaar, ...lijsten })
                .onConflict((oc) => oc.doNothing())
                .executeTakeFirst()
            ).numInsertedOrUpdatedRows
          : (
              await kysely(m)
                .updateTable('begroting')
                .set((eb) => ({ ...lijsten, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
                .where('jaar', '=', input.jaar)
                .where('version', '=', input.versie)
                .executeTakeFirst()
            ).numUpdatedRows;
      if (!gewijzigd) throw versieConflict(`The begroting of ${input.jaar}`);
      return this.bereken(m, input.jaar);
    });
  }

  /**
   * Replaces the year's begroting per month. It is part of the year's begroting: the same version
   * guards it (a year without a begroting gets an empty one), so two editors cannot overwrite each other.
   */
  legPerMaandVast(input: LegBegrotingPerMaandVastInput): Promise<Begroting> {
    check.geheel('jaar', input.jaar, 2000, 2100);
    begrensdeLijst('maandvolumes', input.maandvolumes, 108);
    uniek('maandvolumes', input.maandvolumes, (v) => `${v.maand} ${v.product}`);
    const rijen = input.maandvolumes.map((v, i) => ({
      jaar: input.jaar,
      maand: check.geheel(`maandvolumes[${i}].maand`, v.maand, 1, 12),
      product: v.product,
      volume: String(nietNegatief(`maandvolumes[${i}].volume`, v.volume)),
    }));
    return this.db.run(async (m) => {
      await this.verhoogVersie(m, input.jaar, input.versie, {});
      await kysely(m).deleteFrom('begroting_maand').where('jaar', '=', input.jaar).execute();
      if (rijen.length) await kysely(m).insertInto('begroting_maand').values(rijen).execute();
      return this.bereken(m, input.jaar);
    });
  }

  /** Records the year's realised costs and income (jaarrekening) next to its begroting, under the same version. */
  legJaarrekeningVast(input: LegJaarrekeningVastInput): Promise<Begroting> {
    check.geheel('jaar', input.jaar, 2000, 2100);
    const kosten = nietNegatief('gerealiseerdeKosten', input.gerealiseerdeKosten);
    const inkomsten =
      input.gerealiseerdeInkomsten === null || input.gerealiseerdeInkomsten === undefined
        ? null
        : nietNegatief('gerealiseerdeInkomsten', input.gerealiseerdeInkomsten);
    return this.db.run(async (m) => {
      await this.verhoogVersie(m, input.jaar, input.versie, {
        gerealiseerde_kosten: String(kosten),
        gerealiseerde_inkomsten: inkomsten === null ? null : String(inkomsten),
      });
      return this.bereken(m, input.jaar);
    });
  }

  /** Creates the year (versie 0) or bumps its version when it is still the one read; else VERSIE_CONFLICT. */
  private async verhoogVersie(
    m: EntityManager,
    jaar: number,
    versie: number,
    velden: { gerealiseerde_kosten?: string; gerealiseerde_inkomsten?: string | null },
  ): Promise<void> {
    const gewijzigd =
      versie === 0
        ? (
            await kysely(m)
              .insertInto('begroting')
              .values({ jaar, ...velden })
              .onConflict((oc) => oc.doNothing())
              .executeTakeFirst()
          ).numInsertedOrUpdatedRows
        : (
            await kysely(m)
              .updateTable('begroting')
              .set((eb) => ({ ...velden, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
              .where('jaar', '=', jaar)
              .where('version', '=', versie)
              .executeTakeFirst()
          ).numUpdatedRows;
    if (!gewijzigd) throw versieConflict(`The begroting of ${jaar}`);
  }

  /** The stored year (or an empty one) with its totals. */
  async bereken(m: EntityManager, jaar: number): Promise<Begroting> {
    const row = await kysely(m)
      .selectFrom('begroting')
      .select(['loonkosten', 'kosten', 'inkomsten', 'volumes', 'version', 'gerealiseerde_kosten', 'gerealiseerde_inkomsten'])
      .where('jaar', '=', jaar)
      .executeTakeFirst();
    const maandvolumes: BegrootMaandvolume[] = (
      await kysely(m)
        .selectFrom('begroting_maand')
        .select(['maand', 'product', 'volume'])
        .where('jaar', '=', jaar)
        .orderBy('maand')
        .orderBy('product')
        .execute()
    ).map((r) => ({ maand: r.maand, product: r.product as BegrotingsProduct, volume: Number(r.volume) }));
    const opgeslagen = (row as unknown as Opgeslagen | undefined) ?? { loonkosten: [], kosten: [], inkomsten: [], volumes: [], version: 0 };
    const formatie = await this.medewerkers.bereken(m, `${jaar}-01-01`, `${jaar}-12-31`);
    const personeelskosten = formatie.perFunctie.reduce(
      (sum, f) => sum + f.fte * (opgeslagen.loonkosten.find((l) => l.functie === f.groep)?.bedragPerFte ?? 0),
      0,
    );
    const som = (soort: string) => opgeslagen.kosten.filter((k) => k.soort === soort).reduce((sum, k) => sum + k.bedrag, 0);
    const overigeDirecteKosten = som('DIRECT');
    const indirecteKosten = som('INDIRECT');
    return {
      jaar,
      ...opgeslagen,
      personeelskosten,
      overigeDirecteKosten,
      indirecteKosten,
      totaleKosten: personeelskosten + overigeDirecteKosten + indirecteKosten,
      totaleInkomsten: opgeslagen.inkomsten.reduce((sum, k) => sum + k.bedrag, 0),
      maandvolumes,
      gerealiseerdeKosten: row?.gerealiseerde_kosten === null || row === undefined ? null : Number(row.gerealiseerde_kosten),
      gerealiseerdeInkomsten: row?.gerealiseerde_inkomsten === null || row === undefined ? null : Number(row.gerealiseerde_inkomsten),
      versie: opgeslagen.version,
    };
  }
}
