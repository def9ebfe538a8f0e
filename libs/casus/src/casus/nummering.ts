import type { EntityManager } from 'typeorm';
import { rows } from '@vt/database';

/**
 * Human-readable numbers per region, kind and year (e.g. M-2026-000042). The counter row is
 * locked by the upsert, so concurrent registrations get distinct numbers.
 */
export async function volgendNummer(m: EntityManager, soort: 'A' | 'C' | 'M', jaar: number): Promise<string> {
  const [row] = await rows<{ laatste: number }>(
    m,
    `INSERT INTO nummering (soort, jaar, laatste) VALUES ($1, $2, 1)
     ON CONFLICT (tenant_id, soort, jaar) DO UPDATE SET laatste = nummering.laatste + 1
     RETURNING laatste`,
    [soort, jaar],
  );
  return `${soort}-${jaar}-${String(row!.laatste).padStart(6, '0')}`;
}
