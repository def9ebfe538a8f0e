import { ApiError } from '@vt/platform';
import { valideerInstellingen } from './instellingen.validation.js';

const BASIS = { mdToetsingVerplicht: false, werkBeperktTotTeam: false, versie: 0 };

describe('region terms and norms', () => {
  it('accepts omitted fields and the bounds', () => {
    expect(() => valideerInstellingen(BASIS)).not.toThrow();
    expect(() =>
      valideerInstellingen({ ...BASIS, signaalWerkdagen: 0, interventieWeken: 26, normMonitoringVoldoendePct: 100 }),
    ).not.toThrow();
  });

  it('refuses every value out of range with VALIDATIE naming its field', () => {
    let fout: unknown;
    try {
      valideerInstellingen({ ...BASIS, beoordelingWerkdagen: 0, terugkoppelingWerkdagen: 31, normInterventieTijdigPct: -1 });
    } catch (error) {
      fout = error;
    }
    expect(fout).toBeInstanceOf(ApiError);
    expect((fout as ApiError).extensions).toMatchObject({
      code: 'VALIDATIE',
      field: 'beoordelingWerkdagen',
      fieldErrors: [
        { field: 'beoordelingWerkdagen', message: 'must be between 1 and 20' },
        { field: 'terugkoppelingWerkdagen', message: 'must be between 1 and 30' },
        { field: 'normInterventieTijdigPct', message: 'must be between 0 and 100' },
      ],
    });
  });
});
