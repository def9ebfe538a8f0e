import { Injectable } from '@nestjs/common';
import { CurrentActor } from '@vt/auth';
import { persoonTeamFilter } from '@vt/casus';
import { TenantContext, TenantDb, countRows, kysely, sql, type SqlBool } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import {
  JOB_DEFAULTS,
  QUEUE,
  Queues,
  decodeCursor,
  isUuid,
  nietGevonden,
  ongeldigeOvergang,
  pageSize,
  toConnection,
  validatie,
  type Connection,
} from '@vt/platform';
import { ToegangslogService } from '@vt/toegangslog';
import { vandaag } from '../vervolg.support.js';
import { bewaartermijnStand } from './bewaartermijn.sql.js';
import { Vernietiger, type VernietigingRow } from './vernietiger.js';
import type { BewaartermijnJob, BewaartermijnVoorstel, Vernietiging, VernietigingenArgs } from './vernietiging.types.js';

/** Most candidates the dry run lists. */
export const MAX_VOORSTEL = 500;

/**
 * Destruction as the privacy officer and the functioneel-beheerder see it (issue 16, points 4 and
 * 5): carrying out a granted request to destroy a person's data, the register of destructions, the
 * dry run of the retention job and starting it by hand.
 */
@Injectable()
export class VernietigingService {
  constructor(
    private readonly db: TenantDb,
    private readonly tenant: TenantContext,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
    private readonly vernietiger: Vernietiger,
    private readonly queues: Queues,
  ) {}

  /**
   * Carries out a verzoek of soort VERNIETIGING decided TOEGEWEZEN or DEELS, once: a retry (or a
   * second caller racing the first, serialised on the verzoek's lock) gets the same record back.
   */
  async vernietigPersoonsgegevens(verzoekId: string): Promise<Vernietiging> {
    if (!isUuid(verzoekId)) throw nietGevonden('Verzoek');
    const actor = this.current.actor;
    const { record, sleutels } = await this.db.run(async (m) => {
      const db = kysely(m);
      const verzoek = await db
        .selectFrom('verzoek as v')
        .select(['v.id', 'v.persoon_id', 'v.soort', 'v.status', 'v.beslissing'])
        .where('v.id', '=', verzoekId)
        .forUpdate()
        .executeTakeFirst();
      const zichtbaar =
        verzoek &&
        (await db
          .selectFrom('persoon as p')
          .select('p.id')
          .where('p.id', '=', verzoek.persoon_id)
          .where(persoonTeamFilter(await this.instellingen.lees(m), actor))
          .executeTakeFirst());
      if (!verzoek || !zichtbaar) throw nietGevonden('Verzoek');
      const eerder = await db.selectFrom('vernietiging').selectAll().where('verzoek_id', '=', verzoek.id).executeTakeFirst();
      if (eerder) return { record: eerder, sleutels: [] };
      if (verzoek.soort !== 'VERNIETIGING') throw ongeldigeOvergang('Only a verzoek of soort VERNIETIGING is carried out as a destruction');
      if (verzoek.status !== 'BESLOTEN' || verzoek.beslissing === 'AFGEWEZEN')
        throw ongeldigeOvergang('The verzoek must first be decided TOEGEWEZEN or DEELS (beslisVerzoek)');
      const resultaat = await this.vernietiger.persoon(m, verzoek.persoon_id, verzoek.id, actor.userId);
      if (!resultaat) throw ongeldigeOvergang("This person's data was already destroyed");
      await this.log.schrijf(m, { actie: 'DELETE', objectType: 'Persoon', objectId: verzoek.persoon_id, persoonId: verzoek.persoon_id });
      const record = await db.selectFrom('vernietiging').selectAll().where('id', '=', resultaat.id).executeTakeFirstOrThrow();
      return { record, sleutels: resultaat.objectSleutels };
    });
    await this.vernietiger.verwijderObjecten(sleutels);
    return toVernietiging(record);
  }

  /** The destruction records of the region, newest first. */
  lijst(args: VernietigingenArgs): Promise<Connection<Vernietiging>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after, ['tijdstip', 'uuid']);
    return this.db.run(async (m) => {
      const rows = await kysely(m)
        .selectFrom('vernietiging as v')
        .selectAll()
        // Microseconds in the cursor, or rows with the same millisecond would be skipped.
        .select(sql<string>`to_char(v.uitgevoerd_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('op_cursor'))
        .$if(after !== null, (q) =>
          q.where(sql<SqlBool>`(v.uitgevoerd_op, v.id) < (${String(after![0])}::timestamptz, ${String(after![1])}::uuid)`),
        )
        .orderBy('v.uitgevoerd_op', 'desc')
        .orderBy('v.id', 'desc')
        .limit(first + 1)
        .execute();
      return toConnection(
        rows,
        first,
        (r) => [r.op_cursor, r.id],
        toVernietiging,
        () => this.db.run((t) => countRows(kysely(t).selectFrom('vernietiging as v'))),
      );
    });
  }

  /** The dry run as of today: nothing is destroyed. */
  voorstel(first: number): Promise<BewaartermijnVoorstel> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_VOORSTEL) throw validatie('first', `must be 0 to ${MAX_VOORSTEL}`);
    return this.db.run(async (m) => {
      const instellingen = await this.instellingen.lees(m);
      const stand = await bewaartermijnStand(m, instellingen, vandaag(), first);
      return {
        bewaartermijnJaren: instellingen.bewaartermijnJaren,
        geslotenVoor: stand.geslotenVoor,
        aantalCasussen: stand.aantalCasussen,
        casussen: stand.casussen.map((c) => ({ casusId: c.id, nummer: c.nummer, geslotenOp: c.gesloten_op })),
        aantalOnderBewaarplicht: stand.aantalOnderBewaarplicht,
        toegangslogBewaartermijnJaren: instellingen.toegangslogBewaartermijnJaren,
        aantalToegangslogRegels: stand.aantalToegangslogRegels,
      };
    });
  }

  /** Starts the retention job for the own region now (it also runs every night); it follows the region's mode. */
  async start(): Promise<BewaartermijnJob> {
    const tenantId = this.tenant.tenantId!;
    const modus = (await this.db.run((m) => this.instellingen.lees(m))).bewaartermijnModus;
    const job = await this.queues.use(QUEUE.BEWAARTERMIJN, (q) =>
      q.add('regio', { tenantId }, { ...JOB_DEFAULTS, jobId: `handmatig-${tenantId}-${Date.now()}` }),
    );
    return { id: job.id!, proefdraai: modus === 'PROEFDRAAI' };
  }
}

/** A destruction record as the schema shows it. */
export function toVernietiging(row: VernietigingRow): Vernietiging {
  const aantallen = row.aantallen as Record<string, number>;
  const behouden = row.behouden as { onderdeel: string; aantal?: number; reden: string }[];
  return {
    id: row.id,
    soort: row.soort,
    aanleiding: row.aanleiding,
    verzoekId: row.verzoek_id,
    persoonId: row.persoon_id,
    casusId: row.casus_id,
    casusNummer: row.casus_nummer,
    aantallen: Object.entries(aantallen)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([onderdeel, aantal]) => ({ onderdeel, aantal: Number(aantal) })),
    behouden: behouden.map((b) => ({ onderdeel: b.onderdeel, aantal: b.aantal ?? null, reden: b.reden })),
    uitgevoerdOp: row.uitgevoerd_op,
    uitgevoerdDoor: row.uitgevoerd_door,
  };
}
