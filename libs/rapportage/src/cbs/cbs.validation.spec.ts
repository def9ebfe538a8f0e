import { parseHalfjaar } from './cbs.validation.js';

describe('parseHalfjaar', () => {
  const nu = new Date('2026-07-01T00:30:00+02:00'); // 1 July in the Netherlands, still 30 June in UTC

  it('gives the bounds and marks a half year voorlopig until its last day has passed (Dutch calendar)', () => {
    expect(parseHalfjaar('2026-H1', nu)).toEqual({ code: '2026-H1', van: '2026-01-01', tot: '2026-06-30', voorlopig: false });
    expect(parseHalfjaar('2026-H2', nu)).toEqual({ code: '2026-H2', van: '2026-07-01', tot: '2026-12-31', voorlopig: true });
    expect(parseHalfjaar('2026-H1', new Date('2026-06-30T21:00:00Z')).voorlopig).toBe(true);
  });

  it.each(['2026-H3', '2026H1', '2026-h1', ' 2026-H1', '2014-H2', '2027-H1'])('refuses %p with VALIDATIE on halfjaar', (waarde) => {
    expect(() => parseHalfjaar(waarde, nu)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'VALIDATIE', field: 'halfjaar' }) }),
    );
  });
});
