import { defineEnum } from '@vt/platform';

/** Where a melding stands in the primary process. Transitions are listed in vervolg's state machine. */
export const MeldingFase = defineEnum(
  {
    TE_BEOORDELEN: 'TE_BEOORDELEN',
    TER_TOETSING: 'TER_TOETSING',
    ONDERZOEK: 'ONDERZOEK',
    VOORWAARDEN_EN_VERVOLG: 'VOORWAARDEN_EN_VERVOLG',
    REGIONAAL_MAATWERK: 'REGIONAAL_MAATWERK',
    OVERDRACHT: 'OVERDRACHT',
    MONITORING: 'MONITORING',
    AFGESLOTEN: 'AFGESLOTEN',
  } as const,
  'MeldingFase',
  'Phase of a melding in the primary process.',
  {
    TE_BEOORDELEN: "Awaiting the veiligheidsbeoordeling (within the region's beoordeling term, 5 werkdagen by default, of receipt).",
    TER_TOETSING: 'A besluit is proposed and awaits intercollegiale toetsing.',
    ONDERZOEK: "Veilig Thuis investigates (onderzoek; statutory 10 weken from the besluit, the region's interventieWeken).",
    VOORWAARDEN_EN_VERVOLG:
      "Veilig Thuis sets conditions and arranges follow-up (V&V; statutory 10 weken from the besluit, the region's interventieWeken).",
    REGIONAAL_MAATWERK:
      "Inzet regionaal maatwerk: Veilig Thuis stays involved in the region's own arrangement until the team closes it (sluitMaatwerkAf), within the region's interventie term.",
    OVERDRACHT: 'To be handed over to a partner; on the wachtlijst until a date is agreed.',
    MONITORING: 'Handed over, or closed by Veilig Thuis itself after an onderzoek or V&V; safety is checked at 3 and 12 months.',
    AFGESLOTEN: 'Closed.',
  },
);
export type MeldingFase = (typeof MeldingFase)[keyof typeof MeldingFase];

/** Phases in which Veilig Thuis is involved with the casus (for the CBS vervolgmelding classes). */
export const BETROKKEN_FASEN: readonly MeldingFase[] = [
  'TE_BEOORDELEN',
  'TER_TOETSING',
  'ONDERZOEK',
  'VOORWAARDEN_EN_VERVOLG',
  'REGIONAAL_MAATWERK',
  'OVERDRACHT',
  'MONITORING',
];
