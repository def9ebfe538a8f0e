import { defineEnum } from '@vt/platform';

export const Besluit = defineEnum(
  {
    GEEN_VERVOLGSTAPPEN: 'GEEN_VERVOLGSTAPPEN',
    OVERDRACHT: 'OVERDRACHT',
    ONDERZOEK: 'ONDERZOEK',
    VOORWAARDEN_EN_VERVOLG: 'VOORWAARDEN_EN_VERVOLG',
    REGIONAAL_MAATWERK: 'REGIONAAL_MAATWERK',
  } as const,
  'Besluit',
  'Outcome of the veiligheidsbeoordeling (CBS 84852).',
  {
    GEEN_VERVOLGSTAPPEN: 'Geen vervolgstappen nodig: the melding is closed.',
    OVERDRACHT: 'Overdracht to the lokale veld or another partner.',
    ONDERZOEK: 'Vervolgstappen bij Veilig Thuis: onderzoek.',
    VOORWAARDEN_EN_VERVOLG: 'Vervolgstappen bij Veilig Thuis: voorwaarden en vervolg.',
    REGIONAAL_MAATWERK: 'Inzet regionaal maatwerk.',
  },
);
export type Besluit = (typeof Besluit)[keyof typeof Besluit];

export const BeoordelingStatus = defineEnum(
  { TER_TOETSING: 'TER_TOETSING', VASTGESTELD: 'VASTGESTELD', AFGEWEZEN: 'AFGEWEZEN' } as const,
  'BeoordelingStatus',
  'State of a proposed besluit.',
  {
    TER_TOETSING: 'Proposed; awaits intercollegiale toetsing by another staff member.',
    VASTGESTELD: 'Confirmed by a colleague: in effect.',
    AFGEWEZEN: 'Not confirmed; the melding went back to be assessed again.',
  },
);
export type BeoordelingStatus = (typeof BeoordelingStatus)[keyof typeof BeoordelingStatus];

export const InterventieSoort = defineEnum(
  { ONDERZOEK: 'ONDERZOEK', VOORWAARDEN_EN_VERVOLG: 'VOORWAARDEN_EN_VERVOLG' } as const,
  'InterventieSoort',
  'Kind of intervention by Veilig Thuis.',
  {
    ONDERZOEK: 'Onderzoek: does violence or abuse occur?',
    VOORWAARDEN_EN_VERVOLG: 'Voorwaarden en vervolg: safety conditions and follow-up without a full investigation.',
  },
);
export type InterventieSoort = (typeof InterventieSoort)[keyof typeof InterventieSoort];

export const InterventieStatus = defineEnum(
  { GEPLAND: 'GEPLAND', GESTART: 'GESTART', AFGESLOTEN: 'AFGESLOTEN', VOORTIJDIG_AFGESLOTEN: 'VOORTIJDIG_AFGESLOTEN' } as const,
  'InterventieStatus',
  'State of an onderzoek or V&V.',
  {
    GEPLAND: "Decided, not started yet (start within the region's start term, 5 werkdagen by default, of the decision).",
    GESTART: 'Started (finish within the statutory term from the decision, 10 weken by default).',
    AFGESLOTEN: 'Closed with an outcome.',
    VOORTIJDIG_AFGESLOTEN: 'Closed early, with a reason.',
  },
);
export type InterventieStatus = (typeof InterventieStatus)[keyof typeof InterventieStatus];

export const OnderzoekUitkomst = defineEnum(
  { BEVESTIGD: 'BEVESTIGD', NIET_BEVESTIGD: 'NIET_BEVESTIGD', WEERLEGD: 'WEERLEGD' } as const,
  'OnderzoekUitkomst',
  'Outcome per aard geweld.',
  {
    BEVESTIGD: 'Confirmed.',
    NIET_BEVESTIGD: 'Not confirmed (nor refuted).',
    WEERLEGD: 'Refuted.',
  },
);
export type OnderzoekUitkomst = (typeof OnderzoekUitkomst)[keyof typeof OnderzoekUitkomst];

