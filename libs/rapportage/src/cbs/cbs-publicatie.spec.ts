import { publicatieAantal } from './cbs-publicatie.js';

describe('publicatieAantal (CBS small-cell rule)', () => {
  it('keeps zero, suppresses 1 to 4 and rounds the rest to a multiple of 5', () => {
    const gevallen: [number, number | null][] = [
      [0, 0],
      [1, null],
      [4, null],
      [5, 5],
      [7, 5],
      [8, 10],
      [12, 10],
      [13, 15],
      [102, 100],
      [127_338, 127_340],
    ];
    expect(gevallen.map(([n]) => [n, publicatieAantal(n)])).toEqual(gevallen);
  });

  it('refuses what is not a count', () => {
    expect(() => publicatieAantal(-1)).toThrow();
    expect(() => publicatieAantal(2.5)).toThrow();
  });
});
