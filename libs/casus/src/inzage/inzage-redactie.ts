/** What a free text must not show, and the label that replaces it. */
export interface Afscherming {
  tekst: string;
  label: string;
}

const ROL_LABEL: Record<string, string> = {
  SLACHTOFFER: '[slachtoffer]',
  PLEGER: '[pleger]',
  KIND: '[kind]',
  OUDER_VERZORGER: '[ouder/verzorger]',
  OVERIG: '[betrokkene]',
};

/** The label another betrokkene is shown as instead of their name. */
export function rolLabel(rol: string): string {
  return ROL_LABEL[rol] ?? '[betrokkene]';
}

export const MELDER_LABEL = '[melder]';

/**
 * Replaces every known name, BSN and contact detail of others in a free text by its label,
 * case-insensitive, longest first (so "Jan de Vries" is replaced before "Jan"). Only what the
 * platform recorded is known: a nickname or a misspelling in a journal text is not caught.
 */
export function redigeer(tekst: string, afschermingen: readonly Afscherming[]): string {
  let uit = tekst;
  const gesorteerd = [...afschermingen].filter((a) => a.tekst.trim().length >= 2).sort((a, b) => b.tekst.length - a.tekst.length);
  for (const { tekst: zoek, label } of gesorteerd) {
    const patroon = new RegExp(`(?<![\\p{L}\\p{N}])${zoek.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    uit = uit.replace(patroon, label);
  }
  return uit;
}

/**
 * The strings to hide for one other person: the full name, the given name when it is not part of
 * the person's own name (family members share a surname, so the surname alone is never replaced),
 * the BSN and the contact details.
 */
export function afschermingenVan(
  ander: { naam: string; bsn: string | null; telefoon: string | null; email: string | null },
  label: string,
  eigenNaam: string,
): Afscherming[] {
  const eigen = new Set(eigenNaam.toLowerCase().split(/\s+/));
  const uit: Afscherming[] = [{ tekst: ander.naam, label }];
  const voornaam = ander.naam.trim().split(/\s+/)[0];
  if (voornaam && voornaam.length >= 3 && !eigen.has(voornaam.toLowerCase()) && voornaam !== ander.naam.trim()) {
    uit.push({ tekst: voornaam, label });
  }
  for (const waarde of [ander.bsn, ander.telefoon, ander.email]) if (waarde) uit.push({ tekst: waarde, label });
  return uit;
}
