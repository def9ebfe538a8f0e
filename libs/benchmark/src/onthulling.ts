import type { KengetalDefinitie } from './kengetallen.js';

/** Disclosure control parameters (configuration: BENCHMARK_MIN_AANTAL, BENCHMARK_AFRONDING). */
export interface Onthullingsregels {
  /** Counts below this are suppressed (CBS: 10). */
  minAantal: number;
  /** Published counts are rounded to a multiple of this (CBS: 5). */
  afronding: number;
}

export interface Cel {
  id: string;
  teller: number | null;
  noemer: number | null;
}

export interface GepubliceerdeCel {
  id: string;
  teller: number | null;
  noemer: number | null;
  waarde: number | null;
  onderdrukt: boolean;
}

function afgerond(value: number, regels: Onthullingsregels): number {
  return Math.round(value / regels.afronding) * regels.afronding;
}

/**
 * Applies disclosure control to one kengetal across the visible organisations:
 * 1. primary: a count (teller or noemer of kind AANTAL) below minAantal is suppressed;
 * 2. complementary: when exactly one cell of a count is suppressed, the smallest other cell of
 *    that count is suppressed too, so the national total cannot reveal it;
 * 3. a ratio whose numerator or denominator is suppressed is suppressed;
 * 4. published counts are rounded to `afronding`; values are computed from the exact numbers.
 * The national figure (sum of numerators / sum of denominators) is itself a cell under rule 1.
 */
export function pasOnthullingToe(k: KengetalDefinitie, cellen: Cel[], regels: Onthullingsregels): { cellen: GepubliceerdeCel[]; landelijk: GepubliceerdeCel } {
  const onderdrukt = new Set<string>();
  for (const deel of ['teller', 'noemer'] as const) {
    const grootheid = k[deel];
    if (!grootheid || grootheid.soort !== 'AANTAL') continue;
    const primair = cellen.filter((c) => c[deel] !== null && c[deel]! < regels.minAantal);
    primair.forEach((c) => onderdrukt.add(c.id));
    if (primair.length === 1) {
      const aanvullend = cellen
        .filter((c) => !onderdrukt.has(c.id) && c[deel] !== null)
        .sort((a, b) => a[deel]! - b[deel]! || a.id.localeCompare(b.id))[0];
      if (aanvullend) onderdrukt.add(aanvullend.id);
    }
  }
  const publiceer = (cel: Cel, verborgen: boolean): GepubliceerdeCel => {
    const waarde = cel.teller === null ? null : k.noemer === null ? cel.teller : cel.noemer ? (cel.teller / cel.noemer) * k.factor : null;
    const rond = (deel: 'teller' | 'noemer', v: number | null) => (v === null ? null : k[deel]?.soort === 'AANTAL' ? afgerond(v, regels) : v);
    return verborgen
      ? { id: cel.id, teller: null, noemer: null, waarde: null, onderdrukt: true }
      : { id: cel.id, teller: rond('teller', cel.teller), noemer: rond('noemer', cel.noemer), waarde, onderdrukt: false };
  };
  const som = (deel: 'teller' | 'noemer') => (cellen.some((c) => c[deel] !== null) ? cellen.reduce((t, c) => t + (c[deel] ?? 0), 0) : null);
  const landelijk: Cel = { id: 'NL', teller: som('teller'), noemer: k.noemer ? som('noemer') : null };
  const landelijkVerborgen = (['teller', 'noemer'] as const).some((deel) => k[deel]?.soort === 'AANTAL' && landelijk[deel] !== null && landelijk[deel]! < regels.minAantal);
  return { cellen: cellen.map((c) => publiceer(c, onderdrukt.has(c.id))), landelijk: publiceer(landelijk, landelijkVerborgen || cellen.length === 0) };
}
