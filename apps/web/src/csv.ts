import type { BenchmarkQuery } from './gql/benchmark/graphql';

export type Vergelijking = BenchmarkQuery['benchmark']['kengetallen'][number];

function veld(waarde: string | number | boolean | null): string {
  const tekst = waarde === null ? '' : String(waarde);
  return /[",\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/**
 * The CSV of one kengetal exactly as the API returned it: one row per region and a row for the
 * national figure (regioCode NL). Numbers as the API gave them (no rounding, decimal point);
 * a suppressed cell has empty teller, noemer and waarde and onderdrukt=true, never 0.
 */
export function benchmarkCsv(periode: string, v: Vergelijking): string {
  const kop = ['kengetal', 'periode', 'regioCode', 'regioNaam', 'teller', 'noemer', 'waarde', 'onderdrukt', 'eigenRegio'];
  const rijen = v.regios.map((r) => [
    v.kengetal.code,
    periode,
    r.regioCode,
    r.regioNaam,
    r.teller,
    r.noemer,
    r.waarde,
    r.onderdrukt,
    r.eigenRegio,
  ]);
  const l = v.landelijk;
  rijen.push([v.kengetal.code, periode, 'NL', 'Landelijk', l.teller, l.noemer, l.waarde, l.onderdrukt, false]);
  return [kop, ...rijen].map((rij) => rij.map(veld).join(',')).join('\r\n') + '\r\n';
}
