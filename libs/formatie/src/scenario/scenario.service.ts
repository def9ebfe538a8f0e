import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, rows, runSql } from '@vt/database';
import { begrensdeLijst, check, isUuid, nietGevonden, validatie, vereisVersie, versieConflict } from '@vt/platform';
import { BegrotingService } from '../begroting/begroting.service.js';
import { berekenFormatie, type BerekeningInvoer } from '../berekening/formatieberekening.js';
import { INDIRECTE_PRODUCTEN, VOORBEELD_NORMTIJDEN, VOORBEELD_PRODUCTIEVE_UREN, type Product } from '../catalogus.js';
import { MedewerkerService } from '../medewerker/medewerker.service.js';
import type { Scenario, ScenarioBron, ScenarioInvoer, SlaScenarioOpInput } from './scenario.types.js';

interface ScenarioRow {
  id: string;
  naam: string;
  omschrijving: string | null;
  bron: ScenarioBron;
  jaar: number | null;
  invoer: BerekeningInvoer;
  updated_at: Date;
  version: number;
}

const COLUMNS = `id, naam, omschrijving, bron, jaar, invoer, updated_at, version`;

/** Products with a registered volume; hours on the others count as vaste uren. */
const PRODUCTIE_SQL = `
  SELECT 'ADVIES' AS product, count(*)::float8 AS volume FROM advies WHERE (ontvangen_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1 AND $2
  UNION ALL SELECT 'MELDING_AANNEMEN', count(*) FROM melding WHERE ontvangstdatum BETWEEN $1 AND $2
  UNION ALL SELECT 'VEILIGHEIDSBEOORDELING', count(*) FROM veiligheidsbeoordeling WHERE status = 'VASTGESTELD' AND (getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1 AND $2
  UNION ALL SELECT soort, count(*) FROM interventie WHERE status IN ('AFGESLOTEN', 'VOORTIJDIG_AFGESLOTEN') AND afgesloten_op BETWEEN $1 AND $2 GROUP BY soort
  UNION ALL SELECT 'OVERDRACHT', count(*) FROM overdracht WHERE uitgevoerd_op BETWEEN $1 AND $2
  UNION ALL SELECT 'MONITORING', count(*) FROM monitoring_contact WHERE uitgevoerd_op BETWEEN $1 AND $2
  UNION ALL SELECT 'HUISVERBOD', count(*) FROM huisverbod WHERE opgelegd_op BETWEEN $1 AND $2
  UNION ALL SELECT 'CRISIS', count(*) FROM crisisinterventie WHERE (datum AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1 AND $2`;

export function toInvoer(invoer: BerekeningInvoer): ScenarioInvoer {
  const lijst = (items: { functie: string }[] | null | undefined, value: (item: never) => number) =>
    (items ?? []).map((i) => ({ functie: i.functie, waarde: value(i as never) }));
  return {
    productieveUrenPerFte: invoer.productieveUrenPerFte,
    producten: invoer.producten,
    normtijden: invoer.normtijden.map((n) => ({ ...n, inzetPercentage: n.inzetPercentage ?? 100 })),
    vasteUren: lijst(invoer.vasteUren, (v: { uren: number }) => v.uren),
    vasteFormatie: lijst(invoer.vasteFormatie, (v: { fte: number }) => v.fte),
    loonkosten: lijst(invoer.loonkosten, (v: { bedragPerFte: number }) => v.bedragPerFte),
    indirecteKosten: invoer.indirecteKosten ?? 0,
  };
}

