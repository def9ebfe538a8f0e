import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { CasusChangeRecorder, CasusService, gemeenteCodeVan, vereisGemeente, type TijdlijnSoort } from '@vt/casus';
import { kysely, TenantDb, type Database, type Updateable } from '@vt/database';
import { begrensdeLijst, check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie, ValidationCollector } from '@vt/platform';
import { datumVan, plusDagen, type Datum } from '@vt/werkdagen';
import { datumNietInToekomst, vandaag } from '../vervolg.support.js';
import {
  HUISVERBOD_COLUMNS,
  HUISVERBOD_DAGEN,
  HUISVERBOD_MAX_DAGEN,
  inWerking,
  toHuisverbod,
  type HuisverbodRow,
} from './huisverbod.row.js';
import {
  MAX_ACHTERBLIJVERS,
  type BeeindigHuisverbodCasusregieInput,
  type BeeindigHuisverbodInput,
  type Huisverbod,
  type RegistreerHuisverbodInput,
  type StartHuisverbodCasusregieInput,
} from './huisverbod.types.js';

/** What an extension may say; both optional, so the call of before (id and versie only) still works. */
export interface Verlenging {
  /** Date of the burgemeester's besluit to extend; within the first term. */
  besluitdatum?: Date | null;
  /** The new last day; defaults to the most the law allows (28 days from the start). */
  einddatum?: Date | null;
}

const EINDE_OMSCHRIJVING = {
  AFGELOPEN: 'afgelopen',
  INGETROKKEN: 'ingetrokken door de burgemeester',
  VERNIETIGD: 'vernietigd door de bestuursrechter',
};

/**
 * The tijdelijk huisverbod (Wet tijdelijk huisverbod): the burgemeester imposes it for 10 days and
 * may extend it once, to at most 28 days from the start; Veilig Thuis does the casusregie for the
 * pleger and the achterblijvers meanwhile. Every change: the casus visible under the team rule, the
 * version the caller read, and the CasusChangeRecorder tail in the same transaction.
 */
