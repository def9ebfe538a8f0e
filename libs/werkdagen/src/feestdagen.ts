import Holidays from 'date-holidays';
import type { Datum } from './datum.js';

export interface Feestdag {
  datum: Datum;
  naam: string;
}

// The days the Algemene termijnenwet recognises, by date-holidays' rule for NL, with the brief's names.
const ALGEMENE_TERMIJNENWET: Record<string, string> = {
  '01-01': 'Nieuwjaarsdag',
  'easter -2': 'Goede Vrijdag',
  'easter 1': 'Tweede Paasdag',
  '05-05': 'Bevrijdingsdag (5 mei)',
  'easter 39': 'Hemelvaartsdag',
  'easter 50': 'Tweede Pinksterdag',
  '12-25': 'Eerste Kerstdag',
  '12-26': 'Tweede Kerstdag',
};

const holidays = new Holidays('NL');
const cache = new Map<number, Feestdag[]>();

/** The generally recognised holidays of a year (Algemene termijnenwet), before tenant adjustments. */
export function wettelijkeFeestdagen(jaar: number): Feestdag[] {
  const cached = cache.get(jaar);
  if (cached) return cached;
  const result: Feestdag[] = [];
  for (const holiday of holidays.getHolidays(jaar)) {
    const rule = holiday.rule;
    const naam = rule.startsWith('04-27') ? 'Koningsdag' : ALGEMENE_TERMIJNENWET[rule];
    if (naam) result.push({ datum: holiday.date.slice(0, 10), naam });
  }
  result.sort((a, b) => a.datum.localeCompare(b.datum));
  cache.set(jaar, result);
  return result;
}
