import { KENGETALLEN, pasOnthullingToe, tellersEnNoemers, type Bouwsteen } from '@vt/benchmark-kengetallen';

const leeg = Object.fromEntries(
  [
    'ADVIEZEN',
    'MELDINGEN',
    'HERMELDINGEN',
    'BEOORDELINGEN',
    'BEOORDELINGEN_BINNEN_TERMIJN',
    'BESLUITEN_OVERDRACHT',
    'ONDERZOEKEN_AFGESLOTEN',
    'ONDERZOEKEN_BINNEN_TERMIJN',
    'VV_AFGESLOTEN',
    'VV_BINNEN_TERMIJN',
    'ONDERZOEKEN_GESTART',
    'VV_GESTART',
    'HUISVERBODEN',
    'CRISISINTERVENTIES',
    'WACHTLIJST',
    'WACHTLIJST_BEOORDELING',
    'WACHTLIJST_START',
    'UREN_ONDERZOEK',
    'UREN_OVERIGE_INTERVENTIES',
    'UREN_DIRECT',
    'FTE_TOTAAL',
    'FTE_INDIRECT',
    'FTE_HBO',
    'FTE_GD',
    'FTE_VA',
    'FTE_JAREN_DIRECT',
    'KOSTEN',
    'INWONERS',
  ].map((b) => [b, 0]),
) as Record<Bouwsteen, number>;

/** A hand-made region: 400 meldingen, 600 adviezen, 50 onderzoeken, 45 FTE, 500,000 inwoners. */
const regio: Record<Bouwsteen, number> = {
  ...leeg,
  ADVIEZEN: 600,
  MELDINGEN: 400,
  HERMELDINGEN: 150,
  BEOORDELINGEN: 380,
  BEOORDELINGEN_BINNEN_TERMIJN: 342,
  BESLUITEN_OVERDRACHT: 190,
  ONDERZOEKEN_AFGESLOTEN: 50,
  ONDERZOEKEN_BINNEN_TERMIJN: 40,
  VV_AFGESLOTEN: 80,
  VV_BINNEN_TERMIJN: 76,
  ONDERZOEKEN_GESTART: 55,
  VV_GESTART: 85,
  HUISVERBODEN: 40,
  CRISISINTERVENTIES: 20,
  WACHTLIJST: 30,
  WACHTLIJST_BEOORDELING: 15,
  WACHTLIJST_START: 20,
  UREN_ONDERZOEK: 2500,
  UREN_OVERIGE_INTERVENTIES: 2800,
  UREN_DIRECT: 39_000,
  FTE_TOTAAL: 45,
  FTE_INDIRECT: 9,
  FTE_HBO: 36,
  FTE_GD: 4.5,
  FTE_VA: 1.8,
  FTE_JAREN_DIRECT: 30,
  KOSTEN: 4_500_000,
  INWONERS: 500_000,
};

function waarden(b: Record<Bouwsteen, number>): Record<string, number | null> {
  return Object.fromEntries(
    tellersEnNoemers(b).map((t) => {
      const k = KENGETALLEN.find((x) => x.code === t.kengetal)!;
      return [
        t.kengetal,
        pasOnthullingToe(k, [{ id: 'X', teller: t.teller, noemer: t.noemer }], { minAantal: 0, afronding: 1 }).cellen[0]!.waarde,
      ];
    }),
  );
}

