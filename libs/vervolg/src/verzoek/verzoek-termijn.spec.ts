import { WerkdagKalender } from '@vt/werkdagen';
import { verzoekTermijn } from './verzoek-termijn.js';

describe('the term of a request of a betrokkene', () => {
  const kalender = new WerkdagKalender([{ datum: '2026-06-15', werkdag: false }]);

  it('is one calendar month after receipt when that is a werkdag', () => {
    expect(verzoekTermijn(kalender, '2026-04-14', 3)).toBe('2026-07-14');
    expect(verzoekTermijn(kalender, '2026-03-10', 1)).toBe('2026-04-10');
  });

  it('moves past weekends, holidays and region days off to the next werkdag', () => {
    expect(verzoekTermijn(kalender, '2026-04-14', 1)).toBe('2026-05-15'); // Hemelvaartsdag 14 May
    expect(verzoekTermijn(kalender, '2026-01-31', 1)).toBe('2026-03-02'); // 28 February (clamped) is a Saturday
    expect(verzoekTermijn(kalender, '2026-05-15', 1)).toBe('2026-06-16'); // region day off Monday 15 June
    expect(verzoekTermijn(kalender, '2026-11-25', 1)).toBe('2026-12-28'); // Christmas Friday 25 and Saturday 26, Sunday 27
  });
});
