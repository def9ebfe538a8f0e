import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
import { leesInstellingen, type Instellingen } from './instellingen.sql.js';
import { WerkdagKalender, type KalenderAanpassing } from '@vt/werkdagen';

/** A region that never changed its policy: the sector's constants (the column defaults of tenant_instelling). */
export const STANDAARD_INSTELLINGEN: Instellingen = {
  mdToetsingVerplicht: false,
  werkBeperktTotTeam: false,
  beoordelingWerkdagen: 5,
  interventieStartWerkdagen: 5,
  interventieWeken: 10,
  terugkoppelingWerkdagen: 5,
  signaalWerkdagen: null,
  normBeoordelingTijdigPct: 80,
  normInterventieTijdigPct: 80,
  normMonitoringVoldoendePct: 65,
  nietUniekVensterDagen: 14,
  crisisteam: null,
  bewaartermijnJaren: 20,
  toegangslogBewaartermijnJaren: 5,
  bewaartermijnModus: 'PROEFDRAAI',
  version: 0,
};

/** The region's own policy and calendar, read inside the caller's tenant transaction. */
const CLS_INSTELLINGEN = 'instellingen';

@Injectable()
export class InstellingenService {
  constructor(
    private readonly cls: ClsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** How many werkdagen ahead a deadline becomes a task: the region's own horizon, else the platform's. */
  signaalWerkdagen(instellingen: Instellingen): number {
    return instellingen.signaalWerkdagen ?? this.config.DEADLINE_SIGNAAL_WERKDAGEN;
  }

  /** The settings, read once per request (every read of case data needs them for the team filter). */
  async lees(m: EntityManager): Promise<Instellingen> {
    const cached = this.cls.isActive() ? this.cls.get<Instellingen | undefined>(CLS_INSTELLINGEN) : undefined;
    if (cached) return cached;
    const instellingen = (await leesInstellingen(kysely(m))) ?? STANDAARD_INSTELLINGEN;
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
