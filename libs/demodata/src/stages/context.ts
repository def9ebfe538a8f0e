import { WerkdagKalender, dagenTussen, type Datum } from '@vt/werkdagen';
import { LANDELIJK_PER_JAAR, LOONKOSTEN, profielVoor, type RegioProfiel } from '../profiel.js';
import { Rng } from '../rng.js';
import { legeRijen, type Rijen } from '../tabellen.js';

export interface RegioInvoer {
  code: string;
  inwoners: number;
  seed: number;
  /** First and last day of the generated history (Dutch dates). */
  van: Datum;
  tot: Datum;
  /** The region's gemeenten with inhabitants: households get one, weighted by size (none when left out). */
  gemeenten?: readonly { code: string; naam: string; inwoners: number }[];
}

export const kalender = new WerkdagKalender();
export const FASE_GESLOTEN = 'AFGESLOTEN';

export interface Staflid {
  id: string;
  gebruiker: string;
  functie: keyof typeof LOONKOSTEN;
  fte: number;
  team: string;
  van: Datum;
  tot: Datum | null;
}

/** How far one melding got: later meldingen about the same casus are classified by it. */
export interface MeldingState {
  casusIndex: number;
  ontvangst: Datum;
  /** Last day of each involvement phase, or null when it is still running today. */
  beoordeeldOp: Datum | null;
  monitoringVanaf: Datum | null;
  eindOp: Datum | null;
}

export interface CasusState {
  id: string;
  personen: string[];
  meldingen: MeldingState[];
}

/**
 * What the stages share: the region's input and profile, one random stream (the stages draw from
 * it in a fixed order, which keeps the output deterministic for a seed), the staff, the casussen
 * so far, the counters of the summary and the rows of every table.
 */
export interface GeneratorContext {
  readonly invoer: RegioInvoer;
  readonly rng: Rng;
  readonly profiel: RegioProfiel;
  /** Days in the period, and the period in years. */
  readonly dagen: number;
  readonly jaren: number;
  readonly aantalMeldingen: number;
  readonly aantalAdviezen: number;
  readonly nieuwBsn: () => string;
  readonly rijen: Rijen;
  staf: Staflid[];
  /** FTE over the period (leavers count for their part of it). */
  fte: number;
  casussen: CasusState[];
  /** Counters for the summary, in the order they first occur. */
  tel: Record<string, number>;
}

export function maakContext(invoer: RegioInvoer): GeneratorContext {
  const rng = new Rng(invoer.seed);
  const profiel = profielVoor(rng);
  const dagen = dagenTussen(invoer.van, invoer.tot) + 1;
  const jaren = dagen / 365;
  const schaal = (invoer.inwoners / LANDELIJK_PER_JAAR.inwoners) * profiel.volumeFactor * jaren;
  return {
    invoer,
    rng,
    profiel,
    dagen,
    jaren,
    aantalMeldingen: Math.round(LANDELIJK_PER_JAAR.meldingen * schaal),
    aantalAdviezen: Math.round(LANDELIJK_PER_JAAR.adviezen * schaal),
    nieuwBsn: bsnGenerator(invoer.seed % 1_000_000),
    rijen: legeRijen(),
    staf: [],
    fte: 0,
    casussen: [],
    tel: {},
  };
}

export function tel(ctx: GeneratorContext, key: string): void {
  ctx.tel[key] = (ctx.tel[key] ?? 0) + 1;
}

/** A moment during office hours on a day. */
export function tijdstip(datum: Datum, rng: Rng): Date {
  return new Date(`${datum}T${String(rng.int(7, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+01:00`);
}

export function maatschappelijkWerkers(ctx: GeneratorContext): Staflid[] {
  return ctx.staf.filter((s) => s.functie === 'MW');
}

/** A decider and a different toetser (four-eyes rule). */
export function tweeMedewerkers(ctx: GeneratorContext, mw: readonly Staflid[]): [string, string] {
  const a = ctx.rng.pick(mw);
  let b = ctx.rng.pick(mw);
  for (let i = 0; i < 5 && b === a; i++) b = ctx.rng.pick(mw);
  return a === b ? [a.gebruiker, `${a.gebruiker}-collega`] : [a.gebruiker, b.gebruiker];
}

/** Valid (elfproef) BSNs, distinct within a region. */
function bsnGenerator(start: number) {
  let n = start;
  return () => {
    for (;;) {
      n += 1;
      const base = String(10_000_000 + (n % 89_999_999));
      const sum = [...base].reduce((t, d, i) => t + Number(d) * (9 - i), 0) % 11;
      if (sum < 10) return `${base}${sum}`;
    }
  };
}
