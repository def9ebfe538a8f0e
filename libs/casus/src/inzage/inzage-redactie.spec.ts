import { afschermingenVan, redigeer, rolLabel } from './inzage-redactie.js';

describe('redaction of free text in an inzage', () => {
  const ouder = afschermingenVan(
    { naam: 'Piet de Vries', bsn: '123456782', telefoon: '06-12345678', email: null },
    rolLabel('OUDER_VERZORGER'),
    'Anna de Vries',
  );

  it('replaces the full name, the given name, the BSN and contact details of another person by the role label', () => {
    expect(redigeer('Piet de Vries (123456782, 06-12345678) belde. Piet was boos.', ouder)).toBe(
      '[ouder/verzorger] ([ouder/verzorger], [ouder/verzorger]) belde. [ouder/verzorger] was boos.',
    );
  });

  it("keeps the person's own name, a shared surname and words that merely contain a name", () => {
    expect(redigeer('Anna de Vries sprak met Pieter over de Vries-familie.', ouder)).toBe(
      'Anna de Vries sprak met Pieter over de Vries-familie.',
    );
  });

  it('is case-insensitive and treats special characters in names literally', () => {
    const melder = afschermingenVan({ naam: 'J. (Jan) Smit', bsn: null, telefoon: null, email: null }, '[melder]', 'Anna');
    expect(redigeer('volgens j. (jan) smit', melder)).toBe('volgens [melder]');
  });
});
