import type { RunningApp } from './app.js';
import { errorCode } from './casework.js';

/** Thin GraphQL helpers for the steps of the primary process; each throws with the API error unless told to return it. */
export class Proces {
  constructor(private readonly api: RunningApp) {}

  async call<T>(token: string, mutation: string, variables: Record<string, unknown>): Promise<T> {
    const response = await this.api.gql<Record<string, T>>(mutation, { token, variables });
    if (response.errors)
      throw Object.assign(new Error(`${response.errors[0]!.extensions?.code}: ${response.errors[0]!.message}`), {
        code: errorCode(response),
      });
    return Object.values(response.data!)[0]!;
  }

  /** The error code a call ends with (undefined when it succeeds). */
  async code(token: string, mutation: string, variables: Record<string, unknown>): Promise<string | undefined> {
    return errorCode(await this.api.gql(mutation, { token, variables }));
  }

  melding(token: string, id: string) {
    return this.call<MeldingState>(token, `query($id: ID!) { melding(id: $id) { ${MELDING_STATE} } }`, { id });
  }
}

export const MELDING_STATE = `id versie fase casus { id status tijdlijn { soort } }
  beoordelingen { id status besluit versie binnenTermijn uiterlijkeTerugkoppeldatum uiterlijkeVervolgdatum multidisciplinair { rol } }
  interventies { id soort status versie uiterlijkeStartdatum uiterlijkeEinddatum wettelijkeEinddatum gestartOp afgeslotenOp
    uitkomsten { aardGeweld uitkomst }
    termijn { tijdigGestart dagenSindsBesluit binnenTermijnVanafBesluit dagenSindsStart dagenSindsMelding binnenTienWekenVanafStart binnenTienWekenVanafMelding }
    monitoring { id moment geplandOp status versie } }
  overdrachten { id status versie afgesprokenDatum monitoring { id moment geplandOp status versie } }
  terugkoppelingen { moment }`;

export interface MeldingState {
  id: string;
  versie: number;
  fase: string;
  casus: { id: string; status: string; tijdlijn: { soort: string }[] };
  beoordelingen: {
    id: string;
    status: string;
    besluit: string;
    versie: number;
    binnenTermijn: boolean | null;
    uiterlijkeTerugkoppeldatum: string | null;
    uiterlijkeVervolgdatum: string | null;
    multidisciplinair: { rol: string } | null;
  }[];
  interventies: {
    id: string;
    soort: string;
    status: string;
    versie: number;
    uiterlijkeStartdatum: string;
    uiterlijkeEinddatum: string | null;
    wettelijkeEinddatum: string;
    gestartOp: string | null;
    afgeslotenOp: string | null;
    uitkomsten: { aardGeweld: string; uitkomst: string }[];
    termijn: {
      tijdigGestart: boolean | null;
      dagenSindsBesluit: number;
      binnenTermijnVanafBesluit: boolean | null;
      dagenSindsStart: number | null;
      dagenSindsMelding: number;
      binnenTienWekenVanafStart: boolean | null;
      binnenTienWekenVanafMelding: boolean | null;
    };
    monitoring: { id: string; moment: string; geplandOp: string; status: string; versie: number }[];
  }[];
  overdrachten: {
    id: string;
    status: string;
    versie: number;
    afgesprokenDatum: string | null;
    monitoring: { id: string; moment: string; geplandOp: string; status: string; versie: number }[];
  }[];
  terugkoppelingen: { moment: string }[];
}

