import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MeldingRow } from './melding.row.js';

/**
 * A domain that keeps duties per melding adds them when a melding is registered (vervolg's
 * statutory notifications). Called inside the registration transaction, after the melding and its
 * betrokkenen are stored, so a melding never exists without them.
 */
export interface MeldingVolger {
  nieuweMelding(m: EntityManager, melding: MeldingRow): Promise<void>;
}

/**
 * The followers of other domains; they register when their module starts. Every way a melding is
 * made (registreerMelding, zetAdviesOmInMelding, the police import) calls them, as casus does not
 * write other domains' tables.
 */
@Injectable()
export class MeldingVolgers {
  private readonly volgers: MeldingVolger[] = [];

  registreer(volger: MeldingVolger): void {
    if (!this.volgers.includes(volger)) this.volgers.push(volger);
  }

  async nieuweMelding(m: EntityManager, melding: MeldingRow): Promise<void> {
    for (const volger of this.volgers) await volger.nieuweMelding(m, melding);
  }
}
