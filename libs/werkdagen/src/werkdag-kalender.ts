import { dagnummer, datumVanDag, type Datum } from './datum.js';
import { wettelijkeFeestdagen } from './feestdagen.js';

/** A tenant's change to the calendar: an extra day off, or a holiday the region works on. */
export interface KalenderAanpassing {
  datum: Datum;
  werkdag: boolean;
}

const DAG_MS = 86_400_000;

/** Monday to Friday: day 0 (1 January 1970) was a Thursday. */
function isWeekdag(dag: number): boolean {
  return (((dag + 3) % 7) + 7) % 7 < 5;
}

/** Weekdays among the days before day n (relative to a Monday, so any n counts the same way). */
function weekdagenVoor(n: number): number {
  const vanafMaandag = n + 3; // day -3 (29 December 1969) was a Monday
  const weken = Math.floor(vanafMaandag / 7);
  return weken * 5 + Math.min(vanafMaandag - weken * 7, 5);
}

/** The holidays of a year that fall on a weekday, as day numbers (cached: the calendar asks per item). */
const weekdagFeestdagen = new Map<number, Set<number>>();
function feestdagenOpWeekdag(jaar: number): Set<number> {
  let dagen = weekdagFeestdagen.get(jaar);
  if (!dagen) {
    dagen = new Set(
      wettelijkeFeestdagen(jaar)
        .map((f) => dagnummer(f.datum))
        .filter(isWeekdag),
    );
    weekdagFeestdagen.set(jaar, dagen);
  }
  return dagen;
}

function jaarVanDag(dag: number): number {
  return new Date(dag * DAG_MS).getUTCFullYear();
}

/**
 * Werkdagen: Monday to Friday minus the generally recognised holidays, with the tenant's own
 * adjustments on top. A term of N werkdagen starts the day after the event. Counted on day numbers
 * (weekdays by arithmetic, then the holidays and adjustments in the range): a werkvoorraad counts
 * the werkdagen to or since every listed deadline, and overdue work can be months old.
 */
export class WerkdagKalender {
  private readonly aanpassingen: Map<number, boolean>;

  constructor(aanpassingen: KalenderAanpassing[] = []) {
    this.aanpassingen = new Map(aanpassingen.map((a) => [dagnummer(a.datum), a.werkdag]));
  }

  isWerkdag(datum: Datum): boolean {
    return this.isWerkdagNummer(dagnummer(datum));
  }

  /** The N-th werkdag after datum (N ≥ 1): the deadline of a term of N werkdagen. */
  plusWerkdagen(datum: Datum, werkdagen: number): Datum {
    if (!Number.isInteger(werkdagen) || werkdagen < 1) throw new RangeError('werkdagen must be a positive integer');
    let dag = dagnummer(datum);
    let remaining = werkdagen;
    while (remaining > 0) {
      dag += 1;
      if (this.isWerkdagNummer(dag)) remaining -= 1;
    }
    return datumVanDag(dag);
  }

  /** Werkdagen after van up to and including tot (0 when tot ≤ van). */
  werkdagenTussen(van: Datum, tot: Datum): number {
    const vanDag = dagnummer(van);
    const totDag = dagnummer(tot);
    if (!(totDag > vanDag)) return 0;
    let count = weekdagenVoor(totDag + 1) - weekdagenVoor(vanDag + 1);
    for (let jaar = jaarVanDag(vanDag + 1); jaar <= jaarVanDag(totDag); jaar++) {
      for (const dag of feestdagenOpWeekdag(jaar)) if (dag > vanDag && dag <= totDag) count -= 1;
    }
    for (const [dag, werkdag] of this.aanpassingen) {
      if (dag > vanDag && dag <= totDag && werkdag !== this.standaardWerkdag(dag)) count += werkdag ? 1 : -1;
    }
    return count;
  }

  private isWerkdagNummer(dag: number): boolean {
    const aangepast = this.aanpassingen.get(dag);
    if (aangepast !== undefined) return aangepast;
    return this.standaardWerkdag(dag);
  }

  /** Without the tenant's adjustments. */
  private standaardWerkdag(dag: number): boolean {
    return isWeekdag(dag) && !feestdagenOpWeekdag(jaarVanDag(dag)).has(dag);
  }
}
