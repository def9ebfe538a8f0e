import { ApiError, ErrorCode } from './errors.js';
import { ValidationCollector, check } from './validation.js';

describe('ValidationCollector', () => {
  it('reports every failing field of one call in one VALIDATIE error, first field kept as extensions.field', () => {
    const v = new ValidationCollector();
    const naam = v.check(() => check.tekst('melder.naam', '  '));
    const telefoon = v.check(() => check.telefoon('melder.telefoon', '06-12345678'));
    v.check(() => check.email('melder.email', 'geen-adres'));
    expect(naam).toBeUndefined();
    expect(telefoon).toBe('06-12345678');
    let thrown: unknown;
    try {
      v.done();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    const { extensions, message } = thrown as ApiError;
    expect(extensions.code).toBe(ErrorCode.VALIDATIE);
    expect(extensions.field).toBe('melder.naam');
    expect(extensions.fieldErrors).toEqual([
      { field: 'melder.naam', message: 'must be 1 to 200 characters' },
      { field: 'melder.email', message: 'is not an e-mail address' },
    ]);
    expect(message).toBe('melder.naam: must be 1 to 200 characters; melder.email: is not an e-mail address');
  });

  it('returns without error when every check passed, and lets other errors through', () => {
    const v = new ValidationCollector();
    expect(v.check(() => check.geheel('jaar', 2026, 2000, 2100))).toBe(2026);
    expect(() => v.done()).not.toThrow();
    expect(() =>
      v.check(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
