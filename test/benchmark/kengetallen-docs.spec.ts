import { readFile } from 'node:fs/promises';
import { KENGETALLEN, kengetallenReferentie, REFERENTIE_PAD } from '@vt/benchmark-kengetallen';

/** The reference page is generated from the catalogue: the committed page must be what the script writes now. */
describe('kengetallen reference page', () => {
  it(`${REFERENTIE_PAD} is up to date (run npm run docs:kengetallen after changing the catalogue)`, async () => {
    const committed = await readFile(new URL(`../../${REFERENTIE_PAD}`, import.meta.url), 'utf8');
    expect(committed).toBe(kengetallenReferentie());
  });

  it('documents every kengetal with its numerator, denominator and source tables', () => {
    const page = kengetallenReferentie();
    for (const k of KENGETALLEN) {
      const sectie = page.slice(page.indexOf(`### \`${k.code}\``));
      expect([k.code, sectie.length > 0 && page.includes(`### \`${k.code}\``)]).toEqual([k.code, true]);
      expect(sectie).toMatch(/\*\*Numerator \(teller\)\*\*: .+ = `[A-Z_]+`/);
      expect(sectie).toMatch(/\*\*Denominator \(noemer\)\*\*: /);
      expect(sectie).toMatch(/\*\*Source tables\*\*: `[a-z_.]+`/);
    }
  });
});
