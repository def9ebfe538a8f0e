import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb, rows } from '@vt/database';
import { check, decodeCursor, isUuid, nietGevonden, pageSize, toConnection, validatie, vereisVersie, type Connection } from '@vt/platform';
import { datumVan, type Datum } from '@vt/werkdagen';
import type { FormatieCategorie, Functie, Opleidingsniveau } from '../catalogus.js';
import { fteInPeriode } from './fte.js';
import type {
  Dienstverband,
  DienstverbandInput,
  FormatieOverzicht,
  FteGroep,
  Medewerker,
  RegistreerMedewerkerInput,
} from './medewerker.types.js';

interface DienstverbandRow {
  id: string;
  medewerker_id: string;
  functie: Functie;
  fte: string;
  opleidingsniveau: Opleidingsniveau;
  categorie: FormatieCategorie;
  van: string;
  tot: string | null;
  version: number;
}

const DV_COLUMNS = `d.id, d.medewerker_id, d.functie, d.fte, d.opleidingsniveau, d.categorie, d.van::text AS van, d.tot::text AS tot, d.version`;

function toDienstverband(row: DienstverbandRow): Dienstverband {
  return {
    id: row.id,
    functie: row.functie,
    fte: Number(row.fte),
    opleidingsniveau: row.opleidingsniveau,
    categorie: row.categorie,
    van: row.van,
    tot: row.tot,
    versie: row.version,
  };
}

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
      if (gebruikerId) {
        const [bestaand] = await rows(m, `SELECT 1 FROM medewerker WHERE gebruiker_id = $1`, [gebruikerId]);
        if (bestaand) throw validatie('gebruikerId', 'is already linked to another medewerker');
      }
      const [row] = await rows<{ id: string }>(m, `INSERT INTO medewerker (gebruiker_id, naam, team) VALUES ($1, $2, $3) RETURNING id`, [
        gebruikerId,
        naam,
        team,
      ]);
      await this.insertDienstverband(m, row!.id, dv);
      return (await this.lees(m, [row!.id]))[0]!;
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
      const [dv] = isUuid(dienstverbandId)
        ? await rows<DienstverbandRow>(m, `SELECT ${DV_COLUMNS} FROM dienstverband d WHERE d.id = $1 FOR UPDATE`, [dienstverbandId])
        : [];
      if (!dv) throw nietGevonden('Dienstverband');
      vereisVersie('The dienstverband', dv.version, versie);
      if (einde < dv.van) throw validatie('tot', `must not lie before the start (${dv.van})`);
      await m.query(`UPDATE dienstverband SET tot = $2, version = version + 1 WHERE id = $1`, [dv.id, einde]);
      return (await this.lees(m, [dv.medewerker_id]))[0]!;
    });
  }

  lijst(args: { first?: number | null; after?: string | null; team?: string | null }): Promise<Connection<Medewerker>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['tekst', 'uuid']);
    return this.db.run(async (m) => {
      const ids = await rows<{ id: string; naam: string }>(
        m,
        `SELECT id, naam FROM medewerker WHERE ($1::text IS NULL OR team = $1) AND ($2::text IS NULL OR (naam, id) > ($2, $3::uuid)) ORDER BY naam, id LIMIT $4`,
        [args.team ?? null, after?.[0] ?? null, after?.[1] ?? null, first + 1],
      );
      const medewerkers = await this.lees(
        m,
        ids.map((r) => r.id),
      );
      return toConnection(
        ids,
        first,
        (r) => [r.naam, r.id],
        (r) => medewerkers.find((x) => x.id === r.id)!,
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
      await rows<DienstverbandRow>(m, `SELECT ${DV_COLUMNS} FROM dienstverband d WHERE d.van <= $2 AND (d.tot IS NULL OR d.tot >= $1)`, [
        van,
        tot,
      ])
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
    await m.query(
      `INSERT INTO dienstverband (medewerker_id, functie, fte, opleidingsniveau, categorie, van, tot) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [medewerkerId, dv.functie, dv.fte, dv.opleidingsniveau, dv.categorie, dv.van, dv.tot],
    );
  }

  private async lees(m: EntityManager, ids: string[]): Promise<Medewerker[]> {
    if (ids.length === 0) return [];
    const medewerkers = await rows<{ id: string; gebruiker_id: string | null; naam: string; team: string | null; version: number }>(
      m,
      `SELECT id, gebruiker_id, naam, team, version FROM medewerker WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const dvs = await rows<DienstverbandRow>(
      m,
      `SELECT ${DV_COLUMNS} FROM dienstverband d WHERE d.medewerker_id = ANY($1::uuid[]) ORDER BY d.van`,
      [ids],
    );
    return medewerkers.map((r) => ({
      id: r.id,
      gebruikerId: r.gebruiker_id,
      naam: r.naam,
      team: r.team,
      versie: r.version,
      dienstverbanden: dvs.filter((d) => d.medewerker_id === r.id).map(toDienstverband),
    }));
  }
}
