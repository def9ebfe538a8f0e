import type { EntityManager } from 'typeorm';
import { zetMeldingFase, type MeldingFase } from '@vt/casus';
import { ongeldigeOvergang } from '@vt/platform';

/**
 * The state machine of a melding: every allowed change of phase. Anything else is refused with
 * ONGELDIGE_OVERGANG before a row changes.
 */
export const FASE_OVERGANGEN: Readonly<Record<MeldingFase, readonly MeldingFase[]>> = {
  TE_BEOORDELEN: ['TER_TOETSING'],
  TER_TOETSING: ['TE_BEOORDELEN', 'ONDERZOEK', 'VOORWAARDEN_EN_VERVOLG', 'REGIONAAL_MAATWERK', 'OVERDRACHT', 'AFGESLOTEN'],
  // Veilig Thuis may close an onderzoek or V&V itself and keep monitoring the family.
  ONDERZOEK: ['OVERDRACHT', 'MONITORING', 'AFGESLOTEN'],
  VOORWAARDEN_EN_VERVOLG: ['OVERDRACHT', 'MONITORING', 'AFGESLOTEN'],
  // Regionaal maatwerk stays open until the team closes it (sluitMaatwerkAf).
  REGIONAAL_MAATWERK: ['AFGESLOTEN'],
  OVERDRACHT: ['MONITORING'],
  MONITORING: ['AFGESLOTEN', 'ONDERZOEK', 'VOORWAARDEN_EN_VERVOLG'],
  AFGESLOTEN: [],
};

const OMSCHRIJVING: Record<MeldingFase, string> = {
  TE_BEOORDELEN: 'awaiting its veiligheidsbeoordeling',
  TER_TOETSING: 'awaiting intercollegiale toetsing',
  ONDERZOEK: 'in onderzoek',
  VOORWAARDEN_EN_VERVOLG: 'in voorwaarden en vervolg',
  REGIONAAL_MAATWERK: 'in regionaal maatwerk',
  OVERDRACHT: 'awaiting overdracht',
  MONITORING: 'in monitoring',
  AFGESLOTEN: 'closed',
};

/** Refuses an action unless the melding is in one of the phases it needs. */
export function vereisFase(huidige: MeldingFase, toegestaan: readonly MeldingFase[], actie: string): void {
  if (!toegestaan.includes(huidige)) {
    throw ongeldigeOvergang(
      `Cannot ${actie}: the melding is ${OMSCHRIJVING[huidige]} (allowed only when ${toegestaan.map((f) => OMSCHRIJVING[f]).join(' or ')})`,
    );
  }
}

/** Moves a melding to another phase if the state machine allows it; bumps its version (the melding is casus's: it writes it). */
export async function wijzigFase(m: EntityManager, meldingId: string, van: MeldingFase, naar: MeldingFase): Promise<void> {
  if (!FASE_OVERGANGEN[van].includes(naar)) throw ongeldigeOvergang(`A melding ${OMSCHRIJVING[van]} cannot become ${OMSCHRIJVING[naar]}`);
  await zetMeldingFase(m, meldingId, naar);
}
