import { kengetal } from './kengetallen.js';
import { pasOnthullingToe } from './onthulling.js';
import { kwantiel } from './statistiek.js';

const regels = { minAantal: 10, afronding: 5 };
const hermeldingen = kengetal('PERCENTAGE_HERMELDINGEN')!;
const volume = kengetal('AANTAL_MELDINGEN')!;
const fte = kengetal('FTE_PER_1000_MELDINGEN')!;

describe('disclosure control', () => {
  it('suppresses a count below 10 and, complementarily, the next smallest so the total cannot reveal it', () => {
    const { cellen, landelijk } = pasOnthullingToe(volume, [
      { id: 'A', teller: 7, noemer: null },
      { id: 'B', teller: 40, noemer: null },
      { id: 'C', teller: 12, noemer: null },
    ], regels);
    expect(cellen.map((c) => [c.id, c.onderdrukt, c.teller])).toEqual([['A', true, null], ['B', false, 40], ['C', true, null]]);
    // The total is published (59 → 60) but A and C can only be known together.
    expect(landelijk).toMatchObject({ teller: 60, waarde: 59, onderdrukt: false });
  });

  it('needs no complementary suppression when two or more cells are already suppressed', () => {
    const { cellen } = pasOnthullingToe(volume, [
      { id: 'A', teller: 3, noemer: null },
      { id: 'B', teller: 4, noemer: null },
      { id: 'C', teller: 50, noemer: null },
    ], regels);
    expect(cellen.map((c) => c.onderdrukt)).toEqual([true, true, false]);
  });

  it('suppresses a ratio whose numerator or denominator is suppressed; rounds counts to 5, computes from exact values', () => {
    const { cellen } = pasOnthullingToe(hermeldingen, [
      { id: 'A', teller: 3, noemer: 200 },
      { id: 'B', teller: 48, noemer: 123 },
      { id: 'C', teller: 61, noemer: 150 },
      { id: 'D', teller: 90, noemer: 300 },
    ], regels);
    expect(cellen[0]).toEqual({ id: 'A', teller: null, noemer: null, waarde: null, onderdrukt: true });
    // B is the smallest remaining numerator: suppressed complementarily.
    expect(cellen[1]!.onderdrukt).toBe(true);
    expect(cellen[2]).toEqual({ id: 'C', teller: 60, noemer: 150, waarde: (61 / 150) * 100, onderdrukt: false });
    expect(cellen[3]).toEqual({ id: 'D', teller: 90, noemer: 300, waarde: 30, onderdrukt: false });
  });

  it('does not suppress measures (FTE) but does suppress the count they are divided by', () => {
    const { cellen } = pasOnthullingToe(fte, [
      { id: 'A', teller: 3.2, noemer: 400 },
      { id: 'B', teller: 0.5, noemer: 30 },
    ], regels);
    expect(cellen[0]).toEqual({ id: 'A', teller: 3.2, noemer: 400, waarde: 8, onderdrukt: false });
    expect(cellen[1]!.onderdrukt).toBe(false);
  });

  it('suppresses a national figure below the threshold and gives no value for a zero denominator', () => {
    const { cellen, landelijk } = pasOnthullingToe(hermeldingen, [{ id: 'A', teller: 0, noemer: 0 }], { minAantal: 0, afronding: 1 });
    expect(cellen[0]!.waarde).toBeNull();
    expect(pasOnthullingToe(volume, [{ id: 'A', teller: 4, noemer: null }], regels).landelijk.onderdrukt).toBe(true);
    expect(landelijk.waarde).toBeNull();
  });
});

describe('quartiles', () => {
  it('interpolates like QUARTILE.INC', () => {
    expect(kwantiel([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(kwantiel([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(kwantiel([7], 0.75)).toBe(7);
    expect(kwantiel([], 0.5)).toBeNull();
  });
});
