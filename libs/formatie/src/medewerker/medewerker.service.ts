import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb, kysely, sql, countRows } from '@vt/database';
import {
  check,
  decodeOrderedCursor,
  isUuid,
  keyset,
  nietGevonden,
  orderOf,
  orderTag,
  pageSize,
  toConnection,
  validatie,
  vereisVersie,
  type Connection,
  type Order,
} from '@vt/platform';
import { datumVan, type Datum } from '@vt/werkdagen';
import { fteInPeriode } from './fte.js';
import { DIENSTVERBAND_COLUMNS, MEDEWERKER_COLUMNS, toDienstverband, toMedewerker } from './medewerker.row.js';
import type {
  Dienstverband,
  DienstverbandInput,
  FormatieOverzicht,
  FteGroep,
  Medewerker,
  RegistreerMedewerkerInput,
} from './medewerker.types.js';

export function valideerDienstverband(input: DienstverbandInput, field = 'dienstverband') {
  if (!(input.fte > 0 && input.fte <= 1.5)) throw validatie(`${field}.fte`, 'must be greater than 0 and at most 1.5');
  const van = datumVan(input.van);
  const tot = input.tot ? datumVan(input.tot) : null;
  if (tot && tot < van) throw validatie(`${field}.tot`, 'must not lie before van');
  if (input.categorie === 'DIRECT' && ['MANAGEMENT', 'STAF', 'ONDERSTEUNING'].includes(input.functie)) {
    throw validatie(`${field}.categorie`, `functie ${input.functie} is indirect formatie`);
  }
  return { ...input, van, tot };
}

/** Formatie: staff, their dienstverbanden, and FTE over any period. */
@Injectable()
export class MedewerkerService {
  constructor(private readonly db: TenantDb) {}

  registreer(input: RegistreerMedewerkerInput): Promise<Medewerker> {
    const naam = check.tekst('naam', input.naam);
    const gebruikerId = check.optioneleTekst('gebruikerId', input.gebruikerId, 200);
    const team = check.optioneleTekst('team', input.team, 100);
    const dv = valideerDienstverband(input.dienstverband);
    return this.db.run(async (m) => {
      const db = kysely(m);
      if (gebruikerId) {
        const bestaand = await db.selectFrom('medewerker').select('id').where('gebruiker_id', '=', gebruikerId).executeTakeFirst();
        if (bestaand) throw validatie('gebruikerId', 'is already linked to another medewerker');
      }
      const row = await db
        .insertInto('medewerker')
        .values({ gebruiker_id: gebruikerId, naam, team })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.insertDienstverband(m, row.id, dv);
      return (await this.lees(m, [row.id]))[0]!;
    });
  }

  voegDienstverbandToe(medewerkerId: string, input: DienstverbandInput): Promise<Medewerker> {
    const dv = valideerDienstverband(input);
    return this.db.run(async (m) => {
      const [medewerker] = isUuid(medewerkerId) ? await this.lees(m, [medewerkerId]) : [];
      if (!medewerker) throw nietGevonden('Medewerker');
      const overlap = medewerker.dienstverbanden.find((d) => (d.tot === null || d.tot >= dv.van) && (dv.tot === null || dv.tot >= d.van));
      if (overlap) throw validatie('dienstverband.van', `overlaps the dienstverband from ${overlap.van}; end that one first`);
      await this.insertDienstverband(m, medewerkerId, dv);
      return (await this.lees(m, [medewerkerId]))[0]!;
    });
  }

  beeindigDienstverband(dienstverbandId: string, tot: Date, versie: number): Promise<Medewerker> {
    const einde = datumVan(tot);
    return this.db.run(async (m) => {
      const dv = isUuid(dienstverbandId)
        ? await kysely(m)
            .selectFrom('dienstverband as d')
            .select(DIENSTVERBAND_COLUMNS)
            .where('d.id', '=', dienstverbandId)
            .forUpdate()
            .executeTakeFirst()
        : undefined;
      if (!dv) throw nietGevonden('Dienstverband');
      vereisVersie('The dienstverband', dv.version, versie);
      if (einde < dv.van) throw validatie('tot', `must not lie before the start (${dv.van})`);
      await kysely(m)
        .updateTable('dienstverband')
        .set((eb) => ({ tot: einde, version: eb('version', '+', 1) }))
        .where('id', '=', dv.id)
        .execute();
      return (await this.lees(m, [dv.medewerker_id]))[0]!;
    });
  }

