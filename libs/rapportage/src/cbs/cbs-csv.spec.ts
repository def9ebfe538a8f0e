import { CSV_KOLOMMEN, leesCsv, naarCsv, pseudoniem, type CbsLeveringRij } from './cbs-csv.js';

const rij = (over: Partial<CbsLeveringRij> = {}): CbsLeveringRij =>
  ({ ...Object.fromEntries(CSV_KOLOMMEN.map(([k]) => [k, ''])), soort: 'MELDING', ...over }) as CbsLeveringRij;

describe('delivery CSV', () => {
  it('writes CRLF lines with a header and reads back what it wrote, quoting only where needed', () => {
    const rijen = [rij({ gemeente: 'GM0034', aard_geweld: 'A|B' }), rij({ organisatie: 'met, komma en "quote"' })];
    const csv = naarCsv(rijen);
    expect(csv.startsWith(`${CSV_KOLOMMEN.map(([k]) => k).join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"met, komma en ""quote"""');
    expect(leesCsv(csv)).toEqual(rijen);
  });

  it('refuses a file with another header or a short row', () => {
    expect(() => leesCsv('a,b\r\n')).toThrow(/header/);
    expect(() => leesCsv(`${CSV_KOLOMMEN.map(([k]) => k).join(',')}\r\nMELDING\r\n`)).toThrow(/fields/);
  });

  it('keys an id the same way under one secret and differently under another or for another kind', () => {
    const a = Buffer.alloc(32, 1);
    const b = Buffer.alloc(32, 2);
    const id = '0b6f2a8e-3f8e-4a55-9a34-1c2d3e4f5a6b';
    expect(pseudoniem(a, 'persoon', id)).toBe(pseudoniem(a, 'persoon', id));
    expect(pseudoniem(a, 'persoon', id)).toMatch(/^[0-9a-f]{32}$/);
    expect(pseudoniem(b, 'persoon', id)).not.toBe(pseudoniem(a, 'persoon', id));
    expect(pseudoniem(a, 'record', id)).not.toBe(pseudoniem(a, 'persoon', id));
  });
});
