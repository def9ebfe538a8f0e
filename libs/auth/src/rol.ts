/** Roles a token can carry. Region roles work inside one region; the landelijk-analist sees aggregates only. */
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
export type Rol = (typeof ROLLEN)[number];

export const REGIO_ROLLEN: readonly Rol[] = ROLLEN.filter((rol) => rol !== 'landelijk-analist');

export function isRol(value: unknown): value is Rol {
  return typeof value === 'string' && (ROLLEN as readonly string[]).includes(value);
}
