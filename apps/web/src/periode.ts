/** Periods as the benchmark service names them: 2025, 2025-H1, 2025-Q2. */
export const PERIODE_PATROON = /^[0-9]{4}(-H[12]|-Q[1-4])?$/;

/** The period `stappen` steps before this one, of the same kind. */
export function eerder(periode: string, stappen: number): string {
  const jaar = Number(periode.slice(0, 4));
  const deel = /-(H|Q)([1-4])$/.exec(periode);
  if (!deel) return String(jaar - stappen);
  const perJaar = deel[1] === 'H' ? 2 : 4;
  const index = jaar * perJaar + Number(deel[2]) - 1 - stappen;
  return `${Math.floor(index / perJaar)}-${deel[1]}${(index % perJaar) + 1}`;
}

/** The start of a trend ending at `periode`: five years, six half years or eight quarters. */
export function trendBegin(periode: string): string {
  if (periode.includes('-Q')) return eerder(periode, 7);
  if (periode.includes('-H')) return eerder(periode, 5);
  return eerder(periode, 4);
}

/** The quarter before the current one (the latest complete quarter), e.g. 2026-Q3 in November 2026. */
export function vorigKwartaal(nu = new Date()): string {
  return eerder(`${nu.getFullYear()}-Q${Math.floor(nu.getMonth() / 3) + 1}`, 1);
}

/** The half year before the current one. */
export function vorigHalfjaar(nu = new Date()): string {
  return eerder(`${nu.getFullYear()}-H${nu.getMonth() < 6 ? 1 : 2}`, 1);
}

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A figure for people: Dutch notation; a suppressed cell says so and is never shown as 0. */
export function toon(waarde: number | null | undefined, onderdrukt = false): string {
  if (onderdrukt) return 'onderdrukt';
  if (waarde === null || waarde === undefined) return '–';
  return getal.format(waarde);
}