export const Vervolg = defineEnum(
  { OVERDRACHT: 'OVERDRACHT', MONITORING: 'MONITORING', AFSLUITEN: 'AFSLUITEN' } as const,
  'Vervolg',
  'What follows a closed intervention.',
  {
    OVERDRACHT: 'Hand the case over to a partner (then monitoring).',
    MONITORING:
      'Veilig Thuis closes the case itself and keeps following it: monitoring contacts at 3 and 12 months after the closing date (the 12-month contact closes the melding).',
    AFSLUITEN: 'Close the melding.',
  },
);
export type Vervolg = (typeof Vervolg)[keyof typeof Vervolg];

export const PartnerType = defineEnum(
  {
    LOKAAL_TEAM: 'LOKAAL_TEAM',
    JEUGDBESCHERMING: 'JEUGDBESCHERMING',
    RAAD_VOOR_DE_KINDERBESCHERMING: 'RAAD_VOOR_DE_KINDERBESCHERMING',
    POLITIE: 'POLITIE',
    RECLASSERING: 'RECLASSERING',
    GGZ: 'GGZ',
    VROUWENOPVANG: 'VROUWENOPVANG',
    HUISARTS: 'HUISARTS',
    JEUGDHULP: 'JEUGDHULP',
    MAATSCHAPPELIJKE_OPVANG: 'MAATSCHAPPELIJKE_OPVANG',
    VERSLAVINGSZORG: 'VERSLAVINGSZORG',
    GEHANDICAPTENZORG: 'GEHANDICAPTENZORG',
    VEILIG_THUIS_ANDERE_REGIO: 'VEILIG_THUIS_ANDERE_REGIO',
    ANDERS: 'ANDERS',
  } as const,
  'PartnerType',
  'Kind of partner a case is handed over to: the type hulp of the CBS overdracht table (84855).',
  {
    LOKAAL_TEAM: 'Lokaal team or wijkteam of the gemeente (give gemeenteCode).',
    JEUGDBESCHERMING: 'Gecertificeerde instelling jeugdbescherming.',
    RAAD_VOOR_DE_KINDERBESCHERMING: 'Raad voor de Kinderbescherming.',
    POLITIE: 'Politie.',
    RECLASSERING: 'Reclassering.',
    GGZ: 'Geestelijke gezondheidszorg.',
    VROUWENOPVANG: 'Vrouwenopvang.',
    HUISARTS: 'Huisarts.',
    JEUGDHULP: 'Jeugdhulpaanbieder (ambulant or residential jeugdhulp).',
    MAATSCHAPPELIJKE_OPVANG: 'Maatschappelijke opvang (other than vrouwenopvang).',
    VERSLAVINGSZORG: 'Verslavingszorg.',
    GEHANDICAPTENZORG: 'Gehandicaptenzorg.',
    VEILIG_THUIS_ANDERE_REGIO: 'Veilig Thuis of another region (the household moved there).',
    ANDERS: 'Another partner.',
  },
);
export type PartnerType = (typeof PartnerType)[keyof typeof PartnerType];

export const OverdrachtStatus = defineEnum(
  { WACHTLIJST: 'WACHTLIJST', GEPLAND: 'GEPLAND', UITGEVOERD: 'UITGEVOERD' } as const,
  'OverdrachtStatus',
  'State of an overdracht.',
  {
    WACHTLIJST: 'No partner has agreed a date yet: the case is on the wachtlijst.',
    GEPLAND: 'A date is agreed.',
    UITGEVOERD: 'Handed over; monitoring follows.',
  },
);
export type OverdrachtStatus = (typeof OverdrachtStatus)[keyof typeof OverdrachtStatus];

export const MonitoringMoment = defineEnum(
  { DRIE_MAANDEN: 'DRIE_MAANDEN', TWAALF_MAANDEN: 'TWAALF_MAANDEN' } as const,
  'MonitoringMoment',
  'When a monitoring contact is due after the overdracht.',
  {
    DRIE_MAANDEN: 'Three months after the overdracht.',
    TWAALF_MAANDEN: 'Twelve months after the overdracht.',
  },
);
export type MonitoringMoment = (typeof MonitoringMoment)[keyof typeof MonitoringMoment];

