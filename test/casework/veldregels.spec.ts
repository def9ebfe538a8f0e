import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, meldingInput, nieuweMelding, persoon, registreerMelding, uniqueBsn } from '../support/casework.js';

/** Everything a registration returns that carries a BSN or a melder's contact details. */
const DIEP = `id betrokkenen { wasBekend persoon { id bsn } } melder { telefoon email }
  casus { id betrokkenen { id bsn } meldingen { id melder { telefoon email } betrokkenen { persoon { bsn } } } }`;

interface Diep {
  id: string;
  betrokkenen: { wasBekend: boolean; persoon: { id: string; bsn: string | null } }[];
  melder: { telefoon: string | null; email: string | null };
  casus: {
    id: string;
    betrokkenen: { id: string; bsn: string | null }[];
    meldingen: {
      id: string;
      melder: { telefoon: string | null; email: string | null };
      betrokkenen: { persoon: { bsn: string | null } }[];
    }[];
  };
}

/** Every BSN and contact detail in a registration result. */
function gevoelig(d: Diep): (string | null)[] {
  return [
    ...d.betrokkenen.map((b) => b.persoon.bsn),
    d.melder.telefoon,
    d.melder.email,
    ...d.casus.betrokkenen.map((p) => p.bsn),
    ...d.casus.meldingen.flatMap((m) => [m.melder.telefoon, m.melder.email, ...m.betrokkenen.map((b) => b.persoon.bsn)]),
  ];
}

