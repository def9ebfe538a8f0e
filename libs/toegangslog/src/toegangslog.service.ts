import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { CLS_CLIENT_ADRES, CurrentActor } from '@vt/auth';
import { AutonomousTransaction, TenantContext, kysely, type Database, type Selectable } from '@vt/database';
import { countAccessLogFailure } from '@vt/platform';
import { insertRegels, insertRegelsAlsTekst, type LogRegel } from './toegangslog.sql.js';

export type ToegangActie = Selectable<Database['toegangslog']>['actie'];
export type ToegangUitkomst = Selectable<Database['toegangslog']>['uitkomst'];

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
    private readonly autonoom: AutonomousTransaction,
  ) {}

  async schrijf(m: EntityManager, ...toegangen: Toegang[]): Promise<void> {
    if (toegangen.length === 0) return;
    const regels = this.regels(toegangen);
    const gedeeld = this.tenant.readTransaction;
    if (gedeeld && !gedeeld.failed && gedeeld.actief?.manager === m) {
      const db = kysely(m);
      gedeeld.beforeCommit.push(() => insertRegelsAlsTekst(db, regels));
      return;
    }
    await geteld('inline', insertRegels(kysely(m), regels));
  }

  /** Writes at once, also in a shared read transaction: for a read that must see its own entry (reading the log). */
  async schrijfDirect(m: EntityManager, ...toegangen: Toegang[]): Promise<void> {
    if (toegangen.length > 0) await geteld('inline', insertRegels(kysely(m), this.regels(toegangen)));
  }

  /**
   * Writes in a transaction of its own (tenant set first), for refused attempts: the caller's
   * transaction is about to roll back, and the entry must survive that (NEN 7513: every outcome).
   */
  async schrijfAutonoom(...toegangen: Toegang[]): Promise<void> {
    if (toegangen.length === 0) return;
    const regels = this.regels(toegangen);
    await geteld(
      'autonomous',
      this.autonoom.run((db) => insertRegels(db, regels)),
    );
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

/** Counts a failed access-log write (vt_access_log_write_failures_total) and passes the error on. */
async function geteld(mode: 'inline' | 'autonomous', write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    countAccessLogFailure(mode);
    throw error;
  }
}
