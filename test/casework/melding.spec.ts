import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import {
  MELDING_FIELDS,
  errorCode,
  meldingInput,
  nieuweMelding,
  persoon,
  registreerMelding,
  type MeldingResult,
  uniqueBsn,
} from '../support/casework.js';

describe('registreerMelding and melding(id)', () => {
  let api: RunningApp;
  let admin: pg.Client;
  let medewerker: string;

  beforeAll(async () => {
    [api, admin] = await Promise.all([startApp('api'), connectAs('admin')]);
    medewerker = await tokenFor({ tenant: 'VT18', roles: ['medewerker'], user: 'mw-1' });
  });
  afterAll(() => Promise.all([api.close(), admin.end()]));

  it('registers a first melding with casus, classification and the 5-werkdagen deadline (around Koningsdag)', async () => {
    const melding = await nieuweMelding(api, medewerker, { ontvangenOp: '2026-04-23T10:00:00+02:00' });
    expect(melding.nummer).toMatch(/^M-2026-\d{6}$/);
    expect(melding.fase).toBe('TE_BEOORDELEN');
    expect(melding.classificatie).toBe('EERSTE_MELDING');
    expect(melding.ontvangstdatum).toBe('2026-04-23');
    expect(melding.uiterlijkeBeoordelingsdatum).toBe('2026-05-01');
    expect(melding.casus.status).toBe('OPEN');
    expect(melding.betrokkenen).toHaveLength(2);
    expect(melding.betrokkenen.every((b) => !b.wasBekend)).toBe(true);
    expect(melding.melder).toMatchObject({ beroepsmatig: true, telefoon: '010-1234567' });
  });

  it('gives concurrent registrations of one region distinct melding and casus numbers', async () => {
    const meldingen = await Promise.all(Array.from({ length: 12 }, () => nieuweMelding(api, medewerker)));
    expect(new Set(meldingen.map((m) => m.nummer)).size).toBe(12);
    expect(new Set(meldingen.map((m) => m.casus.nummer)).size).toBe(12);
    // The counters committed on their own: their value covers every number handed out.
    const [teller] = (
      await admin.query(`SELECT laatste FROM nummering WHERE tenant_id = $1 AND soort = 'M' AND jaar = $2`, [
        await tenantIdOf('VT18'),
        Number(meldingen[0].nummer.slice(2, 6)),
      ])
    ).rows;
    expect(Math.max(...meldingen.map((m) => Number(m.nummer.slice(7))))).toBeLessThanOrEqual(teller.laatste);
  });

  it('dates a melding received late in the evening on the Dutch calendar day', async () => {
    const melding = await nieuweMelding(api, medewerker, { ontvangenOp: '2025-12-31T23:30:00Z' });
    expect(melding.ontvangstdatum).toBe('2026-01-01');
    // Nieuwjaarsdag is a Thursday: Fri 2, Mon 5, Tue 6, Wed 7, Thu 8 January.
    expect(melding.uiterlijkeBeoordelingsdatum).toBe('2026-01-08');
  });

  it('links a melding about a known person (BSN) to the same casus as a vervolgmelding tijdens beoordeling', async () => {
    const bsn = uniqueBsn();
    const eerste = await nieuweMelding(api, medewerker, { betrokkenen: [persoon('KIND', { bsn })] });
    const tweede = await nieuweMelding(api, medewerker, {
      betrokkenen: [{ naam: 'Andere Schrijfwijze', rol: 'SLACHTOFFER', bsn }, persoon('PLEGER')],
    });
    expect(tweede.casus.id).toBe(eerste.casus.id);
    expect(tweede.classificatie).toBe('VERVOLGMELDING_TIJDENS_BEOORDELING');
    const bekend = tweede.betrokkenen.find((b) => b.rol === 'SLACHTOFFER')!;
    expect(bekend.wasBekend).toBe(true);
    expect(bekend.persoon.id).toBe(eerste.betrokkenen[0]!.persoon.id);
  });

  it('matches a person without BSN on name (any case) and date of birth', async () => {
    const ouder = persoon('OUDER_VERZORGER', { geboortedatum: '1985-02-03' });
    const eerste = await nieuweMelding(api, medewerker, { betrokkenen: [ouder] });
    const tweede = await nieuweMelding(api, medewerker, { betrokkenen: [{ ...ouder, naam: String(ouder.naam).toUpperCase() }] });
    expect(tweede.casus.id).toBe(eerste.casus.id);
    const anderePersoon = await nieuweMelding(api, medewerker, { betrokkenen: [{ ...ouder, geboortedatum: '1985-02-04' }] });
    expect(anderePersoon.casus.id).not.toBe(eerste.casus.id);
    expect(anderePersoon.classificatie).toBe('EERSTE_MELDING');
  });

  it('records the hoedanigheid of the melder (CBS) and refuses one that does not fit the organisatie', async () => {
    const melder = { naam: 'Fictieve Huisarts', organisatie: 'GEZONDHEIDSZORG', telefoon: '010-7654321' };
    const ok = await registreerMelding(api, medewerker, meldingInput({ melder: { ...melder, hoedanigheid: 'HUISARTS' } }));
    expect(ok.errors).toBeUndefined();
    const id = ok.data!.registreerMelding.id;
    const gelezen = await api.gql<{ melding: { melder: { hoedanigheid: string | null } } }>(
      `query($id: ID!) { melding(id: $id) { melder { hoedanigheid } } }`,
      { token: medewerker, variables: { id } },
    );
    expect(gelezen.data!.melding.melder.hoedanigheid).toBe('HUISARTS');
    const fout = await registreerMelding(api, medewerker, meldingInput({ melder: { ...melder, hoedanigheid: 'FAMILIELID' } }));
    expect(errorCode(fout)).toBe('VALIDATIE');
    expect(fout.errors![0]!.extensions!.field).toBe('melder.hoedanigheid');
  });

  it('handles a niet-unieke politiemelding administratively (NIET_INGEDEELD, closed)', async () => {
    const melding = await nieuweMelding(api, medewerker, {
      melder: { naam: 'Politie Eenheid', organisatie: 'POLITIE', email: 'meldingen@politie.example' },
      politie: 'NIET_UNIEK',
      afwegingskader: null,
    });
    expect(melding).toMatchObject({ classificatie: 'NIET_INGEDEELD', fase: 'AFGESLOTEN' });
  });

  // VT03 is used by no other test file for current data (cbs.spec.ts only for 2019, left out of the counts), so they change only through this test.
  it.each([
    ['a BSN failing the elfproef', { betrokkenen: [persoon('KIND', { bsn: '123456789' })] }, /betrokkenen\[0\]\.bsn/],
    ['no betrokkenen', { betrokkenen: [] }, /betrokkenen/],
    ['a melder without contact details', { melder: { naam: 'X', organisatie: 'ONDERWIJS' } }, /telefoon or email/],
    ['a professional melder without afwegingskader', { afwegingskader: null }, /afwegingskader/],
    [
      'a private melder with afwegingskader',
      { melder: { naam: 'Buur', organisatie: 'NIET_BEROEPSMATIG', telefoon: '0612345678' } },
      /afwegingskader/,
    ],
    ['the police without the uniek/niet-uniek flag', { melder: { naam: 'P', organisatie: 'POLITIE', telefoon: '0900-8844' } }, /politie/],
    ['a receipt in the future', { ontvangenOp: '2099-01-01T00:00:00Z' }, /ontvangenOp/],
    ['a birth date in the future', { betrokkenen: [persoon('KIND', { geboortedatum: '2099-01-01' })] }, /geboortedatum/],
    ['no aard geweld', { aardGeweld: [] }, /aardGeweld/],
  ])('refuses %s with VALIDATIE and changes nothing', async (_, overrides, message) => {
    const vt03 = await tokenFor({ tenant: 'VT03' });
    const before = await counts(admin, 'VT03');
    const response = await registreerMelding(api, vt03, meldingInput(overrides));
    expect(errorCode(response)).toBe('VALIDATIE');
    expect(response.errors![0]!.message).toMatch(message);
    expect(response.data ?? null).toBeNull();
    expect(await counts(admin, 'VT03')).toEqual(before);
  });

  it('returns the first result for a retried request with the same idempotency key', async () => {
    const input = meldingInput({ idempotencyKey: `retry-${Date.now()}-${Math.random()}` });
    const [a, b] = await Promise.all([registreerMelding(api, medewerker, input), registreerMelding(api, medewerker, input)]);
    const c = await registreerMelding(api, medewerker, input);
    expect(a.errors ?? b.errors ?? c.errors).toBeUndefined();
    expect(b.data!.registreerMelding.id).toBe(a.data!.registreerMelding.id);
    expect(c.data!.registreerMelding.id).toBe(a.data!.registreerMelding.id);
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM melding WHERE casus_id = $1', [a.data!.registreerMelding.casus.id]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses an idempotency key reused for different input', async () => {
    const key = `reuse-${Date.now()}-${Math.random()}`;
    await nieuweMelding(api, medewerker, { idempotencyKey: key });
    const response = await registreerMelding(api, medewerker, meldingInput({ idempotencyKey: key }));
    expect(errorCode(response)).toBe('VALIDATIE');
    expect(response.errors![0]!.message).toMatch(/idempotencyKey/);
  });

  it('melding(id) returns the melding to its own region and null to another region, for unknown and malformed ids', async () => {
    const melding = await nieuweMelding(api, medewerker);
    const query = `query($id: ID!) { melding(id: $id) { ${MELDING_FIELDS} } }`;
    const own = await api.gql<{ melding: MeldingResult }>(query, { token: medewerker, variables: { id: melding.id } });
    expect(own.data!.melding.id).toBe(melding.id);
    const other = await tokenFor({ tenant: 'VT25', roles: ['medewerker'] });
    for (const id of [melding.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await api.gql(query, { token: other, variables: { id } });
      expect(response).toEqual({ data: { melding: null } });
    }
  });

  it('answers casus { id } from the melding itself (no read) with the casus a full read gives', async () => {
    const melding = await nieuweMelding(api, medewerker);
    const lees = async (selectie: string) =>
      (
        await api.gql<{ melding: { casus: Record<string, string> } }>(`query($id: ID!) { melding(id: $id) { casus { ${selectie} } } }`, {
          token: medewerker,
          variables: { id: melding.id },
        })
      ).data!.melding.casus;
    const volledig = await lees('id nummer status');
    expect(volledig.nummer).toMatch(/^C-/);
    expect(await lees('id')).toEqual({ id: volledig.id });
    expect(await lees('__typename casusId: id')).toEqual({ __typename: 'Casus', casusId: volledig.id });
    // A fragment asks for more than the reference: the casus is read.
    expect(await lees('...on Casus { id nummer }')).toEqual({ id: volledig.id, nummer: volledig.nummer });
  });

  it('hides the BSN and melder contact details from roles that do not need them', async () => {
    const bsn = uniqueBsn();
    const melding = await nieuweMelding(api, medewerker, { betrokkenen: [persoon('KIND', { bsn })] });
    const query = `query($id: ID!) { melding(id: $id) { melder { telefoon email } betrokkenen { persoon { bsn } } } }`;
    const zien = async (roles: string[]) =>
      (
        await api.gql<{ melding: { melder: { telefoon: string | null }; betrokkenen: { persoon: { bsn: string | null } }[] } }>(query, {
          token: await tokenFor({ tenant: 'VT18', roles }),
          variables: { id: melding.id },
        })
      ).data!.melding;
    expect(await zien(['medewerker'])).toEqual({
      melder: { telefoon: '010-1234567', email: 'leerkracht@school.example' },
      betrokkenen: [{ persoon: { bsn } }],
    });
    expect(await zien(['gedragswetenschapper'])).toEqual({
      melder: { telefoon: null, email: null },
      betrokkenen: [{ persoon: { bsn: null } }],
    });
    expect(await zien(['vertrouwensarts'])).toEqual({ melder: { telefoon: null, email: null }, betrokkenen: [{ persoon: { bsn } }] });
  });

  it('gives the landelijk-analist and the functioneel-beheerder no case data', async () => {
    const melding = await nieuweMelding(api, medewerker);
    for (const token of [
      await tokenFor({ roles: ['landelijk-analist'] }),
      await tokenFor({ tenant: 'VT18', roles: ['functioneel-beheerder'] }),
    ]) {
      const read = await api.gql<{ melding: unknown }>(`query($id: ID!) { melding(id: $id) { id } }`, {
        token,
        variables: { id: melding.id },
      });
      expect(errorCode(read)).toBe('FORBIDDEN');
      expect(read.data?.melding ?? null).toBeNull();
      const write = await registreerMelding(api, token, meldingInput());
      expect(errorCode(write)).toBe('FORBIDDEN');
    }
  });
});

/** Row counts of one tenant, read as the superuser (who is not bound by row-level security). */
async function counts(admin: pg.Client, regio: string) {
  const tenant = await tenantIdOf(regio);
  // test/rapportage/cbs.spec.ts builds its CBS dataset in VT03 with receipts in 2019: left out here, so a parallel run cannot move these counts.
  const { rows } = await admin.query(
    `SELECT (SELECT count(*) FROM melding WHERE tenant_id = $1 AND ontvangstdatum >= '2020-01-01')::int AS meldingen,
            (SELECT count(*) FROM persoon p WHERE tenant_id = $1 AND p.naam NOT LIKE 'Cbs Testpersoon %')::int AS personen,
            (SELECT count(*) FROM casus c WHERE tenant_id = $1
               AND NOT EXISTS (SELECT 1 FROM melding m WHERE m.casus_id = c.id AND m.ontvangstdatum < '2020-01-01'))::int AS casussen,
            (SELECT count(*) FROM idempotentie WHERE tenant_id = $1)::int AS sleutels`,
    [tenant],
  );
  return rows[0];
}
