import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, claimIdempotencyKey, kysely, requestHash, sql, withoutAlias } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { ApiError, ErrorCode, isUuid, validatie } from '@vt/platform';
import { datumInNederland } from '@vt/werkdagen';
import type { MeldingFase } from '../classificaties/index.js';
import { vereisGemeente } from '../casus/gemeente.js';
import { Nummering } from '../casus/nummering.js';
import { CasusChangeRecorder } from '../casus/casus-change-recorder.js';
import { matchPersonen } from '../persoon/persoon-matching.js';
import { classificeer } from './classificatie.js';
import { screeningsdatum } from './screeningsdatum.js';
import { MELDING_COLUMNS, type MeldingEnums, type MeldingRow } from './melding.row.js';
import { meldingMetId } from './melding.sql.js';
import type { RegistreerMeldingInput } from './melding.types.js';
import { valideerMelding, type GeldigeMelding } from './melding.validation.js';
import { teamFilter } from './werk-filter.js';
import { MeldingVolgers } from './melding-volgers.js';
import { AdviesService } from '../advies/advies.service.js';
import { legBereikbaarheidVast, vereisBereikbaarheid } from '../bereikbaarheid/bereikbaarheidscontact.js';

/** What a police import adds to a melding: its registration number, the household's address and, for a niet-unieke one, the open melding it repeats. */
export interface PolitieGegevens {
  registratienummer: string;
  postcode: string | null;
  huisnummer: string | null;
  nietUniekVan: string | null;
  samenvatting: string | null;
}

