import { kengetal, KENGETALLEN } from './kengetallen.js';
import { celSleutel, onderdrukteCellen, pasOnthullingToe, type Invoer } from './onthulling.js';
import { kwantiel } from './statistiek.js';

const regels = { minAantal: 10, afronding: 5 };
const hermeldingen = kengetal('PERCENTAGE_HERMELDINGEN')!;
const volume = kengetal('AANTAL_MELDINGEN')!;
const fte = kengetal('FTE_PER_1000_MELDINGEN')!;
const wachtlijst = kengetal('WACHTLIJST_PER_100000_INWONERS')!;

/** Everything published for the given exact figures: per kengetal and period every cell and the national figure. */
function publiceer(invoer: Invoer[]) {
  const onderdrukt = onderdrukteCellen(invoer, regels);
  const groepen = [...new Set(invoer.map((r) => `${r.kengetal}|${r.periode}`))].sort();
  return Object.fromEntries(
    groepen.map((groep) => {
      const [code, periode] = groep.split('|') as [string, string];
      const rijen = invoer.filter((r) => r.kengetal === code && r.periode === periode).sort((a, b) => a.id.localeCompare(b.id));
      return [
        groep,
        pasOnthullingToe(
          kengetal(code)!,
          rijen.map((r) => ({ ...r, onderdrukt: onderdrukt.has(celSleutel(r.id, r.periode, r.kengetal)) })),
          regels,
        ),
      ];
    }),
  );
}

/** Quarterly meldingen and adviezen of regions, with the half years and year as their sums, as the snapshots store them. */
function perKwartaal(regios: Record<string, { meldingen: number[]; adviezen: number[] }>): Invoer[] {
  const perioden: [string, number[]][] = [
    ['2025-Q1', [0]],
    ['2025-Q2', [1]],
    ['2025-Q3', [2]],
    ['2025-Q4', [3]],
    ['2025-H1', [0, 1]],
    ['2025-H2', [2, 3]],
    ['2025', [0, 1, 2, 3]],
  ];
  return Object.entries(regios).flatMap(([id, r]) =>
    perioden.flatMap(([periode, q]) => {
      const m = q.reduce((t, i) => t + r.meldingen[i]!, 0);
      const a = q.reduce((t, i) => t + r.adviezen[i]!, 0);
      return [
        { id, periode, kengetal: 'AANTAL_MELDINGEN', teller: m, noemer: null },
        { id, periode, kengetal: 'AANTAL_ADVIEZEN', teller: a, noemer: null },
        { id, periode, kengetal: 'SIGNALEN_PER_1000_INWONERS', teller: a + m, noemer: 400_000 },
      ];
    }),
  );
}

