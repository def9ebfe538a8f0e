import { isVoorlopig, parsePeriode, zelfdePeriode } from './kwartaal.periode.js';

const NU = new Date('2026-05-15T10:00:00Z');

describe('parsePeriode', () => {
  it('reads a month, a quarter and a year', () => {
    expect(parsePeriode('2026-03', NU)).toMatchObject({ soort: 'MAAND', jaar: 2026, maanden: [3], van: '2026-03-01', tot: '2026-03-31' });
    expect(parsePeriode('2024-02', NU).tot).toBe('2024-02-29');
    expect(parsePeriode('2026-Q1', NU)).toMatchObject({ soort: 'KWARTAAL', maanden: [1, 2, 3], van: '2026-01-01', tot: '2026-03-31' });
    expect(parsePeriode('2025', NU)).toMatchObject({ soort: 'JAAR', van: '2025-01-01', tot: '2025-12-31' });
  });

  it('refuses malformed and future periods with VALIDATIE on periode', () => {
    for (const fout of ['2026-13', '2026-Q5', '26', '2026-3', '2026-q1', '', '1999']) {
      expect(() => parsePeriode(fout, NU)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'VALIDATIE', field: 'periode' }) }),
      );
    }
    expect(() => parsePeriode('2026-06', NU)).toThrow(/future/);
    expect(() => parsePeriode('2026-Q3', NU)).toThrow(/future/);
    expect(() => parsePeriode('2027', NU)).toThrow(/future/);
  });

  it('marks a period voorlopig until it is over', () => {
    expect(isVoorlopig(parsePeriode('2026-05', NU), NU)).toBe(true);
    expect(isVoorlopig(parsePeriode('2026-Q2', NU), NU)).toBe(true);
    expect(isVoorlopig(parsePeriode('2026-04', NU), NU)).toBe(false);
    expect(isVoorlopig(parsePeriode('2025', NU), NU)).toBe(false);
  });

  it('gives the same months of an earlier year', () => {
    expect(zelfdePeriode(parsePeriode('2026-Q2', NU), 2024)).toMatchObject({ code: '2024-Q2', van: '2024-04-01', tot: '2024-06-30' });
    expect(zelfdePeriode(parsePeriode('2026', NU), 2025).code).toBe('2025');
  });
});
