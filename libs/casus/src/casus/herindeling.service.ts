import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely, sql } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie } from '@vt/platform';
import { datumInNederland } from '@vt/werkdagen';
import type { MeldingRow } from '../melding/melding.row.js';
import { MeldingService } from '../melding/melding.service.js';
import { casusTeamFilter, gebeurtenisMelding, teamFilter } from '../melding/werk-filter.js';
import { sluitCasusAlsKlaar } from './casus-afsluiting.js';
import { werkCasusBetrokkenenBij } from './casus-betrokkenen.js';
import { CasusChangeRecorder } from './casus-change-recorder.js';
import { CasusVerhuizingen } from './casus-verhuizing.js';
import { CASUS_COLUMNS, type CasusRow } from './casus.row.js';
import { Nummering } from './nummering.js';
import { schrijfWijzigingen } from './wijziging-schrijven.js';
import type { MaakRadarMatchOngedaanInput, SplitsCasusInput, VoegCasussenSamenInput } from './herindeling.types.js';

/**
 * Merging and splitting casussen, and undoing a wrong radarfunctie match. What belongs to a family
 * moves with it: meldingen, betrokkenen, timeline, history, journal and documents here, the process
 * records of the other domains through their movers (CasusVerhuizingen), all in one transaction.
 * Every move is in the history (`wijzigingen`) and on both timelines; the access log is not moved
 * (it records what was accessed as it was then).
 */