describe('kengetal formulas against hand-computed values', () => {
  it('computes every kengetal of the catalogue', () => {
    const expected: Record<string, number> = {
      FTE_PER_1000_MELDINGEN: 112.5, // 45 / 400 × 1000
      PERCENTAGE_INDIRECT: 20, // 9 / 45
      SIGNALEN_PER_1000_INWONERS: 2, // 1000 / 500,000 × 1000
      KOSTEN_PER_1000_INWONERS: 9000, // 4.5 M / 500,000 × 1000
      ONDERZOEK_VS_OVERIGE_INTERVENTIES: 27.5, // 55 / (55 + 85 + 40 + 20) (vervallen)
      PERCENTAGE_ONDERZOEK_VS_VV: (55 / 140) * 100, // 55 / (55 + 85): huisverboden and crises are their own figures
      AANTAL_HUISVERBODEN: 40,
      AANTAL_CRISISINTERVENTIES: 20,
      UREN_PER_ONDERZOEK: 50, // 2500 / 50
      UREN_PER_OVERIGE_INTERVENTIE: 20, // 2800 / (80 + 40 + 20)
      PERCENTAGE_HBO: 80,
      PERCENTAGE_GEDRAGSWETENSCHAPPERS: 10,
      PERCENTAGE_VERTROUWENSARTSEN: 4,
      NETTO_PRODUCTIEVE_UREN: 1300, // 39,000 / 30
      PERCENTAGE_BEOORDELING_BINNEN_TERMIJN: 90, // 342 / 380
      PERCENTAGE_ONDERZOEK_BINNEN_TERMIJN: 80,
      PERCENTAGE_VV_BINNEN_TERMIJN: 95,
      WACHTLIJST_PER_100000_INWONERS: 6,
      WACHTLIJST_BEOORDELING_PER_100000_INWONERS: 3, // 15 / 500,000 × 100,000
      WACHTLIJST_START_PER_100000_INWONERS: 4,
      PERCENTAGE_HERMELDINGEN: 37.5,
      PERCENTAGE_OVERDRACHT_NA_BEOORDELING: 50,
      AANTAL_ADVIEZEN: 600,
      AANTAL_MELDINGEN: 400,
      AANTAL_ONDERZOEKEN: 50,
      AANTAL_VV: 80,
    };
    const actual = waarden(regio);
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [code, value] of Object.entries(expected)) expect([code, actual[code]]).toEqual([code, expect.closeTo(value, 9)]);
  });

  it('gives no value, not an error, for a region with zero onderzoeken and no formatie registered', () => {
    const w = waarden({
      ...regio,
      ONDERZOEKEN_AFGESLOTEN: 0,
      ONDERZOEKEN_BINNEN_TERMIJN: 0,
      ONDERZOEKEN_GESTART: 0,
      FTE_TOTAAL: 0,
      FTE_INDIRECT: 0,
      FTE_HBO: 0,
      FTE_GD: 0,
      FTE_VA: 0,
      FTE_JAREN_DIRECT: 0,
    });
    expect(w.UREN_PER_ONDERZOEK).toBeNull();
    expect(w.PERCENTAGE_ONDERZOEK_BINNEN_TERMIJN).toBeNull();
    expect(w.PERCENTAGE_INDIRECT).toBeNull();
    expect(w.NETTO_PRODUCTIEVE_UREN).toBeNull();
    expect(w.FTE_PER_1000_MELDINGEN).toBe(0);
    expect(w.ONDERZOEK_VS_OVERIGE_INTERVENTIES).toBe(0);
    expect(w.PERCENTAGE_ONDERZOEK_VS_VV).toBe(0);
    expect(w.AANTAL_ONDERZOEKEN).toBe(0);
  });

  it('has a definition, numerator, unit and direction for every kengetal the issue names', () => {
    const required = [
      'FTE_PER_1000_MELDINGEN',
      'PERCENTAGE_INDIRECT',
      'SIGNALEN_PER_1000_INWONERS',
      'KOSTEN_PER_1000_INWONERS',
      'ONDERZOEK_VS_OVERIGE_INTERVENTIES',
      'UREN_PER_ONDERZOEK',
      'UREN_PER_OVERIGE_INTERVENTIE',
      'PERCENTAGE_HBO',
      'PERCENTAGE_GEDRAGSWETENSCHAPPERS',
      'PERCENTAGE_VERTROUWENSARTSEN',
      'NETTO_PRODUCTIEVE_UREN',
      'PERCENTAGE_BEOORDELING_BINNEN_TERMIJN',
      'PERCENTAGE_ONDERZOEK_BINNEN_TERMIJN',
      'PERCENTAGE_VV_BINNEN_TERMIJN',
      'WACHTLIJST_PER_100000_INWONERS',
      'PERCENTAGE_HERMELDINGEN',
      'PERCENTAGE_OVERDRACHT_NA_BEOORDELING',
      'PERCENTAGE_ONDERZOEK_VS_VV',
      'AANTAL_HUISVERBODEN',
      'AANTAL_CRISISINTERVENTIES',
      'WACHTLIJST_BEOORDELING_PER_100000_INWONERS',
      'WACHTLIJST_START_PER_100000_INWONERS',
    ];
    expect(KENGETALLEN.map((k) => k.code)).toEqual(expect.arrayContaining(required));
    for (const k of KENGETALLEN) expect(k.definitie.length && k.teller.omschrijving.length && k.eenheid.length).toBeTruthy();
  });
});
