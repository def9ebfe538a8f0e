import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely, sql, countRows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { datumInNederland, datumVan } from '@vt/werkdagen';
import { ToegangslogService } from '@vt/toegangslog';
import {
  ApiError,
  ErrorCode,
  ValidationCollector,
  check,
  decodeCursor,
  isUuid,
  nietGevonden,
  pageSize,
  toConnection,
  validatie,
  vereisVersie,
  type Connection,
} from '@vt/platform';
import { markeerMeldingGewijzigd, vergrendelMelding } from '../melding/melding-wijziging.js';
import { MeldingService } from '../melding/melding.service.js';
import { isBeroepsmatig } from '../melding/melding.validation.js';
import type { MeldingRow } from '../melding/melding.row.js';
import { persoonTeamFilter, wijzigingTeamFilter } from '../melding/werk-filter.js';
import type { BetrokkeneRol } from '../classificaties/index.js';
import { isGeldigBsn } from '../persoon/bsn.js';
import { matchPersonen } from '../persoon/persoon-matching.js';
import { vergrendelMatchSleutels } from '../persoon/persoon.sql.js';
import { PERSOON_COLUMNS, type PersoonRow } from '../persoon/persoon.row.js';
import { werkCasusBetrokkenenBij } from './casus-betrokkenen.js';
import { schrijfWijzigingen } from './wijziging-schrijven.js';
import { CasusChangeRecorder } from './casus-change-recorder.js';
import { CasusService } from './casus.service.js';
import { vereisGemeente } from './gemeente.js';
import { gemeenteCodeVan, vereisteGemeenteCode } from './gemeente.validation.js';
import type {
  BeeindigBetrokkenheidInput,
  LegMelderAfschermingVastInput,
  VoegBetrokkeneToeInput,
  Wijziging,
  WijzigBetrokkeneInput,
  WijzigingenArgs,
  WijzigMeldingInput,
  WijzigPersoonInput,
} from './wijziging.types.js';

/** One changed field: its name in the API, the value before and after. */
interface Veldwijziging {
  veld: string;
  oud: unknown;
  nieuw: unknown;
}

/** History fields whose values follow the BSN rule, and those following the contact-details rule. */
const BSN_VELDEN = new Set(['bsn']);
const CONTACT_VELDEN = new Set(['telefoon', 'email', 'melderTelefoon', 'melderEmail']);

/**
 * Corrections of recorded case data with their history. Every changed field is one row in the
 * append-only `wijziging` table. A change to a person has casus_id null: a person belongs to every
 * casus it is a betrokkene of, and the history of a casus includes the changes of its persons.
 * A change to a melding carries the melding's casus.
 */
