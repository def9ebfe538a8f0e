import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { CasusChangeRecorder, CasusService, MeldingService, wijsMeldingToe, type MeldingRow } from '@vt/casus';
import { TenantDb, kysely } from '@vt/database';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie } from '@vt/platform';
import { vereisFase } from '../overgangen.js';
import { datumNietInToekomst, meldingVoorWijziging } from '../vervolg.support.js';
import { CRISIS_COLUMNS, TERUGKOPPELING_COLUMNS, toCrisisinterventie, toTerugkoppeling } from './casus-acties.row.js';
import type {
  Crisisinterventie,
  RegistreerCrisisInput,
  RegistreerTerugkoppelingInput,
  Terugkoppeling,
  WijsToeInput,
} from './casus-acties.types.js';

/** Terugkoppeling aan de melder, crisisinterventie and assignment of work. */
@Injectable()
export class CasusActiesService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly meldingen: MeldingService,
    private readonly casussen: CasusService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  registreerTerugkoppeling(input: RegistreerTerugkoppelingInput): Promise<Terugkoppeling> {
    const samenvatting = check.tekst('samenvatting', input.samenvatting, { max: 10_000 });
    const datum = datumNietInToekomst('datum', input.datum);
    return this.db.run(async (m) => {
      const melding = isUuid(input.meldingId) ? await this.meldingen.leesZichtbaar(m, input.meldingId) : null;
      if (!melding) throw nietGevonden('Melding');
      if (input.moment === 'NA_BEOORDELING') {
        const vastgesteld = await kysely(m)
          .selectFrom('veiligheidsbeoordeling')
          .select('id')
          .where('melding_id', '=', melding.id)
          .where('status', '=', 'VASTGESTELD')
          .executeTakeFirst();
        if (!vastgesteld) throw ongeldigeOvergang('Feedback after the beoordeling needs a confirmed besluit first');
      } else {
        const onderzoek = await kysely(m)
          .selectFrom('interventie')
          .select('id')
          .where('melding_id', '=', melding.id)
          .where('soort', '=', 'ONDERZOEK')
          .where('status', 'in', ['AFGESLOTEN', 'VOORTIJDIG_AFGESLOTEN'])
          .executeTakeFirst();
        if (!onderzoek) throw ongeldigeOvergang('Feedback after an onderzoek needs a closed onderzoek first');
      }
      const row = await kysely(m)
        .insertInto('terugkoppeling')
        .values({ melding_id: melding.id, moment: input.moment, datum, samenvatting, geregistreerd_door: this.current.actor.userId })
        .returning(TERUGKOPPELING_COLUMNS)
        .executeTakeFirstOrThrow();
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'CREATE',
        objectType: 'Terugkoppeling',
        objectId: row.id,
        tijdlijn: [
          {
            soort: 'TERUGKOPPELING',
            omschrijving: `Melder geïnformeerd (${input.moment === 'NA_BEOORDELING' ? 'na beoordeling' : 'na onderzoek'})`,
          },
        ],
      });
      return toTerugkoppeling(row);
    });
  }

  registreerCrisis(input: RegistreerCrisisInput): Promise<Crisisinterventie> {
    const samenvatting = check.tekst('samenvatting', input.samenvatting, { max: 10_000 });
    const datum = input.datum ?? new Date();
    if (datum.getTime() > Date.now() + 60_000) throw validatie('datum', 'must not lie in the future');
    return this.db.run(async (m) => {
      await this.vereisCasus(m, input.casusId);
      const row = await kysely(m)
        .insertInto('crisisinterventie')
        .values({ casus_id: input.casusId, datum, samenvatting, geregistreerd_door: this.current.actor.userId })
        .returning(CRISIS_COLUMNS)
        .executeTakeFirstOrThrow();
      await this.changes.record(m, {
        casusId: input.casusId,
        actie: 'CREATE',
        objectType: 'Crisisinterventie',
        objectId: row.id,
        tijdlijn: [{ soort: 'CRISISINTERVENTIE', omschrijving: 'Crisisinterventie' }],
      });
      return toCrisisinterventie(row);
    });
  }

  wijsToe(input: WijsToeInput): Promise<MeldingRow> {
    const team = check.optioneleTekst('team', input.team, 100);
    const medewerker = check.optioneleTekst('medewerker', input.medewerker, 200);
    if (!isUuid(input.meldingId)) throw nietGevonden('Melding');
    return this.db.run(async (m) => {
      const melding = await meldingVoorWijziging(m, this.meldingen, input.meldingId, input.versie);
      vereisFase(
        melding.fase,
        ['TE_BEOORDELEN', 'TER_TOETSING', 'ONDERZOEK', 'VOORWAARDEN_EN_VERVOLG', 'REGIONAAL_MAATWERK', 'OVERDRACHT', 'MONITORING'],
        'assign work',
      );
      await wijsMeldingToe(m, melding.id, { team, medewerker });
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'UPDATE',
        objectType: 'Melding',
        objectId: melding.id,
        tijdlijn: [
          {
            soort: 'TOEGEWEZEN',
            omschrijving: `Toegewezen aan ${[team && `team ${team}`, medewerker].filter(Boolean).join(', ') || 'niemand'}`,
          },
        ],
      });
      // Only teammanagers assign work, and they see every team's meldingen.
      return (await this.meldingen.leesZichtbaar(m, melding.id))!;
    });
  }

  /** The casus must exist in the region and be visible under the team rule. */
  private async vereisCasus(m: EntityManager, casusId: string): Promise<void> {
    if (!(await this.casussen.leesZichtbaar(m, casusId))) throw nietGevonden('Casus');
  }
}
