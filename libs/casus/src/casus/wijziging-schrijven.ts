import type { EntityManager } from 'typeorm';
import type { Actor } from '@vt/auth';
import { kysely } from '@vt/database';

/** One changed field of one object, as the history keeps it. */
export interface WijzigingRegel {
  casusId: string | null;
  persoonId: string | null;
  objectType: string;
  objectId: string;
  veld: string;
  oud: unknown;
  nieuw: unknown;
}

/** Appends history rows (the append-only `wijziging` table) in the caller's transaction, one statement. */
export async function schrijfWijzigingen(m: EntityManager, actor: Actor, reden: string, regels: readonly WijzigingRegel[]): Promise<void> {
  if (regels.length === 0) return;
  const json = (waarde: unknown) => (waarde === null || waarde === undefined ? null : JSON.stringify(waarde));
  await kysely(m)
    .insertInto('wijziging')
    .values(
      regels.map((r) => ({
        casus_id: r.casusId,
        persoon_id: r.persoonId,
        object_type: r.objectType,
        object_id: r.objectId,
        veld: r.veld,
        oud: json(r.oud),
        nieuw: json(r.nieuw),
        reden,
        door: actor.userId,
        door_naam: actor.naam,
      })),
    )
    .execute();
}
