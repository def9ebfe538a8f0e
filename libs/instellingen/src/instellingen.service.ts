import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
import { leesInstellingen, type Instellingen } from './instellingen.sql.js';
import { WerkdagKalender, type KalenderAanpassing } from '@vt/werkdagen';

const STANDAARD: Instellingen = {
  mdToetsingVerplicht: false,
  werkBeperktTotTeam: false,
  nietUniekVensterDagen: 14,
  crisisteam: null,
  version: 0,
};

/** The region's own policy and calendar, read inside the caller's tenant transaction. */
const CLS_INSTELLINGEN = 'instellingen';

@Injectable()
export class InstellingenService {
  constructor(private readonly cls: ClsService) {}

  /** The settings, read once per request (every read of case data needs them for the team filter). */
  async lees(m: EntityManager): Promise<Instellingen> {
    const cached = this.cls.isActive() ? this.cls.get<Instellingen | undefined>(CLS_INSTELLINGEN) : undefined;
    if (cached) return cached;
    const instellingen = (await leesInstellingen(kysely(m))) ?? STANDAARD;
    if (this.cls.isActive()) this.cls.set(CLS_INSTELLINGEN, instellingen);
    return instellingen;
  }

  /** After a change in this request, the next read must see it. */
  vergeet(): void {
    if (this.cls.isActive()) this.cls.set(CLS_INSTELLINGEN, undefined);
  }

  async aanpassingen(m: EntityManager): Promise<(KalenderAanpassing & { omschrijving: string })[]> {
    return kysely(m).selectFrom('feestdag_aanpassing').select(['datum', 'werkdag', 'omschrijving']).orderBy('datum').execute();
  }

  async kalender(m: EntityManager): Promise<WerkdagKalender> {
    return new WerkdagKalender(await this.aanpassingen(m));
  }
}
