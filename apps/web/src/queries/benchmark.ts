// GraphQL operations on the benchmark service (apps/benchmark/schema.gql). `npm run codegen -w @vt/web`
// turns them into typed documents in src/gql/benchmark.
import { graphql } from '../gql/benchmark';

export const KengetallenQuery = graphql(`
  query Kengetallen {
    kengetallen {
      code
      naam
      definitie
      eenheid
      teller
      noemer
      factor
      richting
    }
  }
`);

export const BenchmarkQuery = graphql(`
  query Benchmark($periode: String!, $kengetallen: [String!]) {
    benchmark(periode: $periode, kengetallen: $kengetallen) {
      periode
      deelnemers
      kengetallen {
        kengetal {
          code
          naam
          definitie
          eenheid
          teller
          noemer
          factor
          richting
        }
        landelijk {
          waarde
          teller
          noemer
          onderdrukt
        }
        mediaan
        eersteKwartiel
        derdeKwartiel
        regios {
          regioCode
          regioNaam
          waarde
          teller
          noemer
          onderdrukt
          eigenRegio
        }
      }
    }
  }
`);

export const TrendQuery = graphql(`
  query Trend($kengetal: String!, $van: String!, $tot: String!) {
    trend(kengetal: $kengetal, van: $van, tot: $tot) {
      periodes
      landelijk {
        periode
        waarde
        onderdrukt
      }
      regios {
        regioCode
        regioNaam
        eigenRegio
        punten {
          periode
          waarde
          onderdrukt
        }
      }
    }
  }
`);
