import { classificeer } from './classificatie.js';

describe('classificeer (CBS 85361)', () => {
  it('eerste melding when nobody is known', () => expect(classificeer(null, 0, [])).toBe('EERSTE_MELDING'));
  it('hermelding when known but all closed', () => expect(classificeer(null, 2, ['AFGESLOTEN'])).toBe('HERMELDING'));
  it('vervolgmelding tijdens beoordeling', () =>
    expect(classificeer(null, 1, ['AFGESLOTEN', 'TER_TOETSING', 'MONITORING'])).toBe('VERVOLGMELDING_TIJDENS_BEOORDELING'));
  it('vervolgmelding na beoordeling', () =>
    expect(classificeer(null, 1, ['OVERDRACHT', 'MONITORING'])).toBe('VERVOLGMELDING_NA_BEOORDELING'));
  it('vervolgmelding tijdens monitoring', () => expect(classificeer(null, 1, ['MONITORING'])).toBe('VERVOLGMELDING_TIJDENS_MONITORING'));
  it('niet ingedeeld for a niet-unieke politiemelding', () => expect(classificeer('NIET_UNIEK', 3, ['ONDERZOEK'])).toBe('NIET_INGEDEELD'));
});
