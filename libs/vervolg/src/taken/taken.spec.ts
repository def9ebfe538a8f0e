import { WerkdagKalender } from '@vt/werkdagen';
import { bepaalSignaal } from './taken.service.js';

const kalender = new WerkdagKalender();

describe('deadline signals', () => {
  it('signals work due within 2 werkdagen, counting across Christmas', () => {
    // Deadline Tue 30 Dec 2025. On Wed 24 Dec: Mon 29 and Tue 30 are the werkdagen left (25/26 are holidays).
    expect(bepaalSignaal('2025-12-30', '2025-12-24', kalender, 2)).toEqual({ signaal: 'BINNENKORT', werkdagenResterend: 2 });
    // On Tue 23 Dec there are three: 24, 29, 30 — not yet signalled.
    expect(bepaalSignaal('2025-12-30', '2025-12-23', kalender, 2)).toBeNull();
  });

  it('marks work past its deadline as overdue with the werkdagen it is late', () => {
    // Deadline Fri 24 Apr 2026; on Tue 28 Apr it is 1 werkdag late (Mon 27 is Koningsdag).
    expect(bepaalSignaal('2026-04-24', '2026-04-28', kalender, 2)).toEqual({ signaal: 'VERLOPEN', werkdagenResterend: -1 });
  });

  it('signals work due today with 0 werkdagen left', () => {
    expect(bepaalSignaal('2026-11-23', '2026-11-23', kalender, 0)).toEqual({ signaal: 'BINNENKORT', werkdagenResterend: 0 });
  });
});