/** Named scenarios per region; one can be made from the region's own production and hours ("werkelijk") next to the norm set. */
@Injectable()
export class ScenarioService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly medewerkers: MedewerkerService,
    private readonly begroting: BegrotingService,
  ) {}

  lijst(lijst?: string[] | null): Promise<ScenarioRow[]> {
    const ids = begrensdeLijst('ids', lijst, 20, { uniek: true });
    return this.db.run(async (m) => {
      if (!ids) return rows<ScenarioRow>(m, `SELECT ${COLUMNS} FROM scenario ORDER BY naam`);
      if (ids.length === 0 || ids.length > 20) throw validatie('ids', 'give 1 to 20 scenario ids');
      const found = await rows<ScenarioRow>(m, `SELECT ${COLUMNS} FROM scenario WHERE id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
      return ids.map((id) => {
        const row = found.find((s) => s.id === id);
        if (!row) throw nietGevonden(`Scenario ${id}`);
        return row;
      });
    });
  }

  slaOp(input: SlaScenarioOpInput): Promise<ScenarioRow> {
    const naam = check.tekst('naam', input.naam);
    const omschrijving = check.optioneleTekst('omschrijving', input.omschrijving, 2000);
    berekenFormatie(input.invoer); // refuses bad input with VALIDATIE naming the field
    return this.db.run(async (m) => {
      if (input.id) {
        const [bestaand] = isUuid(input.id)
          ? await rows<ScenarioRow>(m, `SELECT ${COLUMNS} FROM scenario WHERE id = $1 FOR UPDATE`, [input.id])
          : [];
        if (!bestaand) throw nietGevonden('Scenario');
        vereisVersie('The scenario', bestaand.version, input.versie ?? -1);
        await this.vereisVrijeNaam(m, naam, bestaand.id);
        await m.query(
          `UPDATE scenario SET naam = $2, omschrijving = $3, invoer = $4, updated_at = now(), version = version + 1 WHERE id = $1`,
          [bestaand.id, naam, omschrijving, JSON.stringify(input.invoer)],
        );
        return (await rows<ScenarioRow>(m, `SELECT ${COLUMNS} FROM scenario WHERE id = $1`, [bestaand.id]))[0]!;
      }
      return this.insert(m, naam, omschrijving, 'HANDMATIG', null, input.invoer);
    });
  }

  verwijder(id: string, versie: number): Promise<boolean> {
    return this.db.run(async (m) => {
      const { rowCount } = isUuid(id) ? await runSql(m, `DELETE FROM scenario WHERE id = $1 AND version = $2`, [id, versie]) : { rowCount: 0 };
      if (rowCount === 0) {
        const [bestaat] = isUuid(id) ? await rows(m, `SELECT 1 FROM scenario WHERE id = $1`, [id]) : [];
        throw bestaat ? versieConflict('The scenario') : nietGevonden('Scenario');
      }
      return true;
    });
  }

  /** Two scenarios from a year of own data: "werkelijk" (own hours per unit) and "norm" (example norm set), same volumes. */
  uitEigenData(jaar: number, naam: string): Promise<ScenarioRow[]> {
    check.geheel('jaar', jaar, 2000, 2100);
    const basis = check.tekst('naam', naam, { max: 180 });
    return this.db.run(async (m) => {
      const van = `${jaar}-01-01`;
      const tot = `${jaar}-12-31`;
      const volumes = new Map(
        (await rows<{ product: Product; volume: number }>(m, PRODUCTIE_SQL, [van, tot])).map((r) => [r.product, r.volume]),
      );
      const uren = await rows<{ product: Product; functie: string; uren: number }>(
        m,
        `SELECT t.product, t.functie, sum(t.uren)::float8 AS uren FROM tijdregistratie t
         WHERE t.datum BETWEEN $1 AND $2 AND NOT EXISTS (SELECT 1 FROM tijdregistratie c WHERE c.vervangt_id = t.id)
         GROUP BY t.product, t.functie`,
        [van, tot],
      );
      const formatie = await this.medewerkers.bereken(m, van, tot);
      const begroting = await this.begroting.bereken(m, jaar);

      const producten = [...volumes.entries()].map(([code, volume]) => ({ code, volume }));
      const volumeUren = uren.filter((u) => (volumes.get(u.product) ?? 0) > 0);
      const vasteUren = new Map<string, number>();
      for (const u of uren)
        if (!volumes.get(u.product) && !INDIRECTE_PRODUCTEN.includes(u.product))
          vasteUren.set(u.functie, (vasteUren.get(u.functie) ?? 0) + u.uren);
      const directeUren = uren.filter((u) => !INDIRECTE_PRODUCTEN.includes(u.product)).reduce((sum, u) => sum + u.uren, 0);
      const gemeenschappelijk = {
        producten,
        vasteUren: [...vasteUren.entries()].map(([functie, u]) => ({ functie, uren: u })),
        vasteFormatie: this.indirecteFormatie(formatie.perFunctie),
        loonkosten: begroting.loonkosten,
        indirecteKosten: begroting.indirecteKosten,
      };
      const werkelijk: BerekeningInvoer = {
        ...gemeenschappelijk,
        productieveUrenPerFte: formatie.directFte > 0 && directeUren > 0 ? directeUren / formatie.directFte : VOORBEELD_PRODUCTIEVE_UREN,
        normtijden: volumeUren.map((u) => ({
          product: u.product,
          functie: u.functie,
          uren: u.uren / volumes.get(u.product)!,
          inzetPercentage: 100,
        })),
      };
      const norm: BerekeningInvoer = {
        ...gemeenschappelijk,
        productieveUrenPerFte: VOORBEELD_PRODUCTIEVE_UREN,
        normtijden: VOORBEELD_NORMTIJDEN.filter((n) => volumes.has(n.product)).map((n) => ({ ...n })),
      };
      return [
        await this.insert(m, `${basis} (werkelijk)`, `Own production and booked hours of ${jaar}`, 'WERKELIJK', jaar, werkelijk),
        await this.insert(m, `${basis} (norm)`, `Production of ${jaar} with the example norm set`, 'NORM', jaar, norm),
      ];
    });
  }

  private indirecteFormatie(perFunctie: { groep: string; fte: number }[]) {
    return perFunctie
      .filter((f) => ['TEAMLEIDER', 'MANAGEMENT', 'STAF', 'ONDERSTEUNING'].includes(f.groep))
      .map((f) => ({ functie: f.groep, fte: f.fte }));
  }

  private async vereisVrijeNaam(m: EntityManager, naam: string, behalve: string | null): Promise<void> {
    const [bezet] = await rows(m, `SELECT 1 FROM scenario WHERE naam = $1 AND ($2::uuid IS NULL OR id <> $2)`, [naam, behalve]);
    if (bezet) throw validatie('naam', `a scenario named "${naam}" already exists`);
  }

  private async insert(
    m: EntityManager,
    naam: string,
    omschrijving: string | null,
    bron: ScenarioBron,
    jaar: number | null,
    invoer: BerekeningInvoer,
  ): Promise<ScenarioRow> {
    await this.vereisVrijeNaam(m, naam, null);
    const [row] = await rows<ScenarioRow>(
      m,
      `INSERT INTO scenario (naam, omschrijving, bron, jaar, invoer, aangemaakt_door) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [naam, omschrijving, bron, jaar, JSON.stringify(invoer), this.current.actor.userId],
    );
    return row!;
  }

  static toScenario(row: ScenarioRow): Scenario {
    return {
      id: row.id,
      naam: row.naam,
      omschrijving: row.omschrijving,
      bron: row.bron,
      jaar: row.jaar,
      invoer: toInvoer(row.invoer),
      gewijzigdOp: row.updated_at,
      versie: row.version,
      berekeningInvoer: row.invoer,
    };
  }
}

export type { ScenarioRow };
