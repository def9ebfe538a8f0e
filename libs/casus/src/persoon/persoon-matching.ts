import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { kysely, sql } from '@vt/database';
import { bekendePersonen, vergrendelMatchSleutels, vulBsnAan } from './persoon.sql.js';

export interface BetrokkeneGegevens {
  naam: string;
  geboortedatum: string | null;
  bsn: string | null;
}

export interface GevondenPersoon {
  persoonId: string;
  bekend: boolean;
}

/**
 * Radarfunctie within the region: a betrokkene is the known person with the same BSN, or (without
 * a BSN match) with the same name (case-insensitive) and date of birth. Unknown ones are created.
 * Two queries for a whole melding, however many betrokkenen.
 */
export async function matchPersonen(m: EntityManager, betrokkenen: BetrokkeneGegevens[]): Promise<GevondenPersoon[]> {
  const db = kysely(m);
  await vergrendelMatchSleutels(db, betrokkenen);
  const known = await bekendePersonen(db, betrokkenen);
  const result: (GevondenPersoon | null)[] = betrokkenen.map((b) => {
    const byBsn = b.bsn ? known.find((p) => p.bsn === b.bsn) : undefined;
    const byNaam = b.geboortedatum
      ? known.find(
          (p) =>
            p.naam.toLowerCase() === b.naam.toLowerCase() && p.geboortedatum === b.geboortedatum && (!b.bsn || !p.bsn || p.bsn === b.bsn),
        )
      : undefined;
    const match = byBsn ?? byNaam;
    return match ? { persoonId: match.id, bekend: true } : null;
  });
  const nieuw = betrokkenen.filter((_, i) => result[i] === null);
  if (nieuw.length > 0) {
    // Ids are made here so each new person is tied to its input without relying on RETURNING order.
    const ids = nieuw.map(() => randomUUID());
    await db
      .insertInto('persoon')
      .columns(['id', 'naam', 'geboortedatum', 'bsn'])
      .expression(
        sql`SELECT * FROM unnest(${ids}::uuid[], ${nieuw.map((b) => b.naam)}::text[], ${nieuw.map((b) => b.geboortedatum)}::date[], ${nieuw.map((b) => b.bsn)}::text[])`,
      )
      .execute();
    let next = 0;
    for (let i = 0; i < result.length; i++) if (result[i] === null) result[i] = { persoonId: ids[next++]!, bekend: false };
  }
  // A known person matched by name may now get its BSN.
  const aanvullen = betrokkenen.map((b, i) => ({ b, r: result[i]! })).filter(({ b, r }) => r.bekend && b.bsn);
  if (aanvullen.length > 0) {
    await vulBsnAan(
      db,
      aanvullen.map(({ r, b }) => ({ persoonId: r.persoonId, bsn: b.bsn! })),
    );
  }
  return result as GevondenPersoon[];
}