export const M = {
  stelBesluitVoor: `mutation($input: StelBesluitVoorInput!) { stelBesluitVoor(input: $input) { id status versie besluit } }`,
  md: `mutation($input: MultidisciplinaireToetsingInput!) { registreerMultidisciplinaireToetsing(input: $input) { id versie multidisciplinair { rol } } }`,
  toets: `mutation($input: ToetsBesluitInput!) { toetsBesluit(input: $input) { id status versie binnenTermijn } }`,
  start: `mutation($input: StartInterventieInput!) { startInterventie(input: $input) { id status versie gestartOp uiterlijkeEinddatum } }`,
  plannen: `mutation($input: LegPlannenVastInput!) { legPlannenVast(input: $input) { id versie veiligheidsplan herstelplan } }`,
  sluitAf: `mutation($input: SluitInterventieAfInput!) { sluitInterventieAf(input: $input) { id status versie } }`,
  voortijdig: `mutation($input: SluitVoortijdigAfInput!) { sluitInterventieVoortijdigAf(input: $input) { id status versie } }`,
  overdracht: `mutation($input: RegistreerOverdrachtInput!) { registreerOverdracht(input: $input) { id status versie } }`,
  plan: `mutation($input: PlanOverdrachtInput!) { planOverdracht(input: $input) { id status versie afgesprokenDatum } }`,
  voerUit: `mutation($input: VoerOverdrachtUitInput!) { voerOverdrachtUit(input: $input) { id status versie } }`,
  monitoring: `mutation($input: RegistreerMonitoringInput!) { registreerMonitoringContact(input: $input) { id status versie } }`,
  terugkoppeling: `mutation($input: RegistreerTerugkoppelingInput!) { registreerTerugkoppeling(input: $input) { id moment } }`,
  huisverbod: `mutation($input: RegistreerHuisverbodInput!) { registreerHuisverbod(input: $input) { id status einddatum opgelegdOp versie } }`,
  verleng: `mutation($id: ID!, $versie: Int!) { verlengHuisverbod(huisverbodId: $id, versie: $versie) { id status einddatum versie } }`,
  beeindigHuisverbod: `mutation($input: BeeindigHuisverbodInput!) { beeindigHuisverbod(input: $input) { id status beeindigdOp versie } }`,
  startCasusregie: `mutation($input: StartHuisverbodCasusregieInput!) { startHuisverbodCasusregie(input: $input) { id versie } }`,
  beeindigCasusregie: `mutation($input: BeeindigHuisverbodCasusregieInput!) { beeindigHuisverbodCasusregie(input: $input) { id versie } }`,
  crisis: `mutation($input: RegistreerCrisisInput!) { registreerCrisisinterventie(input: $input) { id } }`,
  wijsToe: `mutation($input: WijsToeInput!) { wijsToe(input: $input) { id team toegewezenAan versie } }`,
  voegSamen: `mutation($input: VoegCasussenSamenInput!) { voegCasussenSamen(input: $input) { id nummer status versie } }`,
  splits: `mutation($input: SplitsCasusInput!) { splitsCasus(input: $input) { id nummer status versie } }`,
  sluitMaatwerkAf: `mutation($input: SluitMaatwerkAfInput!) { sluitMaatwerkAf(input: $input) { id fase versie } }`,
  screen: `mutation($input: ScreenMeldingInput!) { screenMelding(input: $input) { id versie acuut } }`,
  radarOngedaan: `mutation($input: MaakRadarMatchOngedaanInput!) { maakRadarMatchOngedaan(input: $input) { id versie classificatie casus { id nummer } } }`,
  kennisgevingGedaan: `mutation($input: RegistreerKennisgevingGedaanInput!) { registreerKennisgevingGedaan(input: $input) { id status versie } }`,
  kennisgevingNietGedaan: `mutation($input: RegistreerKennisgevingNietGedaanInput!) { registreerKennisgevingNietGedaan(input: $input) { id status versie } }`,
  politieKennisgeving: `mutation($input: RegistreerPolitieKennisgevingInput!) { registreerPolitieKennisgeving(input: $input) { id status versie } }`,
  verzoekTotOnderzoek: `mutation($input: RegistreerVerzoekTotOnderzoekInput!) { registreerVerzoekTotOnderzoek(input: $input) { id status versie } }`,
};

/** The id and version of the first statutory notification of a melding (the casusMutaties need one). */
export async function eersteKennisgeving(api: RunningApp, token: string, meldingId: string): Promise<{ id: string; versie: number }> {
  const response = await api.gql<{ melding: { kennisgevingen: { id: string; versie: number }[] } }>(
    `query($id: ID!) { melding(id: $id) { kennisgevingen { id versie } } }`,
    { token, variables: { id: meldingId } },
  );
  const eerste = response.data?.melding?.kennisgevingen[0];
  if (!eerste) throw new Error(`melding ${meldingId} has no kennisgeving: ${JSON.stringify(response.errors)}`);
  return eerste;
}

export const TAXATIE = { acuteOnveiligheid: false, structureleOnveiligheid: true, toelichting: 'Structureel onveilig' };

/**
 * Every casework mutation on a melding or casus, with the variables that reach the objects named
 * in `ids` (melding, casus, beoordeling, interventie, overdracht, huisverbod, melding3, kennisgeving and
 * their versions). Used by the cross-tenant and cross-team tests, so a new mutation is added once.
 */
