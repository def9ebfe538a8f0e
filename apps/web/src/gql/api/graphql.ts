/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type KwartaalrapportageQueryVariables = Exact<{
  periode: string;
}>;


export type KwartaalrapportageQuery = { kwartaalrapportage: { periode: string, regioCode: string, regioNaam: string, van: string, tot: string, voorlopig: boolean, totaal: { meldingen: number, adviezen: number, veiligheidsbeoordelingen: number, beoordelingenBinnenTermijn: number, percentageBeoordelingenBinnenTermijn: number | null, onderzoekenGestart: number, onderzoekenAfgesloten: number, crises: number, huisverboden: number, wachtlijstBeoordeling: number, wachtlijstStart: number, wachtlijstOverdracht: number }, maanden: Array<{ maand: string, cijfers: { meldingen: number, adviezen: number, veiligheidsbeoordelingen: number, percentageBeoordelingenBinnenTermijn: number | null, wachtlijstBeoordeling: number } }>, gemeenten: Array<{ naam: string, gemeenteCode: string | null, inwoners: number | null, meldingen: number, adviezen: number, meldingenPer100000: number | null, adviezenPer100000: number | null }> } };

export type CbsBeleidsinformatieQueryVariables = Exact<{
  halfjaar: string;
}>;


export type CbsBeleidsinformatieQuery = { cbsBeleidsinformatie: { halfjaar: string, regio: string, van: string, tot: string, voorlopig: boolean, tabellen: Array<{ code: string, titel: string, omschrijving: string, perGemeente: boolean, cellen: Array<{ onderwerp: string, categorie: string, gemeenteCode: string | null, aantal: number, publicatieAantal: number | null }> }> } };

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