import type { Datum, WerkdagKalender } from '@vt/werkdagen';

/** A report is screened for acute danger the werkdag it arrives, or the next werkdag when it arrives on a day off. */
export function screeningsdatum(kalender: WerkdagKalender, ontvangstdatum: Datum): Datum {
  return kalender.isWerkdag(ontvangstdatum) ? ontvangstdatum : kalender.plusWerkdagen(ontvangstdatum, 1);
}
