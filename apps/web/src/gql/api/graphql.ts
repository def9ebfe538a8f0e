/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A product the region budgets a volume of per month, as the kwartaalrapportage sets it against the realisation. */
export type BegrotingsProduct =
  /** Adviezen (incl. consult, advies en ondersteuning, chat). */
  | 'ADVIES'
  /** Crisisinterventies. */
  | 'CRISIS'
  /** Tijdelijke huisverboden (imposed). */
  | 'HUISVERBOD'
  /** Meldingen (niet-unieke politiemeldingen excluded). */
  | 'MELDING'
  /** Monitoring contacts held (3 and 12 months). */
  | 'MONITORING'
  /** Onderzoeken started. */
  | 'ONDERZOEK'
  /** Veiligheidsbeoordelingen (vastgesteld). */
  | 'VEILIGHEIDSBEOORDELING'
  /** Voorwaarden en vervolg started. */
  | 'VOORWAARDEN_EN_VERVOLG'
  /** Politiezorgmeldingen jeugd. */
  | 'ZORGMELDING_JEUGD';

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

/** Whose figures the management view (sturingsinformatie) shows. */
export type SturingBereik =
  /** The whole region, broken down by team (functioneel-beheerder; the region's team rule still applies to them). */
  | 'REGIO'
  /** Only the caller's own teams (the token's team claim) and work not yet assigned to a team: a teammanager manages their teams, not the region. */
  | 'TEAMS';

/** Kind of open work. */
export type WerkSoort =
  /** A melding screened as acute awaits its beoordeling by the crisis team: listed before all other work. */
  | 'ACUUT_BEOORDELEN'
  /** A melding awaits its veiligheidsbeoordeling (due: the region's beoordeling term, 5 werkdagen, after receipt). */
  | 'BEOORDELEN'
  /** A tijdelijk huisverbod nears its einddatum (due: that day): the team decides on its advice about an extension; after the term, until its end is recorded. */
  | 'HUISVERBOD_EINDE'
  /** An onderzoek or V&V must finish, started or not (due: the statutory term, the region's 10 weken, after the decision about follow-up steps). */
  | 'INTERVENTIE_AFRONDEN'
  /** An onderzoek or V&V must start (due: the region's start term, 5 werkdagen, after the decision). */
  | 'INTERVENTIE_STARTEN'
  /** A statutory notification is still to be given (betrokkenen, politie, college van B&W; due: its uiterlijke datum; see Melding.kennisgevingen). */
  | 'KENNISGEVING'
  /** Regionaal maatwerk is running and must be closed by the team (due: the region's interventie term after the besluit). */
  | 'MAATWERK_AFRONDEN'
  /** A monitoring contact is due (3 or 12 months after the overdracht, or after Veilig Thuis closed an onderzoek or V&V itself). */
  | 'MONITORING'
  /** An overdracht has no agreed date: the case is on the wachtlijst (no due date). */
  | 'OVERDRACHT_PLANNEN'
  /** An overdracht is planned (due: the agreed date). */
  | 'OVERDRACHT_UITVOEREN'
  /** A new melding awaits its screening for acute onveiligheid (due: the werkdag of receipt). */
  | 'SCREENEN'
  /** A professional melder has not yet heard back after the besluit (due: the region's terugkoppeling term in werkdagen after the besluit). */
  | 'TERUGKOPPELING'
  /** A professional melder has not yet heard back after the onderzoek (due: the region's terugkoppeling term in werkdagen after its closing). */
  | 'TERUGKOPPELING_NA_ONDERZOEK'
  /** A proposed besluit awaits intercollegiale toetsing (same deadline as the beoordeling). */
  | 'TOETSEN'
  /** A request of a betrokkene (AVG: inzage, correctie, ...) awaits its decision (due: one month after receipt, or the extended term; see verzoeken). Listed with the person’s most recent melding. */
  | 'VERZOEK_AFHANDELEN';

export type KwartaalrapportageQueryVariables = Exact<{
  periode: string;
}>;


