import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { nieuweMelding } from '../support/casework.js';
import { M, Proces, TAXATIE } from '../support/proces.js';

/** Refused attempts in the NEN 7513 log, and the four-eyes rules against delegation tokens (VT20). */
describe('refused attempts and delegation', () => {
  let api: RunningApp;
  let p: Proces;
  let owner: pg.Client;
  let tenantId: string;

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    owner = await connectAs('admin');
    tenantId = await tenantIdOf('VT20');
  });
  afterAll(async () => {
    await owner.end();
    await api.close();
  });

  /** The access-log entries of one user, read past row-level security with the admin connection, as an audit would. */
  const entries = async (gebruiker: string) =>
    (
      await owner.query<{ actie: string; object_type: string; object_id: string | null; casus_id: string | null; uitkomst: string }>(
        `SELECT actie, object_type, object_id, casus_id, uitkomst FROM toegangslog WHERE tenant_id = $1 AND gebruiker_id = $2 ORDER BY tijdstip, id`,
        [tenantId, gebruiker],
      )
    ).rows;

  it('logs a call the guard refuses as GEWEIGERD, with the object the caller named', async () => {
    const mw = await tokenFor({ tenant: 'VT20', roles: ['medewerker'], user: 'w-mw' });
    const melding = await nieuweMelding(api, mw);
    const gebruiker = `w-adm-${Date.now()}`;
    const adm = await tokenFor({ tenant: 'VT20', roles: ['administratief-medewerker'], user: gebruiker });
    expect(await p.code(adm, M.huisverbod, { input: { casusId: melding.casus.id, opgelegdOp: '2026-11-20' } })).toBe('FORBIDDEN');
    expect(await entries(gebruiker)).toEqual([
      { actie: 'UPDATE', object_type: 'Interventie', object_id: melding.casus.id, casus_id: melding.casus.id, uitkomst: 'GEWEIGERD' },
    ]);
    // Nothing of the refused change happened.
    const casus = await api.gql<{ casus: { huisverboden: unknown[] } }>(`query($id: ID!) { casus(id: $id) { huisverboden { id } } }`, {
      token: mw,
      variables: { id: melding.casus.id },
    });
    expect(casus.data!.casus.huisverboden).toEqual([]);
  });

  it('logs a change refused by the service (unknown id) as GEWEIGERD although its transaction rolled back', async () => {
    const gebruiker = `w-mw-${Date.now()}`;
    const mw = await tokenFor({ tenant: 'VT20', roles: ['medewerker'], user: gebruiker });
    const onbekend = '00000000-0000-4000-8000-000000000001';
    expect(await p.code(mw, M.crisis, { input: { casusId: onbekend, samenvatting: 'x' } })).toBe('NIET_GEVONDEN');
    expect(await entries(gebruiker)).toEqual([
      { actie: 'UPDATE', object_type: 'Interventie', object_id: onbekend, casus_id: onbekend, uitkomst: 'GEWEIGERD' },
    ]);
  });

  it('refuses the four-eyes steps to a token with a second identity, in either direction', async () => {
    const a = await tokenFor({ tenant: 'VT20', roles: ['medewerker'], user: 'w-a' });
    const melding = await nieuweMelding(api, a);
    const besluit = await p.call<{ id: string; versie: number }>(a, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
    });
    const toets = { input: { beoordelingId: besluit.id, versie: besluit.versie, akkoord: true } };
    // B acting for A, and A acting through B: both carry A's identity.
    const bVoorA = await tokenFor({ tenant: 'VT20', roles: ['medewerker'], user: 'w-b', namens: 'w-a' });
    const aViaB = await tokenFor({ tenant: 'VT20', roles: ['medewerker'], user: 'w-a', namens: 'w-b' });
    expect(await p.code(bVoorA, M.toets, toets)).toBe('FORBIDDEN');
    expect(await p.code(aViaB, M.toets, toets)).toBe('FORBIDDEN');
    const va = await tokenFor({ tenant: 'VT20', roles: ['vertrouwensarts'], user: 'w-va', namens: 'w-a' });
    expect(await p.code(va, M.md, { input: { beoordelingId: besluit.id, versie: besluit.versie, advies: 'x' } })).toBe('FORBIDDEN');
    const andere = await nieuweMelding(api, a);
    expect(
      await p.code(bVoorA, M.stelBesluitVoor, {
        input: { meldingId: andere.id, versie: andere.versie, taxatie: TAXATIE, besluit: 'ONDERZOEK' },
      }),
    ).toBe('FORBIDDEN');
    expect((await p.melding(a, melding.id)).fase).toBe('TER_TOETSING');

    // Delegation may still register (e.g. the secretariaat for a medewerker); the log names both identities.
    expect((await nieuweMelding(api, bVoorA)).id).toBeTruthy();
    const b = await tokenFor({ tenant: 'VT20', roles: ['medewerker'], user: 'w-b' });
    expect((await p.call<{ status: string }>(b, M.toets, toets)).status).toBe('VASTGESTELD');
  });
});
