// GraphQL operations on the api (apps/api/schema.gql). `npm run codegen -w @vt/web` turns them into
// typed documents in src/gql/api.
import { graphql } from '../gql/api';

export const KwartaalrapportageQuery = graphql(`
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
`);

export const CbsBeleidsinformatieQuery = graphql(`
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
`);

export const SturingsinformatieQuery = graphql(`
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
`);

export const WachtrijenQuery = graphql(`
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
`);

export const MislukteJobsQuery = graphql(`
  query MislukteJobs($queue: JobQueue!) {
    mislukteJobs(queue: $queue) {
      id
      naam
      pogingen
      laatsteFout
      aangemaaktOp
    }
  }
`);

export const HerstartJobMutation = graphql(`
  mutation HerstartJob($queue: JobQueue!, $id: ID!) {
    herstartJob(queue: $queue, id: $id) {
      id
      status
    }
  }
`);