@Injectable()
export class HuisverbodService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly casussen: CasusService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  registreer(input: RegistreerHuisverbodInput): Promise<Huisverbod> {
    // Form checks first, every failing field at once, before any database work.
    const v = new ValidationCollector();
    const opgelegdOp = v.check(() => datumNietInToekomst('opgelegdOp', input.opgelegdOp));
    const besluitdatum = v.check(() => (input.besluitdatum ? datumNietInToekomst('besluitdatum', input.besluitdatum) : null));
    if (opgelegdOp && besluitdatum && besluitdatum > opgelegdOp) v.fail('besluitdatum', 'must not lie after opgelegdOp (the ingangsdatum)');
    const gemeenteCode = v.check(() => gemeenteCodeVan('gemeenteCode', input.gemeenteCode) ?? null);
    const kenmerk = v.check(() => check.optioneleTekst('kenmerkGemeente', input.kenmerkGemeente, 100));
    const plegerId = input.plegerId ?? null;
    const achterblijvers = v.check(() => begrensdeLijst('achterblijverIds', input.achterblijverIds, MAX_ACHTERBLIJVERS) ?? []);
    v.done();
    return this.db.run(async (m) => {
      // Locked: a merge of this casus waits, so the huisverbod cannot land on a casus being merged away.
      if (!(await this.casussen.leesZichtbaar(m, input.casusId, true))) throw nietGevonden('Casus');
      if (gemeenteCode) await vereisGemeente(m, 'gemeenteCode', gemeenteCode);
      const fouten = new ValidationCollector();
      await this.controleerPersonen(m, fouten, input.casusId, plegerId, achterblijvers!);
      fouten.done();
      const row = await kysely(m)
        .insertInto('huisverbod')
        .values({
          casus_id: input.casusId,
          opgelegd_op: opgelegdOp!,
          einddatum: plusDagen(opgelegdOp!, HUISVERBOD_DAGEN - 1),
          status: 'LOPEND',
          besluitdatum,
          gemeente_code: gemeenteCode,
          kenmerk_gemeente: kenmerk,
          geregistreerd_door: this.current.actor.userId,
        })
        .returning(HUISVERBOD_COLUMNS)
        .executeTakeFirstOrThrow();
      const personen = [
        ...(plegerId ? [{ huisverbod_id: row.id, persoon_id: plegerId, rol: 'PLEGER' as const }] : []),
        ...achterblijvers!.map((id) => ({ huisverbod_id: row.id, persoon_id: id, rol: 'ACHTERBLIJVER' as const })),
      ];
      if (personen.length > 0) await kysely(m).insertInto('huisverbod_betrokkene').values(personen).execute();
      await this.changes.record(m, {
        casusId: input.casusId,
        actie: 'CREATE',
        objectType: 'Huisverbod',
        objectId: row.id,
        tijdlijn: [{ soort: 'HUISVERBOD', omschrijving: `Tijdelijk huisverbod van ${opgelegdOp} tot en met ${row.einddatum}` }],
      });
      return toHuisverbod(row, vandaag());
    });
  }

  verleng(huisverbodId: string, versie: number, verlenging: Verlenging = {}): Promise<Huisverbod> {
    const besluitdatum = verlenging.besluitdatum ? datumNietInToekomst('besluitdatum', verlenging.besluitdatum) : null;
    const gevraagdEinde = verlenging.einddatum ? datumVan(verlenging.einddatum) : null;
    return this.db.run(async (m) => {
      const huisverbod = await this.voorWijziging(m, huisverbodId, versie);
      if (!inWerking(huisverbod)) throw ongeldigeOvergang('This huisverbod has ended: its end is recorded');
      if (huisverbod.verlengd) throw ongeldigeOvergang('A huisverbod can be extended once, to at most 28 days');
      const maximum = plusDagen(huisverbod.opgelegd_op, HUISVERBOD_MAX_DAGEN - 1);
      const einddatum = gevraagdEinde ?? maximum;
      if (einddatum > maximum) throw validatie('einddatum', `must not lie after ${maximum}: at most 28 days from the start`);
      if (einddatum <= huisverbod.einddatum) throw validatie('einddatum', `must lie after the current einddatum (${huisverbod.einddatum})`);
      // The burgemeester extends a huisverbod that is still in force: the besluit falls within the first term.
      if (besluitdatum && besluitdatum < (huisverbod.besluitdatum ?? huisverbod.opgelegd_op))
        throw validatie('besluitdatum', 'must not lie before the besluit that imposed the huisverbod');
      if (besluitdatum && besluitdatum > huisverbod.einddatum)
        throw validatie('besluitdatum', `must lie within the term of the huisverbod (until ${huisverbod.einddatum})`);
      const row = await this.werkBij(
        m,
        huisverbod,
        { einddatum, status: 'VERLENGD', verlengd: true, verlenging_besluitdatum: besluitdatum },
        { soort: 'HUISVERBOD_VERLENGD', omschrijving: `Huisverbod verlengd tot en met ${einddatum}` },
      );
      return toHuisverbod(row, vandaag());
    });
  }

  beeindig(input: BeeindigHuisverbodInput): Promise<Huisverbod> {
    const reden = check.optioneleTekst('reden', input.reden, 2000);
    if (input.einde !== 'AFGELOPEN' && reden === null) throw validatie('reden', `is required when the huisverbod is ${input.einde}`);
    const gegevenDatum = input.datum ? datumNietInToekomst('datum', input.datum) : null;
    return this.db.run(async (m) => {
      const huisverbod = await this.voorWijziging(m, input.huisverbodId, input.versie);
      if (!inWerking(huisverbod)) throw ongeldigeOvergang('The end of this huisverbod is recorded already');
      const today = vandaag();
      let datum: Datum;
      if (input.einde === 'AFGELOPEN') {
        if (huisverbod.einddatum >= today) throw ongeldigeOvergang(`The term runs until ${huisverbod.einddatum}: it has not passed yet`);
        datum = gegevenDatum ?? huisverbod.einddatum;
        if (datum !== huisverbod.einddatum) throw validatie('datum', `must be the einddatum (${huisverbod.einddatum}) for AFGELOPEN`);
      } else {
        datum = gegevenDatum ?? today;
        if (datum < huisverbod.opgelegd_op) throw validatie('datum', `must not lie before opgelegdOp (${huisverbod.opgelegd_op})`);
        if (input.einde === 'INGETROKKEN' && datum > huisverbod.einddatum)
          throw validatie(
            'datum',
            `must lie within the term (until ${huisverbod.einddatum}): a huisverbod that has passed cannot be withdrawn`,
          );
      }
      const row = await this.werkBij(
        m,
        huisverbod,
        { status: input.einde, beeindigd_op: datum, einde_reden: reden, einde_geregistreerd_door: this.current.actor.userId },
        { soort: 'HUISVERBOD_BEEINDIGD', omschrijving: `Huisverbod ${EINDE_OMSCHRIJVING[input.einde]} per ${datum}` },
      );
      return toHuisverbod(row, today);
    });
  }

  startCasusregie(input: StartHuisverbodCasusregieInput): Promise<Huisverbod> {
    const medewerker = check.optioneleTekst('medewerker', input.medewerker, 200) ?? this.current.actor.userId;
    const startdatum = datumNietInToekomst('startdatum', input.startdatum);
    return this.db.run(async (m) => {
      const huisverbod = await this.voorWijziging(m, input.huisverbodId, input.versie);
      if (huisverbod.casusregie_gestart_op !== null) throw ongeldigeOvergang('The casusregie of this huisverbod has started already');
      if (startdatum < huisverbod.opgelegd_op) throw validatie('startdatum', `must not lie before opgelegdOp (${huisverbod.opgelegd_op})`);
      const row = await this.werkBij(
        m,
        huisverbod,
        { casusregie_medewerker: medewerker, casusregie_gestart_op: startdatum },
        { soort: 'HUISVERBOD_CASUSREGIE_GESTART', omschrijving: `Casusregie tijdens het huisverbod gestart op ${startdatum}` },
      );
      return toHuisverbod(row, vandaag());
    });
  }

  beeindigCasusregie(input: BeeindigHuisverbodCasusregieInput): Promise<Huisverbod> {
    const resultaat = check.tekst('resultaat', input.resultaat, { max: 10_000 });
    const einddatum = datumNietInToekomst('einddatum', input.einddatum);
    return this.db.run(async (m) => {
      const huisverbod = await this.voorWijziging(m, input.huisverbodId, input.versie);
      if (huisverbod.casusregie_gestart_op === null) throw ongeldigeOvergang('The casusregie of this huisverbod has not started');
      if (huisverbod.casusregie_beeindigd_op !== null) throw ongeldigeOvergang('The casusregie of this huisverbod has ended already');
      if (einddatum < huisverbod.casusregie_gestart_op)
        throw validatie('einddatum', `must not lie before the start of the casusregie (${huisverbod.casusregie_gestart_op})`);
      const row = await this.werkBij(
        m,
        huisverbod,
        { casusregie_beeindigd_op: einddatum, casusregie_resultaat: resultaat },
        { soort: 'HUISVERBOD_CASUSREGIE_BEEINDIGD', omschrijving: `Casusregie tijdens het huisverbod beëindigd op ${einddatum}` },
      );
      return toHuisverbod(row, vandaag());
    });
  }

  /** Writes a change of the huisverbod with a new version, and its timeline event, access-log entry and deadline recompute. */
  private async werkBij(
    m: EntityManager,
    huisverbod: HuisverbodRow,
    waarden: Updateable<Database['huisverbod']>,
    gebeurtenis: { soort: TijdlijnSoort; omschrijving: string },
  ): Promise<HuisverbodRow> {
    const row = await kysely(m)
      .updateTable('huisverbod')
      .set((eb) => ({ ...waarden, version: eb('version', '+', 1) }))
      .where('id', '=', huisverbod.id)
      .returning(HUISVERBOD_COLUMNS)
      .executeTakeFirstOrThrow();
    await this.changes.record(m, {
      casusId: huisverbod.casus_id,
      actie: 'UPDATE',
      objectType: 'Huisverbod',
      objectId: huisverbod.id,
      tijdlijn: [gebeurtenis],
    });
    return row;
  }

  /** The huisverbod to change, locked: in a casus visible under the team rule, at the version the caller read. */
  private async voorWijziging(m: EntityManager, huisverbodId: string, versie: number): Promise<HuisverbodRow> {
    const huisverbod = isUuid(huisverbodId)
      ? await kysely(m).selectFrom('huisverbod').select(HUISVERBOD_COLUMNS).where('id', '=', huisverbodId).forUpdate().executeTakeFirst()
      : undefined;
    // A huisverbod in a casus of another team is as unknown as one that does not exist.
    if (!huisverbod || !(await this.casussen.leesZichtbaar(m, huisverbod.casus_id))) throw nietGevonden('Huisverbod');
    vereisVersie('The huisverbod', huisverbod.version, versie);
    return huisverbod;
  }

  /** Pleger and achterblijvers: persons of this casus whose involvement has not ended, each named once. */
  private async controleerPersonen(
    m: EntityManager,
    v: ValidationCollector,
    casusId: string,
    plegerId: string | null,
    achterblijverIds: readonly string[],
  ): Promise<void> {
    const genoemd = [...(plegerId ? [plegerId] : []), ...achterblijverIds].filter(isUuid);
    const bekend = new Set(
      genoemd.length
        ? (
            await kysely(m)
              .selectFrom('casus_betrokkene')
              .select('persoon_id')
              .where('casus_id', '=', casusId)
              .where('beeindigd_op', 'is', null)
              .where('persoon_id', '=', (eb) => eb.fn.any(eb.val(genoemd)))
              .execute()
          ).map((r) => r.persoon_id)
        : [],
    );
    if (plegerId !== null && !bekend.has(plegerId)) v.fail('plegerId', 'is not a person of this casus');
    const gezien = new Set<string>();
    achterblijverIds.forEach((id, i) => {
      if (!bekend.has(id)) v.fail(`achterblijverIds[${i}]`, 'is not a person of this casus');
      else if (id === plegerId) v.fail(`achterblijverIds[${i}]`, 'is the pleger');
      else if (gezien.has(id)) v.fail(`achterblijverIds[${i}]`, 'is named twice');
      gezien.add(id);
    });
  }
}
