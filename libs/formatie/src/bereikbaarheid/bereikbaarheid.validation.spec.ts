import { onbedekt, roosterGaten } from './bereikbaarheid.validation.js';

const t = (uur: number) => new Date(Date.UTC(2027, 0, 1, uur));

describe('onbedekt', () => {
  it('returns the parts of the window that no period covers, merging overlaps and touching periods', () => {
    const perioden = [
      { begin: t(2), eind: t(5) },
      { begin: t(4), eind: t(6) },
      { begin: t(6), eind: t(8) },
      { begin: t(10), eind: t(30) },
    ];
    expect(onbedekt(t(0), t(12), perioden)).toEqual([
      { van: t(0), tot: t(2) },
      { van: t(8), tot: t(10) },
    ]);
  });

  it('is the whole window without periods and nothing when one period covers it', () => {
    expect(onbedekt(t(0), t(4), [])).toEqual([{ van: t(0), tot: t(4) }]);
    expect(onbedekt(t(1), t(3), [{ begin: t(0), eind: t(4) }])).toEqual([]);
  });
});

describe('roosterGaten', () => {
  it('reports periods without a medewerker and without a vertrouwensarts separately', () => {
    const gaten = roosterGaten(t(0), t(10), [
      { begin: t(0), eind: t(5), functies: ['MW', 'VA'] },
      { begin: t(5), eind: t(8), functies: ['MW'] },
      { begin: t(8), eind: t(10), functies: ['VA'] },
    ]);
    expect(gaten).toEqual([
      { soort: 'ZONDER_VERTROUWENSARTS', van: t(5), tot: t(8) },
      { soort: 'ZONDER_MEDEWERKER', van: t(8), tot: t(10) },
    ]);
  });
});
