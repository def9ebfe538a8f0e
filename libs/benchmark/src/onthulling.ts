import { KENGETALLEN, type Grootheid, type KengetalDefinitie } from './kengetallen.js';
import { parsePeriode } from './periode.js';

/** Disclosure control parameters (configuration: BENCHMARK_MIN_AANTAL, BENCHMARK_AFRONDING). */
export interface Onthullingsregels {
  /** Counts below this are suppressed (CBS: 10). */
  minAantal: number;
  /** Published counts are rounded to a multiple of this (CBS: 5). */
  afronding: number;
}

/** Exact numerator and denominator of one organisation, period and kengetal, as stored. */
export interface Invoer {
  id: string;
  periode: string;
  kengetal: string;
  teller: number | null;
  noemer: number | null;
}

export interface Cel {
  id: string;
  teller: number | null;
  noemer: number | null;
  /** Suppressed by a rule that looks beyond this cell (nested periods, shared building blocks); see onderdrukteCellen. */
  onderdrukt?: boolean;
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

const isAantal = (g: Grootheid | null): g is Grootheid => g?.soort === 'AANTAL';
const sleutelVan = (g: Grootheid) => [...new Set(g.bouwstenen)].sort().join('+');

/** The periods that contain a period (itself, its half year, its year): a published figure there includes it. */
function omvattendePeriodes(code: string): string[] {
  const p = parsePeriode(code);
  if (p.soort === 'JAAR') return [p.code];
  if (p.soort === 'HALFJAAR') return [p.code, String(p.jaar)];
  const kwartaal = Number(p.code.slice(6));
  return [p.code, `${p.jaar}-H${kwartaal <= 2 ? 1 : 2}`, String(p.jaar)];
}

/** The periods whose figures are part of a period (its half years and quarters): load them with it. */
export function deelperiodes(code: string): string[] {
  const p = parsePeriode(code);
  if (p.soort === 'KWARTAAL') return [];
  if (p.soort === 'HALFJAAR') return p.code.endsWith('H1') ? [`${p.jaar}-Q1`, `${p.jaar}-Q2`] : [`${p.jaar}-Q3`, `${p.jaar}-Q4`];
  return [`${p.jaar}-H1`, `${p.jaar}-H2`, `${p.jaar}-Q1`, `${p.jaar}-Q2`, `${p.jaar}-Q3`, `${p.jaar}-Q4`];
}

/** True when every building block of `deel` is also in `geheel`: a published `geheel` includes `deel`. */
function isDeelVan(deel: Grootheid, geheel: Grootheid): boolean {
  return deel.bouwstenen.every((b) => geheel.bouwstenen.includes(b));
}

/**
 * The kengetallen whose counts can decide the suppression of the given ones (rule 2b): load their
 * figures too, whichever kengetallen were asked for.
 */
export function benodigdeKengetallen(gevraagd: readonly KengetalDefinitie[]): KengetalDefinitie[] {
  const tellingen = gevraagd.flatMap((k) => [k.teller, k.noemer].filter(isAantal));
  return KENGETALLEN.filter(
    (k) => gevraagd.includes(k) || [k.teller, k.noemer].filter(isAantal).some((g) => tellingen.some((t) => isDeelVan(g, t))),
  );
}

export const celSleutel = (id: string, periode: string, kengetal: string) => `${id}|${periode}|${kengetal}`;

/**
 * Rules 1 and 2 over everything loaded: a count is suppressed when it is below minAantal
 * (primary), or when it includes such a count of the same organisation: a shorter period within
 * it (a year includes its half years and quarters, a half year its quarters) or a count of fewer
 * building blocks (adviezen + meldingen includes meldingen). So no published figure minus other
 * published figures gives a suppressed count. Returns the keys (celSleutel) of suppressed cells.
 */
export function onderdrukteCellen(invoer: readonly Invoer[], regels: Onthullingsregels): Set<string> {
  const definities = new Map(KENGETALLEN.map((k) => [k.code, k]));
  // Primary suppressions, registered under every period that contains them: organisation|period|blocks.
  const verborgen = new Set<string>();
  const primair: { grootheid: Grootheid; sleutel: string }[] = [];
  for (const r of invoer) {
    const k = definities.get(r.kengetal);
    if (!k) continue;
    for (const deel of ['teller', 'noemer'] as const) {
      const g = k[deel];
      const v = r[deel];
      if (!isAantal(g) || v === null || v >= regels.minAantal) continue;
      const sleutel = sleutelVan(g);
      if (!primair.some((p) => p.sleutel === sleutel)) primair.push({ grootheid: g, sleutel });
      for (const periode of omvattendePeriodes(r.periode)) verborgen.add(`${r.id}|${periode}|${sleutel}`);
    }
  }
  const result = new Set<string>();
  for (const r of invoer) {
    const k = definities.get(r.kengetal);
    if (!k) continue;
    const tellingen = (['teller', 'noemer'] as const).filter((deel) => isAantal(k[deel]) && r[deel] !== null).map((deel) => k[deel]!);
    const geraakt = tellingen.some((g) =>
      primair.some((p) => isDeelVan(p.grootheid, g) && verborgen.has(`${r.id}|${r.periode}|${p.sleutel}`)),
    );
    if (geraakt) result.add(celSleutel(r.id, r.periode, r.kengetal));
  }
  return result;
}

/**
 * Publishes one kengetal of one period across the visible organisations (rules 1, 3 to 6 of the
 * README): a cell with a count below minAantal, or marked suppressed by onderdrukteCellen, is
 * published as null; counts are rounded to `afronding`, measures are exact; the value is computed
 * from those published parts only; the national figure sums the published cells only, so it
 * tells nothing that the cells do not.
 */
export function pasOnthullingToe(
  k: KengetalDefinitie,
  cellen: Cel[],
  regels: Onthullingsregels,
): { cellen: GepubliceerdeCel[]; landelijk: GepubliceerdeCel } {
  const rond = (deel: 'teller' | 'noemer', v: number | null) => (v === null ? null : isAantal(k[deel]) ? afgerond(v, regels) : v);
  const klein = (cel: Cel) =>
    (['teller', 'noemer'] as const).some((deel) => isAantal(k[deel]) && cel[deel] !== null && cel[deel]! < regels.minAantal);
  const waardeVan = (teller: number | null, noemer: number | null) =>
    teller === null ? null : k.noemer === null ? teller * k.factor : noemer ? (teller / noemer) * k.factor : null;
  const verborgen = (id: string): GepubliceerdeCel => ({ id, teller: null, noemer: null, waarde: null, onderdrukt: true });
  const gepubliceerd = cellen.map((cel): GepubliceerdeCel => {
    if (cel.onderdrukt || klein(cel)) return verborgen(cel.id);
    const teller = rond('teller', cel.teller);
    const noemer = rond('noemer', cel.noemer);
    return { id: cel.id, teller, noemer, waarde: waardeVan(teller, noemer), onderdrukt: false };
  });
  const zichtbaar = gepubliceerd.filter((c) => !c.onderdrukt);
  if (zichtbaar.length === 0) return { cellen: gepubliceerd, landelijk: verborgen('NL') };
  const som = (deel: 'teller' | 'noemer') =>
    zichtbaar.some((c) => c[deel] !== null) ? zichtbaar.reduce((t, c) => t + (c[deel] ?? 0), 0) : null;
  const teller = som('teller');
  const noemer = k.noemer ? som('noemer') : null;
  return { cellen: gepubliceerd, landelijk: { id: 'NL', teller, noemer, waarde: waardeVan(teller, noemer), onderdrukt: false } };
}
