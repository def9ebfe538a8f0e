import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { CLS_CLIENT_ADRES, CurrentActor } from '@vt/auth';

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

/**
 * NEN 7513 access log. Entries are written with the caller's EntityManager, so they commit or
 * roll back with the work they describe. Several entries go in one statement.
 */
@Injectable()
export class ToegangslogService {
  constructor(
    private readonly current: CurrentActor,
    private readonly cls: ClsService,
  ) {}

  async schrijf(m: EntityManager, ...toegangen: Toegang[]): Promise<void> {
    if (toegangen.length === 0) return;
    const actor = this.current.actor;
    const clientAdres = this.cls.get<string | undefined>(CLS_CLIENT_ADRES) ?? null;
    const requestId = this.cls.getId() ?? null;
    await m.query(
      `INSERT INTO toegangslog (gebruiker_id, gebruiker_naam, rollen, namens, casus_id, persoon_id, actie, object_type, object_id, client_adres, grondslag, uitkomst, request_id)
       SELECT $1, $2, $3, $4, t.casus_id, t.persoon_id, t.actie, t.object_type, t.object_id, $5, t.grondslag, t.uitkomst, $6
       FROM unnest($7::uuid[], $8::uuid[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
         AS t(casus_id, persoon_id, actie, object_type, object_id, grondslag, uitkomst)`,
      [
        actor.userId,
        actor.naam,
        actor.rollen,
        actor.namens ?? null,
        clientAdres,
        requestId,
        toegangen.map((t) => t.casusId ?? null),
        toegangen.map((t) => t.persoonId ?? null),
        toegangen.map((t) => t.actie),
        toegangen.map((t) => t.objectType),
        toegangen.map((t) => t.objectId ?? null),
        toegangen.map((t) => t.grondslag ?? GRONDSLAG_WETTELIJKE_TAAK),
        toegangen.map((t) => t.uitkomst ?? 'GESLAAGD'),
      ],
    );
  }
}
