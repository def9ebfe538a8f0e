/**
 * The terms of the statutory notifications, in werkdagen of the region's calendar from the event
 * that creates the duty. Constants for now (the regions' plans agree on them); they move to the
 * region settings when a region needs another term.
 */
export const KENNISGEVING_TERMIJN_WERKDAGEN = {
  /** Inform the directbetrokkenen that Veilig Thuis holds their data: within the veiligheidsbeoordeling's 5 werkdagen of receipt. */
  BETROKKENEN_INFORMEREN: 5,
  /** Inform the directbetrokkenen of the overdracht and to whom: 5 werkdagen after it is registered. */
  BETROKKENEN_INFORMEREN_OVERDRACHT: 5,
  /** Inform the police (a crime with acute danger, a huisverbod context): the next werkdag. */
  POLITIE_INFORMEREN: 1,
  /** Notify the college van B&W of a verzoek tot onderzoek to the Raad: 5 werkdagen after the verzoek. */
  COLLEGE_BW_INFORMEREN: 5,
} as const;
