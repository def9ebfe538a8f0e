import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { QUEUE, writeOutbox } from '@vt/platform';
import { ToegangslogService } from '@vt/toegangslog';
import { insertTijdlijn, type TijdlijnSoort } from './tijdlijn.js';

/** One change to casework, as every mutation that changes a casus or something in it reports it. */
export interface CasusWijziging {
  casusId: string;
  actie: 'CREATE' | 'UPDATE';
  /** The object that was created or changed (access-log entry; timeline events default to it). */
  objectType: string;
  objectId: string;
  /** Timeline events, in order; an event about another object names it. */
  tijdlijn: Array<{ soort: TijdlijnSoort; omschrijving: string; objectType?: string; objectId?: string }>;
}

/**
 * The tail of every casework mutation, in the mutation's own transaction (so all of it commits or
 * rolls back with the change):
 * 1. the events on the casus timeline, by the acting medewerker;
 * 2. the NEN 7513 access-log entry for the change;
 * 3. an outbox job to recompute the casus' deadline tasks (any change can move a deadline; the relay
 *    coalesces bursts into one job per casus).
 */
@Injectable()
export class CasusChangeRecorder {
  constructor(
    private readonly current: CurrentActor,
    private readonly log: ToegangslogService,
  ) {}

  async record(m: EntityManager, wijziging: CasusWijziging): Promise<void> {
    const door = this.current.actor.naam;
    await insertTijdlijn(
      m,
      wijziging.tijdlijn.map((g) => ({
        casusId: wijziging.casusId,
        soort: g.soort,
        omschrijving: g.omschrijving,
        objectType: g.objectType ?? wijziging.objectType,
        objectId: g.objectId ?? wijziging.objectId,
        door,
      })),
    );
    await this.log.schrijf(m, {
      actie: wijziging.actie,
      objectType: wijziging.objectType,
      objectId: wijziging.objectId,
      casusId: wijziging.casusId,
    });
    await writeOutbox(m, QUEUE.DEADLINES, 'herbereken', { casusId: wijziging.casusId });
  }
}
