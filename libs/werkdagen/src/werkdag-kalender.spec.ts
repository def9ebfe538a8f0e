import { WerkdagKalender } from './werkdag-kalender.js';
import { datumInNederland, plusDagen, plusMaanden } from './datum.js';
import { wettelijkeFeestdagen } from './feestdagen.js';

const kalender = new WerkdagKalender();

describe('werkdagen', () => {
  it('knows the Algemene termijnenwet holidays of 2026', () => {
    expect(wettelijkeFeestdagen(2026).map((f) => f.datum)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('counts the 5th werkdag from the day after receipt (plain week)', () => {
    // Monday 2 Nov 2026 → Tue..Fri (4) + Mon 9 Nov = 5th werkdag.
    expect(kalender.plusWerkdagen('2026-11-02', 5)).toBe('2026-11-09');
    // Received on a Saturday: Mon..Fri.
    expect(kalender.plusWerkdagen('2026-11-07', 5)).toBe('2026-11-13');
  });

  it('skips Koningsdag (27 April 2026, a Monday)', () => {
    // Thu 23 Apr → Fri 24, (Mon 27 off), Tue 28, Wed 29, Thu 30, Fri 1 May.
    expect(kalender.plusWerkdagen('2026-04-23', 5)).toBe('2026-05-01');
  });

  it('skips Koningsdag moved to Saturday 26 April 2025 (no effect on werkdagen)', () => {
    expect(kalender.isWerkdag('2025-04-26')).toBe(false);
    expect(kalender.isWerkdag('2025-04-28')).toBe(true);
  });

  it('skips Goede Vrijdag and Tweede Paasdag (Easter 2026: 5 April)', () => {
    // Wed 1 Apr → Thu 2, (Fri 3 off, Mon 6 off), Tue 7, Wed 8, Thu 9, Fri 10.
    expect(kalender.plusWerkdagen('2026-04-01', 5)).toBe('2026-04-10');
  });

  it('skips Hemelvaartsdag and 5 mei (2026)', () => {
    // Mon 4 May → (Tue 5 off) Wed 6, Thu 7, Fri 8, Mon 11, Tue 12.
    expect(kalender.plusWerkdagen('2026-05-04', 5)).toBe('2026-05-12');
    // Tue 12 May → Wed 13, (Thu 14 off), Fri 15, Mon 18, Tue 19, Wed 20.
    expect(kalender.plusWerkdagen('2026-05-12', 5)).toBe('2026-05-20');
  });

  it('skips Christmas and crosses the year end', () => {
    // Wed 23 Dec 2026 → Thu 24, (Fri 25, Sat, Sun off), (Sat 26), Mon 28, Tue 29, Wed 30, Thu 31.
    expect(kalender.plusWerkdagen('2026-12-23', 5)).toBe('2026-12-31');
    // Thu 24 Dec 2026 → Mon 28, Tue 29, Wed 30, Thu 31, (Fri 1 Jan off), Mon 4 Jan 2027.
    expect(kalender.plusWerkdagen('2026-12-24', 5)).toBe('2027-01-04');
  });

  it('applies a tenant adjustment: an extra day off and a holiday worked', () => {
    const regio = new WerkdagKalender([
      { datum: '2026-11-03', werkdag: false },
      { datum: '2026-12-26', werkdag: true },
    ]);
    expect(regio.plusWerkdagen('2026-11-02', 5)).toBe('2026-11-10');
    expect(regio.isWerkdag('2026-12-26')).toBe(true);
    expect(regio.werkdagenTussen('2026-11-02', '2026-11-10')).toBe(5);
  });

  it('dates a moment in the Dutch time zone', () => {
    expect(datumInNederland(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(datumInNederland(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(datumInNederland(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('adds months clamping to the end of the month, including leap years', () => {
    expect(plusMaanden('2027-11-30', 3)).toBe('2028-02-29');
    expect(plusMaanden('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMaanden('2026-03-15', 12)).toBe('2027-03-15');
  });

  it('counts werkdagen between any two dates as a day-by-day walk does (holidays, adjustments, year ends)', () => {
    const aanpassingen = [
      { datum: '2026-11-03', werkdag: false }, // a Tuesday off
      { datum: '2026-12-26', werkdag: true }, // a holiday (Saturday) worked
      { datum: '2025-12-25', werkdag: true }, // a weekday holiday worked
      { datum: '2027-01-02', werkdag: true }, // a Saturday worked
    ];
    const regio = new WerkdagKalender(aanpassingen);
    const aangepast = new Map(aanpassingen.map((a) => [a.datum, a.werkdag]));
    const feestdagen = new Set([2024, 2025, 2026, 2027, 2028].flatMap((j) => wettelijkeFeestdagen(j).map((f) => f.datum)));
    const isWerkdag = (d: string, metAanpassing: boolean) =>
      metAanpassing && aangepast.has(d)
        ? aangepast.get(d)!
        : ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) && !feestdagen.has(d);
    const walk = (van: string, tot: string, metAanpassing: boolean) => {
      let n = 0;
      for (let d = plusDagen(van, 1); d <= tot; d = plusDagen(d, 1)) if (isWerkdag(d, metAanpassing)) n += 1;
      return n;
    };
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 400; i++) {
      const van = plusDagen('2024-06-01', random(1200));
      const tot = plusDagen(van, random(500) - 20);
      expect([van, tot, kalender.werkdagenTussen(van, tot)]).toEqual([van, tot, walk(van, tot, false)]);
      expect([van, tot, regio.werkdagenTussen(van, tot)]).toEqual([van, tot, walk(van, tot, true)]);
      expect(regio.isWerkdag(tot)).toBe(isWerkdag(tot, true));
    }
  });
});