@Injectable()
export class MeldingService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
    private readonly advies: AdviesService,
    private readonly nummering: Nummering,
    private readonly changes: CasusChangeRecorder,
    private readonly volgers: MeldingVolgers,
  ) {}

  /** Registers a melding (or replays an earlier one with the same idempotency key). */
  async registreer(input: RegistreerMeldingInput, vanAdvies?: { id: string; versie: number }): Promise<MeldingRow> {
    this.vereisBsnRecht(input);
    const geldig = valideerMelding(input);
    return this.db.run(async (m) => {
      let id: string | undefined;
      if (geldig.idempotencyKey) {
        const { idempotencyKey: _key, ...rest } = input;
        const claim = await claimIdempotencyKey(
          m,
          vanAdvies ? `zetAdviesOm:${vanAdvies.id}` : 'registreerMelding',
          geldig.idempotencyKey,
          requestHash(rest),
        );
        if (claim.status === 'mismatch') throw validatie('idempotencyKey', 'was already used for a different request');
        if (claim.status === 'replay') {
          const earlier = await this.leesIn(m, claim.id);
          if (!earlier) throw validatie('idempotencyKey', 'belongs to a melding that no longer exists');
          await this.log.schrijf(m, { actie: 'READ', objectType: 'Melding', objectId: earlier.id, casusId: earlier.casus_id });
          return earlier;
        }
        id = claim.id;
      }
      return this.maakAan(m, geldig, id ?? randomUUID(), vanAdvies);
    });
  }

  /**
   * A BSN is a lookup key (the radarfunctie matches on it and returns the person, casus and other
   * meldingen): a role that may not search by BSN may not send one either. Before anything is read or written.
   */
  private vereisBsnRecht(input: RegistreerMeldingInput): void {
    if (this.current.ability.can('read', 'Bsn')) return;
    const i = input.betrokkenen.findIndex((b) => b.bsn?.trim());
    if (i >= 0) {
      const field = `betrokkenen[${i}].bsn`;
      throw new ApiError(
        ErrorCode.FORBIDDEN,
        `${field}: your role may not use a BSN (only medewerker, administratief-medewerker and vertrouwensarts may)`,
        { field },
      );
    }
  }

  /** The melding with this id, or null when it does not exist, belongs to another region or another team. */
  async lees(id: string): Promise<MeldingRow | null> {
    return this.db.run(async (m) => {
      const row = isUuid(id) ? await this.leesZichtbaar(m, id) : null;
      await this.log.schrijf(m, {
        actie: 'READ',
        objectType: 'Melding',
        objectId: id,
        casusId: row?.casus_id ?? null,
        uitkomst: row ? 'GESLAAGD' : 'GEWEIGERD',
      });
      return row;
    });
  }

  /** Reads a melding inside a transaction honouring the team restriction (for mutations too). */
  async leesZichtbaar(m: EntityManager, id: string): Promise<MeldingRow | null> {
    return (await meldingMetId(kysely(m), id, teamFilter(await this.instellingen.lees(m), this.current.actor))) ?? null;
  }

  private async leesIn(m: EntityManager, id: string): Promise<MeldingRow | null> {
    return (await meldingMetId(kysely(m), id)) ?? null;
  }

  /**
   * Registers an already validated melding in the caller's transaction (the police import: many
   * meldingen, one transaction, all or nothing), with what only an import knows.
   */
  registreerIn(m: EntityManager, melding: GeldigeMelding, politie: PolitieGegevens): Promise<MeldingRow> {
    return this.maakAan(m, melding, randomUUID(), undefined, politie);
  }

  private async maakAan(
    m: EntityManager,
    melding: GeldigeMelding,
    id: string,
    vanAdvies: { id: string; versie: number } | undefined,
    politie: PolitieGegevens | undefined = undefined,
  ): Promise<MeldingRow> {
    const actor = this.current.actor;
    await vereisGemeente(m, 'gemeenteCode', melding.gemeenteCode);
    const bereikbaarheid = melding.bereikbaarheid
      ? await vereisBereikbaarheid(m, melding.bereikbaarheid, melding.ontvangenOp, actor.userId)
      : null;
    // First, so an advies that cannot be converted stops the work before anything is written.
    if (vanAdvies) await this.advies.markeerOmgezet(m, vanAdvies.id, vanAdvies.versie, id);
    // One person per identity, even when the input names someone twice (e.g. ouder and pleger).
    const identiteiten = new Map<string, number>();
    const uniek: GeldigeMelding['betrokkenen'] = [];
    const index = melding.betrokkenen.map((b, i) => {
      const key = b.bsn ? `bsn:${b.bsn}` : b.geboortedatum ? `np:${b.naam.toLowerCase()}|${b.geboortedatum}` : `i:${i}`;
      if (!identiteiten.has(key)) {
        identiteiten.set(key, uniek.length);
        uniek.push(b);
      }
      return identiteiten.get(key)!;
    });
    // Locks the match keys until commit: the casus choice below is race-free too (a concurrent
    // registration about the same person waits and then joins the casus this one opens).
    const personen = await matchPersonen(m, uniek);
    const bekend = personen.filter((p) => p.bekend).map((p) => p.persoonId);

    const casussen = await kysely(m)
      .selectFrom('casus as c')
      .leftJoin('melding as m', 'm.casus_id', 'c.id')
      .select((eb) => [
        'c.id',
        'c.status',
        sql<MeldingFase[]>`COALESCE(array_agg(m.fase) FILTER (WHERE m.fase IS NOT NULL), '{}')`.as('fasen'),
        eb.fn.max('m.ontvangen_op').as('laatste'),
      ])
      .where('c.id', 'in', (eb) =>
        eb
          .selectFrom('casus_betrokkene')
          .select('casus_id')
          .where('persoon_id', '=', eb.fn.any(eb.val(bekend))),
      )
      .groupBy(['c.id', 'c.status'])
      .orderBy(sql`c.status = 'OPEN'`, 'desc')
      .orderBy('laatste', (order) => order.desc().nullsLast())
      .execute();
    const lopend = casussen.flatMap((c) => c.fasen).filter((f) => f !== 'AFGESLOTEN');
    const classificatie = classificeer(melding.politie, bekend.length, lopend);

    const ontvangstdatum = datumInNederland(melding.ontvangenOp);
    const jaar = Number(ontvangstdatum.slice(0, 4));
    let casusId = casussen[0]?.id;
    if (casusId) {
      await kysely(m)
        .updateTable('casus')
        .set((eb) => ({ status: 'OPEN', gesloten_op: null, updated_at: sql<Date>`now()`, version: eb('version', '+', 1) }))
        .where('id', '=', casusId)
        .execute();
    } else {
      const nummer = await this.nummering.volgend('C', jaar);
      ({ id: casusId } = await kysely(m).insertInto('casus').values({ nummer }).returning('id').executeTakeFirstOrThrow());
    }
    const kalender = await this.instellingen.kalender(m);
    // The region's own beoordeling term (sector norm 5 werkdagen).
    const uiterlijk = kalender.plusWerkdagen(ontvangstdatum, (await this.instellingen.lees(m)).beoordelingWerkdagen);
    const fase: MeldingFase = melding.politie === 'NIET_UNIEK' ? 'AFGESLOTEN' : 'TE_BEOORDELEN';
    // Screened for acute danger the werkdag it arrives (the next werkdag when it arrives on a day off);
    // a niet-unieke melding is handled administratively and not screened.
    const screening = fase === 'AFGESLOTEN' ? null : screeningsdatum(kalender, ontvangstdatum);
    const nummer = await this.nummering.volgend('M', jaar);
    const row = await kysely(m)
      .insertInto('melding')
      .values({
        id,
        casus_id: casusId,
        nummer,
        ontvangen_op: melding.ontvangenOp,
        ontvangstdatum,
        uiterlijke_beoordelingsdatum: uiterlijk,
        melder_naam: melding.melder.naam,
        melder_functie: melding.melder.functie,
        melder_telefoon: melding.melder.telefoon,
        melder_email: melding.melder.email,
        melder_organisatie: melding.melder.organisatie,
        melder_hoedanigheid: melding.melder.hoedanigheid,
        aard_geweld: melding.aardGeweld,
        aanvullende_kenmerken: melding.aanvullendeKenmerken,
        duur_geweld: melding.duurGeweld,
        afweging_acute_onveiligheid: melding.afwegingskader?.acuteOnveiligheid ?? null,
        afweging_structurele_onveiligheid: melding.afwegingskader?.structureleOnveiligheid ?? null,
        afweging_toelichting: melding.afwegingskader?.toelichting ?? null,
        politie: melding.politie,
        classificatie,
        fase,
        advies_id: vanAdvies?.id ?? null,
        gemeente_code: melding.gemeenteCode,
        melder_anoniem: melding.melderAnoniem,
        uiterlijke_screeningsdatum: screening,
        politie_registratienummer: politie?.registratienummer ?? null,
        postcode: politie?.postcode ?? null,
        huisnummer: politie?.huisnummer ?? null,
        niet_uniek_van: politie?.nietUniekVan ?? null,
        ...(politie?.samenvatting ? { samenvatting: politie.samenvatting } : {}),
        geregistreerd_door: actor.userId,
      })
      .returning(withoutAlias(MELDING_COLUMNS))
      .$narrowType<MeldingEnums>()
      .executeTakeFirstOrThrow();
    await kysely(m)
      .insertInto('melding_betrokkene')
      .columns(['melding_id', 'persoon_id', 'rol', 'was_bekend'])
      .expression(
        sql`SELECT ${row.id}, p, r, b FROM unnest(${index.map((i) => personen[i]!.persoonId)}::uuid[], ${melding.betrokkenen.map((b) => b.rol)}::text[],
          ${index.map((i) => personen[i]!.bekend)}::boolean[]) AS t(p, r, b)`,
      )
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    await kysely(m)
      .insertInto('casus_betrokkene')
      .columns(['casus_id', 'persoon_id'])
      .expression(sql`SELECT ${casusId}, unnest(${personen.map((p) => p.persoonId)}::uuid[])`)
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    if (bereikbaarheid) await legBereikbaarheidVast(m, bereikbaarheid, melding.ontvangenOp, actor.userId, { meldingId: row.id });
    // What other domains keep per melding (the statutory notifications), in this transaction.
    await this.volgers.nieuweMelding(m, row);
    await this.changes.record(m, {
      casusId,
      actie: 'CREATE',
      objectType: 'Melding',
      objectId: row.id,
      tijdlijn: [
        ...(vanAdvies
          ? [
              {
                soort: 'ADVIES_OMGEZET' as const,
                omschrijving: `Advies omgezet in melding ${nummer}`,
                objectType: 'Advies',
                objectId: vanAdvies.id,
              },
            ]
          : []),
        {
          soort: 'MELDING_ONTVANGEN',
          omschrijving: `Melding ${nummer} ontvangen (${classificatie.toLowerCase().replaceAll('_', ' ')})${fase === 'AFGESLOTEN' ? ', administratief afgehandeld' : ''}`,
        },
      ],
    });
    return row;
  }
}
