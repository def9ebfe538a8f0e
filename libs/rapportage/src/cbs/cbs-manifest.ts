import { createHash } from 'node:crypto';
import type { CbsCelRow } from './cbs.sql.js';
import { CBS_TABELLEN, PER_GEMEENTE } from './cbs.tabellen.js';
import { leesCsv, type CbsLeveringRij } from './cbs-csv.js';

const lijst = (waarde: string) => (waarde === '' ? [] : waarde.split('|'));
const onderwerpVan = (rij: CbsLeveringRij) => (rij.soort === 'ADVIES' ? 'ADVIEZEN' : 'MELDINGEN');

/**
 * The cells of every table recomputed from the delivery file's rows alone, by the rules of
 * cbs.tabellen.ts: what CBS would count from the file. Same shape and order as the tables.
 */
export function cellenUitLevering(rijen: readonly CbsLeveringRij[]): CbsCelRow[] {
  const tellers = new Map<string, CbsCelRow>();
  const tel = (tabel: string, onderwerp: string, categorie: string, gemeente: string) => {
    for (const g of PER_GEMEENTE.includes(tabel) ? [null, gemeente] : [null]) {
      const sleutel = [tabel, onderwerp, categorie, g ?? ''].join('\u0000');
      const cel = tellers.get(sleutel) ?? { tabel, onderwerp, categorie, gemeente: g, aantal: 0 };
      cel.aantal += 1;
      tellers.set(sleutel, cel);
    }
  };
  for (const r of rijen) {
    const g = r.gemeente;
    tel('84847', onderwerpVan(r), 'TOTAAL', g);
    tel('84848', onderwerpVan(r), r.organisatie, g);
    tel('84848', `${onderwerpVan(r)}_NAAR_HOEDANIGHEID`, r.hoedanigheid, g);
    for (const aard of lijst(r.aard_geweld)) tel('84850', onderwerpVan(r), aard, g);
    if (r.soort !== 'MELDING') continue;
    tel('84849', 'MELDINGEN', r.duur_geweld, g);
    for (const k of lijst(r.aanvullende_informatie)) tel('84851', 'MELDINGEN', k, g);
    tel('84852', 'VERVOLG', r.beoordeling, g);
    tel('84852', 'VEILIGHEIDSTAXATIE', r.veiligheidstaxatie, g);
    if (r.onderzoek) tel('84853', 'ONDERZOEKEN', r.onderzoek, g);
    for (const u of lijst(r.onderzoek_uitkomsten)) {
      const [aard, uitkomst] = u.split('=') as [string, string];
      tel('84853', aard, uitkomst, g);
    }
    if (r.overdracht_moment) tel('84854', 'OVERDRACHTEN', r.overdracht_moment, g);
    if (r.overdracht_wijze) tel('84854', 'WIJZE', r.overdracht_wijze, g);
    if (r.type_hulp) tel('84855', 'OVERDRACHTEN', r.type_hulp, g);
    tel('85361', 'MELDINGEN', r.eerdere_betrokkenheid, g);
  }
  return [...tellers.values()];
}

export interface LeveringControle {
  /** The file's totals equal the tables, cell by cell. */
  gelijk: boolean;
  /** Each cell that differs: `tabel onderwerp categorie [gemeente]: file N, table M`. */
  verschillen: string[];
}

const celSleutel = (c: CbsCelRow) => `${c.tabel} ${c.onderwerp} ${c.categorie}${c.gemeente ? ` ${c.gemeente}` : ''}`;

/** Checks that the delivery file (its CSV text, parsed back) adds up to the tables, cell by cell. */
export function controleerLevering(csv: string, tabellen: readonly CbsCelRow[]): LeveringControle {
  return controleerRijen(leesCsv(csv), tabellen);
}

/** controleerLevering on the file's rows already parsed back. */
function controleerRijen(rijen: readonly CbsLeveringRij[], tabellen: readonly CbsCelRow[]): LeveringControle {
  const uitBestand = new Map(cellenUitLevering(rijen).map((c) => [celSleutel(c), c.aantal]));
  const uitTabellen = new Map(tabellen.map((c) => [celSleutel(c), c.aantal]));
  const verschillen: string[] = [];
  for (const sleutel of [...new Set([...uitBestand.keys(), ...uitTabellen.keys()])].sort()) {
    const a = uitBestand.get(sleutel) ?? 0;
    const b = uitTabellen.get(sleutel) ?? 0;
    if (a !== b) verschillen.push(`${sleutel}: file ${a}, table ${b}`);
  }
  return { gelijk: verschillen.length === 0, verschillen };
}

export interface CbsManifest {
  halfjaar: string;
  regio: string;
  voorlopig: boolean;
  bestand: string;
  sha256: string;
  rijen: { totaal: number; adviezen: number; meldingen: number };
  /** Per table: the region-wide count per onderwerp (the sum of its categories). */
  tabellen: { code: string; titel: string; totalen: Record<string, number> }[];
  controle: LeveringControle;
}

/** File name of a delivery, e.g. `cbs-beleidsinformatie-VT03-2019-H1.csv`. */
export const leveringBestand = (regio: string, halfjaar: string) => `cbs-beleidsinformatie-${regio}-${halfjaar}.csv`;

/** The manifest of a delivery: counts per table and the result of the check; no date of making, so it too is byte-identical for the same data. */
export function maakManifest(
  regio: string,
  halfjaar: { code: string; voorlopig: boolean },
  csv: string,
  tabellen: readonly CbsCelRow[],
): CbsManifest {
  const rijen = leesCsv(csv);
  return {
    halfjaar: halfjaar.code,
    regio,
    voorlopig: halfjaar.voorlopig,
    bestand: leveringBestand(regio, halfjaar.code),
    sha256: createHash('sha256').update(csv, 'utf8').digest('hex'),
    rijen: {
      totaal: rijen.length,
      adviezen: rijen.filter((r) => r.soort === 'ADVIES').length,
      meldingen: rijen.filter((r) => r.soort === 'MELDING').length,
    },
    tabellen: CBS_TABELLEN.map((t) => {
      const totalen: Record<string, number> = {};
      for (const c of tabellen)
        if (c.tabel === t.code && c.gemeente === null) totalen[c.onderwerp] = (totalen[c.onderwerp] ?? 0) + c.aantal;
      return { code: t.code, titel: t.titel, totalen };
    }),
    // The rows parsed back once, above, for the counts and the check.
    controle: controleerRijen(rijen, tabellen),
  };
}