describe('disclosure control', () => {
  it('publishes a count as its rounded value: waarde equals the rounded teller, never the exact count', () => {
    const { cellen, landelijk } = pasOnthullingToe(
      volume,
      [
        { id: 'A', teller: 7, noemer: null },
        { id: 'B', teller: 42, noemer: null },
        { id: 'C', teller: 12, noemer: null },
      ],
      regels,
    );
    expect(cellen).toEqual([
      { id: 'A', teller: null, noemer: null, waarde: null, onderdrukt: true },
      { id: 'B', teller: 40, noemer: null, waarde: 40, onderdrukt: false },
      { id: 'C', teller: 10, noemer: null, waarde: 10, onderdrukt: false },
    ]);
    // The national figure sums the published cells only: it adds nothing to them.
    expect(landelijk).toEqual({ id: 'NL', teller: 50, noemer: null, waarde: 50, onderdrukt: false });
  });

  it('computes a ratio of counts from the rounded numerator and the rounded denominator', () => {
    const { cellen } = pasOnthullingToe(
      hermeldingen,
      [
        { id: 'A', teller: 3, noemer: 200 },
        { id: 'B', teller: 61, noemer: 152 },
      ],
      regels,
    );
    expect(cellen[0]).toMatchObject({ onderdrukt: true, waarde: null });
    expect(cellen[1]).toEqual({ id: 'B', teller: 60, noemer: 150, waarde: 40, onderdrukt: false });
  });

  it('defeats the wachtlijst attack: national minus own exact count minus the published others does not give a suppressed count', () => {
    // VT-A's wachtlijst (8) is suppressed; the attacker is B and knows its own exact 23; inhabitants are published exactly.
    const cellen = [
      { id: 'A', teller: 8, noemer: 300_000 },
      { id: 'B', teller: 23, noemer: 500_000 },
      { id: 'C', teller: 31, noemer: 400_000 },
    ];
    const { cellen: pub, landelijk } = pasOnthullingToe(wachtlijst, cellen, regels);
    expect(pub.map((c) => c.onderdrukt)).toEqual([true, false, false]);
    // Count / measure: the exact measure does not give the count back, because the count is rounded.
    expect(pub[1]).toEqual({ id: 'B', teller: 25, noemer: 500_000, waarde: (25 / 500_000) * 100_000, onderdrukt: false });
    const landelijkeTeller = (landelijk.waarde! * landelijk.noemer!) / wachtlijst.factor;
    expect(landelijk.noemer).toBe(900_000);
    expect(landelijkeTeller).toBeCloseTo(55, 9); // 25 + 30: the published cells only
    const afgeleid = landelijkeTeller - 23 - pub[2]!.teller!;
    expect(Math.round(afgeleid)).not.toBe(8);
    // Whatever A's suppressed count is, everything published stays the same.
    for (const a of [0, 1, 5, 9])
      expect(pasOnthullingToe(wachtlijst, [{ ...cellen[0]!, teller: a }, cellen[1]!, cellen[2]!], regels)).toEqual({
        cellen: pub,
        landelijk,
      });
  });

  it('suppresses a year and half year containing a suppressed quarter, so the year minus the other quarters gives nothing', () => {
    const regios = {
      A: { meldingen: [40, 35, 3, 50], adviezen: [60, 60, 60, 60] },
      B: { meldingen: [20, 25, 30, 35], adviezen: [30, 30, 30, 30] },
    };
    const gepubliceerd = publiceer(perKwartaal(regios));
    const cel = (groep: string, id: string) => gepubliceerd[groep]!.cellen.find((c) => c.id === id)!;
    expect(cel('AANTAL_MELDINGEN|2025-Q3', 'A').onderdrukt).toBe(true);
    expect(cel('AANTAL_MELDINGEN|2025-H2', 'A').onderdrukt).toBe(true);
    expect(cel('AANTAL_MELDINGEN|2025', 'A').onderdrukt).toBe(true);
    expect(cel('AANTAL_MELDINGEN|2025-H1', 'A')).toMatchObject({ onderdrukt: false, teller: 75 });
    expect(cel('AANTAL_MELDINGEN|2025-Q4', 'A')).toMatchObject({ onderdrukt: false, teller: 50 });
    // Adviezen + meldingen includes the suppressed meldingen: suppressed too; adviezen alone is published.
    expect(cel('SIGNALEN_PER_1000_INWONERS|2025-Q3', 'A').onderdrukt).toBe(true);
    expect(cel('SIGNALEN_PER_1000_INWONERS|2025', 'A').onderdrukt).toBe(true);
    expect(cel('AANTAL_ADVIEZEN|2025-Q3', 'A')).toMatchObject({ onderdrukt: false, teller: 60 });
    expect(cel('AANTAL_MELDINGEN|2025', 'B')).toMatchObject({ onderdrukt: false, teller: 110 });
    // The proof: any other value of the suppressed quarter (with the sums that contain it) publishes exactly the same.
    for (const q3 of [0, 1, 4, 9])
      expect(publiceer(perKwartaal({ ...regios, A: { ...regios.A, meldingen: [40, 35, q3, 50] } }))).toEqual(gepubliceerd);
  });

  it('publishes a suppressed value of no region in any figure: every published figure is a function of the published cells', () => {
    // Three regions, small counts; the changed hidden counts are all suppressed, everything published stays the same.
    const basis = {
      A: { meldingen: [12, 11, 2, 14], adviezen: [9, 30, 31, 8] },
      B: { meldingen: [3, 40, 41, 42], adviezen: [50, 50, 50, 50] },
      C: { meldingen: [15, 16, 17, 18], adviezen: [20, 21, 22, 23] },
    };
    const anders = {
      A: { meldingen: [12, 11, 7, 14], adviezen: [4, 30, 31, 1] },
      B: { meldingen: [8, 40, 41, 42], adviezen: [50, 50, 50, 50] },
      C: basis.C,
    };
    expect(publiceer(perKwartaal(anders))).toEqual(publiceer(perKwartaal(basis)));
  });

  it('does not suppress measures (FTE) but does suppress the count they are divided by', () => {
    const { cellen } = pasOnthullingToe(
      fte,
      [
        { id: 'A', teller: 3.2, noemer: 400 },
        { id: 'B', teller: 0.5, noemer: 8 },
      ],
      regels,
    );
    expect(cellen[0]).toEqual({ id: 'A', teller: 3.2, noemer: 400, waarde: 8, onderdrukt: false });
    expect(cellen[1]!.onderdrukt).toBe(true);
    expect(pasOnthullingToe(kengetal('PERCENTAGE_INDIRECT')!, [{ id: 'A', teller: 0.4, noemer: 2 }], regels).cellen[0]).toMatchObject({
      onderdrukt: false,
      waarde: 20,
    });
  });

  it('suppresses the national figure when no cell is published and gives no value for a zero denominator', () => {
    const { cellen, landelijk } = pasOnthullingToe(hermeldingen, [{ id: 'A', teller: 0, noemer: 0 }], { minAantal: 0, afronding: 1 });
    expect(cellen[0]!.waarde).toBeNull();
    expect(landelijk.waarde).toBeNull();
    expect(pasOnthullingToe(volume, [{ id: 'A', teller: 4, noemer: null }], regels).landelijk.onderdrukt).toBe(true);
  });

  it('marks nothing when every count reaches the threshold, and ignores measures and unknown kengetallen', () => {
    const invoer: Invoer[] = KENGETALLEN.map((k) => ({
      id: 'A',
      periode: '2025',
      kengetal: k.code,
      teller: 50,
      noemer: k.noemer ? 100 : null,
    }));
    expect(onderdrukteCellen([...invoer, { id: 'A', periode: '2025', kengetal: 'ONBEKEND', teller: 1, noemer: null }], regels).size).toBe(
      0,
    );
    expect(onderdrukteCellen([{ id: 'A', periode: '2025', kengetal: 'PERCENTAGE_HBO', teller: 1, noemer: 2 }], regels).size).toBe(0);
  });
});

describe('quartiles', () => {
  it('interpolates like QUARTILE.INC', () => {
    expect(kwantiel([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(kwantiel([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(kwantiel([7], 0.75)).toBe(7);
    expect(kwantiel([], 0.5)).toBeNull();
  });
});
