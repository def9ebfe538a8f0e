import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReferenceDb, TenantDb } from '@vt/database';
import { TenantDirectory } from '@vt/auth';
import type { Gemeente, Organisatie, Regio } from './organisatie.types.js';

const DIRECTORY_TTL_MS = 60_000;

// Latest peildatum per gemeente; a gemeente without a count shows 0 inwoners and no peildatum.
const GEMEENTEN_SQL = `
  SELECT g.code, g.naam, g.regio_code AS "regioCode",
         COALESCE(i.inwoners, 0) AS inwoners, i.peildatum::text AS peildatum
  FROM referentie.gemeente g
  JOIN referentie.regio r ON r.code = g.regio_code
  LEFT JOIN LATERAL (
    SELECT gi.inwoners, gi.peildatum FROM referentie.gemeente_inwoners gi
    WHERE gi.gemeente_code = g.code ORDER BY gi.peildatum DESC LIMIT 1
  ) i ON true`;

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
    const rows = await this.referenceDb.read((m) =>
      m.query(`SELECT o.id, o.code FROM referentie.regio r JOIN referentie.organisatie o ON o.id = r.organisatie_id WHERE r.code = $1`, [
        code,
      ]),
    );
    const value = (rows[0] as { id: string; code: string } | undefined) ?? null;
    this.directory.set(code, { value, expires: Date.now() + DIRECTORY_TTL_MS });
    return value;
  }

  /** The caller's own organisation, read inside the caller's tenant transaction. */
  mijnOrganisatie(): Promise<Organisatie | null> {
    return this.tenantDb.run(async (m) => {
      const tenantId = await currentTenant(m);
      const [organisatie] = (await m.query(`SELECT code, naam FROM referentie.organisatie WHERE id = $1`, [tenantId])) as {
        code: string;
        naam: string;
      }[];
      if (!organisatie) return null;
      const regios = await this.regiosWhere(m, 'r.organisatie_id = $1', [tenantId]);
      const gemeenten = (await m.query(`${GEMEENTEN_SQL} WHERE r.organisatie_id = $1 ORDER BY g.naam, g.code`, [tenantId])) as Gemeente[];
      const inwoners = gemeenten.reduce((sum, gemeente) => sum + gemeente.inwoners, 0);
      return { ...organisatie, regios, gemeenten, inwoners };
    });
  }

  /** All regions with their inhabitants (public reference data). */
  regios(): Promise<Regio[]> {
    return this.referenceDb.read((m) => this.regiosWhere(m, 'true', []));
  }

  private async regiosWhere(m: EntityManager, where: string, params: unknown[]): Promise<Regio[]> {
    const rows = (await m.query(
      `SELECT r.code, r.naam, o.code AS "organisatieCode",
              COALESCE(SUM(g.inwoners), 0)::int AS inwoners, COUNT(g.code)::int AS "aantalGemeenten"
       FROM referentie.regio r
       JOIN referentie.organisatie o ON o.id = r.organisatie_id
       LEFT JOIN (${GEMEENTEN_SQL}) g ON g."regioCode" = r.code
       WHERE ${where}
       GROUP BY r.code, r.naam, o.code
       ORDER BY r.code`,
      params,
    )) as Regio[];
    return rows;
  }
}

async function currentTenant(m: EntityManager): Promise<string> {
  const [row] = (await m.query(`SELECT public.current_tenant_id() AS id`)) as { id: string }[];
  return row!.id;
}
