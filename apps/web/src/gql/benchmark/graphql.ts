/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a higher value is better. */
export type Richting =
  /** Higher is better. */
  | 'HOGER'
  /** Lower is better. */
  | 'LAGER'
  /** Neither: the figure describes how a region works. */
  | 'NEUTRAAL';

export type KengetallenQueryVariables = Exact<{ [key: string]: never; }>;


export type KengetallenQuery = { kengetallen: Array<{ code: string, naam: string, definitie: string, eenheid: string, teller: string, noemer: string | null, factor: number, richting: Richting }> };

export type BenchmarkQueryVariables = Exact<{
  periode: string;
  kengetallen?: Array<string> | string | null | undefined;
}>;


export type BenchmarkQuery = { benchmark: { periode: string, deelnemers: number, kengetallen: Array<{ mediaan: number | null, eersteKwartiel: number | null, derdeKwartiel: number | null, kengetal: { code: string, naam: string, definitie: string, eenheid: string, teller: string, noemer: string | null, factor: number, richting: Richting }, landelijk: { waarde: number | null, teller: number | null, noemer: number | null, onderdrukt: boolean }, regios: Array<{ regioCode: string, regioNaam: string, waarde: number | null, teller: number | null, noemer: number | null, onderdrukt: boolean, eigenRegio: boolean }> }> } };

export type TrendQueryVariables = Exact<{
  kengetal: string;
  van: string;
  tot: string;
}>;


export type TrendQuery = { trend: { periodes: Array<string>, landelijk: Array<{ periode: string, waarde: number | null, onderdrukt: boolean }>, regios: Array<{ regioCode: string, regioNaam: string, eigenRegio: boolean, punten: Array<{ periode: string, waarde: number | null, onderdrukt: boolean }> }> } };

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

export const KengetallenDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<KengetallenQuery, KengetallenQueryVariables>;
export const BenchmarkDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<BenchmarkQuery, BenchmarkQueryVariables>;
export const TrendDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<TrendQuery, TrendQueryVariables>;