  lijst(args: {
    first?: number | null;
    after?: string | null;
    team?: string | null;
    orderBy?: Partial<Order<'NAAM'>> | null;
  }): Promise<Connection<Medewerker>> {
    const first = pageSize(args);
    const order = orderOf(args.orderBy, { field: 'NAAM', direction: 'ASC' });
    const { direction, after: verder } = keyset(order);
    const after = decodeOrderedCursor(args.after, order, ['tekst', 'uuid']);
    const gefilterd = (m: EntityManager) =>
      kysely(m)
        .selectFrom('medewerker')
        .$if(args.team != null, (query) => query.where('team', '=', args.team!));
    return this.db.run(async (m) => {
      const ids = await gefilterd(m)
        .select(['id', 'naam'])
        .$if(after !== null, (query) =>
          query.where((eb) => eb(eb.refTuple('naam', 'id'), verder, eb.tuple(String(after![0]), String(after![1])))),
        )
        .orderBy('naam', direction)
        .orderBy('id', direction)
        .limit(first + 1)
        .execute();
      const medewerkers = await this.lees(
        m,
        ids.map((r) => r.id),
      );
      return toConnection(
        ids,
        first,
        (r) => [orderTag(order), r.naam, r.id],
        (r) => medewerkers.find((x) => x.id === r.id)!,
        () => this.db.run(async (m) => countRows(gefilterd(m))),
      );
    });
  }

  overzicht(van: Date, tot: Date): Promise<FormatieOverzicht> {
    const start = datumVan(van);
    const eind = datumVan(tot);
    if (eind < start) throw validatie('tot', 'must not lie before van');
    return this.db.run(async (m) => this.bereken(m, start, eind));
  }

  /** FTE of the region over a period, per functie, categorie and opleidingsniveau. */
  async bereken(m: EntityManager, van: Datum, tot: Datum): Promise<FormatieOverzicht> {
    const dienstverbanden = (
      await kysely(m)
        .selectFrom('dienstverband as d')
        .select(DIENSTVERBAND_COLUMNS)
        .where('d.van', '<=', tot)
        .where((eb) => eb.or([eb('d.tot', 'is', null), eb('d.tot', '>=', van)]))
        .execute()
    ).map(toDienstverband);
    const groep = (key: (d: Dienstverband) => string): FteGroep[] => {
      const groups = new Map<string, Dienstverband[]>();
      for (const d of dienstverbanden) groups.set(key(d), [...(groups.get(key(d)) ?? []), d]);
      return [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([g, list]) => ({ groep: g, fte: fteInPeriode(list, van, tot) }));
    };
    const totaalFte = fteInPeriode(dienstverbanden, van, tot);
    const directFte = fteInPeriode(
      dienstverbanden.filter((d) => d.categorie === 'DIRECT'),
      van,
      tot,
    );
    return {
      van,
      tot,
      totaalFte,
      directFte,
      indirectFte: totaalFte - directFte,
      perFunctie: groep((d) => d.functie),
      perCategorie: groep((d) => d.categorie),
      perOpleidingsniveau: groep((d) => d.opleidingsniveau),
    };
  }

  private async insertDienstverband(m: EntityManager, medewerkerId: string, dv: ReturnType<typeof valideerDienstverband>) {
    await kysely(m)
      .insertInto('dienstverband')
      .values({
        medewerker_id: medewerkerId,
        functie: dv.functie,
        fte: dv.fte,
        opleidingsniveau: dv.opleidingsniveau,
        categorie: dv.categorie,
        van: dv.van,
        tot: dv.tot,
      })
      .execute();
  }

  private async lees(m: EntityManager, ids: string[]): Promise<Medewerker[]> {
    if (ids.length === 0) return [];
    const db = kysely(m);
    const medewerkers = await db
      .selectFrom('medewerker')
      .select(MEDEWERKER_COLUMNS)
      .where('id', '=', sql<string>`any(${ids}::uuid[])`)
      .execute();
    const dvs = await db
      .selectFrom('dienstverband as d')
      .select(DIENSTVERBAND_COLUMNS)
      .where('d.medewerker_id', '=', sql<string>`any(${ids}::uuid[])`)
      .orderBy('d.van')
      .execute();
    return medewerkers.map((r) => toMedewerker(r, dvs));
  }
}
