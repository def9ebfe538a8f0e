import type { Rol } from './rol.js';

/** The verified caller of a request. Built only from a verified token. */
export interface Actor {
  userId: string;
  naam: string;
  rollen: Rol[];
  /** Region code from the token (e.g. VT18); absent for the landelijk-analist. */
  tenantCode?: string;
  /** Tenant id resolved from tenantCode; absent when the caller belongs to no region. */
  tenantId?: string;
  /** Team within the region (claim "team"), used when a tenant restricts work to teams. */
  team?: string;
  /** The user on whose behalf this caller acts (claim "act.sub", RFC 8693), for the access log. */
  namens?: string;
}

export const CLS_CLIENT_ADRES = 'clientAdres';

export const CLS_ACTOR = 'actor';
