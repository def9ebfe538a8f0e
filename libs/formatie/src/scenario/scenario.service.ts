import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely, sql } from '@vt/database';
import { begrensdeLijst, check, isUuid, nietGevonden, validatie, vereisVersie, versieConflict } from '@vt/platform';
import { BegrotingService } from '../begroting/begroting.service.js';
import { berekenFormatie, type BerekeningInvoer } from '../berekening/formatieberekening.js';
import { INDIRECTE_PRODUCTEN, VOORBEELD_NORMTIJDEN, VOORBEELD_PRODUCTIEVE_UREN, type Product } from '../catalogus.js';
import { MedewerkerService } from '../medewerker/medewerker.service.js';
import { HUIDIG } from '../tijdregistratie/tijdregistratie.row.js';
import { productie } from './productie.sql.js';
import { SCENARIO_COLUMNS, type ScenarioRow } from './scenario.row.js';
import type { ScenarioBron, SlaScenarioOpInput } from './scenario.types.js';

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
      const db = kysely(m);
      if (!ids) return db.selectFrom('scenario').select(SCENARIO_COLUMNS).orderBy('naam').execute();
      if (ids.length === 0 || ids.length > 20) throw validatie('ids', 'give 1 to 20 scenario ids');
      const found = await db
        .selectFrom('scenario')
        .select(SCENARIO_COLUMNS)
        .where('id', '=', sql<string>`any(${ids.filter(isUuid)}::uuid[])`)
        .execute();
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
        const db = kysely(m);
        const bestaand = isUuid(input.id)
          ? await db.selectFrom('scenario').select(SCENARIO_COLUMNS).where('id', '=', input.id).forUpdate().executeTakeFirst()
          : undefined;
        if (!bestaand) throw nietGevonden('Scenario');
        vereisVersie('The scenario', bestaand.version, input.versie ?? -1);
        await this.vereisVrijeNaam(m, naam, bestaand.id);
        return db
          .updateTable('scenario')
          .set((eb) => ({
            naam,
            omschrijving,
            invoer: JSON.stringify(input.invoer),
            updated_at: sql<Date>`now()`,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', bestaand.id)
          .returning(SCENARIO_COLUMNS)
          .executeTakeFirstOrThrow();
      }
      return this.insert(m, naam, omschrijving, 'HANDMATIG', null, input.invoer);
    });
  }

  verwijder(id: string, versie: number): Promise<boolean> {
    return this.db.run(async (m) => {
      const db = kysely(m);
      const verwijderd = isUuid(id)
        ? (await db.deleteFrom('scenario').where('id', '=', id).where('version', '=', versie).executeTakeFirst()).numDeletedRows
        : 0n;
      if (verwijderd === 0n) {
        const bestaat = isUuid(id) ? await db.selectFrom('scenario').select('id').where('id', '=', id).executeTakeFirst() : undefined;
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
      const volumes = new Map((await productie(m, van, tot)).map((r) => [r.product, r.volume]));
      const uren = (
        await kysely(m)
          .selectFrom('tijdregistratie as t')
          .select((eb) => ['t.product', 't.functie', eb.cast<number>(eb.fn.sum('t.uren'), 'float8').as('uren')])
          .where((eb) => eb.between('t.datum', van, tot))
          .where(HUIDIG)
          .groupBy(['t.product', 't.functie'])
          .execute()
      ).map((u) => ({ ...u, product: u.product as Product }));
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
    let query = kysely(m).selectFrom('scenario').select('id').where('naam', '=', naam);
    if (behalve !== null) query = query.where('id', '<>', behalve);
    const bezet = await query.executeTakeFirst();
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
    return kysely(m)
      .insertInto('scenario')
      .values({ naam, omschrijving, bron, jaar, invoer: JSON.stringify(invoer), aangemaakt_door: this.current.actor.userId })
      .returning(SCENARIO_COLUMNS)
      .executeTakeFirstOrThrow();
  }
}
