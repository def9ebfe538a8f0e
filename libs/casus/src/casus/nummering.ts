import { Injectable } from '@nestjs/common';
import { AutonomeTransactie } from '@vt/database';

/**
 * Human-readable numbers per region, kind and year (e.g. M-2026-000042). The counter is taken in
 * a transaction of its own, so its row lock lasts one statement instead of a whole registration:
 * concurrent registrations of a region get distinct numbers without queueing behind each other.
 * A registration that fails afterwards leaves a gap in the numbers, as a sequence would.
 */
@Injectable()
export class Nummering {
  constructor(private readonly autonoom: AutonomeTransactie) {}

  async volgend(soort: 'A' | 'C' | 'M', jaar: number): Promise<string> {
    const [row] = await this.autonoom.voerUit<{ laatste: number }>(
      `INSERT INTO nummering (soort, jaar, laatste) VALUES ($1, $2, 1)
       ON CONFLICT (tenant_id, soort, jaar) DO UPDATE SET laatste = nummering.laatste + 1
       RETURNING laatste`,
      [soort, jaar],
    );
    return `${soort}-${jaar}-${String(row!.laatste).padStart(6, '0')}`;
  }
}
