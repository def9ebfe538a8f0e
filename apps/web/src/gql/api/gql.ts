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
    "\n  query Kwartaalrapportage($periode: String!) {\n    kwartaalrapportage(periode: $periode) {\n      periode\n      regioCode\n      regioNaam\n      van\n      tot\n      voorlopig\n      totaal {\n        meldingen\n        adviezen\n        veiligheidsbeoordelingen\n        beoordelingenBinnenTermijn\n        percentageBeoordelingenBinnenTermijn\n        onderzoekenGestart\n        onderzoekenAfgesloten\n        crises\n        huisverboden\n        wachtlijstBeoordeling\n        wachtlijstStart\n        wachtlijstOverdracht\n      }\n      maanden {\n        maand\n        cijfers {\n          meldingen\n          adviezen\n          veiligheidsbeoordelingen\n          percentageBeoordelingenBinnenTermijn\n          wachtlijstBeoordeling\n        }\n      }\n      gemeenten {\n        naam\n        gemeenteCode\n        inwoners\n        meldingen\n        adviezen\n        meldingenPer100000\n        adviezenPer100000\n      }\n    }\n  }\n": typeof types.KwartaalrapportageDocument,
    "\n  query CbsBeleidsinformatie($halfjaar: String!) {\n    cbsBeleidsinformatie(halfjaar: $halfjaar) {\n      halfjaar\n      regio\n      van\n      tot\n      voorlopig\n      tabellen {\n        code\n        titel\n        omschrijving\n        perGemeente\n        cellen {\n          onderwerp\n          categorie\n          gemeenteCode\n          aantal\n          publicatieAantal\n        }\n      }\n    }\n  }\n": typeof types.CbsBeleidsinformatieDocument,
    "\n  query Sturingsinformatie($jaar: Int!) {\n    sturingsinformatie(jaar: $jaar) {\n      jaar\n      regioCode\n      regioNaam\n      peildatum\n      teamBeperkt\n      werkvoorraad {\n        team\n        soort\n        open\n        takenBinnenkort\n        takenVerlopen\n      }\n      wachtlijsten {\n        peildatum\n        beoordeling\n        start\n        overdracht\n      }\n      caseload {\n        team\n        medewerker\n        naam\n        meldingen\n        interventies\n      }\n      maanden {\n        maand\n        cijfers {\n          veiligheidsbeoordelingen\n          beoordelingenBinnenTermijn\n          percentageBeoordelingenBinnenTermijn\n          wachtlijstBeoordeling\n          wachtlijstStart\n          wachtlijstOverdracht\n        }\n      }\n      productie {\n        product\n        omschrijving\n        begroot\n        gerealiseerd\n        percentage\n        perMaand {\n          maand\n          begroot\n          gerealiseerd\n        }\n      }\n    }\n  }\n": typeof types.SturingsinformatieDocument,
    "\n  query Wachtrijen {\n    wachtrijen {\n      queue\n      wachtend\n      actief\n      uitgesteld\n      mislukt\n      voltooidLaatste24Uur\n    }\n  }\n": typeof types.WachtrijenDocument,
    "\n  query MislukteJobs($queue: JobQueue!) {\n    mislukteJobs(queue: $queue) {\n      id\n      naam\n      pogingen\n      laatsteFout\n      aangemaaktOp\n    }\n  }\n": typeof types.MislukteJobsDocument,
    "\n  mutation HerstartJob($queue: JobQueue!, $id: ID!) {\n    herstartJob(queue: $queue, id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.HerstartJobDocument,
};
const documents: Documents = {
    "\n  query Kwartaalrapportage($periode: String!) {\n    kwartaalrapportage(periode: $periode) {\n      periode\n      regioCode\n      regioNaam\n      van\n      tot\n      voorlopig\n      totaal {\n        meldingen\n        adviezen\n        veiligheidsbeoordelingen\n        beoordelingenBinnenTermijn\n        percentageBeoordelingenBinnenTermijn\n        onderzoekenGestart\n        onderzoekenAfgesloten\n        crises\n        huisverboden\n        wachtlijstBeoordeling\n        wachtlijstStart\n        wachtlijstOverdracht\n      }\n      maanden {\n        maand\n        cijfers {\n          meldingen\n          adviezen\n          veiligheidsbeoordelingen\n          percentageBeoordelingenBinnenTermijn\n          wachtlijstBeoordeling\n        }\n      }\n      gemeenten {\n        naam\n        gemeenteCode\n        inwoners\n        meldingen\n        adviezen\n        meldingenPer100000\n        adviezenPer100000\n      }\n    }\n  }\n": types.KwartaalrapportageDocument,
    "\n  query CbsBeleidsinformatie($halfjaar: String!) {\n    cbsBeleidsinformatie(halfjaar: $halfjaar) {\n      halfjaar\n      regio\n      van\n      tot\n      voorlopig\n      tabellen {\n        code\n        titel\n        omschrijving\n        perGemeente\n        cellen {\n          onderwerp\n          categorie\n          gemeenteCode\n          aantal\n          publicatieAantal\n        }\n      }\n    }\n  }\n": types.CbsBeleidsinformatieDocument,
    "\n  query Sturingsinformatie($jaar: Int!) {\n    sturingsinformatie(jaar: $jaar) {\n      jaar\n      regioCode\n      regioNaam\n      peildatum\n      teamBeperkt\n      werkvoorraad {\n        team\n        soort\n        open\n        takenBinnenkort\n        takenVerlopen\n      }\n      wachtlijsten {\n        peildatum\n        beoordeling\n        start\n        overdracht\n      }\n      caseload {\n        team\n        medewerker\n        naam\n        meldingen\n        interventies\n      }\n      maanden {\n        maand\n        cijfers {\n          veiligheidsbeoordelingen\n          beoordelingenBinnenTermijn\n          percentageBeoordelingenBinnenTermijn\n          wachtlijstBeoordeling\n          wachtlijstStart\n          wachtlijstOverdracht\n        }\n      }\n      productie {\n        product\n        omschrijving\n        begroot\n        gerealiseerd\n        percentage\n        perMaand {\n          maand\n          begroot\n          gerealiseerd\n        }\n      }\n    }\n  }\n": types.SturingsinformatieDocument,
    "\n  query Wachtrijen {\n    wachtrijen {\n      queue\n      wachtend\n      actief\n      uitgesteld\n      mislukt\n      voltooidLaatste24Uur\n    }\n  }\n": types.WachtrijenDocument,
    "\n  query MislukteJobs($queue: JobQueue!) {\n    mislukteJobs(queue: $queue) {\n      id\n      naam\n      pogingen\n      laatsteFout\n      aangemaaktOp\n    }\n  }\n": types.MislukteJobsDocument,
    "\n  mutation HerstartJob($queue: JobQueue!, $id: ID!) {\n    herstartJob(queue: $queue, id: $id) {\n      id\n      status\n    }\n  }\n": types.HerstartJobDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kwartaalrapportage($periode: String!) {\n    kwartaalrapportage(periode: $periode) {\n      periode\n      regioCode\n      regioNaam\n      van\n      tot\n      voorlopig\n      totaal {\n        meldingen\n        adviezen\n        veiligheidsbeoordelingen\n        beoordelingenBinnenTermijn\n        percentageBeoordelingenBinnenTermijn\n        onderzoekenGestart\n        onderzoekenAfgesloten\n        crises\n        huisverboden\n        wachtlijstBeoordeling\n        wachtlijstStart\n        wachtlijstOverdracht\n      }\n      maanden {\n        maand\n        cijfers {\n          meldingen\n          adviezen\n          veiligheidsbeoordelingen\n          percentageBeoordelingenBinnenTermijn\n          wachtlijstBeoordeling\n        }\n      }\n      gemeenten {\n        naam\n        gemeenteCode\n        inwoners\n        meldingen\n        adviezen\n        meldingenPer100000\n        adviezenPer100000\n      }\n    }\n  }\n"): typeof import('./graphql').KwartaalrapportageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CbsBeleidsinformatie($halfjaar: String!) {\n    cbsBeleidsinformatie(halfjaar: $halfjaar) {\n      halfjaar\n      regio\n      van\n      tot\n      voorlopig\n      tabellen {\n        code\n        titel\n        omschrijving\n        perGemeente\n        cellen {\n          onderwerp\n          categorie\n          gemeenteCode\n          aantal\n          publicatieAantal\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CbsBeleidsinformatieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sturingsinformatie($jaar: Int!) {\n    sturingsinformatie(jaar: $jaar) {\n      jaar\n      regioCode\n      regioNaam\n      peildatum\n      teamBeperkt\n      werkvoorraad {\n        team\n        soort\n        open\n        takenBinnenkort\n        takenVerlopen\n      }\n      wachtlijsten {\n        peildatum\n        beoordeling\n        start\n        overdracht\n      }\n      caseload {\n        team\n        medewerker\n        naam\n        meldingen\n        interventies\n      }\n      maanden {\n        maand\n        cijfers {\n          veiligheidsbeoordelingen\n          beoordelingenBinnenTermijn\n          percentageBeoordelingenBinnenTermijn\n          wachtlijstBeoordeling\n          wachtlijstStart\n          wachtlijstOverdracht\n        }\n      }\n      productie {\n        product\n        omschrijving\n        begroot\n        gerealiseerd\n        percentage\n        perMaand {\n          maand\n          begroot\n          gerealiseerd\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SturingsinformatieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wachtrijen {\n    wachtrijen {\n      queue\n      wachtend\n      actief\n      uitgesteld\n      mislukt\n      voltooidLaatste24Uur\n    }\n  }\n"): typeof import('./graphql').WachtrijenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MislukteJobs($queue: JobQueue!) {\n    mislukteJobs(queue: $queue) {\n      id\n      naam\n      pogingen\n      laatsteFout\n      aangemaaktOp\n    }\n  }\n"): typeof import('./graphql').MislukteJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HerstartJob($queue: JobQueue!, $id: ID!) {\n    herstartJob(queue: $queue, id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').HerstartJobDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
