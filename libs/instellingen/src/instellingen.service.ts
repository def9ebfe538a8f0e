import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { kysely, takeBeginRead } from '@vt/database';
import { AANPASSINGEN_QUERY, leesInstellingen, type Instellingen, type KalenderAanpassingRow } from './instellingen.sql.js';
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
/** Set once this request changed the settings: from then on only a fresh read counts, not the one sent with BEGIN. */
const CLS_GEWIJZIGD = 'instellingenGewijzigd';

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
    const vooraf = this.vooraf<Instellingen>(m, 'instellingen');
    const instellingen = (vooraf ? vooraf[0] : await leesInstellingen(kysely(m))) ?? STANDAARD_INSTELLINGEN;
    if (this.cls.isActive()) this.cls.set(CLS_INSTELLINGEN, instellingen);
    return instellingen;
  }

  /** After a change in this request, the next read must see it. */
  vergeet(): void {
    if (!this.cls.isActive()) return;
    this.cls.set(CLS_INSTELLINGEN, undefined);
    this.cls.set(CLS_GEWIJZIGD, true);
  }

  async aanpassingen(m: EntityManager): Promise<(KalenderAanpassing & { omschrijving: string })[]> {
    return this.vooraf<KalenderAanpassingRow>(m, 'feestdag_aanpassing') ?? (await AANPASSINGEN_QUERY.execute(kysely(m))).rows;
  }

  /**
   * The rows read with the BEGIN of m's transaction, when this request (with a context) has not
   * changed settings or calendar since: a change in the same transaction is newer than they are.
   */
  private vooraf<T>(m: EntityManager, key: string): T[] | undefined {
    if (!this.cls.isActive() || this.cls.get<boolean | undefined>(CLS_GEWIJZIGD)) return undefined;
    return takeBeginRead<T>(m, key);
  }

  async kalender(m: EntityManager): Promise<WerkdagKalender> {
    return new WerkdagKalender(await this.aanpassingen(m));
  }
}
