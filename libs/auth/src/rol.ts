import { ROLLEN } from '@vt/config';

/** Roles a token can carry (the list lives in @vt/config, which validates the issuers' role mappings against it). */
export { ROLLEN };
export type Rol = (typeof ROLLEN)[number];

export const REGIO_ROLLEN: readonly Rol[] = ROLLEN.filter((rol) => rol !== 'landelijk-analist');

export function isRol(value: unknown): value is Rol {
  return typeof value === 'string' && (ROLLEN as readonly string[]).includes(value);
}
