import { FASE_OVERGANGEN, vereisFase } from './overgangen.js';

describe('melding state machine', () => {
  it('lets nothing leave AFGESLOTEN and nothing skip the toetsing', () => {
    expect(FASE_OVERGANGEN.AFGESLOTEN).toEqual([]);
    expect(FASE_OVERGANGEN.TE_BEOORDELEN).toEqual(['TER_TOETSING']);
  });

  it('reaches AFGESLOTEN from every phase', () => {
    for (const start of Object.keys(FASE_OVERGANGEN) as (keyof typeof FASE_OVERGANGEN)[]) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) {
        for (const next of FASE_OVERGANGEN[queue.shift()!]) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect(seen.has('AFGESLOTEN')).toBe(true);
    }
  });

  it('keeps regionaal maatwerk open until the team closes it, and lets Veilig Thuis monitor a case it closes itself', () => {
    expect(FASE_OVERGANGEN.TER_TOETSING).toContain('REGIONAAL_MAATWERK');
    expect(FASE_OVERGANGEN.REGIONAAL_MAATWERK).toEqual(['AFGESLOTEN']);
    expect(FASE_OVERGANGEN.ONDERZOEK).toContain('MONITORING');
    expect(FASE_OVERGANGEN.VOORWAARDEN_EN_VERVOLG).toContain('MONITORING');
  });

  it('explains a refused action', () => {
    expect(() => vereisFase('AFGESLOTEN', ['TE_BEOORDELEN'], 'propose a besluit')).toThrow(
      /Cannot propose a besluit: the melding is closed/,
    );
  });
});