describe('field rules on registration: a BSN is only a lookup key for roles that may see it', () => {
  let api: RunningApp;
  let admin: pg.Client;
  let tenant: string;
  let medewerker: string;
  let gedragswetenschapper: string;
  let vertrouwensarts: string;

  const registreer = (token: string, input: Record<string, unknown>) =>
    api.gql<{ registreerMelding: Diep }>(`mutation($input: RegistreerMeldingInput!) { registreerMelding(input: $input) { ${DIEP} } }`, {
      token,
      variables: { input },
    });

  beforeAll(async () => {
    [api, admin] = await Promise.all([startApp('api'), connectAs('admin')]);
    tenant = await tenantIdOf('VT18');
    medewerker = await tokenFor({ tenant: 'VT18', roles: ['medewerker'], user: 'mw-veldregels' });
    gedragswetenschapper = await tokenFor({ tenant: 'VT18', roles: ['gedragswetenschapper'], user: 'gw-veldregels' });
    vertrouwensarts = await tokenFor({ tenant: 'VT18', roles: ['vertrouwensarts'], user: 'va-veldregels' });
  });
  afterAll(() => Promise.all([api.close(), admin.end()]));

  /** Meldingen from this melder and persons with this BSN, read as the superuser. */
  async function opgeslagen(melder: string, bsn: string) {
    const { rows } = await admin.query(
      `SELECT (SELECT count(*) FROM melding WHERE tenant_id = $1 AND melder_naam = $2)::int AS meldingen,
              (SELECT count(*) FROM persoon WHERE tenant_id = $1 AND bsn = $3)::int AS personen`,
      [tenant, melder, bsn],
    );
    return rows[0] as { meldingen: number; personen: number };
  }

  it('refuses a gedragswetenschapper registering with a BSN (FORBIDDEN naming the field) and stores nothing', async () => {
    const bsn = uniqueBsn();
    const melder = `Melder ${bsn}`;
    // The person is known: the refusal must not depend on (or reveal) whether the BSN matches.
    await nieuweMelding(api, medewerker, { betrokkenen: [persoon('KIND', { bsn })] });
    const input = meldingInput({
      melder: { naam: melder, organisatie: 'ONDERWIJS', telefoon: '010-7654321' },
      betrokkenen: [persoon('OUDER_VERZORGER'), persoon('KIND', { bsn })],
      idempotencyKey: `veldregels-${bsn}`,
    });
    const response = await registreer(gedragswetenschapper, input);
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.errors![0]!.extensions!.field).toBe('betrokkenen[1].bsn');
    expect(response.errors![0]!.message).not.toContain(bsn);
    expect(response.data ?? null).toBeNull();
    expect(await opgeslagen(melder, bsn)).toEqual({ meldingen: 0, personen: 1 });
    // A new BSN is refused the same way and creates no person.
    const nieuw = uniqueBsn();
    const tweede = await registreer(
      gedragswetenschapper,
      meldingInput({
        melder: { naam: melder, organisatie: 'ONDERWIJS', telefoon: '010-7654321' },
        betrokkenen: [persoon('KIND', { bsn: nieuw })],
      }),
    );
    expect(errorCode(tweede)).toBe('FORBIDDEN');
    expect(await opgeslagen(melder, nieuw)).toEqual({ meldingen: 0, personen: 0 });
  });

  it('refuses a gedragswetenschapper converting an advies with a BSN and leaves the advies open', async () => {
    const { id, versie } = await nieuwAdvies(api, gedragswetenschapper);
    const bsn = uniqueBsn();
    const convert = await api.gql(
      `mutation($id: ID!, $versie: Int!, $melding: RegistreerMeldingInput!) { zetAdviesOmInMelding(adviesId: $id, versie: $versie, melding: $melding) { id } }`,
      { token: gedragswetenschapper, variables: { id, versie, melding: meldingInput({ betrokkenen: [persoon('KIND', { bsn })] }) } },
    );
    expect(errorCode(convert)).toBe('FORBIDDEN');
    expect(convert.errors![0]!.extensions!.field).toBe('betrokkenen[0].bsn');
    const after = await api.gql<{ advies: { status: string; versie: number; meldingId: string | null } }>(
      `query($id: ID!) { advies(id: $id) { status versie meldingId } }`,
      {
        token: gedragswetenschapper,
        variables: { id },
      },
    );
    expect(after.data!.advies).toEqual({ status: 'OPEN', versie, meldingId: null });
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM persoon WHERE tenant_id = $1 AND bsn = $2`, [tenant, bsn]);
    expect(rows[0].n).toBe(0);
  });

  it('lets a gedragswetenschapper register without BSN about a person known by name and birth date, hiding every BSN and contact detail', async () => {
    const bsn = uniqueBsn();
    const kind = persoon('KIND', { geboortedatum: '2014-09-10' });
    const eerste = await nieuweMelding(api, medewerker, { betrokkenen: [{ ...kind, bsn }] });
    const response = await registreer(gedragswetenschapper, meldingInput({ betrokkenen: [kind] }));
    expect(response.errors).toBeUndefined();
    const melding = response.data!.registreerMelding;
    expect(melding.betrokkenen).toEqual([{ wasBekend: true, persoon: { id: eerste.betrokkenen[0]!.persoon.id, bsn: null } }]);
    expect(melding.casus.id).toBe(eerste.casus.id);
    // The casus shows the earlier melding too: its BSN and melder contact details stay hidden.
    expect(melding.casus.meldingen.map((m) => m.id)).toEqual(expect.arrayContaining([eerste.id, melding.id]));
    const waarden = gevoelig(melding);
    expect(waarden.length).toBeGreaterThan(4);
    expect(waarden.every((w) => w === null)).toBe(true);
    // Stored all the same: the person keeps its BSN.
    const { rows } = await admin.query(`SELECT bsn FROM persoon WHERE id = $1`, [eerste.betrokkenen[0]!.persoon.id]);
    expect(rows[0].bsn).toBe(bsn);
  });

  it('hides the BSN from a gedragswetenschapper converting an advies about a known person', async () => {
    const bsn = uniqueBsn();
    const kind = persoon('KIND', { geboortedatum: '2013-01-02' });
    await nieuweMelding(api, medewerker, { betrokkenen: [{ ...kind, bsn }] });
    const { id, versie } = await nieuwAdvies(api, gedragswetenschapper);
    const convert = await api.gql<{ zetAdviesOmInMelding: Diep }>(
      `mutation($id: ID!, $versie: Int!, $melding: RegistreerMeldingInput!) { zetAdviesOmInMelding(adviesId: $id, versie: $versie, melding: $melding) { ${DIEP} } }`,
      { token: gedragswetenschapper, variables: { id, versie, melding: meldingInput({ betrokkenen: [kind] }) } },
    );
    expect(convert.errors).toBeUndefined();
    const melding = convert.data!.zetAdviesOmInMelding;
    expect(melding.betrokkenen[0]!.wasBekend).toBe(true);
    expect(gevoelig(melding).every((w) => w === null)).toBe(true);
  });

  it('still lets a vertrouwensarts register with a BSN and see it (but not the melder contact details)', async () => {
    const bsn = uniqueBsn();
    const eerste = await nieuweMelding(api, medewerker, { betrokkenen: [persoon('KIND', { bsn })] });
    const response = await registreer(vertrouwensarts, meldingInput({ betrokkenen: [persoon('KIND', { bsn })] }));
    expect(response.errors).toBeUndefined();
    const melding = response.data!.registreerMelding;
    expect(melding.betrokkenen).toEqual([{ wasBekend: true, persoon: { id: eerste.betrokkenen[0]!.persoon.id, bsn } }]);
    expect(melding.casus.id).toBe(eerste.casus.id);
    expect(melding.melder).toEqual({ telefoon: null, email: null });
    expect(melding.casus.betrokkenen.map((p) => p.bsn)).toEqual([bsn]);
  });

  it('still lets a medewerker register with a BSN', async () => {
    const bsn = uniqueBsn();
    const response = await registreerMelding(api, medewerker, meldingInput({ betrokkenen: [persoon('KIND', { bsn })] }));
    expect(response.errors).toBeUndefined();
    expect(response.data!.registreerMelding.betrokkenen[0]!.persoon.bsn).toBe(bsn);
  });
});

/** An anonymous advies registered by `token` on `api`, to be converted into a melding. */
async function nieuwAdvies(api: RunningApp, token: string): Promise<{ id: string; versie: number }> {
  const advies = await api.gql<{ registreerAdvies: { id: string; versie: number } }>(
    `mutation($input: RegistreerAdviesInput!) { registreerAdvies(input: $input) { id versie } }`,
    {
      token,
      variables: {
        input: {
          soort: 'ADVIES',
          kanaal: 'TELEFOON',
          adviesvrager: { organisatie: 'NIET_BEROEPSMATIG', anoniem: true },
          aardGeweld: ['EX_PARTNERGEWELD'],
          samenvatting: 'Vraag over stappen.',
          gemeenteCode: 'GM0599',
        },
      },
    },
  );
  return advies.data!.registreerAdvies;
}
