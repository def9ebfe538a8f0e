import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { casusTeamFilter } from '@vt/casus';
import { TenantDb, countRows, kysely, sql, type SqlBool } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import {
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
import { datumVan } from '@vt/werkdagen';
import { datumNietInToekomst } from '../vervolg.support.js';
import { KLACHT_COLUMNS, toKlacht, type KlachtRow } from './klacht.row.js';
import type { Klacht, KlachtenArgs, KlachtTelling, RegistreerKlachtInput, SluitKlachtAfInput, WijzigKlachtInput } from './klacht.types.js';

/**
 * The klachtenregister: complaints with the complainant, the subject, the casus they concern, the
 * route and the outcome; counted per outcome for the quarterly report. A complaint names a person
 * and often a casus: reads and changes are in the NEN 7513 log.
 */
@Injectable()
export class KlachtService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
  ) {}

  registreer(input: RegistreerKlachtInput): Promise<Klacht> {
    const klagerNaam = check.tekst('klagerNaam', input.klagerNaam, { max: 200 });
    const onderwerp = check.tekst('onderwerp', input.onderwerp, { max: 4000 });
    const ontvangenOp = datumNietInToekomst('ontvangenOp', input.ontvangenOp);
    return this.db.run(async (m) => {
      const casusId = await this.zichtbareCasus(m, input.casusId);
      const { id } = await kysely(m)
        .insertInto('klacht')
        .values({
          ontvangen_op: ontvangenOp,
          klager_naam: klagerNaam,
          klager_relatie: input.klagerRelatie,
          onderwerp,
          casus_id: casusId,
          route: input.route,
          geregistreerd_door: this.current.actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.log.schrijf(m, { actie: 'CREATE', objectType: 'Klacht', objectId: id, casusId });
      return toKlacht(await this.lees(m, id));
    });
  }

  wijzig(input: WijzigKlachtInput): Promise<Klacht> {
    const onderwerp = input.onderwerp == null ? undefined : check.tekst('onderwerp', input.onderwerp, { max: 4000 });
    return this.db.run(async (m) => {
      const klacht = await this.voorWijziging(m, input.klachtId, input.versie);
      const casusId = input.casusId === undefined || input.casusId === null ? undefined : await this.zichtbareCasus(m, input.casusId);
      await kysely(m)
        .updateTable('klacht')
        .set((eb) => ({
          ...(onderwerp !== undefined ? { onderwerp } : {}),
          ...(input.route ? { route: input.route } : {}),
          ...(casusId !== undefined ? { casus_id: casusId } : {}),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', klacht.id)
        .execute();
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Klacht', objectId: klacht.id, casusId: casusId ?? klacht.casus_id });
      return toKlacht(await this.lees(m, klacht.id));
    });
  }

  sluitAf(input: SluitKlachtAfInput): Promise<Klacht> {
    const toelichting = check.optioneleTekst('toelichting', input.toelichting, 4000);
    return this.db.run(async (m) => {
      const klacht = await this.voorWijziging(m, input.klachtId, input.versie);
      const afgeslotenOp = datumNietInToekomst('afgeslotenOp', input.afgeslotenOp, { datum: klacht.ontvangen_op, wat: 'the receipt' });
      await kysely(m)
        .updateTable('klacht')
        .set((eb) => ({
          status: 'AFGESLOTEN',
          uitkomst: input.uitkomst,
          afgesloten_op: afgeslotenOp,
          toelichting,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', klacht.id)
        .execute();
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'Klacht', objectId: klacht.id, casusId: klacht.casus_id });
      return toKlacht(await this.lees(m, klacht.id));
    });
  }

  /** Complaints received in a period, most recent first; a complaint about a casus of another team is left out under the team rule. */
  lijst(args: KlachtenArgs): Promise<Connection<Klacht>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['datum', 'uuid']);
    const { van, tot } = this.periode(args.van, args.tot);
    const actor = this.current.actor;
    const gefilterd = async (m: EntityManager) => {
      const regel = casusTeamFilter(await this.instellingen.lees(m), actor, 'k.casus_id');
      return kysely(m)
        .selectFrom('klacht as k')
        .$if(van !== null, (q) => q.where('k.ontvangen_op', '>=', van!))
        .$if(tot !== null, (q) => q.where('k.ontvangen_op', '<', tot!))
        .$if(args.status != null, (q) => q.where('k.status', '=', args.status!))
        .where(sql<SqlBool>`(k.casus_id IS NULL OR ${regel})`);
    };
    return this.db.run(async (m) => {
      const rows = await (
        await gefilterd(m)
      )
        .select(KLACHT_COLUMNS)
        .$if(after !== null, (q) => q.where(sql<SqlBool>`(k.ontvangen_op, k.id) < (${after![0]}::date, ${after![1]}::uuid)`))
        .orderBy('k.ontvangen_op', 'desc')
        .orderBy('k.id', 'desc')
        .limit(first + 1)
        .execute();
      await this.log.schrijf(
        m,
        ...rows.slice(0, first).map((r) => ({ actie: 'READ' as const, objectType: 'Klacht', objectId: r.id, casusId: r.casus_id })),
      );
      return toConnection(
        rows,
        first,
        (r) => [r.ontvangen_op, r.id],
        toKlacht,
        () => this.db.run(async (m) => countRows(await gefilterd(m))),
      );
    });
  }

  /** Complaints received in [van, tot) per outcome (null: still open), for the quarterly report: counts only, so the whole region. */
  telling(vanInput: Date, totInput: Date): Promise<KlachtTelling[]> {
    const { van, tot } = this.periode(vanInput, totInput);
    return this.db.run(async (m) => {
      const rows = await kysely(m)
        .selectFrom('klacht as k')
        .select(['k.uitkomst', (eb) => eb.fn.countAll<string>().as('n')])
        .where('k.ontvangen_op', '>=', van!)
        .where('k.ontvangen_op', '<', tot!)
        .groupBy('k.uitkomst')
        .orderBy('k.uitkomst')
        .execute();
      return rows.map((r) => ({ uitkomst: r.uitkomst, aantal: Number(r.n) }));
    });
  }

  private periode(van: Date | null | undefined, tot: Date | null | undefined): { van: string | null; tot: string | null } {
    const v = van ? datumVan(van) : null;
    const t = tot ? datumVan(tot) : null;
    if (v && t && t <= v) throw validatie('tot', 'must lie after van');
    return { van: v, tot: t };
  }

  /** A casus id from input: null when left out, else a casus of the region the caller may see. */
  private async zichtbareCasus(m: EntityManager, casusId: string | null | undefined): Promise<string | null> {
    if (casusId === null || casusId === undefined) return null;
    const gevonden = isUuid(casusId)
      ? await kysely(m)
          .selectFrom('casus as c')
          .select('c.id')
          .where('c.id', '=', casusId)
          .where(casusTeamFilter(await this.instellingen.lees(m), this.current.actor))
          .executeTakeFirst()
      : undefined;
    if (!gevonden) throw nietGevonden('Casus');
    return gevonden.id;
  }

  private async lees(m: EntityManager, id: string): Promise<KlachtRow> {
    return kysely(m).selectFrom('klacht as k').select(KLACHT_COLUMNS).where('k.id', '=', id).executeTakeFirstOrThrow();
  }

  /** The complaint to change: locked, OPEN, not about a casus of another team, at the version the caller read. */
  private async voorWijziging(m: EntityManager, id: string, versie: number): Promise<KlachtRow> {
    const klacht = isUuid(id)
      ? await kysely(m).selectFrom('klacht as k').select(KLACHT_COLUMNS).where('k.id', '=', id).forUpdate().executeTakeFirst()
      : undefined;
    if (!klacht) throw nietGevonden('Klacht');
    if (klacht.casus_id !== null) {
      try {
        await this.zichtbareCasus(m, klacht.casus_id);
      } catch {
        throw nietGevonden('Klacht');
      }
    }
    vereisVersie('The klacht', klacht.version, versie);
    if (klacht.status !== 'OPEN') throw ongeldigeOvergang('This complaint was already closed');
    return klacht;
  }
}
