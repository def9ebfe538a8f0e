import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { persoonTeamFilter } from '@vt/casus';
import { TenantDb, countRows, kysely, sql, type SqlBool } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import {
  begrensdeLijst,
  check,
  decodeCursor,
  isUuid,
  nietGevonden,
  ongeldigeOvergang,
  pageSize,
  toConnection,
  validatie,
  vereisVersie,
  type Connection,
} from '@vt/platform';
import { ToegangslogService } from '@vt/toegangslog';
import { datumNietInToekomst, vandaag } from '../vervolg.support.js';
import { MAX_VERLENGING_MAANDEN, TERMIJN_MAANDEN, verzoekTermijn } from './verzoek-termijn.js';
import { VERZOEK_COLUMNS, toVerzoek, type VerzoekRow } from './verzoek.row.js';
import {
  MAX_WIJZIGINGEN,
  type BeslisVerzoekInput,
  type RegistreerVerzoekInput,
  type VerlengVerzoekInput,
  type Verzoek,
  type VerzoekenArgs,
} from './verzoek.types.js';

/**
 * The register of requests by betrokkenen about their data (issue 16): registered with the
 * requester and the person, a statutory term that is open work (VERZOEK_AFHANDELEN) until the
 * decision is sent. Every read and change is in the NEN 7513 log against the person.
 */
