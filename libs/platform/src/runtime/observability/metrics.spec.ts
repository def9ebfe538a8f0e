import { JOB_NAME, bounded, errorCodeLabel } from './metrics.js';

describe('metric labels stay bounded', () => {
  it('passes the first distinct names up to the cap, then "other"; unnamed is "anonymous"', () => {
    const label = bounded(2);
    expect(label('Een')).toBe('Een');
    expect(label('Twee')).toBe('Twee');
    expect(label('Drie')).toBe('other');
    expect(label('Een')).toBe('Een');
    expect(label(undefined)).toBe('anonymous');
    expect(label('')).toBe('anonymous');
  });

  it('refuses malformed or overlong names', () => {
    const label = bounded(10);
    expect(label('met spatie')).toBe('other');
    expect(label('a'.repeat(65))).toBe('other');
    expect(bounded(10, 'unnamed', JOB_NAME)('deadline-signaal')).toBe('deadline-signaal');
  });

  it('keeps error codes that look like codes, anything else is OTHER', () => {
    expect(errorCodeLabel('UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
    expect(errorCodeLabel('Bob de Vries')).toBe('OTHER');
    expect(errorCodeLabel(undefined)).toBe('OTHER');
  });
});
