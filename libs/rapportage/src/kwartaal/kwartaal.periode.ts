import { validatie } from '@vt/platform';
import { datumInNederland, type Datum } from '@vt/werkdagen';

/** The kind of reporting period. */
export type PeriodeSoort = 'MAAND' | 'KWARTAAL' | 'JAAR';

/** A parsed reporting period: whole calendar months of one year. */
export interface Periode {
  /** As asked: "2026-03", "2026-Q1" or "2026". */
  code: string;
  soort: PeriodeSoort;
  jaar: number;
  /** The months of the period, 1 to 12, ascending. */
  maanden: number[];
  van: Datum;
  tot: Datum;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of a month. */
export const maandBegin = (jaar: number, maand: number): Datum => `${jaar}-${pad(maand)}-01`;

/** Last day of a month. */
export function maandEinde(jaar: number, maand: number): Datum {
  return `${jaar}-${pad(maand)}-${pad(new Date(Date.UTC(jaar, maand, 0)).getUTCDate())}`;
}

/** The period's code for another year (the same months), e.g. for the comparison with earlier years. */
export function zelfdePeriode(periode: Periode, jaar: number): Periode {
  const code = periode.soort === 'JAAR' ? String(jaar) : `${jaar}${periode.code.slice(4)}`;
  return { ...periode, code, jaar, van: maandBegin(jaar, periode.maanden[0]!), tot: maandEinde(jaar, periode.maanden.at(-1)!) };
}

/**
 * Parses "YYYY-MM", "YYYY-Qn" or "YYYY" (VALIDATIE on field `periode` otherwise) and refuses a
 * period that starts after today (Dutch calendar date) or before 2000.
 */
export function parsePeriode(code: string, nu: Date = new Date()): Periode {
  const tekst = (code ?? '').trim();
  let jaar: number;
  let maanden: number[];
  let soort: PeriodeSoort;
  let m: RegExpMatchArray | null;
  if ((m = /^(\d{4})$/.exec(tekst))) {
    jaar = Number(m[1]);
    soort = 'JAAR';
    maanden = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(tekst))) {
    jaar = Number(m[1]);
    soort = 'KWARTAAL';
    const q = Number(m[2]);
    maanden = [3 * q - 2, 3 * q - 1, 3 * q];
  } else if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(tekst))) {
    jaar = Number(m[1]);
    soort = 'MAAND';
    maanden = [Number(m[2])];
  } else {
    throw validatie('periode', 'must be a month (2026-03), a quarter (2026-Q1) or a year (2026)');
  }
  if (jaar < 2000) throw validatie('periode', 'must not lie before 2000');
  const periode: Periode = {
    code: tekst,
    soort,
    jaar,
    maanden,
    van: maandBegin(jaar, maanden[0]!),
    tot: maandEinde(jaar, maanden.at(-1)!),
  };
  if (periode.van > datumInNederland(nu)) throw validatie('periode', 'must not lie in the future');
  return periode;
}

/** A period is voorlopig (provisional) while it is not over: it contains today or ends later. */
export function isVoorlopig(periode: Periode, nu: Date = new Date()): boolean {
  return periode.tot >= datumInNederland(nu);
}
