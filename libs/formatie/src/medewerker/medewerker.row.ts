import type { Database, Selectable } from '@vt/database';
import type { Dienstverband, Medewerker } from './medewerker.types.js';

/** The columns a medewerker is read with. */
export const MEDEWERKER_COLUMNS = ['id', 'gebruiker_id', 'naam', 'team', 'version'] as const;

export type MedewerkerRow = Pick<Selectable<Database['medewerker']>, (typeof MEDEWERKER_COLUMNS)[number]>;

/** The columns a dienstverband is read with (alias d). */
export const DIENSTVERBAND_COLUMNS = [
  'd.id',
  'd.medewerker_id',
  'd.functie',
  'd.fte',
  'd.opleidingsniveau',
  'd.categorie',
  'd.van',
  'd.tot',
  'd.version',
] as const;

export type DienstverbandRow = Pick<
  Selectable<Database['dienstverband']>,
  'id' | 'medewerker_id' | 'functie' | 'fte' | 'opleidingsniveau' | 'categorie' | 'van' | 'tot' | 'version'
>;

export function toDienstverband(row: DienstverbandRow): Dienstverband {
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

export function toMedewerker(row: MedewerkerRow, dienstverbanden: DienstverbandRow[]): Medewerker {
  return {
    id: row.id,
    gebruikerId: row.gebruiker_id,
    naam: row.naam,
    team: row.team,
    versie: row.version,
    dienstverbanden: dienstverbanden.filter((d) => d.medewerker_id === row.id).map(toDienstverband),
  };
}
