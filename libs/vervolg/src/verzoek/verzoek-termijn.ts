import { plusDagen, plusMaanden, type Datum, type WerkdagKalender } from '@vt/werkdagen';

/** AVG art. 12(3): a decision within one month of receipt, extendable once by at most two months. */
export const TERMIJN_MAANDEN = 1;
export const MAX_VERLENGING_MAANDEN = 2;

/** A term in months after receipt; one that falls on a day off moves to the next werkdag (Algemene termijnenwet). */
export function verzoekTermijn(kalender: WerkdagKalender, ontvangenOp: Datum, maanden: number): Datum {
  let dag = plusMaanden(ontvangenOp, maanden);
  while (!kalender.isWerkdag(dag)) dag = plusDagen(dag, 1);
  return dag;
}