export const MonitoringStatus = defineEnum(
  { GEPLAND: 'GEPLAND', UITGEVOERD: 'UITGEVOERD', VERVALLEN: 'VERVALLEN' } as const,
  'MonitoringStatus',
  'State of a monitoring contact.',
  {
    GEPLAND: 'Due on its date.',
    UITGEVOERD: 'Done, with scores.',
    VERVALLEN: 'No longer needed (a new intervention started).',
  },
);
export type MonitoringStatus = (typeof MonitoringStatus)[keyof typeof MonitoringStatus];

export const Veiligheidsscore = defineEnum(
  { VOLDOENDE: 'VOLDOENDE', ONVOLDOENDE: 'ONVOLDOENDE' } as const,
  'Veiligheidsscore',
  'Safety as judged at a monitoring contact.',
  {
    VOLDOENDE: 'Sufficiently safe.',
    ONVOLDOENDE: 'Not sufficiently safe.',
  },
);
export type Veiligheidsscore = (typeof Veiligheidsscore)[keyof typeof Veiligheidsscore];

export const TerugkoppelingMoment = defineEnum(
  { NA_BEOORDELING: 'NA_BEOORDELING', NA_ONDERZOEK: 'NA_ONDERZOEK' } as const,
  'TerugkoppelingMoment',
  'When the melder is informed.',
  {
    NA_BEOORDELING: 'After the veiligheidsbeoordeling.',
    NA_ONDERZOEK: 'After an onderzoek.',
  },
);
export type TerugkoppelingMoment = (typeof TerugkoppelingMoment)[keyof typeof TerugkoppelingMoment];

export const HuisverbodStatus = defineEnum(
  {
    LOPEND: 'LOPEND',
    VERLENGD: 'VERLENGD',
    BEEINDIGD: 'BEEINDIGD',
    AFGELOPEN: 'AFGELOPEN',
    INGETROKKEN: 'INGETROKKEN',
    VERNIETIGD: 'VERNIETIGD',
  } as const,
  'HuisverbodStatus',
  'State of a tijdelijk huisverbod.',
  {
    LOPEND: 'In force for 10 days.',
    VERLENGD: 'Extended (once, to at most 28 days from the start) and in force.',
    BEEINDIGD: 'Ended without a recorded kind of end (no longer given: an end is AFGELOPEN, INGETROKKEN or VERNIETIGD).',
    AFGELOPEN: 'The term has passed: recorded, or shown once the einddatum lies before today while no end was recorded.',
    INGETROKKEN: 'Withdrawn by the burgemeester before the end of the term.',
    VERNIETIGD: 'Annulled by the bestuursrechter.',
  },
);
export type HuisverbodStatus = (typeof HuisverbodStatus)[keyof typeof HuisverbodStatus];

export const HuisverbodEinde = defineEnum(
  { AFGELOPEN: 'AFGELOPEN', INGETROKKEN: 'INGETROKKEN', VERNIETIGD: 'VERNIETIGD' } as const,
  'HuisverbodEinde',
  'How a tijdelijk huisverbod ended.',
  {
    AFGELOPEN: 'The term (10 days, or up to 28 after an extension) has passed; the date is the einddatum.',
    INGETROKKEN: 'The burgemeester withdrew it, on a date within the term.',
    VERNIETIGD: 'The bestuursrechter annulled it.',
  },
);
export type HuisverbodEinde = (typeof HuisverbodEinde)[keyof typeof HuisverbodEinde];

export const VoorwaardeStatus = defineEnum(
  { AFGESPROKEN: 'AFGESPROKEN', NAGEKOMEN: 'NAGEKOMEN', NIET_NAGEKOMEN: 'NIET_NAGEKOMEN', VERVALLEN: 'VERVALLEN' } as const,
  'VoorwaardeStatus',
  'State of a veiligheidsvoorwaarde.',
  {
    AFGESPROKEN: 'Agreed; not checked yet.',
    NAGEKOMEN: 'Checked: the condition was met.',
    NIET_NAGEKOMEN: 'Checked: the condition was not met.',
    VERVALLEN: 'No longer applies (final).',
  },
);
export type VoorwaardeStatus = (typeof VoorwaardeStatus)[keyof typeof VoorwaardeStatus];
