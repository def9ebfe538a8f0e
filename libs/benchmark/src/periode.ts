import { validatie } from '@vt/platform';
import { dagenTussen, type Datum } from '@vt/werkdagen';

export interface Periode {
  code: string;
  soort: 'JAAR' | 'HALFJAAR' | 'KWARTAAL';
  jaar: number;
  van: Datum;
  tot: Datum;
  dagen: number;
}

const PATROON = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;

function eindeMaand(jaar: number, maand: number): Datum {
  return new Date(Date.UTC(jaar, maand, 0)).toISOString().slice(0, 10);
}

/** Parses "2025", "2025-H1" or "2025-Q2"; anything else is VALIDATIE naming the field. */
export function parsePeriode(code: string, field = 'periode'): Periode {
  const match = PATROON.exec(code.trim());
  const jaar = match ? Number(match[1]) : NaN;
  if (!match || jaar < 2000 || jaar > 2100) throw validatie(field, 'must be a year (2025), half year (2025-H1) or quarter (2025-Q2)');
  const deel = match[2];
  const [startMaand, eindMaand] = !deel
    ? [1, 12]
    : deel.startsWith('H')
      ? deel === 'H1'
        ? [1, 6]
        : [7, 12]
      : [(Number(deel[1]) - 1) * 3 + 1, Number(deel[1]) * 3];
  const van = `${jaar}-${String(startMaand).padStart(2, '0')}-01`;
  const tot = eindeMaand(jaar, eindMaand);
  return {
    code: match[0],
    soort: !deel ? 'JAAR' : deel.startsWith('H') ? 'HALFJAAR' : 'KWARTAAL',
    jaar,
    van,
    tot,
    dagen: dagenTussen(van, tot) + 1,
  };
}

/** Consecutive periods of the same kind from van to tot (inclusive), for trends; at most 40. */
export function periodesTussen(van: string, tot: string): Periode[] {
  const start = parsePeriode(van, 'van');
  const eind = parsePeriode(tot, 'tot');
  if (start.soort !== eind.soort) throw validatie('tot', 'must be the same kind of period as van');
  if (eind.van < start.van) throw validatie('tot', 'must not lie before van');
  const result: Periode[] = [];
  for (let p = start; p.van <= eind.van; p = volgende(p)) {
    result.push(p);
    if (result.length > 40) throw validatie('tot', 'a trend covers at most 40 periods');
  }
  return result;
}

function volgende(p: Periode): Periode {
  if (p.soort === 'JAAR') return parsePeriode(String(p.jaar + 1));
  const deel = p.code.slice(5);
  if (p.soort === 'HALFJAAR') return parsePeriode(deel === 'H1' ? `${p.jaar}-H2` : `${p.jaar + 1}-H1`);
  const q = Number(deel[1]);
  return parsePeriode(q === 4 ? `${p.jaar + 1}-Q1` : `${p.jaar}-Q${q + 1}`);
}
