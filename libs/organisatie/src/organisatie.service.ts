import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReferenceDb, TenantDb, kysely, sql, type Db, type Expression } from '@vt/database';
import { TenantDirectory } from '@vt/auth';
import type { Gemeente, Organisatie, Regio } from './organisatie.types.js';

const DIRECTORY_TTL_MS = 60_000;

/** The tenant of the transaction, as row-level security sees it. */
const HUIDIGE_TENANT = sql<string>`public.current_tenant_id()`;

/** Gemeenten with their latest peildatum; a gemeente without a count shows 0 inwoners and no peildatum. */
function gemeenten(db: Db) {
  return db
    .selectFrom('referentie.gemeente as g')
    .innerJoin('referentie.regio as r', 'r.code', 'g.regio_code')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('referentie.gemeente_inwoners as gi')
          .select(['gi.inwoners', 'gi.peildatum'])
          .whereRef('gi.gemeente_code', '=', 'g.code')
          .orderBy('gi.peildatum', 'desc')
          .limit(1)
          .as('i'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      'g.code',
      'g.naam',
      'g.regio_code as regioCode',
      eb.fn.coalesce('i.inwoners', eb.lit(0)).as('inwoners'),
      'i.peildatum',
    ]);
}

/** Reference data about organisaties, regio's and gemeenten; also resolves token region codes to tenants. */
@Injectable()
export class OrganisatieService extends TenantDirectory {
  private directory = new Map<string, { value: { id: string; code: string } | null; expires: number }>();

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly referenceDb: ReferenceDb,
  ) {
    super();
  }

  async findByRegioCode(code: string): Promise<{ id: string; code: string } | null> {
    const cached = this.directory.get(code);
    if (cached && cached.expires > Date.now()) return cached.value;
    const row = await this.referenceDb.read((m) =>
      kysely(m)
        .selectFrom('referentie.regio as r')
        .innerJoin('referentie.organisatie as o', 'o.id', 'r.organisatie_id')
        .select(['o.id', 'o.code'])
        .where('r.code', '=', code)
        .executeTakeFirst(),
    );
    const value = row ?? null;
    this.directory.set(code, { value, expires: Date.now() + DIRECTORY_TTL_MS });
    return value;
  }

  /** The caller's own organisation, read inside the caller's tenant transaction. */
  mijnOrganisatie(): Promise<Organisatie | null> {
    return this.tenantDb.run(async (m) => {
      const organisatie = await kysely(m)
        .selectFrom('referentie.organisatie')
        .select(['code', 'naam'])
        .where('id', '=', HUIDIGE_TENANT)
        .executeTakeFirst();
      if (!organisatie) return null;
      const regios = await this.regiosVan(m, HUIDIGE_TENANT);
      const rows = await gemeenten(kysely(m)).where('r.organisatie_id', '=', HUIDIGE_TENANT).orderBy('g.naam').orderBy('g.code').execute();
      // The schema's peildatum is non-null: the seed loads a count for every gemeente.
      const lijst: Gemeente[] = rows.map((g) => ({ ...g, peildatum: g.peildatum as string }));
      const inwoners = lijst.reduce((sum, gemeente) => sum + gemeente.inwoners, 0);
      return { ...organisatie, regios, gemeenten: lijst, inwoners };
    });
  }

  /** All regions with their inhabitants (public reference data). */
  regios(): Promise<Regio[]> {
    return this.referenceDb.read((m) => this.regiosVan(m));
  }

  /** Regions with their inhabitants and number of gemeenten; those of one organisation when given. */
  private regiosVan(m: EntityManager, organisatieId?: Expression<string>): Promise<Regio[]> {
    return kysely(m)
      .selectFrom('referentie.regio as r')
      .innerJoin('referentie.organisatie as o', 'o.id', 'r.organisatie_id')
      .leftJoin(gemeenten(kysely(m)).as('g'), 'g.regioCode', 'r.code')
      .select((eb) => [
        'r.code',
        'r.naam',
        'o.code as organisatieCode',
        eb.cast<number>(eb.fn.coalesce(eb.fn.sum('g.inwoners'), eb.lit(0)), 'integer').as('inwoners'),
        eb.cast<number>(eb.fn.count('g.code'), 'integer').as('aantalGemeenten'),
      ])
      .$if(organisatieId !== undefined, (query) => query.where('r.organisatie_id', '=', organisatieId!))
      .groupBy(['r.code', 'r.naam', 'o.code'])
      .orderBy('r.code')
      .execute();
  }
}
