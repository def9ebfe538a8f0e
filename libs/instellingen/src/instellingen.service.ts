import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WerkdagKalender, type KalenderAanpassing } from '@vt/werkdagen';

export interface Instellingen {
  mdToetsingVerplicht: boolean;
  werkBeperktTotTeam: boolean;
  version: number;
}

const STANDAARD: Instellingen = { mdToetsingVerplicht: false, werkBeperktTotTeam: false, version: 0 };

/** The region's own policy and calendar, read inside the caller's tenant transaction. */
@Injectable()
export class InstellingenService {
  async lees(m: EntityManager): Promise<Instellingen> {
    const [row] = (await m.query(
      `SELECT md_toetsing_verplicht AS "mdToetsingVerplicht", werk_beperkt_tot_team AS "werkBeperktTotTeam", version FROM tenant_instelling`,
    )) as Instellingen[];
    return row ?? STANDAARD;
  }

  async aanpassingen(m: EntityManager): Promise<(KalenderAanpassing & { omschrijving: string })[]> {
    return (await m.query(`SELECT datum::text AS datum, werkdag, omschrijving FROM feestdag_aanpassing ORDER BY datum`)) as (KalenderAanpassing & { omschrijving: string })[];
  }

  async kalender(m: EntityManager): Promise<WerkdagKalender> {
    return new WerkdagKalender(await this.aanpassingen(m));
  }
}
