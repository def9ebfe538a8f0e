import { Injectable } from '@nestjs/common';
import { AutonomousTransaction } from '@vt/database';

/**
 * Human-readable numbers per region, kind and year (e.g. M-2026-000042). The counter is taken in
 * a transaction of its own, so its row lock lasts one statement instead of a whole registration:
 * concurrent registrations of a region get distinct numbers without queueing behind each other.
 * A registration that fails afterwards leaves a gap in the numbers, as a sequence would.
 */
@Injectable()
export class Nummering {
  constructor(private readonly autonoom: AutonomousTransaction) {}

  async volgend(soort: 'A' | 'C' | 'M', jaar: number): Promise<string> {
    const { laatste } = await this.autonoom.run((db) =>
      db
        .insertInto('nummering')
        .values({ soort, jaar, laatste: 1 })
        .onConflict((conflict) =>
          conflict.columns(['tenant_id', 'soort', 'jaar']).doUpdateSet((eb) => ({ laatste: eb('nummering.laatste', '+', 1) })),
        )
        .returning('laatste')
        .executeTakeFirstOrThrow(),
    );
    return `${soort}-${jaar}-${String(laatste).padStart(6, '0')}`;
  }
}
