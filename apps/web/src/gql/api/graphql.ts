/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Background queues. */
export type JobQueue =
  /** Benchmark snapshots. */
  | 'BENCHMARK'
  /** Retention: destroying casussen past their bewaartermijn and purging the access log after its term. */
  | 'BEWAARTERMIJN'
  /** Deadline watch (tasks). */
  | 'DEADLINES';

/** State of a background job. */
export type JobState =
  /** A worker is running it. */
  | 'ACTIVE'
  /** Finished successfully. */
  | 'COMPLETED'
  /** Waiting until a later time (a scheduled job, or a retry after a failure). */
  | 'DELAYED'
  /** Failed after all attempts; can be retried. */
  | 'FAILED'
  /** Queued with a priority, waiting for a worker. */
  | 'PRIORITIZED'
  /** No longer known to the queue (removed or expired). */
  | 'UNKNOWN'
  /** Queued, waiting for a worker. */
  | 'WAITING'
  /** Waiting for its part jobs (e.g. one benchmark snapshot per region). */
  | 'WAITING_CHILDREN';

export type KwartaalrapportageQueryVariables = Exact<{
  periode: string;
}>;


export type KwartaalrapportageQuery = { kwartaalrapportage: { periode: string, regioCode: string, regioNaam: string, van: string, tot: string, voorlopig: boolean, totaal: { meldingen: number, adviezen: number, veiligheidsbeoordelingen: number, beoordelingenBinnenTermijn: number, percentageBeoordelingenBinnenTermijn: number | null, onderzoekenGestart: number, onderzoekenAfgesloten: number, crises: number, huisverboden: number, wachtlijstBeoordeling: number, wachtlijstStart: number, wachtlijstOverdracht: number }, maanden: Array<{ maand: string, cijfers: { meldingen: number, adviezen: number, veiligheidsbeoordelingen: number, percentageBeoordelingenBinnenTermijn: number | null, wachtlijstBeoordeling: number } }>, gemeenten: Array<{ naam: string, gemeenteCode: string | null, inwoners: number | null, meldingen: number, adviezen: number, meldingenPer100000: number | null, adviezenPer100000: number | null }> } };

export type CbsBeleidsinformatieQueryVariables = Exact<{
  halfjaar: string;
}>;


export type CbsBeleidsinformatieQuery = { cbsBeleidsinformatie: { halfjaar: string, regio: string, van: string, tot: string, voorlopig: boolean, tabellen: Array<{ code: string, titel: string, omschrijving: string, perGemeente: boolean, cellen: Array<{ onderwerp: string, categorie: string, gemeenteCode: string | null, aantal: number, publicatieAantal: number | null }> }> } };

export type WachtrijenQueryVariables = Exact<{ [key: string]: never; }>;


export type WachtrijenQuery = { wachtrijen: Array<{ queue: JobQueue, wachtend: number, actief: number, uitgesteld: number, mislukt: number, voltooidLaatste24Uur: number }> };

export type MislukteJobsQueryVariables = Exact<{
  queue: JobQueue;
}>;


export type MislukteJobsQuery = { mislukteJobs: Array<{ id: string, naam: string, pogingen: number, laatsteFout: string | null, aangemaaktOp: string }> };

export type HerstartJobMutationVariables = Exact<{
  queue: JobQueue;
  id: string | number;
}>;


export type HerstartJobMutation = { herstartJob: { id: string, status: JobState } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const KwartaalrapportageDocument = new TypedDocumentString(`
    query Kwartaalrapportage($periode: String!) {
  kwartaalrapportage(periode: $periode) {
    periode
    regioCode
    regioNaam
    van
    tot
    voorlopig
    totaal {
      meldingen
      adviezen
      veiligheidsbeoordelingen
      beoordelingenBinnenTermijn
      percentageBeoordelingenBinnenTermijn
      onderzoekenGestart
      onderzoekenAfgesloten
      crises
      huisverboden
      wachtlijstBeoordeling
      wachtlijstStart
      wachtlijstOverdracht
    }
    maanden {
      maand
      cijfers {
        meldingen
        adviezen
        veiligheidsbeoordelingen
        percentageBeoordelingenBinnenTermijn
        wachtlijstBeoordeling
      }
    }
    gemeenten {
      naam
      gemeenteCode
      inwoners
      meldingen
      adviezen
      meldingenPer100000
      adviezenPer100000
    }
  }
}
    `) as unknown as TypedDocumentString<KwartaalrapportageQuery, KwartaalrapportageQueryVariables>;
export const CbsBeleidsinformatieDocument = new TypedDocumentString(`
    query CbsBeleidsinformatie($halfjaar: String!) {
  cbsBeleidsinformatie(halfjaar: $halfjaar) {
    halfjaar
    regio
    van
    tot
    voorlopig
    tabellen {
      code
      titel
      omschrijving
      perGemeente
      cellen {
        onderwerp
        categorie
        gemeenteCode
        aantal
        publicatieAantal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CbsBeleidsinformatieQuery, CbsBeleidsinformatieQueryVariables>;
export const WachtrijenDocument = new TypedDocumentString(`
    query Wachtrijen {
  wachtrijen {
    queue
    wachtend
    actief
    uitgesteld
    mislukt
    voltooidLaatste24Uur
  }
}
    `) as unknown as TypedDocumentString<WachtrijenQuery, WachtrijenQueryVariables>;
export const MislukteJobsDocument = new TypedDocumentString(`
    query MislukteJobs($queue: JobQueue!) {
  mislukteJobs(queue: $queue) {
    id
    naam
    pogingen
    laatsteFout
    aangemaaktOp
  }
}
    `) as unknown as TypedDocumentString<MislukteJobsQuery, MislukteJobsQueryVariables>;
export const HerstartJobDocument = new TypedDocumentString(`
    mutation HerstartJob($queue: JobQueue!, $id: ID!) {
  herstartJob(queue: $queue, id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HerstartJobMutation, HerstartJobMutationVariables>;