import { UnrecoverableError } from 'bullmq';
import { TenantContextMissingError, assertTenantId } from '@vt/database';

/**
 * The tenant a job carries, checked before anything runs: a job without a valid one fails at once
 * and for good (no retries), so background work never runs outside a region.
 */
export function jobTenantId(data: unknown): string {
  const tenantId = (data as { tenantId?: unknown } | null | undefined)?.tenantId;
  try {
    assertTenantId(tenantId);
  } catch (error) {
    if (error instanceof TenantContextMissingError) throw new UnrecoverableError('job has no valid tenant; refused');
    throw error;
  }
  return tenantId;
}
