import { check, isUuid, validatie } from '@vt/platform';
import type { Functie } from '../catalogus.js';
import type { DienstMedewerkerInput, RoosterGat, RoosterGatSoort } from './bereikbaarheid.types.js';

export const MAX_DIENST_MS = 7 * 24 * 3600_000;
export const MAX_MEDEWERKERS_PER_DIENST = 10;
/** The longest window a rooster read covers (a quarter with room to spare). */
export const MAX_ROOSTER_DAGEN = 93;

/** A shift's period: begin before eind, at most 7 days, within sane years. */
export function valideerPeriode(begin: Date, eind: Date): void {
  if (begin.getUTCFullYear() < 2000 || begin.getUTCFullYear() > 2100) throw validatie('begin', 'must lie between 2000 and 2100');
  if (eind.getTime() <= begin.getTime()) throw validatie('eind', 'must lie after begin');
  if (eind.getTime() - begin.getTime() > MAX_DIENST_MS) throw validatie('eind', 'a shift lasts at most 7 days');
}

/** The medewerkers of a shift: 1 to 10 valid ids, nobody twice. */
export function valideerMedewerkers(medewerkers: DienstMedewerkerInput[]): DienstMedewerkerInput[] {
  check.nietLeeg('medewerkers', medewerkers, MAX_MEDEWERKERS_PER_DIENST);
  const gezien = new Set<string>();
  medewerkers.forEach((mw, i) => {
    if (!isUuid(mw.medewerkerId)) throw validatie(`medewerkers[${i}].medewerkerId`, 'is not a medewerker of your region');
    if (gezien.has(mw.medewerkerId)) throw validatie(`medewerkers[${i}].medewerkerId`, 'names the same medewerker twice');
    gezien.add(mw.medewerkerId);
  });
  return medewerkers;
}

/** The window of a rooster read: van before tot, at most MAX_ROOSTER_DAGEN days. */
export function valideerVenster(van: Date, tot: Date): void {
  if (tot.getTime() <= van.getTime()) throw validatie('tot', 'must lie after van');
  if (tot.getTime() - van.getTime() > MAX_ROOSTER_DAGEN * 24 * 3600_000)
    throw validatie('tot', `must lie at most ${MAX_ROOSTER_DAGEN} days after van`);
}

interface Periode {
  begin: Date;
  eind: Date;
}

/** The parts of [van, tot) that no period covers, in order. */
export function onbedekt(van: Date, tot: Date, perioden: Periode[]): { van: Date; tot: Date }[] {
  const gesorteerd = [...perioden].sort((a, b) => a.begin.getTime() - b.begin.getTime());
  const gaten: { van: Date; tot: Date }[] = [];
  let cursor = van.getTime();
  for (const p of gesorteerd) {
    if (p.eind.getTime() <= cursor) continue;
    if (p.begin.getTime() >= tot.getTime()) break;
    if (p.begin.getTime() > cursor) gaten.push({ van: new Date(cursor), tot: p.begin });
    cursor = Math.max(cursor, p.eind.getTime());
  }
  if (cursor < tot.getTime()) gaten.push({ van: new Date(cursor), tot });
  return gaten;
}

/**
 * The gaps of a 24/7 rooster in [van, tot): periods without a medewerker taking calls (anyone on
 * call other than the vertrouwensarts) and periods without a vertrouwensarts (functie VA).
 */
export function roosterGaten(van: Date, tot: Date, diensten: (Periode & { functies: Functie[] })[]): RoosterGat[] {
  const soort = (s: RoosterGatSoort, filter: (f: Functie) => boolean): RoosterGat[] =>
    onbedekt(
      van,
      tot,
      diensten.filter((d) => d.functies.some(filter)),
    ).map((g) => ({ soort: s, ...g }));
  return [...soort('ZONDER_MEDEWERKER', (f) => f !== 'VA'), ...soort('ZONDER_VERTROUWENSARTS', (f) => f === 'VA')].sort(
    (a, b) => a.van.getTime() - b.van.getTime() || a.soort.localeCompare(b.soort),
  );
}
