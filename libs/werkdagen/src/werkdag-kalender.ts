import { plusDagen, weekdag, type Datum } from './datum.js';
import { wettelijkeFeestdagen } from './feestdagen.js';

/** A tenant's change to the calendar: an extra day off, or a holiday the region works on. */
export interface KalenderAanpassing {
  datum: Datum;
  werkdag: boolean;
}

/**
 * Werkdagen: Monday to Friday minus the generally recognised holidays, with the tenant's own
 * adjustments on top. A term of N werkdagen starts the day after the event.
 */
export class WerkdagKalender {
  private readonly aanpassingen: Map<Datum, boolean>;

  constructor(aanpassingen: KalenderAanpassing[] = []) {
    this.aanpassingen = new Map(aanpassingen.map((a) => [a.datum, a.werkdag]));
  }

  isWerkdag(datum: Datum): boolean {
    const aangepast = this.aanpassingen.get(datum);
    if (aangepast !== undefined) return aangepast;
    if (weekdag(datum) > 5) return false;
    return !wettelijkeFeestdagen(Number(datum.slice(0, 4))).some((f) => f.datum === datum);
  }

  /** The N-th werkdag after datum (N ≥ 1): the deadline of a term of N werkdagen. */
  plusWerkdagen(datum: Datum, werkdagen: number): Datum {
    if (!Number.isInteger(werkdagen) || werkdagen < 1) throw new RangeError('werkdagen must be a positive integer');
    let current = datum;
    let remaining = werkdagen;
    while (remaining > 0) {
      current = plusDagen(current, 1);
      if (this.isWerkdag(current)) remaining -= 1;
    }
    return current;
  }

  /** Werkdagen after van up to and including tot (0 when tot ≤ van). */
  werkdagenTussen(van: Datum, tot: Datum): number {
    let count = 0;
    for (let current = plusDagen(van, 1); current <= tot; current = plusDagen(current, 1)) if (this.isWerkdag(current)) count += 1;
    return count;
  }
}
