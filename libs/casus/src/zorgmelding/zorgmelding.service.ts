import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb, countRows, kysely, sql, type Database, type Selectable, type SqlBool } from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import {
  ValidationCollector,
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
import { datumInNederland, datumVan } from '@vt/werkdagen';
import type { AardGeweld } from '../classificaties/index.js';
import { MeldingService } from '../melding/melding.service.js';
import type { GeldigeMelding } from '../melding/melding.validation.js';
import type { ScreenZorgmeldingJeugdInput, ZorgmeldingJeugd, ZorgmeldingenArgs } from './zorgmelding.types.js';

const KOLOMMEN = [
  'z.id',
  'z.politie_registratienummer',
  'z.ontvangen_op',
  'z.ontvangstdatum',
  'z.uiterlijke_screeningsdatum',
  'z.gemeente_code',
  'z.aantal_kinderen',
  'z.status',
  'z.gegevens',
  'z.doorgestuurd_naar',
  'z.betrokkenen_geinformeerd_op',
  'z.betrokkenen_geinformeerd_via',
  'z.melding_id',
  'z.toelichting',
  'z.version',
] as const;
type ZorgmeldingRow = Pick<
  Selectable<Database['zorgmelding_jeugd']>,
  | 'id'
  | 'politie_registratienummer'
  | 'ontvangen_op'
  | 'ontvangstdatum'
  | 'uiterlijke_screeningsdatum'
  | 'gemeente_code'
  | 'aantal_kinderen'
  | 'status'
  | 'gegevens'
  | 'doorgestuurd_naar'
  | 'betrokkenen_geinformeerd_op'
  | 'betrokkenen_geinformeerd_via'
  | 'melding_id'
  | 'toelichting'
  | 'version'
>;

/** What the import keeps of a zorgmelding until it is screened (GeldigeMelding's parts, dates as strings). */
interface Gegevens {
  melder: GeldigeMelding['melder'];
  betrokkenen: GeldigeMelding['betrokkenen'];
  aardGeweld: AardGeweld[];
  duurGeweld: GeldigeMelding['duurGeweld'];
  postcode: string | null;
  huisnummer: string | null;
  omschrijving: string | null;
}

/**
 * Politiezorgmeldingen jeugd: their own stream, apart from meldingen (reports and budgets count them
 * separately). Screened for onveiligheid in an afhankelijkheidsrelatie: without it the report is
 * forwarded to the lokaal team without a dossier (the persons are erased, the counts stay) and the
 * betrokkenen are informed; with it, it becomes a regular melding (radarfunctie, casus, screening).
 */
@Injectable()
export class ZorgmeldingService {
  constructor(
    private readonly db: TenantDb,
    private readonly log: ToegangslogService,
    private readonly meldingen: MeldingService,
  ) {}

  lijst(args: ZorgmeldingenArgs): Promise<Connection<ZorgmeldingJeugd>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['datum', 'uuid']);
    return this.db.run(async (m) => {
      const filter = (mm: EntityManager) =>
        kysely(mm)
          .selectFrom('zorgmelding_jeugd as z')
          .$if(!!args.status, (q) => q.where('z.status', '=', args.status!));
      const rows = await filter(m)
        .select(KOLOMMEN)
        .$if(after !== null, (q) =>
          q.where(sql<SqlBool>`(z.uiterlijke_screeningsdatum, z.id) > (${String(after![0])}::date, ${String(after![1])}::uuid)`),
        )
        .orderBy('z.uiterlijke_screeningsdatum')
        .orderBy('z.id')
        .limit(first + 1)
        .execute();
      const getoond = rows.slice(0, first);
      if (getoond.length > 0)
        await this.log.schrijf(
          m,
          ...getoond.map((r) => ({ actie: 'READ' as const, objectType: 'ZorgmeldingJeugd', objectId: r.id, casusId: null })),
        );
      return toConnection(
        rows,
        first,
        (r) => [r.uiterlijke_screeningsdatum, r.id],
        toZorgmelding,
        () => this.db.run((mm) => countRows(filter(mm))),
      );
    });
  }

  screen(input: ScreenZorgmeldingJeugdInput): Promise<ZorgmeldingJeugd> {
    const v = new ValidationCollector();
    const toelichting = v.check(() => check.tekst('toelichting', input.toelichting, { max: 2000 }));
    let doorgestuurdNaar: string | null = null;
    let geinformeerdOp: string | null = null;
    if (!input.onveiligheid) {
      doorgestuurdNaar = v.check(() => check.tekst('doorgestuurdNaar', input.doorgestuurdNaar ?? '', { max: 200 })) ?? null;
      if (!input.betrokkenenGeinformeerdOp) v.fail('betrokkenenGeinformeerdOp', 'is required when the zorgmelding is forwarded');
      else {
        geinformeerdOp = datumVan(input.betrokkenenGeinformeerdOp);
        if (geinformeerdOp > datumInNederland(new Date())) v.fail('betrokkenenGeinformeerdOp', 'must not lie in the future');
      }
      if (!input.betrokkenenGeinformeerdVia) v.fail('betrokkenenGeinformeerdVia', 'is required when the zorgmelding is forwarded');
    }
    const aard = input.aardGeweld?.length ? v.check(() => check.nietLeeg('aardGeweld', input.aardGeweld, 8)) : undefined;
    v.done();
    if (!isUuid(input.id)) throw nietGevonden('ZorgmeldingJeugd');
    return this.db.run(async (m) => {
      const z = await kysely(m)
        .selectFrom('zorgmelding_jeugd as z')
        .select(KOLOMMEN)
        .where('z.id', '=', input.id)
        .forUpdate()
        .executeTakeFirst();
      if (!z) throw nietGevonden('ZorgmeldingJeugd');
      vereisVersie('The zorgmelding', z.version, input.versie);
      if (z.status !== 'TE_SCREENEN') throw ongeldigeOvergang('The zorgmelding was already screened');
      if (geinformeerdOp && geinformeerdOp < z.ontvangstdatum)
        throw validatie('betrokkenenGeinformeerdOp', `must not lie before the report (${z.ontvangstdatum})`);
      let meldingId: string | null = null;
      if (input.onveiligheid) {
        const g = z.gegevens as unknown as Gegevens;
        const melding = await this.meldingen.registreerIn(
          m,
          {
            ontvangenOp: z.ontvangen_op,
            melder: g.melder,
            betrokkenen: g.betrokkenen,
            aardGeweld: aard ?? (g.aardGeweld.length ? g.aardGeweld : ['ONBEKEND']),
            aanvullendeKenmerken: [],
            duurGeweld: g.duurGeweld,
            afwegingskader: null,
            politie: 'UNIEK',
            gemeenteCode: z.gemeente_code,
            melderAnoniem: false,
            idempotencyKey: null,
            bereikbaarheid: null,
          },
          {
            registratienummer: z.politie_registratienummer,
            postcode: g.postcode,
            huisnummer: g.huisnummer,
            nietUniekVan: null,
            samenvatting: g.omschrijving,
          },
        );
        meldingId = melding.id;
      }
      // Either way the personal data leaves the zorgmelding: erased (forwarded) or now in the melding.
      await kysely(m)
        .updateTable('zorgmelding_jeugd')
        .set((eb) => ({
          status: input.onveiligheid ? 'OMGEZET' : 'DOORGESTUURD',
          gegevens: null,
          melding_id: meldingId,
          doorgestuurd_naar: doorgestuurdNaar,
          betrokkenen_geinformeerd_op: geinformeerdOp,
          betrokkenen_geinformeerd_via: input.onveiligheid ? null : input.betrokkenenGeinformeerdVia!,
          toelichting: toelichting!,
          besloten_op: sql`now()`,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', z.id)
        .execute();
      await this.log.schrijf(m, { actie: 'UPDATE', objectType: 'ZorgmeldingJeugd', objectId: z.id, casusId: null });
      return toZorgmelding(
        await kysely(m).selectFrom('zorgmelding_jeugd as z').select(KOLOMMEN).where('z.id', '=', z.id).executeTakeFirstOrThrow(),
      );
    });
  }
}

function toZorgmelding(row: ZorgmeldingRow): ZorgmeldingJeugd {
  const g = row.gegevens as unknown as Gegevens | null;
  return {
    id: row.id,
    politieRegistratienummer: row.politie_registratienummer,
    ontvangenOp: row.ontvangen_op,
    uiterlijkeScreeningsdatum: row.uiterlijke_screeningsdatum,
    gemeenteCode: row.gemeente_code,
    aantalKinderen: row.aantal_kinderen,
    status: row.status,
    personen: g ? g.betrokkenen.map((b) => ({ naam: b.naam, geboortedatum: b.geboortedatum, rol: b.rol })) : [],
    omschrijving: g?.omschrijving ?? null,
    doorgestuurdNaar: row.doorgestuurd_naar,
    betrokkenenGeinformeerdOp: row.betrokkenen_geinformeerd_op,
    betrokkenenGeinformeerdVia: row.betrokkenen_geinformeerd_via,
    meldingId: row.melding_id,
    toelichting: row.toelichting,
    versie: row.version,
  };
}
