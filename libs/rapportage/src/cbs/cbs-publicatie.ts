/**
 * CBS's small-cell rule for anything shown outside the region: counts are rounded to a multiple of
 * 5 and a cell of 1 to 4 is suppressed (returned as null, shown as "."), so no small group of
 * families can be recognised. Zero stays zero (no family behind it). The region itself sees exact counts.
 */
export function publicatieAantal(aantal: number): number | null {
  if (!Number.isInteger(aantal) || aantal < 0) throw new Error('a count is a non-negative integer');
  if (aantal === 0) return 0;
  if (aantal < ONDERDRUKKEN_ONDER) return null;
  return Math.round(aantal / AFRONDEN_OP) * AFRONDEN_OP;
}

/** Cells below this count are suppressed. */
export const ONDERDRUKKEN_ONDER = 5;
/** Published counts are multiples of this. */
export const AFRONDEN_OP = 5;
