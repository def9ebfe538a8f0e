import { parsePeriode, periodesTussen } from './periode.js';

describe('periods', () => {
  it('parses years, half years and quarters (leap years included)', () => {
    expect(parsePeriode('2025')).toMatchObject({ van: '2025-01-01', tot: '2025-12-31', dagen: 365, soort: 'JAAR' });
    expect(parsePeriode('2024-H1')).toMatchObject({ van: '2024-01-01', tot: '2024-06-30', dagen: 182 });
    expect(parsePeriode('2025-Q2')).toMatchObject({ van: '2025-04-01', tot: '2025-06-30', dagen: 91, soort: 'KWARTAAL' });
    expect(parsePeriode('2024-Q1').dagen).toBe(91);
  });

  it.each(['2025-Q5', '25', '2025-H3', '2025Q1', '1999'])('refuses %p', (code) => expect(() => parsePeriode(code)).toThrow(/periode/));

  it('lists consecutive periods across a year boundary', () => {
    expect(periodesTussen('2024-Q3', '2025-Q2').map((p) => p.code)).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(periodesTussen('2024-H2', '2025-H1').map((p) => p.code)).toEqual(['2024-H2', '2025-H1']);
    expect(() => periodesTussen('2024', '2025-Q1')).toThrow(/same kind/);
  });
});
