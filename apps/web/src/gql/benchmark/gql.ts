/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Kengetallen {\n    kengetallen {\n      code\n      naam\n      definitie\n      eenheid\n      teller\n      noemer\n      factor\n      richting\n    }\n  }\n": typeof types.KengetallenDocument,
    "\n  query Benchmark($periode: String!, $kengetallen: [String!]) {\n    benchmark(periode: $periode, kengetallen: $kengetallen) {\n      periode\n      deelnemers\n      kengetallen {\n        kengetal {\n          code\n          naam\n          definitie\n          eenheid\n          teller\n          noemer\n          factor\n          richting\n        }\n        landelijk {\n          waarde\n          teller\n          noemer\n          onderdrukt\n        }\n        mediaan\n        eersteKwartiel\n        derdeKwartiel\n        regios {\n          regioCode\n          regioNaam\n          waarde\n          teller\n          noemer\n          onderdrukt\n          eigenRegio\n        }\n      }\n    }\n  }\n": typeof types.BenchmarkDocument,
    "\n  query Trend($kengetal: String!, $van: String!, $tot: String!) {\n    trend(kengetal: $kengetal, van: $van, tot: $tot) {\n      periodes\n      landelijk {\n        periode\n        waarde\n        onderdrukt\n      }\n      regios {\n        regioCode\n        regioNaam\n        eigenRegio\n        punten {\n          periode\n          waarde\n          onderdrukt\n        }\n      }\n    }\n  }\n": typeof types.TrendDocument,
};
const documents: Documents = {
    "\n  query Kengetallen {\n    kengetallen {\n      code\n      naam\n      definitie\n      eenheid\n      teller\n      noemer\n      factor\n      richting\n    }\n  }\n": types.KengetallenDocument,
    "\n  query Benchmark($periode: String!, $kengetallen: [String!]) {\n    benchmark(periode: $periode, kengetallen: $kengetallen) {\n      periode\n      deelnemers\n      kengetallen {\n        kengetal {\n          code\n          naam\n          definitie\n          eenheid\n          teller\n          noemer\n          factor\n          richting\n        }\n        landelijk {\n          waarde\n          teller\n          noemer\n          onderdrukt\n        }\n        mediaan\n        eersteKwartiel\n        derdeKwartiel\n        regios {\n          regioCode\n          regioNaam\n          waarde\n          teller\n          noemer\n          onderdrukt\n          eigenRegio\n        }\n      }\n    }\n  }\n": types.BenchmarkDocument,
    "\n  query Trend($kengetal: String!, $van: String!, $tot: String!) {\n    trend(kengetal: $kengetal, van: $van, tot: $tot) {\n      periodes\n      landelijk {\n        periode\n        waarde\n        onderdrukt\n      }\n      regios {\n        regioCode\n        regioNaam\n        eigenRegio\n        punten {\n          periode\n          waarde\n          onderdrukt\n        }\n      }\n    }\n  }\n": types.TrendDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kengetallen {\n    kengetallen {\n      code\n      naam\n      definitie\n      eenheid\n      teller\n      noemer\n      factor\n      richting\n    }\n  }\n"): typeof import('./graphql').KengetallenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Benchmark($periode: String!, $kengetallen: [String!]) {\n    benchmark(periode: $periode, kengetallen: $kengetallen) {\n      periode\n      deelnemers\n      kengetallen {\n        kengetal {\n          code\n          naam\n          definitie\n          eenheid\n          teller\n          noemer\n          factor\n          richting\n        }\n        landelijk {\n          waarde\n          teller\n          noemer\n          onderdrukt\n        }\n        mediaan\n        eersteKwartiel\n        derdeKwartiel\n        regios {\n          regioCode\n          regioNaam\n          waarde\n          teller\n          noemer\n          onderdrukt\n          eigenRegio\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BenchmarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trend($kengetal: String!, $van: String!, $tot: String!) {\n    trend(kengetal: $kengetal, van: $van, tot: $tot) {\n      periodes\n      landelijk {\n        periode\n        waarde\n        onderdrukt\n      }\n      regios {\n        regioCode\n        regioNaam\n        eigenRegio\n        punten {\n          periode\n          waarde\n          onderdrukt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrendDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