@Injectable()
export class VerzoekService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
  ) {}

  registreer(input: RegistreerVerzoekInput): Promise<Verzoek> {
    const verzoekerNaam = check.tekst('verzoekerNaam', input.verzoekerNaam, { max: 200 });
    const omschrijving = check.optioneleTekst('omschrijving', input.omschrijving, 4000);
    const zienswijze = check.optioneleTekst('zienswijze', input.zienswijze, 10_000);
    const ontvangenOp = datumNietInToekomst('ontvangenOp', input.ontvangenOp);
    if (!isUuid(input.persoonId)) throw nietGevonden('Persoon');
    return this.db.run(async (m) => {
      if (!(await this.persoonZichtbaar(m, input.persoonId))) throw nietGevonden('Persoon');
      const kalender = await this.instellingen.kalender(m);
      const termijn = verzoekTermijn(kalender, ontvangenOp, TERMIJN_MAANDEN);
      const { id } = await kysely(m)
        .insertInto('verzoek')
        .values({
          persoon_id: input.persoonId,
          soort: input.soort,
          verzoeker_naam: verzoekerNaam,
          verzoeker_relatie: input.verzoekerRelatie,
          omschrijving,
          zienswijze,
          ontvangen_op: ontvangenOp,
          oorspronkelijke_termijn: termijn,
          uiterlijke_datum: termijn,
          geregistreerd_door: this.current.actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.log.schrijf(m, { actie: 'CREATE', objectType: 'Verzoek', objectId: id, persoonId: input.persoonId });
      return toVerzoek(await this.lees(m, id));
    });
  }

  verleng(input: VerlengVerzoekInput): Promise<Verzoek> {
    const maanden = check.geheel('maanden', input.maanden, 1, MAX_VERLENGING_MAANDEN);
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    return this.db.run(async (m) => {
      const verzoek = await this.voorWijziging(m, input.verzoekId, input.versie);
      if (verzoek.verlengd_met_maanden !== null) throw ongeldigeOvergang('The term of this request was already extended once');
      // AVG art. 12(3): the requester must hear of the extension within the first term, so it cannot come later.
      if (vandaag() > verzoek.oorspronkelijke_termijn)
        throw ongeldigeOvergang(`The term can only be extended within the first term (until ${verzoek.oorspronkelijke_termijn})`);
      const kalender = await this.instellingen.kalender(m);
      await kysely(m)
        .updateTable('verzoek')
        .set((eb) => ({
          verlengd_met_maanden: maanden,
          verlenging_reden: reden,
          uiterlijke_datum: verzoekTermijn(kalender, verzoek.ontvangen_op, TERMIJN_MAANDEN + maanden),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', verzoek.id)
        .execute();
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Verzoek', objectId: verzoek.id, persoonId: verzoek.persoon_id });
      return toVerzoek(await this.lees(m, verzoek.id));
    });
  }

  beslis(input: BeslisVerzoekInput): Promise<Verzoek> {
    const gronden = check.optioneleTekst('gronden', input.gronden, 4000);
    if (input.beslissing !== 'TOEGEWEZEN' && gronden === null) throw validatie('gronden', 'are required for a partial grant or a refusal');
    const wijzigingIds = begrensdeLijst('wijzigingIds', input.wijzigingIds, MAX_WIJZIGINGEN, { uniek: true }) ?? [];
    if (wijzigingIds.some((id) => !isUuid(id))) throw validatie('wijzigingIds', 'must be ids of wijzigingen of this person');
    return this.db.run(async (m) => {
      const verzoek = await this.voorWijziging(m, input.verzoekId, input.versie);
      const verzondenOp = datumNietInToekomst('verzondenOp', input.verzondenOp, { datum: verzoek.ontvangen_op, wat: 'the receipt' });
      if (wijzigingIds.length > 0) {
        // Only corrections of this very person: a request never links another person's history.
        const gevonden = await kysely(m)
          .selectFrom('wijziging')
          .select('id')
          .where('id', '=', (eb) => eb.fn.any(eb.val(wijzigingIds)))
          .where('persoon_id', '=', verzoek.persoon_id)
          .execute();
        if (gevonden.length !== wijzigingIds.length) throw validatie('wijzigingIds', 'must be ids of wijzigingen of this person');
      }
      const actor = this.current.actor;
      await kysely(m)
        .updateTable('verzoek')
        .set((eb) => ({
          status: 'BESLOTEN',
          beslissing: input.beslissing,
          gronden,
          beslist_op: verzondenOp,
          verzonden_op: verzondenOp,
          wijziging_ids: wijzigingIds,
          beslist_door: actor.userId,
          beslist_door_naam: actor.naam,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', verzoek.id)
        .execute();
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Verzoek', objectId: verzoek.id, persoonId: verzoek.persoon_id });
      return toVerzoek(await this.lees(m, verzoek.id));
    });
  }

  /** The requests of the region under the filters, most recently received first; each one read is logged. */
  lijst(args: VerzoekenArgs): Promise<Connection<Verzoek>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['datum', 'uuid']);
    if (args.persoonId != null && !isUuid(args.persoonId)) throw validatie('persoonId', 'is not an id');
    const actor = this.current.actor;
    const gefilterd = async (m: EntityManager) =>
      kysely(m)
        .selectFrom('verzoek as v')
        .innerJoin('persoon as p', 'p.id', 'v.persoon_id')
        .$if(args.status != null, (q) => q.where('v.status', '=', args.status!))
        .$if(args.persoonId != null, (q) => q.where('v.persoon_id', '=', args.persoonId!))
        .where(persoonTeamFilter(await this.instellingen.lees(m), actor));
    return this.db.run(async (m) => {
      const rows = await (
        await gefilterd(m)
      )
        .select(VERZOEK_COLUMNS)
        .$if(after !== null, (q) => q.where(sql<SqlBool>`(v.ontvangen_op, v.id) < (${after![0]}::date, ${after![1]}::uuid)`))
        .orderBy('v.ontvangen_op', 'desc')
        .orderBy('v.id', 'desc')
        .limit(first + 1)
        .execute();
      await this.log.schrijf(
        m,
        ...rows.slice(0, first).map((r) => ({ actie: 'READ' as const, objectType: 'Verzoek', objectId: r.id, persoonId: r.persoon_id })),
      );
      return toConnection(
        rows,
        first,
        (r) => [r.ontvangen_op, r.id],
        (r) => toVerzoek(r),
        () => this.db.run(async (m) => countRows(await gefilterd(m))),
      );
    });
  }

  private async persoonZichtbaar(m: EntityManager, persoonId: string): Promise<boolean> {
    const gevonden = await kysely(m)
      .selectFrom('persoon as p')
      .select('p.id')
      .where('p.id', '=', persoonId)
      .where(persoonTeamFilter(await this.instellingen.lees(m), this.current.actor))
      .executeTakeFirst();
    return gevonden !== undefined;
  }

  private async lees(m: EntityManager, id: string): Promise<VerzoekRow> {
    return kysely(m).selectFrom('verzoek as v').select(VERZOEK_COLUMNS).where('v.id', '=', id).executeTakeFirstOrThrow();
  }

  /** The request to change: locked, OPEN, about a person the caller may see, at the version the caller read. */
  private async voorWijziging(m: EntityManager, id: string, versie: number): Promise<VerzoekRow> {
    const verzoek = isUuid(id)
      ? await kysely(m).selectFrom('verzoek as v').select(VERZOEK_COLUMNS).where('v.id', '=', id).forUpdate().executeTakeFirst()
      : undefined;
    if (!verzoek || !(await this.persoonZichtbaar(m, verzoek.persoon_id))) throw nietGevonden('Verzoek');
    vereisVersie('The verzoek', verzoek.version, versie);
    if (verzoek.status !== 'OPEN') throw ongeldigeOvergang('This request was already decided');
    return verzoek;
  }
}
