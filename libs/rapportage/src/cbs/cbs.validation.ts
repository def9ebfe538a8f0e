import { validatie } from '@vt/platform';
import { datumInNederland, type Datum } from '@vt/werkdagen';

/** A CBS delivery period: the first (H1, January-June) or second (H2, July-December) half of a year. */
export interface Halfjaar {
  /** As given, e.g. `2026-H1`. */
  code: string;
  /** First day (inclusive). */
  van: Datum;
  /** Last day (inclusive). */
  tot: Datum;
  /** The half year has not ended yet (today in the Netherlands lies on or before its last day): the figures can still change. */
  voorlopig: boolean;
}

const HALFJAAR = /^(\d{4})-H([12])$/;
/** Veilig Thuis and its CBS beleidsinformatie start in 2015. */
const EERSTE_JAAR = 2015;

/**
 * Parses `YYYY-H1` / `YYYY-H2`. VALIDATIE (field `halfjaar`) for a malformed value, a year before
 * 2015, or a half year that has not started yet (a future half year has no figures).
 */
export function parseHalfjaar(waarde: string, nu: Date = new Date()): Halfjaar {
  const match = HALFJAAR.exec(waarde);
  if (!match) throw validatie('halfjaar', 'must look like 2026-H1 (year, -H, 1 or 2)');
  const jaar = Number(match[1]);
  if (jaar < EERSTE_JAAR) throw validatie('halfjaar', `must not lie before ${EERSTE_JAAR}`);
  const eerste = match[2] === '1';
  const van = `${jaar}-${eerste ? '01-01' : '07-01'}`;
  const tot = `${jaar}-${eerste ? '06-30' : '12-31'}`;
  const vandaag = datumInNederland(nu);
  if (van > vandaag) throw validatie('halfjaar', 'lies in the future: the half year has not started yet');
  return { code: waarde, van, tot, voorlopig: tot >= vandaag };
}
