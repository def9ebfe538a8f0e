import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CasusVerhuizingen, type CasusVerhuizer, type Verhuizing } from '@vt/casus';
import { kysely } from '@vt/database';

/**
 * Moves vervolg's records with their family when casussen are merged or split: on a merge all of
 * them; on a split those of the moved meldingen (interventies, overdrachten with their monitoring,
 * deadline tasks, statutory notifications). Crisisinterventies and huisverboden concern the household as a whole and stay
 * with the casus on a split. Beoordelingen, terugkoppelingen and voorwaarden hang off a melding or
 * interventie and need no move.
 */
@Injectable()
export class VervolgVerhuizer implements CasusVerhuizer, OnModuleInit {
  constructor(private readonly verhuizingen: CasusVerhuizingen) {}

  onModuleInit(): void {
    this.verhuizingen.registreer(this);
  }

  async verhuis(m: EntityManager, { vanCasusId, naarCasusId, meldingIds }: Verhuizing): Promise<void> {
    const db = kysely(m);
    for (const tabel of ['interventie', 'overdracht', 'taak', 'kennisgeving'] as const) {
      await db
        .updateTable(tabel)
        .set({ casus_id: naarCasusId })
        .where('casus_id', '=', vanCasusId)
        .$if(meldingIds !== null, (q) => q.where('melding_id', '=', (eb) => eb.fn.any(eb.val(meldingIds!))))
        .execute();
    }
    await db
      .updateTable('monitoring_contact')
      .set({ casus_id: naarCasusId })
      .where('casus_id', '=', vanCasusId)
      // A contact follows an overdracht or an intervention Veilig Thuis closed itself; it moves with that melding.
      .$if(meldingIds !== null, (q) =>
        q.where((eb) =>
          eb.or([
            eb(
              'overdracht_id',
              'in',
              eb
                .selectFrom('overdracht')
                .select('id')
                .where('melding_id', '=', eb.fn.any(eb.val(meldingIds!))),
            ),
            eb(
              'interventie_id',
              'in',
              eb
                .selectFrom('interventie')
                .select('id')
                .where('melding_id', '=', eb.fn.any(eb.val(meldingIds!))),
            ),
          ]),
        ),
      )
      .execute();
    if (meldingIds === null) {
      for (const tabel of ['crisisinterventie', 'huisverbod'] as const) {
        await db.updateTable(tabel).set({ casus_id: naarCasusId }).where('casus_id', '=', vanCasusId).execute();
      }
    }
  }
}