@Injectable()
export class HerindelingService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly meldingen: MeldingService,
    private readonly changes: CasusChangeRecorder,
    private readonly verhuizingen: CasusVerhuizingen,
    private readonly nummering: Nummering,
  ) {}

  /** Merges casus `casusId` into `inCasusId`; returns the casus that holds both. */
  voegSamen(input: VoegCasussenSamenInput): Promise<CasusRow> {
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    return this.db.run(async (m) => {
      const casussen = await this.vergrendel(m, [input.casusId, input.inCasusId]);
      const bron = casussen.get(input.casusId);
      const doel = casussen.get(input.inCasusId);
      if (!bron) throw nietGevonden('Casus');
      if (bron.id === input.inCasusId) throw validatie('inCasusId', 'is the casus itself');
      if (!doel) throw validatie('inCasusId', 'is not a casus of your region (and team)');
      vereisVersie('The casus', bron.version, input.versie);
      vereisVersie('The casus merged into', doel.version, input.inVersie);
      if (bron.status === 'SAMENGEVOEGD') throw ongeldigeOvergang('The casus was already merged into another casus');
      if (doel.status === 'SAMENGEVOEGD') throw validatie('inCasusId', 'was itself merged into another casus: merge into that one');

      const verplaatst = await kysely(m)
        .updateTable('melding')
        .set((eb) => ({ casus_id: doel.id, updated_at: sql`now()`, version: eb('version', '+', 1) }))
        .where('casus_id', '=', bron.id)
        .returning(['id', 'nummer'])
        .execute();
      for (const tabel of ['tijdlijn_gebeurtenis', 'wijziging', 'journaalregel', 'document'] as const) {
        await kysely(m).updateTable(tabel).set({ casus_id: doel.id }).where('casus_id', '=', bron.id).execute();
      }
      await this.verhuizingen.verhuis(m, { vanCasusId: bron.id, naarCasusId: doel.id, meldingIds: null });
      await werkCasusBetrokkenenBij(m, doel.id, reden);
      await werkCasusBetrokkenenBij(m, bron.id, `Samengevoegd in ${doel.nummer}`);

      await kysely(m)
        .updateTable('casus')
        .set((eb) => ({ status: 'SAMENGEVOEGD', samengevoegd_in: doel.id, updated_at: sql`now()`, version: eb('version', '+', 1) }))
        .where('id', '=', bron.id)
        .execute();
      // Casussen merged into this one earlier point straight at where their family is now.
      await kysely(m).updateTable('casus').set({ samengevoegd_in: doel.id }).where('samengevoegd_in', '=', bron.id).execute();
      const open = bron.status === 'OPEN' || doel.status === 'OPEN';
      await kysely(m)
        .updateTable('casus')
        .set((eb) => ({
          status: open ? 'OPEN' : 'GESLOTEN',
          gesloten_op: open ? null : sql`now()`,
          updated_at: sql`now()`,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', doel.id)
        .execute();

      await this.schrijf(
        m,
        doel.id,
        [
          { objectType: 'Casus', objectId: bron.id, veld: 'samengevoegdIn', oud: null, nieuw: doel.nummer },
          ...verplaatst.map((v) => ({ objectType: 'Melding', objectId: v.id, veld: 'casus', oud: bron.nummer, nieuw: doel.nummer })),
        ],
        reden,
      );
      await this.changes.record(m, {
        casusId: doel.id,
        actie: 'UPDATE',
        objectType: 'Casus',
        objectId: doel.id,
        tijdlijn: [{ soort: 'CASUS_SAMENGEVOEGD', omschrijving: `Casus ${bron.nummer} samengevoegd in deze casus` }],
      });
      await this.changes.record(m, {
        casusId: bron.id,
        actie: 'UPDATE',
        objectType: 'Casus',
        objectId: bron.id,
        tijdlijn: [{ soort: 'CASUS_SAMENGEVOEGD', omschrijving: `Samengevoegd in casus ${doel.nummer}` }],
      });
      return this.leesIn(m, doel.id);
    });
  }

  /** Moves meldingen of a casus to a new casus; returns the new casus. */
  splits(input: SplitsCasusInput): Promise<CasusRow> {
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    const meldingIds = [...new Set(check.nietLeeg('meldingIds', input.meldingIds, 500))];
    const ongeldig = meldingIds.findIndex((id) => !isUuid(id));
    if (ongeldig >= 0) throw validatie(`meldingIds[${ongeldig}]`, 'is not a melding of this casus');
    return this.db.run(async (m) => {
      const bron = (await this.vergrendel(m, [input.casusId])).get(input.casusId);
      if (!bron) throw nietGevonden('Casus');
      vereisVersie('The casus', bron.version, input.versie);
      if (bron.status === 'SAMENGEVOEGD') throw ongeldigeOvergang('The casus was merged into another casus: split that one');
      const nieuw = await this.splitsAf(m, bron, meldingIds, reden, 'meldingIds');
      return this.leesIn(m, nieuw.id);
    });
  }

  /**
   * Gives the named betrokkenen of a melding their own new person record. When none of the
   * melding's persons is then shared with another melding of the casus, the melding moves to a new
   * casus of its own. The CBS classification is derived again: without a person known before the
   * melding it is an eerste melding.
   */
  maakRadarMatchOngedaan(input: MaakRadarMatchOngedaanInput): Promise<MeldingRow> {
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    const persoonIds = [...new Set(check.nietLeeg('persoonIds', input.persoonIds, 50))];
    const ongeldig = persoonIds.findIndex((id) => !isUuid(id));
    if (ongeldig >= 0) throw validatie(`persoonIds[${ongeldig}]`, 'is not a betrokkene of the melding');
    return this.db.run(async (m) => {
      const gelezen = isUuid(input.meldingId) ? await this.meldingen.leesZichtbaar(m, input.meldingId) : null;
      if (!gelezen) throw nietGevonden('Melding');
      // The whole family is locked (a split may follow); a melding moved meanwhile has a new version.
      const casus = (await this.vergrendel(m, [gelezen.casus_id])).get(gelezen.casus_id);
      const melding = casus ? await this.meldingen.leesZichtbaar(m, input.meldingId) : null;
      if (!casus || !melding) throw nietGevonden('Melding');
      vereisVersie('The melding', melding.version, input.versie);

      const betrokkenen = await kysely(m)
        .selectFrom('melding_betrokkene as mb')
        .innerJoin('persoon as p', 'p.id', 'mb.persoon_id')
        .select(['mb.persoon_id', 'mb.rol', 'mb.was_bekend', 'p.naam', 'p.geboortedatum'])
        .where('mb.melding_id', '=', melding.id)
        .where('mb.beeindigd_op', 'is', null)
        .execute();
      const nieuwePersonen = new Map<string, string>();
      persoonIds.forEach((persoonId, i) => {
        const rijen = betrokkenen.filter((b) => b.persoon_id === persoonId);
        if (rijen.length === 0) throw validatie(`persoonIds[${i}]`, 'is not a betrokkene of the melding');
        if (!rijen.some((b) => b.was_bekend))
          throw validatie(`persoonIds[${i}]`, 'was not matched to a known person: correct the person with wijzigPersoon instead');
        nieuwePersonen.set(persoonId, randomUUID());
      });

      for (const [oud, nieuw] of nieuwePersonen) {
        const b = betrokkenen.find((r) => r.persoon_id === oud)!;
        await kysely(m).insertInto('persoon').values({ id: nieuw, naam: b.naam, geboortedatum: b.geboortedatum }).execute();
        const rollen = betrokkenen.filter((r) => r.persoon_id === oud);
        // The wrong involvement ends (kept with its reason); the person of this melding takes its roles.
        await kysely(m)
          .updateTable('melding_betrokkene')
          .set({ beeindigd_op: sql`now()`, beeindigd_reden: `Radar-match ongedaan gemaakt: ${reden}`.slice(0, 2000) })
          .where('melding_id', '=', melding.id)
          .where('persoon_id', '=', oud)
          .where('beeindigd_op', 'is', null)
          .execute();
        await kysely(m)
          .insertInto('melding_betrokkene')
          .values(rollen.map((r) => ({ melding_id: melding.id, persoon_id: nieuw, rol: r.rol, was_bekend: false })))
          .execute();
      }

      const classificatie = await this.herleidClassificatie(m, melding);
      await kysely(m)
        .updateTable('melding')
        .set((eb) => ({ classificatie, updated_at: sql`now()`, version: eb('version', '+', 1) }))
        .where('id', '=', melding.id)
        .execute();
      await this.schrijf(
        m,
        casus.id,
        [
          ...[...nieuwePersonen].map(([oud, nieuw]) => ({
            objectType: 'Melding',
            objectId: melding.id,
            persoonId: nieuw,
            veld: 'betrokkene',
            oud: { persoonId: oud },
            nieuw: { persoonId: nieuw },
          })),
          ...(classificatie !== melding.classificatie
            ? [{ objectType: 'Melding', objectId: melding.id, veld: 'classificatie', oud: melding.classificatie, nieuw: classificatie }]
            : []),
        ],
        reden,
      );

      // Still tied to the rest of the casus through a shared person? Otherwise it is another family.
      const gedeeld = await kysely(m)
        .selectFrom('melding_betrokkene as eigen')
        .innerJoin('melding_betrokkene as ander', 'ander.persoon_id', 'eigen.persoon_id')
        .innerJoin('melding as am', 'am.id', 'ander.melding_id')
        .select('eigen.persoon_id')
        .where('eigen.melding_id', '=', melding.id)
        .where('eigen.beeindigd_op', 'is', null)
        .where('ander.beeindigd_op', 'is', null)
        .where('am.casus_id', '=', casus.id)
        .where('am.id', '!=', melding.id)
        .limit(1)
        .executeTakeFirst();
      const andereMeldingen = await kysely(m)
        .selectFrom('melding')
        .select('id')
        .where('casus_id', '=', casus.id)
        .where('id', '!=', melding.id)
        .limit(1)
        .executeTakeFirst();
      if (!gedeeld && andereMeldingen) {
        await this.splitsAf(m, casus, [melding.id], reden, 'meldingId');
      } else {
        await werkCasusBetrokkenenBij(m, casus.id, `Radar-match ongedaan gemaakt in ${melding.nummer}`);
        await this.changes.record(m, {
          casusId: casus.id,
          actie: 'UPDATE',
          objectType: 'Melding',
          objectId: melding.id,
          tijdlijn: [
            { soort: 'RADAR_MATCH_ONGEDAAN', omschrijving: `Melding ${melding.nummer}: koppeling aan bekende persoon ongedaan gemaakt` },
          ],
        });
      }
      return (await this.meldingen.leesZichtbaar(m, melding.id))!;
    });
  }

  /**
   * The split itself, in the caller's transaction: a new casus for the meldingen, with their
   * betrokkenen, timeline events, history, journal entries, documents and process records.
   */
  private async splitsAf(m: EntityManager, bron: CasusRow, meldingIds: string[], reden: string, veld: string): Promise<CasusRow> {
    const instellingen = await this.instellingen.lees(m);
    const vanCasus = await kysely(m)
      .selectFrom('melding as m')
      .select(['m.id', 'm.nummer', 'm.fase', sql<boolean>`${teamFilter(instellingen, this.current.actor)}`.as('zichtbaar')])
      .where('m.casus_id', '=', bron.id)
      .orderBy('m.ontvangen_op')
      .forUpdate()
      .execute();
    meldingIds.forEach((id, i) => {
      // Another team's melding is indistinguishable from one that is not in the casus.
      if (!vanCasus.some((v) => v.id === id && v.zichtbaar))
        throw validatie(veld === 'meldingIds' ? `meldingIds[${i}]` : veld, 'is not a melding of this casus');
    });
    const blijft = vanCasus.filter((v) => !meldingIds.includes(v.id));
    if (blijft.length === 0) throw validatie(veld, 'would leave the casus without meldingen: keep at least one in it');
    const gaat = vanCasus.filter((v) => meldingIds.includes(v.id));

    const open = gaat.some((v) => v.fase !== 'AFGESLOTEN');
    const jaar = Number(datumInNederland(new Date()).slice(0, 4));
    const nieuw = await kysely(m)
      .insertInto('casus')
      .values({
        nummer: await this.nummering.volgend('C', jaar),
        status: open ? 'OPEN' : 'GESLOTEN',
        gesloten_op: open ? null : sql<Date>`now()`,
      })
      .returning(['id', 'nummer'])
      .executeTakeFirstOrThrow();

    await kysely(m)
      .updateTable('melding')
      .set((eb) => ({ casus_id: nieuw.id, updated_at: sql`now()`, version: eb('version', '+', 1) }))
      .where('id', '=', (eb) => eb.fn.any(eb.val(meldingIds)))
      .execute();
    // What belongs to a moved melding: its journal entries and documents, its corrections, and the
    // timeline events about it and its records (the mapping the timeline's team rule uses, plus documents).
    for (const tabel of ['journaalregel', 'document'] as const) {
      await kysely(m)
        .updateTable(tabel)
        .set({ casus_id: nieuw.id })
        .where('casus_id', '=', bron.id)
        .where('melding_id', '=', (eb) => eb.fn.any(eb.val(meldingIds)))
        .execute();
    }
    await kysely(m)
      .updateTable('wijziging')
      .set({ casus_id: nieuw.id })
      .where('casus_id', '=', bron.id)
      .where('object_type', '=', 'Melding')
      .where('object_id', '=', (eb) => eb.fn.any(eb.val(meldingIds)))
      .execute();
    await sql`UPDATE tijdlijn_gebeurtenis g SET casus_id = ${nieuw.id}
      WHERE g.casus_id = ${bron.id} AND ${gebeurtenisMelding(true)} = ANY(${meldingIds}::uuid[])`.execute(kysely(m));
    await this.verhuizingen.verhuis(m, { vanCasusId: bron.id, naarCasusId: nieuw.id, meldingIds });
    await werkCasusBetrokkenenBij(m, nieuw.id, reden);
    await werkCasusBetrokkenenBij(m, bron.id, `Gesplitst naar ${nieuw.nummer}`);
    await kysely(m)
      .updateTable('casus')
      .set((eb) => ({ updated_at: sql`now()`, version: eb('version', '+', 1) }))
      .where('id', '=', bron.id)
      .execute();
    await sluitCasusAlsKlaar(m, bron.id);

    await this.schrijf(
      m,
      bron.id,
      [
        {
          objectType: 'Casus',
          objectId: bron.id,
          veld: 'meldingen',
          oud: vanCasus.map((v) => v.nummer),
          nieuw: blijft.map((v) => v.nummer),
        },
      ],
      reden,
    );
    await this.schrijf(
      m,
      nieuw.id,
      gaat.map((v) => ({ objectType: 'Melding', objectId: v.id, veld: 'casus', oud: bron.nummer, nieuw: nieuw.nummer })),
      reden,
    );
    const nummers = gaat.map((v) => v.nummer).join(', ');
    await this.changes.record(m, {
      casusId: bron.id,
      actie: 'UPDATE',
      objectType: 'Casus',
      objectId: bron.id,
      tijdlijn: [{ soort: 'CASUS_GESPLITST', omschrijving: `Melding(en) ${nummers} afgesplitst naar casus ${nieuw.nummer}` }],
    });
    await this.changes.record(m, {
      casusId: nieuw.id,
      actie: 'CREATE',
      objectType: 'Casus',
      objectId: nieuw.id,
      tijdlijn: [{ soort: 'CASUS_GESPLITST', omschrijving: `Afgesplitst van casus ${bron.nummer}: melding(en) ${nummers}` }],
    });
    return this.leesIn(m, nieuw.id);
  }

  /**
   * CBS 85361 after a person match is undone: a melding none of whose current betrokkenen was known
   * before it arrived is an eerste melding. Otherwise the classification stands (which involvement
   * was running when it arrived is not changed by who else is in it).
   */
  private async herleidClassificatie(m: EntityManager, melding: MeldingRow): Promise<MeldingRow['classificatie']> {
    if (melding.classificatie === 'NIET_INGEDEELD' || melding.classificatie === 'EERSTE_MELDING') return melding.classificatie;
    const eerder = await kysely(m)
      .selectFrom('melding_betrokkene as eigen')
      .innerJoin('melding_betrokkene as ander', 'ander.persoon_id', 'eigen.persoon_id')
      .innerJoin('melding as am', 'am.id', 'ander.melding_id')
      .select('eigen.persoon_id')
      .where('eigen.melding_id', '=', melding.id)
      .where('eigen.beeindigd_op', 'is', null)
      .where('am.id', '!=', melding.id)
      .where('am.ontvangen_op', '<', melding.ontvangen_op)
      .limit(1)
      .executeTakeFirst();
    return eerder ? melding.classificatie : 'EERSTE_MELDING';
  }

  /**
   * Locks the meldingen of the casussen, then the casussen, each in id order, and returns the
   * casussen the caller may see. Meldingen first: every other change locks a melding before its
   * casus (a beoordeling closing the casus), so this order cannot deadlock with them.
   */
  private async vergrendel(m: EntityManager, ids: string[]): Promise<Map<string, CasusRow>> {
    const geldig = ids.filter(isUuid).sort();
    if (geldig.length === 0) return new Map();
    await kysely(m).selectFrom('melding').select('id').where('casus_id', 'in', geldig).orderBy('id').forUpdate().execute();
    const rows = await kysely(m)
      .selectFrom('casus as c')
      .select(CASUS_COLUMNS)
      .where('c.id', 'in', geldig)
      .where(casusTeamFilter(await this.instellingen.lees(m), this.current.actor))
      .orderBy('c.id')
      .forUpdate('c')
      .execute();
    return new Map(rows.map((r) => [r.id, r]));
  }

  private leesIn(m: EntityManager, id: string): Promise<CasusRow> {
    return kysely(m).selectFrom('casus as c').select(CASUS_COLUMNS).where('c.id', '=', id).executeTakeFirstOrThrow();
  }

  private schrijf(
    m: EntityManager,
    casusId: string,
    velden: { objectType: string; objectId: string; persoonId?: string; veld: string; oud: unknown; nieuw: unknown }[],
    reden: string,
  ): Promise<void> {
    return schrijfWijzigingen(
      m,
      this.current.actor,
      reden,
      velden.map((v) => ({ ...v, casusId, persoonId: v.persoonId ?? null })),
    );
  }
}
