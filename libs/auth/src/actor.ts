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
}

export const CLS_ACTOR = 'actor';
