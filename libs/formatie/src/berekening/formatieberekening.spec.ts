import { berekenFormatie, type BerekeningInvoer } from './formatieberekening.js';

const kennemerland2016: BerekeningInvoer = {
  productieveUrenPerFte: 1257,
  producten: [
    { code: 'Advies', volume: 1298 },
    { code: 'Triage / kort onderzoek', volume: 3900 },
    { code: 'Tijdelijk huisverbod', volume: 70 },
    { code: 'Vervolgonderzoek kort', volume: 880 },
    { code: 'Vervolgonderzoek lang', volume: 110 },
  ],
  normtijden: [
    { product: 'Advies', functie: 'MW', uren: 1 },
    { product: 'Triage / kort onderzoek', functie: 'MW', uren: 5 },
    { product: 'Tijdelijk huisverbod', functie: 'MW', uren: 26 },
    { product: 'Vervolgonderzoek kort', functie: 'MW', uren: 10 },
    { product: 'Vervolgonderzoek lang', functie: 'MW', uren: 20 },
  ],
  vasteUren: [{ functie: 'MW', uren: 600 }],
};

describe('formatieberekening', () => {
  it('reproduces VT Kennemerland 2016: 34,218 hours and 27.22 FTE', () => {
    const uitkomst = berekenFormatie(kennemerland2016);
    expect(uitkomst.totaalUren).toBe(34_218);
    expect(uitkomst.totaalFte.toFixed(2)).toBe('27.22');
  });

  it('applies inzetPercentage, vaste uren, vaste formatie and costs (hand-computed)', () => {
    // MW: 100 × 10 h = 1000 h + 200 vaste uren = 1200 h → 1200 / 1200 = 1 FTE → € 70,000.
    // GD: 100 × 4 h × 25% = 100 h → 100 / 1200 = 0.08333 FTE + 0.5 vaste FTE = 0.58333 → € 52,500.
    // Product onderzoek: MW 1000 h / 1200 × 70,000 + GD 100 h / 1200 × 90,000 = 58,333.33 + 7,500 = 65,833.33; per stuk 658.33.
    const uitkomst = berekenFormatie({
      productieveUrenPerFte: 1200,
      producten: [{ code: 'onderzoek', volume: 100 }],
      normtijden: [
        { product: 'onderzoek', functie: 'MW', uren: 10 },
        { product: 'onderzoek', functie: 'GD', uren: 4, inzetPercentage: 25 },
      ],
      vasteUren: [{ functie: 'MW', uren: 200 }],
      vasteFormatie: [
        { functie: 'GD', fte: 0.5 },
        { functie: 'Teamleider', fte: 1 },
      ],
      loonkosten: [
        { functie: 'MW', bedragPerFte: 70_000 },
        { functie: 'GD', bedragPerFte: 90_000 },
        { functie: 'Teamleider', bedragPerFte: 95_000 },
      ],
      indirecteKosten: 10_000,
    });
    expect(uitkomst.functies).toEqual([
      { functie: 'GD', uren: 100, fte: 100 / 1200 + 0.5, kosten: (100 / 1200 + 0.5) * 90_000 },
      { functie: 'MW', uren: 1200, fte: 1, kosten: 70_000 },
      { functie: 'Teamleider', uren: 0, fte: 1, kosten: 95_000 },
    ]);
    expect(uitkomst.producten[0]!.uren).toBe(1100);
    expect(uitkomst.producten[0]!.kosten).toBeCloseTo(65_833.3333, 3);
    expect(uitkomst.producten[0]!.kostenPerStuk).toBeCloseTo(658.3333, 3);
    expect(uitkomst.totaalUren).toBe(1300);
    expect(uitkomst.directeKosten).toBeCloseTo(70_000 + 52_500 + 95_000, 6);
    expect(uitkomst.totaleKosten).toBeCloseTo(227_500, 6);
  });

  it.each([
    [{ productieveUrenPerFte: 0 }, 'productieveUrenPerFte'],
    [{ producten: [{ code: 'a', volume: -1 }] }, 'producten[0].volume'],
    [{ normtijden: [{ product: 'a', functie: 'MW', uren: 1, inzetPercentage: 101 }] }, 'normtijden[0].inzetPercentage'],
    [{ normtijden: [{ product: 'onbekend', functie: 'MW', uren: 1 }] }, 'normtijden[0].product'],
    [{ normtijden: [{ product: 'a', functie: 'MW', uren: -2 }] }, 'normtijden[0].uren'],
  ])('refuses %p naming %s', (override, field) => {
    const base: BerekeningInvoer = { productieveUrenPerFte: 1300, producten: [{ code: 'a', volume: 1 }], normtijden: [] };
    expect(() => berekenFormatie({ ...base, ...override })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'VALIDATIE', field }) }),
    );
  });
});
