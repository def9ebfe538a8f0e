import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { CLS_CLIENT_ADRES, CurrentActor } from '@vt/auth';
import { AutonomeTransactie, TenantContext } from '@vt/database';

export type ToegangActie = 'CREATE' | 'READ' | 'UPDATE' | 'DELETE' | 'SEARCH' | 'EXPORT';
export type ToegangUitkomst = 'GESLAAGD' | 'GEWEIGERD' | 'NIET_GEVONDEN' | 'FOUT';

export interface Toegang {
  actie: ToegangActie;
  objectType: string;
  objectId?: string | null;
  casusId?: string | null;
  persoonId?: string | null;
  uitkomst?: ToegangUitkomst;
  /** Legal basis; case handling rests on the statutory task of Veilig Thuis. */
  grondslag?: string;
}

export const GRONDSLAG_WETTELIJKE_TAAK = 'Wmo 2015 art. 4.1.1 (wettelijke taak Veilig Thuis)';

/** One access-log row as it is stored. */
interface LogRegel {
  gebruiker_id: string;
  gebruiker_naam: string;
  rollen: string[];
  namens: string | null;
  casus_id: string | null;
  persoon_id: string | null;
  actie: ToegangActie;
  object_type: string;
  object_id: string | null;
  client_adres: string | null;
  grondslag: string;
  uitkomst: ToegangUitkomst;
  request_id: string | null;
}

const KOLOMMEN =
  'gebruiker_id, gebruiker_naam, rollen, namens, casus_id, persoon_id, actie, object_type, object_id, client_adres, grondslag, uitkomst, request_id';

/**
 * NEN 7513 access log. Entries are written in the caller's transaction, so they commit or roll
 * back with the work they describe. Several entries go in one statement. In a GraphQL query's
 * shared read transaction they are sent with its COMMIT (one round trip less per read); the
 * response is only sent once that COMMIT succeeded.
 */
@Injectable()
export class ToegangslogService {
  constructor(
    private readonly current: CurrentActor,
    private readonly cls: ClsService,
    private readonly tenant: TenantContext,
    private readonly autonoom: AutonomeTransactie,
  ) {}

  async schrijf(m: EntityManager, ...toegangen: Toegang[]): Promise<void> {
    if (toegangen.length === 0) return;
    const regels = this.regels(toegangen);
    const gedeeld = this.tenant.readTransaction;
    if (gedeeld && !gedeeld.failed && gedeeld.actief?.manager === m) {
      gedeeld.beforeCommit.push(() => insertUitJson(regels));
      return;
    }
    await this.voegIn(m, regels);
  }

  /** Writes at once, also in a shared read transaction: for a read that must see its own entry (reading the log). */
  async schrijfDirect(m: EntityManager, ...toegangen: Toegang[]): Promise<void> {
    if (toegangen.length > 0) await this.voegIn(m, this.regels(toegangen));
  }

  /**
   * Writes in a transaction of its own (tenant set first), for refused attempts: the caller's
   * transaction is about to roll back, and the entry must survive that (NEN 7513: every outcome).
   */
  async schrijfAutonoom(...toegangen: Toegang[]): Promise<void> {
    if (toegangen.length === 0) return;
    const [sql, params] = insertStatement(this.regels(toegangen));
    await this.autonoom.voerUit(sql, params);
  }

  private async voegIn(m: EntityManager, regels: LogRegel[]): Promise<void> {
    const [sql, params] = insertStatement(regels);
    await m.query(sql, params);
  }

  private regels(toegangen: Toegang[]): LogRegel[] {
    const actor = this.current.actor;
    const clientAdres = this.cls.get<string | undefined>(CLS_CLIENT_ADRES) ?? null;
    const requestId = this.cls.getId() ?? null;
    return toegangen.map((t) => ({
      gebruiker_id: actor.userId,
      gebruiker_naam: actor.naam,
      rollen: actor.rollen,
      namens: actor.namens ?? null,
      casus_id: t.casusId ?? null,
      persoon_id: t.persoonId ?? null,
      actie: t.actie,
      object_type: t.objectType,
      object_id: t.objectId ?? null,
      client_adres: clientAdres,
      grondslag: t.grondslag ?? GRONDSLAG_WETTELIJKE_TAAK,
      uitkomst: t.uitkomst ?? 'GESLAAGD',
      request_id: requestId,
    }));
  }
}

/** The rows as one JSON literal (escaped by pg's own escapeLiteral): sent without parameters, together with COMMIT. */
function insertUitJson(regels: LogRegel[]): string {
  return `INSERT INTO toegangslog (${KOLOMMEN}) SELECT ${KOLOMMEN} FROM json_to_recordset(${pg.escapeLiteral(JSON.stringify(regels))}::json)
    AS t(gebruiker_id text, gebruiker_naam text, rollen text[], namens text, casus_id uuid, persoon_id uuid, actie text, object_type text, object_id text, client_adres text, grondslag text, uitkomst text, request_id text)`;
}
/** One INSERT for several entries of one caller (the caller's fields once, the entries as arrays). */
function insertStatement(regels: LogRegel[]): [string, unknown[]] {
  const eerste = regels[0]!;
  return [
    `INSERT INTO toegangslog (${KOLOMMEN})
     SELECT $1, $2, $3, $4, t.casus_id, t.persoon_id, t.actie, t.object_type, t.object_id, $5, t.grondslag, t.uitkomst, $6
     FROM unnest($7::uuid[], $8::uuid[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
       AS t(casus_id, persoon_id, actie, object_type, object_id, grondslag, uitkomst)`,
    [
      eerste.gebruiker_id,
      eerste.gebruiker_naam,
      eerste.rollen,
      eerste.namens,
      eerste.client_adres,
      eerste.request_id,
      regels.map((r) => r.casus_id),
      regels.map((r) => r.persoon_id),
      regels.map((r) => r.actie),
      regels.map((r) => r.object_type),
      regels.map((r) => r.object_id),
      regels.map((r) => r.grondslag),
      regels.map((r) => r.uitkomst),
    ],
  ];
}
