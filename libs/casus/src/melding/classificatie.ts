import type { MeldingClassificatie, MeldingFase, PolitieMelding } from '../classificaties/index.js';

/**
 * CBS 85361 classification of a new melding from what the region already knew: no known person →
 * eerste melding; known persons whose casus has a melding in progress → vervolgmelding (tijdens
 * beoordeling before na beoordeling before tijdens monitoring); known but no involvement → hermelding.
 */
export function classificeer(
  politie: PolitieMelding | null,
  bekendePersonen: number,
  lopendeFasen: readonly MeldingFase[],
): MeldingClassificatie {
  if (politie === 'NIET_UNIEK') return 'NIET_INGEDEELD';
  if (bekendePersonen === 0) return 'EERSTE_MELDING';
  if (lopendeFasen.some((f) => f === 'TE_BEOORDELEN' || f === 'TER_TOETSING')) return 'VERVOLGMELDING_TIJDENS_BEOORDELING';
  if (lopendeFasen.some((f) => f === 'ONDERZOEK' || f === 'VOORWAARDEN_EN_VERVOLG' || f === 'REGIONAAL_MAATWERK' || f === 'OVERDRACHT'))
    return 'VERVOLGMELDING_NA_BEOORDELING';
  if (lopendeFasen.includes('MONITORING')) return 'VERVOLGMELDING_TIJDENS_MONITORING';
  return 'HERMELDING';
}