export function casusMutaties(ids: Record<string, string | number>): [string, string, () => Record<string, unknown>][] {
  return [
    [
      'stelBesluitVoor',
      M.stelBesluitVoor,
      () => ({ input: { meldingId: ids.melding, versie: ids.meldingVersie, taxatie: TAXATIE, besluit: 'ONDERZOEK' } }),
    ],
    [
      'registreerMultidisciplinaireToetsing',
      M.md,
      () => ({ input: { beoordelingId: ids.beoordeling, versie: ids.beoordelingVersie, advies: 'x' } }),
    ],
    ['toetsBesluit', M.toets, () => ({ input: { beoordelingId: ids.beoordeling, versie: ids.beoordelingVersie, akkoord: true } })],
    ['startInterventie', M.start, () => ({ input: { interventieId: ids.interventie, versie: ids.interventieVersie } })],
    [
      'legPlannenVast',
      M.plannen,
      () => ({ input: { interventieId: ids.interventie, versie: ids.interventieVersie, veiligheidsplan: 'x' } }),
    ],
    [
      'sluitInterventieAf',
      M.sluitAf,
      () => ({ input: { interventieId: ids.interventie, versie: ids.interventieVersie, vervolg: 'AFSLUITEN', uitkomsten: [] } }),
    ],
    [
      'sluitInterventieVoortijdigAf',
      M.voortijdig,
      () => ({ input: { interventieId: ids.interventie, versie: ids.interventieVersie, reden: 'x' } }),
    ],
    [
      'registreerOverdracht',
      M.overdracht,
      () => ({ input: { meldingId: ids.melding, versie: ids.meldingVersie, partnerType: 'GGZ', partnerNaam: 'x', warm: false } }),
    ],
    [
      'planOverdracht',
      M.plan,
      () => ({ input: { overdrachtId: ids.overdracht, versie: ids.overdrachtVersie, afgesprokenDatum: '2026-11-21' } }),
    ],
    ['voerOverdrachtUit', M.voerUit, () => ({ input: { overdrachtId: ids.overdracht, versie: ids.overdrachtVersie } })],
    [
      'registreerMonitoringContact',
      M.monitoring,
      () => ({ input: { monitoringId: ids.overdracht, versie: 1, scoreGezin: 'VOLDOENDE', scoreProfessional: 'VOLDOENDE' } }),
    ],
    [
      'registreerTerugkoppeling',
      M.terugkoppeling,
      () => ({ input: { meldingId: ids.melding3, moment: 'NA_BEOORDELING', samenvatting: 'x' } }),
    ],
    ['registreerHuisverbod', M.huisverbod, () => ({ input: { casusId: ids.casus, opgelegdOp: '2026-11-20' } })],
    ['verlengHuisverbod', M.verleng, () => ({ id: ids.huisverbod, versie: ids.huisverbodVersie })],
    [
      'beeindigHuisverbod',
      M.beeindigHuisverbod,
      () => ({ input: { huisverbodId: ids.huisverbod, versie: ids.huisverbodVersie, einde: 'INGETROKKEN', reden: 'x' } }),
    ],
    ['startHuisverbodCasusregie', M.startCasusregie, () => ({ input: { huisverbodId: ids.huisverbod, versie: ids.huisverbodVersie } })],
    [
      'beeindigHuisverbodCasusregie',
      M.beeindigCasusregie,
      () => ({ input: { huisverbodId: ids.huisverbod, versie: ids.huisverbodVersie, resultaat: 'x' } }),
    ],
    ['registreerCrisisinterventie', M.crisis, () => ({ input: { casusId: ids.casus, samenvatting: 'x' } })],
    ['voegCasussenSamen', M.voegSamen, () => ({ input: { casusId: ids.casus, versie: 1, inCasusId: ids.casus, inVersie: 1, reden: 'x' } })],
    ['screenMelding', M.screen, () => ({ input: { meldingId: ids.melding, versie: ids.meldingVersie, uitkomst: 'NIET_ACUUT' } })],
    ['splitsCasus', M.splits, () => ({ input: { casusId: ids.casus, versie: 1, meldingIds: [ids.melding], reden: 'x' } })],
    ['sluitMaatwerkAf', M.sluitMaatwerkAf, () => ({ input: { meldingId: ids.melding, versie: ids.meldingVersie } })],
    [
      'maakRadarMatchOngedaan',
      M.radarOngedaan,
      () => ({ input: { meldingId: ids.melding, versie: ids.meldingVersie, persoonIds: [ids.casus], reden: 'x' } }),
    ],
    [
      'registreerKennisgevingGedaan',
      M.kennisgevingGedaan,
      () => ({ input: { kennisgevingId: ids.kennisgeving, versie: ids.kennisgevingVersie, wijze: 'BRIEF' } }),
    ],
    [
      'registreerKennisgevingNietGedaan',
      M.kennisgevingNietGedaan,
      () => ({ input: { kennisgevingId: ids.kennisgeving, versie: ids.kennisgevingVersie, reden: 'x' } }),
    ],
    [
      'registreerPolitieKennisgeving',
      M.politieKennisgeving,
      () => ({ input: { meldingId: ids.melding, versie: ids.meldingVersie, aanleiding: 'x' } }),
    ],
    [
      'registreerVerzoekTotOnderzoek',
      M.verzoekTotOnderzoek,
      () => ({ input: { meldingId: ids.melding, versie: ids.meldingVersie, wijze: 'BRIEF', aanleiding: 'x' } }),
    ],
  ];
}
