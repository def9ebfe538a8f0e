import { Injectable } from '@nestjs/common';
import { CurrentActor } from '@vt/auth';
import { CasusChangeRecorder, MeldingService, markeerGescreend, type MeldingRow } from '@vt/casus';
import { TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie } from '@vt/platform';
import { meldingVoorWijziging } from '../vervolg.support.js';
import type { ScreenMeldingInput } from './screening.types.js';

/**
 * The same-werkdag screening of every new melding for acute danger. Acuut: a crisisinterventie is
 * started, the melding goes to the region's crisis team and its beoordeling leads every werkvoorraad
 * (ACUUT_BEOORDELEN); niet acuut: the normal veiligheidsbeoordeling follows. A melding is screened
 * once; the unscreened ones are the SCREENEN work (and tasks when their werkdag passes).
 */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly meldingen: MeldingService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  screen(input: ScreenMeldingInput): Promise<MeldingRow> {
    const toelichting = check.optioneleTekst('toelichting', input.toelichting, 2000);
    const acuut = input.uitkomst === 'ACUUT';
    if (acuut && !toelichting) throw validatie('toelichting', 'is required for ACUUT: it starts the crisisinterventie');
    if (!isUuid(input.meldingId)) throw nietGevonden('Melding');
    return this.db.run(async (m) => {
      const melding = await meldingVoorWijziging(m, this.meldingen, input.meldingId, input.versie);
      if (!melding.uiterlijke_screeningsdatum)
        throw ongeldigeOvergang(
          'The melding is not awaiting screening (already screened, niet-uniek, or registered before screening existed)',
        );
      if (melding.fase === 'AFGESLOTEN') throw ongeldigeOvergang('The melding is closed');
      const actor = this.current.actor;
      const crisis = acuut
        ? await kysely(m)
            .insertInto('crisisinterventie')
            .values({ casus_id: melding.casus_id, datum: new Date(), samenvatting: toelichting!, geregistreerd_door: actor.userId })
            .returning('id')
            .executeTakeFirstOrThrow()
        : null;
      const screening = await kysely(m)
        .insertInto('screening')
        .values({
          melding_id: melding.id,
          uitkomst: input.uitkomst,
          uiterlijk: melding.uiterlijke_screeningsdatum,
          toelichting,
          crisisinterventie_id: crisis?.id ?? null,
          gescreend_door: actor.userId,
          gescreend_door_naam: actor.naam,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const crisisteam = (await this.instellingen.lees(m)).crisisteam;
      await markeerGescreend(m, melding.id, acuut ? { team: crisisteam } : null);
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'UPDATE',
        objectType: 'Melding',
        objectId: melding.id,
        tijdlijn: [
          {
            soort: 'GESCREEND',
            omschrijving: `Melding ${melding.nummer} gescreend: ${acuut ? `acuut${crisisteam ? `, naar ${crisisteam}` : ''}` : 'niet acuut'}`,
            objectType: 'Screening',
            objectId: screening.id,
          },
          ...(crisis
            ? [
                {
                  soort: 'CRISISINTERVENTIE' as const,
                  omschrijving: 'Crisisinterventie na acute screening',
                  objectType: 'Crisisinterventie',
                  objectId: crisis.id,
                },
              ]
            : []),
        ],
      });
      return (await this.meldingen.leesZichtbaar(m, melding.id))!;
    });
  }
}
