import { Injectable, Logger } from '@nestjs/common';
import type { Permission, Weigeringen } from '@vt/auth';
import { TenantContext } from '@vt/database';
import { isUuid, safeSummary } from '@vt/platform';
import { ToegangslogService, type ToegangActie } from './toegangslog.service.js';

const ACTIE: Record<Permission['action'], ToegangActie> = {
  read: 'READ',
  create: 'CREATE',
  update: 'UPDATE',
  delete: 'DELETE',
  manage: 'UPDATE',
};

/**
 * GEWEIGERD entries for refused attempts (refused by the guard, or by a service: an id that is
 * missing, foreign or of another team, a state or version that does not allow the change). They
 * are written in a transaction of their own, so the rollback of the refused work keeps them.
 * Callers without a region (landelijk-analist) have no tenant to log under: their refusals go to
 * the application log only, without arguments.
 */
@Injectable()
export class WeigeringenLog implements Weigeringen {
  private readonly logger = new Logger('Toegangslog');

  constructor(
    private readonly log: ToegangslogService,
    private readonly tenant: TenantContext,
  ) {}

  async legVast(permission: Permission | undefined, args: unknown): Promise<void> {
    if (!this.tenant.tenantId) {
      this.logger.warn(
        { subject: permission?.subject ?? 'onbekend', action: permission?.action ?? 'onbekend' },
        'refused attempt without a region (not in the access log)',
      );
      return;
    }
    const doel = doelVan(args);
    try {
      await this.log.schrijfAutonoom({
        actie: ACTIE[permission?.action ?? 'read'],
        objectType: permission?.subject ?? 'Onbekend',
        objectId: doel.objectId,
        casusId: doel.casusId,
        uitkomst: 'GEWEIGERD',
      });
    } catch (error) {
      // The refusal stands either way; the failure is visible to operators (no arguments logged).
      this.logger.error({ err: error }, `refused attempt could not be written to the access log: ${safeSummary(error)}`);
    }
  }
}

/** The id the attempt was about, as the client sent it: `id`, or the first `…Id` argument or input field. */
function doelVan(args: unknown): { objectId: string | null; casusId: string | null } {
  if (!args || typeof args !== 'object') return { objectId: null, casusId: null };
  const velden: [string, unknown][] = [];
  for (const [key, value] of Object.entries(args)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) velden.push(...Object.entries(value));
    else velden.push([key, value]);
  }
  const idVeld = velden.find(([key, value]) => (key === 'id' || key.endsWith('Id')) && typeof value === 'string');
  const casus = velden.find(([key, value]) => key === 'casusId' && typeof value === 'string' && isUuid(value));
  return { objectId: idVeld ? String(idVeld[1]).slice(0, 200) : null, casusId: casus ? (casus[1] as string) : null };
}