export type KwartaalrapportageQuery = { kwartaalrapportage: { periode: string, regioCode: string, regioNaam: string, van: string, tot: string, voorlopig: boolean, totaal: { meldingen: number, adviezen: number, veiligheidsbeoordelingen: number, beoordelingenBinnenTermijn: number, percentageBeoordelingenBinnenTermijn: number | null, onderzoekenGestart: number, onderzoekenAfgesloten: number, crises: number, huisverboden: number, wachtlijstBeoordeling: number, wachtlijstStart: number, wachtlijstOverdracht: number }, maanden: Array<{ maand: string, cijfers: { meldingen: number, adviezen: number, veiligheidsbeoordelingen: number, percentageBeoordelingenBinnenTermijn: number | null, wachtlijstBeoordeling: number } }>, gemeenten: Array<{ naam: string, gemeenteCode: string | null, inwoners: number | null, meldingen: number, adviezen: number, meldingenPer100000: number | null, adviezenPer100000: number | null }> } };

export type CbsBeleidsinformatieQueryVariables = Exact<{
  halfjaar: string;
}>;


export type CbsBeleidsinformatieQuery = { cbsBeleidsinformatie: { halfjaar: string, regio: string, van: string, tot: string, voorlopig: boolean, tabellen: Array<{ code: string, titel: string, omschrijving: string, perGemeente: boolean, cellen: Array<{ onderwerp: string, categorie: string, gemeenteCode: string | null, aantal: number, publicatieAantal: number | null }> }> } };

export type SturingsinformatieQueryVariables = Exact<{
  jaar: number;
}>;


export type SturingsinformatieQuery = { sturingsinformatie: { jaar: number, regioCode: string, regioNaam: string, peildatum: string, bereik: SturingBereik, eigenTeams: Array<string>, teamBeperkt: boolean, werkvoorraad: Array<{ team: string | null, soort: WerkSoort, open: number, takenBinnenkort: number, takenVerlopen: number }>, wachtlijsten: { peildatum: string, beoordeling: number, start: number, overdracht: number } | null, caseload: Array<{ team: string | null, medewerker: string | null, naam: string | null, meldingen: number, interventies: number }>, teams: Array<{ team: string | null, wachtlijsten: { peildatum: string, beoordeling: number, start: number, overdracht: number }, maanden: Array<{ maand: string, meldingen: number, veiligheidsbeoordelingen: number, beoordelingenBinnenTermijn: number, percentageBeoordelingenBinnenTermijn: number | null, wachtlijstBeoordeling: number, wachtlijstStart: number, wachtlijstOverdracht: number }> }>, maanden: Array<{ maand: string, cijfers: { veiligheidsbeoordelingen: number, beoordelingenBinnenTermijn: number, percentageBeoordelingenBinnenTermijn: number | null, wachtlijstBeoordeling: number, wachtlijstStart: number, wachtlijstOverdracht: number } }> | null, productie: Array<{ product: BegrotingsProduct, omschrijving: string, begroot: number | null, gerealiseerd: number, percentage: number | null, perMaand: Array<{ maand: string, begroot: number | null, gerealiseerd: number }> }> } };

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
export const SturingsinformatieDocument = new TypedDocumentString(`
    query Sturingsinformatie($jaar: Int!) {
  sturingsinformatie(jaar: $jaar) {
    jaar
    regioCode
    regioNaam
    peildatum
    bereik
    eigenTeams
    teamBeperkt
    werkvoorraad {
      team
      soort
      open
      takenBinnenkort
      takenVerlopen
    }
    wachtlijsten {
      peildatum
      beoordeling
      start
      overdracht
    }
    caseload {
      team
      medewerker
      naam
      meldingen
      interventies
    }
    teams {
      team
      wachtlijsten {
        peildatum
        beoordeling
        start
        overdracht
      }
      maanden {
        maand
        meldingen
        veiligheidsbeoordelingen
        beoordelingenBinnenTermijn
        percentageBeoordelingenBinnenTermijn
        wachtlijstBeoordeling
        wachtlijstStart
        wachtlijstOverdracht
      }
    }
    maanden {
      maand
      cijfers {
        veiligheidsbeoordelingen
        beoordelingenBinnenTermijn
        percentageBeoordelingenBinnenTermijn
        wachtlijstBeoordeling
        wachtlijstStart
        wachtlijstOverdracht
      }
    }
    productie {
      product
      omschrijving
      begroot
      gerealiseerd
      percentage
      perMaand {
        maand
        begroot
        gerealiseerd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SturingsinformatieQuery, SturingsinformatieQueryVariables>;
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