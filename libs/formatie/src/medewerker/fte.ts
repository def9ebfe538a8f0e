import { dagenTussen, type Datum } from '@vt/werkdagen';

export interface Periode {
  fte: number;
  van: Datum;
  tot: Datum | null;
}

/**
 * FTE over a period, weighted by the calendar days each dienstverband falls inside it (both ends
 * inclusive): half a year at 0.8 FTE counts about 0.4 for the year; leap years have 366 days.
 */
export function fteInPeriode(dienstverbanden: readonly Periode[], van: Datum, tot: Datum): number {
  const dagen = dagenTussen(van, tot) + 1;
  if (dagen <= 0) return 0;
  let total = 0;
  for (const d of dienstverbanden) {
    const start = d.van > van ? d.van : van;
    const eind = d.tot === null || d.tot > tot ? tot : d.tot;
    if (eind < start) continue;
    total += d.fte * ((dagenTussen(start, eind) + 1) / dagen);
  }
  return total;
}
