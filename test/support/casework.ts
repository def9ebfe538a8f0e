import { randomUUID } from 'node:crypto';
import type { RunningApp, GraphQLResponse } from './app.js';

let counter = 0;

/** A fictional, unique person (synthetic test data). */
export function persoon(rol = 'KIND', extra: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return { naam: `Testpersoon ${randomUUID().slice(0, 8)} ${counter}`, geboortedatum: '2015-06-01', rol, ...extra };
}

/** A valid melding input from a professional melder; override any part. */
export function meldingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    melder: {
      naam: 'Fictieve Leerkracht',
      functie: 'leerkracht',
      organisatie: 'ONDERWIJS',
      telefoon: '010-1234567',
      email: 'leerkracht@school.example',
    },
    betrokkenen: [persoon('KIND'), persoon('OUDER_VERZORGER')],
    aardGeweld: ['KINDERMISHANDELING'],
    duurGeweld: 'EEN_TOT_ZES_MAANDEN',
    afwegingskader: { acuteOnveiligheid: false, structureleOnveiligheid: true, toelichting: 'Zorgen over thuissituatie' },
    // Required on every new melding; any CBS gemeente is accepted, whatever the region (GM0599 Rotterdam).
    gemeenteCode: 'GM0599',
    ...overrides,
  };
}

export const MELDING_FIELDS = `id nummer fase classificatie ontvangstdatum uiterlijkeBeoordelingsdatum versie adviesId
  melder { naam organisatie beroepsmatig telefoon email }
  betrokkenen { rol wasBekend persoon { id naam bsn geboortedatum } }
  casus { id nummer status }`;

export interface MeldingResult {
  id: string;
  nummer: string;
  fase: string;
  classificatie: string;
  ontvangstdatum: string;
  uiterlijkeBeoordelingsdatum: string;
  versie: number;
  adviesId: string | null;
  melder: { naam: string; organisatie: string; beroepsmatig: boolean; telefoon: string | null; email: string | null };
  betrokkenen: {
    rol: string;
    wasBekend: boolean;
    persoon: { id: string; naam: string; bsn: string | null; geboortedatum: string | null };
  }[];
  casus: { id: string; nummer: string; status: string };
}

export async function registreerMelding(
  api: RunningApp,
  token: string,
  input: Record<string, unknown>,
): Promise<GraphQLResponse<{ registreerMelding: MeldingResult }>> {
  return api.gql(`mutation($input: RegistreerMeldingInput!) { registreerMelding(input: $input) { ${MELDING_FIELDS} } }`, {
    token,
    variables: { input },
  });
}

/** Registers a melding and fails the test with the API's error when it does not succeed. */
export async function nieuweMelding(api: RunningApp, token: string, overrides: Record<string, unknown> = {}): Promise<MeldingResult> {
  const response = await registreerMelding(api, token, meldingInput(overrides));
  if (response.errors) throw new Error(`registreerMelding failed: ${JSON.stringify(response.errors)}`);
  return response.data!.registreerMelding;
}

/**
 * A calendar date `offset` days from today, as YYYY-MM-DD (UTC: never later than the Dutch date, so
 * offset 0 is never "in the future" for the api). For tests whose outcome depends on today.
 */
export function dag(offset = 0): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code as string | undefined;
}

let bsnCounter = Math.floor(Math.random() * 1_000_000);

/** A BSN that passes the elfproef, unique within this test run (a random start per test file, spread by a prime step). */
export function uniqueBsn(): string {
  for (;;) {
    bsnCounter += 1;
    const base = String(10_000_000 + ((bsnCounter * 104_729) % 89_999_999));
    const digits = [...base].map(Number);
    const last = digits.reduce((total, digit, i) => total + digit * (9 - i), 0) % 11;
    if (last < 10) return `${base}${last}`;
  }
}

/**
 * Turns the team rule on for the token's region (and the MD review requirement off), tolerating a
 * concurrent test file that does the same: a version conflict is read again, not a failure.
 */
export async function zetTeamRegelAan(api: RunningApp, beheerder: string): Promise<void> {
  for (let poging = 0; poging < 5; poging++) {
    const { instellingen } = (
      await api.gql<{ instellingen: { version: number; werkBeperktTotTeam: boolean; mdToetsingVerplicht: boolean } }>(
        `{ instellingen { version werkBeperktTotTeam mdToetsingVerplicht } }`,
        { token: beheerder },
      )
    ).data!;
    if (instellingen.werkBeperktTotTeam && !instellingen.mdToetsingVerplicht) return;
    const res = await api.gql(
      `mutation($v: Int!) { wijzigInstellingen(input: { mdToetsingVerplicht: false, werkBeperktTotTeam: true, versie: $v }) { version } }`,
      { token: beheerder, variables: { v: instellingen.version } },
    );
    if (!res.errors) return;
    if (errorCode(res) !== 'VERSIE_CONFLICT') throw new Error(`wijzigInstellingen: ${res.errors[0]!.message}`);
  }
  throw new Error('could not turn the team rule on');
}
