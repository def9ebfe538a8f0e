import { fteInPeriode } from './fte.js';

describe('FTE from dates', () => {
  it('counts half a year at 0.8 FTE as about 0.4 for the year', () => {
    expect(fteInPeriode([{ fte: 0.8, van: '2025-07-01', tot: null }], '2025-01-01', '2025-12-31')).toBeCloseTo((0.8 * 184) / 365, 10);
  });

  it('uses 366 days in a leap year', () => {
    expect(fteInPeriode([{ fte: 1, van: '2024-01-01', tot: '2024-02-29' }], '2024-01-01', '2024-12-31')).toBeCloseTo(60 / 366, 10);
  });

  it('counts a mid-month start from that day (inclusive)', () => {
    // 16 to 31 March: 16 of 31 days.
    expect(fteInPeriode([{ fte: 1, van: '2026-03-16', tot: null }], '2026-03-01', '2026-03-31')).toBeCloseTo(16 / 31, 10);
  });

  it('adds successive dienstverbanden and ignores those outside the period', () => {
    const jaar = fteInPeriode(
      [
        { fte: 0.8, van: '2020-01-01', tot: '2025-06-30' },
        { fte: 1.0, van: '2025-07-01', tot: null },
        { fte: 0.5, van: '2027-01-01', tot: null },
      ],
      '2025-01-01',
      '2025-12-31',
    );
    expect(jaar).toBeCloseTo((0.8 * 181 + 1.0 * 184) / 365, 10);
  });

  it('is 0 for someone who left before the period', () => {
    expect(fteInPeriode([{ fte: 1, van: '2020-01-01', tot: '2024-12-31' }], '2025-01-01', '2025-12-31')).toBe(0);
  });
});
