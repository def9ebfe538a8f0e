import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { CasusService, MeldingService, schrijfTijdlijn } from '@vt/casus';
import { TenantDb, rows } from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { plusDagen } from '@vt/werkdagen';
import { vereisFase } from './overgangen.js';
import {
  CRISIS_COLUMNS,
  HUISVERBOD_COLUMNS,
  TERUGKOPPELING_COLUMNS,
  type CrisisRow,
  type HuisverbodRow,
  type TerugkoppelingRow,
} from './vervolg.rows.js';
import { datumNietInToekomst, meldingVoorWijziging } from './vervolg.support.js';
import type {
  Crisisinterventie,
  Huisverbod,
  RegistreerCrisisInput,
  RegistreerHuisverbodInput,
  RegistreerTerugkoppelingInput,
  Terugkoppeling,
  WijsToeInput,
} from './vervolg.types.js';

const HUISVERBOD_DAGEN = 10;
const HUISVERBOD_MAX_DAGEN = 28;

/** Terugkoppeling aan de melder, tijdelijk huisverbod, crisisinterventie and assignment of work. */
@Injectable()
export class CasusActiesService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly meldingen: MeldingService,
    private readonly casussen: CasusService,
    private readonly log: ToegangslogService,
  ) {}

  registreerTerugkoppeling(input: RegistreerTerugkoppelingInput): Promise<Terugkoppeling> {
    const samenvatting = check.tekst('samenvatting', input.samenvatting, { max: 10_000 });
    const datum = datumNietInToekomst('datum', input.datum);
    return this.db.run(async (m) => {
      const melding = isUuid(input.meldingId) ? await this.meldingen.leesZichtbaar(m, input.meldingId) : null;
      if (!melding) throw nietGevonden('Melding');
      if (input.moment === 'NA_BEOORDELING') {
        const [vastgesteld] = await rows(m, `SELECT 1 FROM veiligheidsbeoordeling WHERE melding_id = $1 AND status = 'VASTGESTELD'`, [
          melding.id,
        ]);
        if (!vastgesteld) throw ongeldigeOvergang('Feedback after the beoordeling needs a confirmed besluit first');
      } else {
        const [onderzoek] = await rows(
          m,
          `SELECT 1 FROM interventie WHERE melding_id = $1 AND soort = 'ONDERZOEK' AND status IN ('AFGESLOTEN', 'VOORTIJDIG_AFGESLOTEN')`,
          [melding.id],
        );
        if (!onderzoek) throw ongeldigeOvergang('Feedback after an onderzoek needs a closed onderzoek first');
      }
      const [row] = await rows<TerugkoppelingRow>(
        m,
        `INSERT INTO terugkoppeling AS t (melding_id, moment, datum, samenvatting, geregistreerd_door) VALUES ($1, $2, $3, $4, $5) RETURNING ${TERUGKOPPELING_COLUMNS}`,
        [melding.id, input.moment, datum, samenvatting, this.current.actor.userId],
      );
      await schrijfTijdlijn(m, {
        casusId: melding.casus_id,
        soort: 'TERUGKOPPELING',
        omschrijving: `Melder geïnformeerd (${input.moment === 'NA_BEOORDELING' ? 'na beoordeling' : 'na onderzoek'})`,
        objectType: 'Terugkoppeling',
        objectId: row!.id,
        door: this.current.actor.naam,
      });
      await this.log.schrijf(m, { actie: 'CREATE', objectType: 'Terugkoppeling', objectId: row!.id, casusId: melding.casus_id });
      return row!;
    });
  }

  registreerHuisverbod(input: RegistreerHuisverbodInput): Promise<Huisverbod> {
    const opgelegdOp = datumNietInToekomst('opgelegdOp', input.opgelegdOp);
    return this.db.run(async (m) => {
      await this.vereisCasus(m, input.casusId);
      const [row] = await rows<HuisverbodRow>(
        m,
        `INSERT INTO huisverbod AS h (casus_id, opgelegd_op, einddatum, status, geregistreerd_door) VALUES ($1, $2, $3, 'LOPEND', $4) RETURNING ${HUISVERBOD_COLUMNS}`,
        [input.casusId, opgelegdOp, plusDagen(opgelegdOp, HUISVERBOD_DAGEN - 1), this.current.actor.userId],
      );
      await schrijfTijdlijn(m, {
        casusId: input.casusId,
        soort: 'HUISVERBOD',
        omschrijving: `Tijdelijk huisverbod van ${opgelegdOp} tot en met ${row!.einddatum}`,
        objectType: 'Huisverbod',
        objectId: row!.id,
        door: this.current.actor.naam,
      });
      await this.log.schrijf(m, { actie: 'CREATE', objectType: 'Huisverbod', objectId: row!.id, casusId: input.casusId });
      return row!;
    });
  }

  verlengHuisverbod(huisverbodId: string, versie: number): Promise<Huisverbod> {
    return this.db.run(async (m) => {
      const [huisverbod] = isUuid(huisverbodId)
        ? await rows<HuisverbodRow>(m, `SELECT ${HUISVERBOD_COLUMNS} FROM huisverbod h WHERE h.id = $1 FOR UPDATE`, [huisverbodId])
        : [];
      // A huisverbod in a casus of another team is as unknown as one that does not exist.
      if (!huisverbod || !(await this.casussen.leesZichtbaar(m, huisverbod.casusId))) throw nietGevonden('Huisverbod');
      vereisVersie('The huisverbod', huisverbod.versie, versie);
      if (huisverbod.status !== 'LOPEND')
        throw ongeldigeOvergang(
          huisverbod.status === 'VERLENGD' ? 'A huisverbod can be extended once, to 28 days' : 'This huisverbod has ended',
        );
      const [row] = await rows<HuisverbodRow>(
        m,
        `UPDATE huisverbod h SET einddatum = $2, status = 'VERLENGD', version = version + 1 WHERE h.id = $1 RETURNING ${HUISVERBOD_COLUMNS}`,
        [huisverbod.id, plusDagen(huisverbod.opgelegdOp, HUISVERBOD_MAX_DAGEN - 1)],
      );
      await schrijfTijdlijn(m, {
        casusId: huisverbod.casusId,
        soort: 'HUISVERBOD_VERLENGD',
        omschrijving: `Huisverbod verlengd tot en met ${row!.einddatum}`,
        objectType: 'Huisverbod',
        objectId: huisverbod.id,
        door: this.current.actor.naam,
      });
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Huisverbod', objectId: huisverbod.id, casusId: huisverbod.casusId });
      return row!;
    });
  }

  registreerCrisis(input: RegistreerCrisisInput): Promise<Crisisinterventie> {
    const samenvatting = check.tekst('samenvatting', input.samenvatting, { max: 10_000 });
    const datum = input.datum ?? new Date();
    if (datum.getTime() > Date.now() + 60_000) throw validatie('datum', 'must not lie in the future');
    return this.db.run(async (m) => {
      await this.vereisCasus(m, input.casusId);
      const [row] = await rows<CrisisRow>(
        m,
        `INSERT INTO crisisinterventie AS ci (casus_id, datum, samenvatting, geregistreerd_door) VALUES ($1, $2, $3, $4) RETURNING ${CRISIS_COLUMNS}`,
        [input.casusId, datum, samenvatting, this.current.actor.userId],
      );
      await schrijfTijdlijn(m, {
        casusId: input.casusId,
        soort: 'CRISISINTERVENTIE',
        omschrijving: 'Crisisinterventie',
        objectType: 'Crisisinterventie',
        objectId: row!.id,
        door: this.current.actor.naam,
      });
      await this.log.schrijf(m, { actie: 'CREATE', objectType: 'Crisisinterventie', objectId: row!.id, casusId: input.casusId });
      return row!;
    });
  }

  wijsToe(input: WijsToeInput) {
    const team = check.optioneleTekst('team', input.team, 100);
    const medewerker = check.optioneleTekst('medewerker', input.medewerker, 200);
    if (!isUuid(input.meldingId)) throw nietGevonden('Melding');
    return this.db.run(async (m) => {
      const melding = await meldingVoorWijziging(m, this.meldingen, input.meldingId, input.versie);
      vereisFase(
        melding.fase,
        ['TE_BEOORDELEN', 'TER_TOETSING', 'ONDERZOEK', 'VOORWAARDEN_EN_VERVOLG', 'OVERDRACHT', 'MONITORING'],
        'assign work',
      );
      await m.query(`UPDATE melding SET team = $2, toegewezen_aan = $3, updated_at = now(), version = version + 1 WHERE id = $1`, [
        melding.id,
        team,
        medewerker,
      ]);
      await schrijfTijdlijn(m, {
        casusId: melding.casus_id,
        soort: 'TOEGEWEZEN',
        omschrijving: `Toegewezen aan ${[team && `team ${team}`, medewerker].filter(Boolean).join(', ') || 'niemand'}`,
        objectType: 'Melding',
        objectId: melding.id,
        door: this.current.actor.naam,
      });
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Melding', objectId: melding.id, casusId: melding.casus_id });
      // Only teammanagers assign work, and they see every team's meldingen.
      return (await this.meldingen.leesZichtbaar(m, melding.id))!;
    });
  }

  /** The casus must exist in the region and be visible under the team rule. */
  private async vereisCasus(m: EntityManager, casusId: string): Promise<void> {
    if (!(await this.casussen.leesZichtbaar(m, casusId))) throw nietGevonden('Casus');
  }
}
