/**
 * Roles a token can carry. Region roles work inside one region; the landelijk-analist sees aggregates only.
 * Defined here (not in @vt/auth) because the trusted-issuer file's role mappings are validated at start-up.
 */
export const ROLLEN = [
  'medewerker',
  'administratief-medewerker',
  'gedragswetenschapper',
  'vertrouwensarts',
  'teammanager',
  'functioneel-beheerder',
  // Handles the requests of betrokkenen (AVG) and the klachtenregister, without access to case content.
  'privacyfunctionaris',
  'landelijk-analist',
] as const;