@Injectable()
export class WijzigingService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
    private readonly casussen: CasusService,
    private readonly meldingen: MeldingService,
    private readonly changes: CasusChangeRecorder,
  ) {}

  /** Corrects or enriches a person (optimistic locking on its version); one history row per changed field. */
  wijzigPersoon(input: WijzigPersoonInput): Promise<PersoonRow> {
    const ability = this.current.ability;
    const fouten = new ValidationCollector();
    const reden = fouten.check(() => check.tekst('reden', input.reden, { max: 2000 }));
    const gewenst: Partial<
      Pick<PersoonRow, 'naam' | 'bsn' | 'geboortedatum' | 'geslacht' | 'woonplaats' | 'gemeente_code' | 'telefoon' | 'email'>
    > = {};
    if (input.naam !== undefined && input.naam !== null) {
      const naam = fouten.check(() => check.tekst('naam', input.naam));
      if (naam !== undefined) gewenst.naam = naam;
    }
    if (input.bsn !== undefined && input.bsn !== null) {
      // A BSN is a lookup key: a role that may not read one may not set one either (before any database work).
      if (!ability.can('read', 'Bsn')) throw bsnVerboden('bsn');
      const bsn = input.bsn.trim();
      if (bsn === '') gewenst.bsn = null;
      else if (!isGeldigBsn(bsn)) fouten.fail('bsn', 'is not a valid BSN (elfproef)');
      else gewenst.bsn = bsn;
    }
    if (input.geboortedatum !== undefined && input.geboortedatum !== null) {
      const geboortedatum = datumVan(input.geboortedatum);
      if (geboortedatum > datumInNederland(new Date())) fouten.fail('geboortedatum', 'must not lie in the future');
      else if (geboortedatum < '1900-01-01') fouten.fail('geboortedatum', 'must not lie before 1900');
      else gewenst.geboortedatum = geboortedatum;
    }
    if (input.geslacht !== undefined && input.geslacht !== null) gewenst.geslacht = input.geslacht;
    if (input.woonplaats !== undefined && input.woonplaats !== null) {
      const woonplaats = fouten.check(() => check.optioneleTekst('woonplaats', input.woonplaats, 200));
      if (woonplaats !== undefined) gewenst.woonplaats = woonplaats;
    }
    const gemeenteCode = fouten.check(() => gemeenteCodeVan('gemeenteCode', input.gemeenteCode));
    if (gemeenteCode !== undefined) gewenst.gemeente_code = gemeenteCode;
    if (input.telefoon !== undefined && input.telefoon !== null) {
      const telefoon = fouten.check(() => check.telefoon('telefoon', input.telefoon));
      if (telefoon !== undefined) gewenst.telefoon = telefoon;
    }
    if (input.email !== undefined && input.email !== null) {
      const email = fouten.check(() => check.email('email', input.email));
      if (email !== undefined) gewenst.email = email;
    }
    fouten.done();

    return this.db.run(async (m) => {
      const instellingen = await this.instellingen.lees(m);
      // Locks the person: of two corrections based on the same version one waits and then conflicts.
      const persoon = isUuid(input.persoonId)
        ? await kysely(m)
            .selectFrom('persoon as p')
            .select(PERSOON_COLUMNS)
            .where('p.id', '=', input.persoonId)
            .where(persoonTeamFilter(instellingen, this.current.actor))
            .forUpdate('p')
            .executeTakeFirst()
        : undefined;
      if (!persoon) throw nietGevonden('Persoon');
      vereisVersie('The person', persoon.version, input.versie);
      if (gewenst.gemeente_code) await vereisGemeente(m, 'gemeenteCode', gewenst.gemeente_code);
      if (gewenst.bsn) {
        // The same lock registrations take on a BSN: two changes (or a registration) giving one BSN to two persons serialise here.
        await vergrendelMatchSleutels(kysely(m), [{ naam: persoon.naam, geboortedatum: null, bsn: gewenst.bsn }]);
        const ander = await kysely(m)
          .selectFrom('persoon')
          .select('id')
          .where('bsn', '=', gewenst.bsn)
          .where('id', '!=', persoon.id)
          .executeTakeFirst();
        if (ander) throw validatie('bsn', 'another person of the region has this BSN: merge the two persons instead');
      }

      const namen: Record<keyof typeof gewenst, string> = {
        naam: 'naam',
        bsn: 'bsn',
        geboortedatum: 'geboortedatum',
        geslacht: 'geslacht',
        woonplaats: 'woonplaats',
        gemeente_code: 'gemeenteCode',
        telefoon: 'telefoon',
        email: 'email',
      };
      const gewijzigd = (Object.keys(gewenst) as (keyof typeof gewenst)[]).filter((k) => gewenst[k] !== persoon[k]);
      if (gewijzigd.length === 0) return persoon;
      await kysely(m)
        .updateTable('persoon')
        .set((eb) => ({
          ...Object.fromEntries(gewijzigd.map((k) => [k, gewenst[k]])),
          updated_at: sql`now()`,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', persoon.id)
        .execute();
      const velden = gewijzigd.map((k) => ({ veld: namen[k], oud: persoon[k], nieuw: gewenst[k] }));
      await this.schrijf(m, { casusId: null, persoonId: persoon.id, objectType: 'Persoon', objectId: persoon.id, reden: reden! }, velden);
      const casussen = await kysely(m).selectFrom('casus_betrokkene').select('casus_id').where('persoon_id', '=', persoon.id).execute();
      for (const { casus_id } of casussen) {
        await this.changes.record(m, {
          casusId: casus_id,
          actie: 'UPDATE',
          objectType: 'Persoon',
          objectId: persoon.id,
          // Field names only: the timeline carries no personal data of the correction.
          tijdlijn: [
            { soort: 'PERSOON_GEWIJZIGD', omschrijving: `Persoonsgegevens gecorrigeerd: ${velden.map((v) => v.veld).join(', ')}` },
          ],
        });
      }
      return kysely(m).selectFrom('persoon as p').select(PERSOON_COLUMNS).where('p.id', '=', persoon.id).executeTakeFirstOrThrow();
    });
  }

  /** Corrects or enriches a melding (optimistic locking on its version); one history row per changed field. */
  wijzigMelding(input: WijzigMeldingInput): Promise<MeldingRow> {
    const fouten = new ValidationCollector();
    const reden = fouten.check(() => check.tekst('reden', input.reden, { max: 2000 }));
    const gewenst: {
      aard_geweld?: string[];
      duur_geweld?: string;
      samenvatting?: string | null;
      gemeente_code?: string | null;
      melder_anoniem?: boolean;
      afwegingskader?: { acuteOnveiligheid: boolean; structureleOnveiligheid: boolean; toelichting: string | null };
    } = {};
    if (input.afwegingskader) {
      const toelichting = fouten.check(() => check.optioneleTekst('afwegingskader.toelichting', input.afwegingskader!.toelichting));
      if (toelichting !== undefined)
        gewenst.afwegingskader = {
          acuteOnveiligheid: input.afwegingskader.acuteOnveiligheid,
          structureleOnveiligheid: input.afwegingskader.structureleOnveiligheid,
          toelichting,
        };
    }
    if (input.aardGeweld !== undefined && input.aardGeweld !== null) {
      const aard = fouten.check(() => check.nietLeeg('aardGeweld', input.aardGeweld, 8));
      if (aard !== undefined) gewenst.aard_geweld = [...aard].sort();
    }
    if (input.duurGeweld !== undefined && input.duurGeweld !== null) gewenst.duur_geweld = input.duurGeweld;
    if (input.samenvatting !== undefined && input.samenvatting !== null) {
      const samenvatting = fouten.check(() => check.optioneleTekst('samenvatting', input.samenvatting, 10_000));
      if (samenvatting !== undefined) gewenst.samenvatting = samenvatting;
    }
    // Every melding has a gemeente (the reports count per gemeente): a correction replaces it, never clears it.
    if (input.gemeenteCode !== undefined && input.gemeenteCode !== null) {
      const gemeenteCode = fouten.check(() => vereisteGemeenteCode('gemeenteCode', input.gemeenteCode));
      if (gemeenteCode !== undefined) gewenst.gemeente_code = gemeenteCode;
    }
    if (input.melderAnoniem !== undefined && input.melderAnoniem !== null) gewenst.melder_anoniem = input.melderAnoniem;
    fouten.done();

    return this.db.run(async (m) => {
      const melding = await this.vergrendelZichtbaar(m, input.meldingId);
      vereisVersie('The melding', melding.version, input.versie);
      if (gewenst.gemeente_code) await vereisGemeente(m, 'gemeenteCode', gewenst.gemeente_code);
      // As at registration: the afwegingskader is for professional melders only.
      if (gewenst.afwegingskader && !isBeroepsmatig(melding.melder_organisatie))
        throw validatie('afwegingskader', 'is only for professional melders');

      const namen = {
        aard_geweld: 'aardGeweld',
        duur_geweld: 'duurGeweld',
        samenvatting: 'samenvatting',
        gemeente_code: 'gemeenteCode',
        melder_anoniem: 'melderAnoniem',
        afwegingskader: 'afwegingskader',
      };
      const huidig: Record<keyof typeof namen, unknown> = {
        aard_geweld: [...melding.aard_geweld].sort(),
        duur_geweld: melding.duur_geweld,
        samenvatting: melding.samenvatting,
        gemeente_code: melding.gemeente_code,
        melder_anoniem: melding.melder_anoniem,
        afwegingskader:
          melding.afweging_acute_onveiligheid === null
            ? null
            : {
                acuteOnveiligheid: melding.afweging_acute_onveiligheid,
                structureleOnveiligheid: melding.afweging_structurele_onveiligheid ?? false,
                toelichting: melding.afweging_toelichting,
              },
      };
      const gewijzigd = (Object.keys(gewenst) as (keyof typeof gewenst)[]).filter(
        (k) => JSON.stringify(gewenst[k]) !== JSON.stringify(huidig[k]),
      );
      if (gewijzigd.length === 0) return melding;
      await kysely(m)
        .updateTable('melding')
        .set((eb) => ({
          ...Object.fromEntries(gewijzigd.filter((k) => k !== 'afwegingskader').map((k) => [k, gewenst[k]])),
          ...(gewijzigd.includes('afwegingskader')
            ? {
                afweging_acute_onveiligheid: gewenst.afwegingskader!.acuteOnveiligheid,
                afweging_structurele_onveiligheid: gewenst.afwegingskader!.structureleOnveiligheid,
                afweging_toelichting: gewenst.afwegingskader!.toelichting,
              }
            : {}),
          updated_at: sql`now()`,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', melding.id)
        .execute();
      const velden = gewijzigd.map((k) => ({ veld: namen[k], oud: huidig[k], nieuw: gewenst[k] }));
      await this.schrijf(
        m,
        { casusId: melding.casus_id, persoonId: null, objectType: 'Melding', objectId: melding.id, reden: reden! },
        velden,
      );
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'UPDATE',
        objectType: 'Melding',
        objectId: melding.id,
        tijdlijn: [
          { soort: 'MELDING_GEWIJZIGD', omschrijving: `Melding ${melding.nummer} gecorrigeerd: ${velden.map((v) => v.veld).join(', ')}` },
        ],
      });
      return (await this.meldingen.leesZichtbaar(m, melding.id))!;
    });
  }

  /**
   * Records (or lifts) the decision that revealing the melder of a melding would endanger someone:
   * a shielded melder is left out of every inzage and afschrift, like an anonymous one. The decision
   * and its reason are kept in the history (veld melderAfgeschermd).
   */
  legMelderAfschermingVast(input: LegMelderAfschermingVastInput): Promise<MeldingRow> {
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    return this.db.run(async (m) => {
      const melding = await this.vergrendelZichtbaar(m, input.meldingId);
      vereisVersie('The melding', melding.version, input.versie);
      const huidig = await kysely(m)
        .selectFrom('melding')
        .select(['melder_afgeschermd', 'melder_afscherming_reden'])
        .where('id', '=', melding.id)
        .executeTakeFirstOrThrow();
      if (huidig.melder_afgeschermd === input.afgeschermd && huidig.melder_afscherming_reden === reden) return melding;
      await kysely(m)
        .updateTable('melding')
        .set((eb) => ({
          melder_afgeschermd: input.afgeschermd,
          // The reason stays with a lifted decision too: the history shows why it was lifted.
          melder_afscherming_reden: reden,
          updated_at: sql`now()`,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', melding.id)
        .execute();
      await this.schrijf(m, { casusId: melding.casus_id, persoonId: null, objectType: 'Melding', objectId: melding.id, reden }, [
        { veld: 'melderAfgeschermd', oud: huidig.melder_afgeschermd, nieuw: input.afgeschermd },
      ]);
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'UPDATE',
        objectType: 'Melding',
        objectId: melding.id,
        tijdlijn: [
          {
            soort: 'MELDING_GEWIJZIGD',
            omschrijving: `Melding ${melding.nummer}: melder ${input.afgeschermd ? 'afgeschermd' : 'niet langer afgeschermd'}`,
          },
        ],
      });
      return (await this.meldingen.leesZichtbaar(m, melding.id))!;
    });
  }

  /** Adds a directbetrokkene to a melding (radarfunctie matching) and to its casus. */
  voegBetrokkeneToe(input: VoegBetrokkeneToeInput): Promise<MeldingRow> {
    const b = input.betrokkene;
    const bsn = b.bsn?.trim() || null;
    if (bsn && !this.current.ability.can('read', 'Bsn')) throw bsnVerboden('betrokkene.bsn');
    const fouten = new ValidationCollector();
    const reden = fouten.check(() => check.tekst('reden', input.reden, { max: 2000 }));
    const naam = fouten.check(() => check.tekst('betrokkene.naam', b.naam));
    if (bsn && !isGeldigBsn(bsn)) fouten.fail('betrokkene.bsn', 'is not a valid BSN (elfproef)');
    const geboortedatum = b.geboortedatum ? datumVan(b.geboortedatum) : null;
    if (geboortedatum && geboortedatum > datumInNederland(new Date()))
      fouten.fail('betrokkene.geboortedatum', 'must not lie in the future');
    else if (geboortedatum && geboortedatum < '1900-01-01') fouten.fail('betrokkene.geboortedatum', 'must not lie before 1900');
    fouten.done();
    return this.wijzigBetrokkenen(input.meldingId, input.versie, async (m, melding) => {
      const [gevonden] = await matchPersonen(m, [{ naam: naam!, geboortedatum, bsn }]);
      const persoonId = gevonden!.persoonId;
      const bestaand = await this.betrokkenheid(m, melding.id, persoonId, b.rol);
      if (bestaand) throw validatie('betrokkene.rol', 'this person already is (or was) a betrokkene of the melding in this role');
      await kysely(m)
        .insertInto('melding_betrokkene')
        .values({ melding_id: melding.id, persoon_id: persoonId, rol: b.rol, was_bekend: gevonden!.bekend })
        .execute();
      await kysely(m)
        .insertInto('casus_betrokkene')
        .values({ casus_id: melding.casus_id, persoon_id: persoonId })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return {
        persoonId,
        veld: { veld: 'betrokkene', oud: null, nieuw: { rol: b.rol } },
        reden: reden!,
        omschrijving: `Betrokkene toegevoegd (${rolTekst(b.rol)})`,
      };
    });
  }

  /** Changes the role of a directbetrokkene of a melding. */
  wijzigBetrokkene(input: WijzigBetrokkeneInput): Promise<MeldingRow> {
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    if (input.nieuweRol === input.rol) throw validatie('nieuweRol', 'is the current role');
    return this.wijzigBetrokkenen(input.meldingId, input.versie, async (m, melding) => {
      const huidig = isUuid(input.persoonId) ? await this.betrokkenheid(m, melding.id, input.persoonId, input.rol) : undefined;
      if (!huidig || huidig.beeindigd_op) throw nietGevonden('Betrokkene');
      if (await this.betrokkenheid(m, melding.id, input.persoonId, input.nieuweRol))
        throw validatie('nieuweRol', 'this person already is (or was) a betrokkene of the melding in this role');
      await kysely(m)
        .updateTable('melding_betrokkene')
        .set({ rol: input.nieuweRol })
        .where('melding_id', '=', melding.id)
        .where('persoon_id', '=', input.persoonId)
        .where('rol', '=', input.rol)
        .execute();
      return {
        persoonId: input.persoonId,
        veld: { veld: 'rol', oud: input.rol, nieuw: input.nieuweRol },
        reden,
        omschrijving: `Rol van betrokkene gewijzigd (${rolTekst(input.rol)} → ${rolTekst(input.nieuweRol)})`,
      };
    });
  }

  /** Ends a directbetrokkene's involvement in a role: kept with its end date and reason, never deleted. */
  beeindigBetrokkenheid(input: BeeindigBetrokkenheidInput): Promise<MeldingRow> {
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    return this.wijzigBetrokkenen(input.meldingId, input.versie, async (m, melding) => {
      const huidig = isUuid(input.persoonId) ? await this.betrokkenheid(m, melding.id, input.persoonId, input.rol) : undefined;
      if (!huidig) throw nietGevonden('Betrokkene');
      if (huidig.beeindigd_op) throw validatie('rol', 'this involvement has already ended');
      await kysely(m)
        .updateTable('melding_betrokkene')
        .set({ beeindigd_op: sql`now()`, beeindigd_reden: reden })
        .where('melding_id', '=', melding.id)
        .where('persoon_id', '=', input.persoonId)
        .where('rol', '=', input.rol)
        .execute();
      return {
        persoonId: input.persoonId,
        veld: { veld: 'betrokkene', oud: { rol: input.rol }, nieuw: null },
        reden,
        omschrijving: `Betrokkenheid beëindigd (${rolTekst(input.rol)})`,
      };
    });
  }

  /** The shared frame of a change to the betrokkenen: lock and version check, the change, history, version bump and tail. */
  private wijzigBetrokkenen(
    meldingId: string,
    versie: number,
    wijzig: (
      m: EntityManager,
      melding: MeldingRow,
    ) => Promise<{ persoonId: string; veld: Veldwijziging; reden: string; omschrijving: string }>,
  ): Promise<MeldingRow> {
    return this.db.run(async (m) => {
      const melding = await this.vergrendelZichtbaar(m, meldingId);
      vereisVersie('The melding', melding.version, versie);
      const { persoonId, veld, reden, omschrijving } = await wijzig(m, melding);
      // A person whose last running involvement in the casus ended is no longer a betrokkene of it (kept with the reason).
      await werkCasusBetrokkenenBij(m, melding.casus_id, reden);
      await markeerMeldingGewijzigd(m, melding.id);
      await this.schrijf(m, { casusId: melding.casus_id, persoonId, objectType: 'Melding', objectId: melding.id, reden }, [veld]);
      await this.changes.record(m, {
        casusId: melding.casus_id,
        actie: 'UPDATE',
        objectType: 'Melding',
        objectId: melding.id,
        tijdlijn: [{ soort: 'MELDING_GEWIJZIGD', omschrijving: `Melding ${melding.nummer}: ${omschrijving}` }],
      });
      return (await this.meldingen.leesZichtbaar(m, melding.id))!;
    });
  }

  /** Locks the melding, then reads it under the team rule (the read sees what the previous lock holder committed). */
  private async vergrendelZichtbaar(m: EntityManager, meldingId: string): Promise<MeldingRow> {
    const versie = isUuid(meldingId) ? await vergrendelMelding(m, meldingId) : null;
    const melding = versie === null ? null : await this.meldingen.leesZichtbaar(m, meldingId);
    if (!melding) throw nietGevonden('Melding');
    return melding;
  }

  private betrokkenheid(m: EntityManager, meldingId: string, persoonId: string, rol: BetrokkeneRol) {
    return kysely(m)
      .selectFrom('melding_betrokkene')
      .select(['beeindigd_op'])
      .where('melding_id', '=', meldingId)
      .where('persoon_id', '=', persoonId)
      .where('rol', '=', rol)
      .executeTakeFirst();
  }

  /** History of a casus and of its persons, newest first; NIET_GEVONDEN for a casus that is not the caller's to see. */
  lijst(args: WijzigingenArgs): Promise<Connection<Wijziging>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['tijdstip', 'uuid']);
    const ability = this.current.ability;
    return this.db.run(async (m) => {
      const casus = await this.casussen.leesZichtbaar(m, args.casusId);
      if (!casus) throw nietGevonden('Casus');
      const instellingen = await this.instellingen.lees(m);
      const vanCasus = (mm: EntityManager) =>
        kysely(mm)
          .selectFrom('wijziging as w')
          .where((eb) =>
            eb.or([
              eb('w.casus_id', '=', casus.id),
              eb('w.persoon_id', 'in', eb.selectFrom('casus_betrokkene').select('persoon_id').where('casus_id', '=', casus.id)),
            ]),
          )
          .where(wijzigingTeamFilter(instellingen, this.current.actor));
      const rows = await vanCasus(m)
        .select([
          'w.id',
          'w.casus_id',
          'w.persoon_id',
          'w.object_type',
          'w.object_id',
          'w.veld',
          'w.oud',
          'w.nieuw',
          'w.reden',
          'w.door_naam',
          'w.op',
          sql<string>`to_char(w.op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('op_cursor'),
        ])
        .$if(after !== null, (q) => q.where(sql<boolean>`(w.op, w.id) < (${String(after![0])}::timestamptz, ${String(after![1])}::uuid)`))
        .orderBy('w.op', 'desc')
        .orderBy('w.id', 'desc')
        .limit(first + 1)
        .execute();
      await this.log.schrijf(m, { actie: 'READ', objectType: 'Casus', objectId: casus.id, casusId: casus.id });
      const zichtbaar = (veld: string) =>
        (!BSN_VELDEN.has(veld) || ability.can('read', 'Bsn')) && (!CONTACT_VELDEN.has(veld) || ability.can('read', 'Contactgegevens'));
      return toConnection(
        rows,
        first,
        (w) => [w.op_cursor, w.id],
        (w) => ({
          id: w.id,
          casusId: w.casus_id,
          persoonId: w.persoon_id,
          objectType: w.object_type,
          objectId: w.object_id,
          veld: w.veld,
          oud: zichtbaar(w.veld) ? w.oud : null,
          nieuw: zichtbaar(w.veld) ? w.nieuw : null,
          reden: w.reden,
          doorNaam: w.door_naam,
          op: w.op,
        }),
        // Same conditions as the page, counted in the request's read transaction when selected.
        () => this.db.run((m2) => countRows(vanCasus(m2))),
      );
    });
  }

  private schrijf(
    m: EntityManager,
    doel: { casusId: string | null; persoonId: string | null; objectType: string; objectId: string; reden: string },
    velden: Veldwijziging[],
  ): Promise<void> {
    const { reden, ...object } = doel;
    return schrijfWijzigingen(
      m,
      this.current.actor,
      reden,
      velden.map((v) => ({ ...object, ...v })),
    );
  }
}

/** A role that may not read a BSN may not send one either (it is a lookup key). */
function bsnVerboden(field: string): ApiError {
  return new ApiError(
    ErrorCode.FORBIDDEN,
    `${field}: your role may not use a BSN (only medewerker, administratief-medewerker and vertrouwensarts may)`,
    {
      field,
    },
  );
}

function rolTekst(rol: string): string {
  return rol.toLowerCase().replaceAll('_', ' ');
}
