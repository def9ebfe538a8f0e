import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, meldingInput } from '../support/casework.js';

const ADVIES_FIELDS =
  'id nummer soort status versie meldingId adviesvrager { anoniem naam beroepsmatig telefoon } contacten { kanaal samenvatting }';

function adviesInput(overrides: Record<string, unknown> = {}) {
  return {
    soort: 'ADVIES',
    kanaal: 'TELEFOON',
    adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true },
    aardGeweld: ['EX_PARTNERGEWELD'],
    samenvatting: 'Uitleg gegeven over mogelijke stappen.',
    gemeenteCode: 'GM0599',
    ...overrides,
  };
}

interface AdviesResult {
  id: string;
  nummer: string;
  soort: string;
  status: string;
  versie: number;
  meldingId: string | null;
  adviesvrager: { anoniem: boolean; naam: string | null; beroepsmatig: boolean; telefoon: string | null };
  contacten: { kanaal: string; samenvatting: string }[];
}

describe('advies', () => {
  let api: RunningApp;
  let token: string;

  const registreer = (input: Record<string, unknown>, as = token) =>
    api.gql<{ registreerAdvies: AdviesResult }>(
      `mutation($input: RegistreerAdviesInput!) { registreerAdvies(input: $input) { ${ADVIES_FIELDS} } }`,
      { token: as, variables: { input } },
    );

  beforeAll(async () => {
    api = await startApp('api');
    token = await tokenFor({ tenant: 'VT09', roles: ['administratief-medewerker'] });
  });
  afterAll(() => api.close());

  it('registers an anonymous advies without any family data', async () => {
    const response = await registreer(adviesInput());
    expect(response.errors).toBeUndefined();
    expect(response.data!.registreerAdvies).toMatchObject({
      soort: 'ADVIES',
      status: 'OPEN',
      adviesvrager: { anoniem: true, naam: null, beroepsmatig: false },
    });
    expect(response.data!.registreerAdvies.nummer).toMatch(/^A-\d{4}-\d{6}$/);
  });

  it('records the hoedanigheid of the adviesvrager (CBS) and refuses one that does not fit the organisatie', async () => {
    const ok = await registreer(
      adviesInput({ adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true, hoedanigheid: 'BUURTBEWONER_OF_KENNIS' } }),
    );
    expect(ok.errors).toBeUndefined();
    const fout = await registreer(
      adviesInput({ adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true, hoedanigheid: 'HUISARTS' } }),
    );
    expect(errorCode(fout)).toBe('VALIDATIE');
    expect(fout.errors![0]!.extensions!.field).toBe('adviesvrager.hoedanigheid');
    const gelezen = await api.gql<{ advies: { adviesvrager: { hoedanigheid: string | null } } }>(
      `query($id: ID!) { advies(id: $id) { adviesvrager { hoedanigheid } } }`,
      { token, variables: { id: ok.data!.registreerAdvies.id } },
    );
    expect(gelezen.data!.advies.adviesvrager.hoedanigheid).toBe('BUURTBEWONER_OF_KENNIS');
  });

  it('refuses contact details for an anonymous adviesvrager', async () => {
    const response = await registreer(
      adviesInput({ adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true, telefoon: '0612345678' } }),
    );
    expect(errorCode(response)).toBe('VALIDATIE');
  });

  it('adds contacts to an advies en ondersteuning, and refuses them on a plain advies and with a stale version', async () => {
    const ao = (
      await registreer(
        adviesInput({
          soort: 'ADVIES_EN_ONDERSTEUNING',
          adviesvrager: { organisatie: 'ONDERWIJS', anoniem: false, naam: 'Fictieve Mentor', telefoon: '020-7654321' },
        }),
      )
    ).data!.registreerAdvies;
    const contact = `mutation($input: AdviesContactInput!) { voegAdviesContactToe(input: $input) { ${ADVIES_FIELDS} } }`;
    const first = await api.gql<{ voegAdviesContactToe: AdviesResult }>(contact, {
      token,
      variables: { input: { adviesId: ao.id, kanaal: 'MAIL', samenvatting: 'Tweede gesprek', versie: ao.versie } },
    });
    expect(first.data!.voegAdviesContactToe.contacten).toEqual([{ kanaal: 'MAIL', samenvatting: 'Tweede gesprek' }]);
    const stale = await api.gql(contact, {
      token,
      variables: { input: { adviesId: ao.id, kanaal: 'MAIL', samenvatting: 'Derde', versie: ao.versie } },
    });
    expect(errorCode(stale)).toBe('VERSIE_CONFLICT');

    const plain = (await registreer(adviesInput())).data!.registreerAdvies;
    const refused = await api.gql(contact, {
      token,
      variables: { input: { adviesId: plain.id, kanaal: 'MAIL', samenvatting: 'x', versie: plain.versie } },
    });
    expect(errorCode(refused)).toBe('ONGELDIGE_OVERGANG');
  });

  it('converts an open advies into a melding once; a second conversion is an illegal transition', async () => {
    const advies = (await registreer(adviesInput())).data!.registreerAdvies;
    const convert = `mutation($id: ID!, $versie: Int!, $melding: RegistreerMeldingInput!) { zetAdviesOmInMelding(adviesId: $id, versie: $versie, melding: $melding) { id adviesId casus { tijdlijn { soort } } } }`;
    const melding = await api.gql<{ zetAdviesOmInMelding: { id: string; adviesId: string; casus: { tijdlijn: { soort: string }[] } } }>(
      convert,
      {
        token,
        variables: { id: advies.id, versie: advies.versie, melding: meldingInput() },
      },
    );
    expect(melding.errors).toBeUndefined();
    expect(melding.data!.zetAdviesOmInMelding.adviesId).toBe(advies.id);
    expect(melding.data!.zetAdviesOmInMelding.casus.tijdlijn.map((e) => e.soort)).toEqual(['ADVIES_OMGEZET', 'MELDING_ONTVANGEN']);

    const after = await api.gql<{ advies: AdviesResult }>(`query($id: ID!) { advies(id: $id) { ${ADVIES_FIELDS} } }`, {
      token,
      variables: { id: advies.id },
    });
    expect(after.data!.advies).toMatchObject({ status: 'OMGEZET', meldingId: melding.data!.zetAdviesOmInMelding.id });

    const again = await api.gql(convert, {
      token,
      variables: { id: advies.id, versie: after.data!.advies.versie, melding: meldingInput() },
    });
    expect(errorCode(again)).toBe('ONGELDIGE_OVERGANG');
  });

  it('is invisible to another region: advies(id) is null and conversion says not found', async () => {
    const advies = (await registreer(adviesInput())).data!.registreerAdvies;
    const other = await tokenFor({ tenant: 'VT10', roles: ['medewerker'] });
    expect(await api.gql(`query($id: ID!) { advies(id: $id) { id } }`, { token: other, variables: { id: advies.id } })).toEqual({
      data: { advies: null },
    });
    const convert = await api.gql(
      `mutation($id: ID!, $melding: RegistreerMeldingInput!) { zetAdviesOmInMelding(adviesId: $id, versie: 1, melding: $melding) { id } }`,
      {
        token: other,
        variables: { id: advies.id, melding: meldingInput() },
      },
    );
    expect(errorCode(convert)).toBe('NIET_GEVONDEN');
    const close = await api.gql(`mutation($id: ID!) { sluitAdviesAf(adviesId: $id, versie: 1) { id } }`, {
      token: other,
      variables: { id: advies.id },
    });
    expect(errorCode(close)).toBe('NIET_GEVONDEN');
  });

  it('replays a retried registreerAdvies with the same idempotency key', async () => {
    const input = adviesInput({ idempotencyKey: `advies-${Date.now()}-${Math.random()}` });
    const [a, b] = await Promise.all([registreer(input), registreer(input)]);
    expect(b.data!.registreerAdvies.id).toBe(a.data!.registreerAdvies.id);
  });
});
