import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { meldingInput, persoon, registreerMelding, uniqueBsn } from '../support/casework.js';

describe('concurrent registrations about the same new person (radarfunctie)', () => {
  let api: RunningApp;
  let admin: pg.Client;
  let medewerker: string;
  let tenant: string;

  beforeAll(async () => {
    [api, admin] = await Promise.all([startApp('api'), connectAs('admin')]);
    medewerker = await tokenFor({ tenant: 'VT18', roles: ['medewerker'], user: 'mw-gelijktijdig' });
    tenant = await tenantIdOf('VT18');
  });
  afterAll(() => Promise.all([api.close(), admin.end()]));

  /** Persons, casussen and meldingen of the tenant about the persons matching the condition (read as superuser). */
  async function tel(where: string, params: unknown[]) {
    const { rows } = await admin.query(
      `WITH p AS (SELECT id FROM persoon WHERE tenant_id = $1 AND ${where})
       SELECT (SELECT count(*) FROM p)::int AS personen,
              (SELECT count(DISTINCT casus_id) FROM casus_betrokkene WHERE persoon_id IN (SELECT id FROM p))::int AS casussen,
              (SELECT count(DISTINCT melding_id) FROM melding_betrokkene WHERE persoon_id IN (SELECT id FROM p))::int AS meldingen`,
      [tenant, ...params],
    );
    return rows[0] as { personen: number; casussen: number; meldingen: number };
  }

  it('stores all ten meldingen about the same new BSN with one person and one casus', async () => {
    const bsn = uniqueBsn();
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        registreerMelding(api, medewerker, meldingInput({ betrokkenen: [persoon('KIND', { naam: `Gelijktijdig Kind ${i}`, bsn })] })),
      ),
    );
    expect(responses.map((r) => r.errors ?? null)).toEqual(Array(10).fill(null));
    const meldingen = responses.map((r) => r.data!.registreerMelding);
    expect(new Set(meldingen.map((m) => m.id)).size).toBe(10);
    expect(new Set(meldingen.map((m) => m.casus.id)).size).toBe(1);
    expect(new Set(meldingen.map((m) => m.betrokkenen[0]!.persoon.id)).size).toBe(1);
    // Exactly one registration met the person for the first time; the others found it (radarfunctie).
    expect(meldingen.filter((m) => !m.betrokkenen[0]!.wasBekend)).toHaveLength(1);
    expect(meldingen.filter((m) => m.classificatie === 'EERSTE_MELDING')).toHaveLength(1);
    expect(await tel('bsn = $2', [bsn])).toEqual({ personen: 1, casussen: 1, meldingen: 10 });
  });

  it('matches ten concurrent meldingen about the same new name and birth date (no BSN) to one person and one casus', async () => {
    const naam = `Gelijktijdig ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`;
    // Spelled in different cases: the match is case-insensitive.
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        registreerMelding(
          api,
          medewerker,
          meldingInput({ betrokkenen: [{ naam: i % 2 ? naam.toUpperCase() : naam, geboortedatum: '2016-03-04', rol: 'KIND' }] }),
        ),
      ),
    );
    expect(responses.map((r) => r.errors ?? null)).toEqual(Array(10).fill(null));
    const meldingen = responses.map((r) => r.data!.registreerMelding);
    expect(new Set(meldingen.map((m) => m.casus.id)).size).toBe(1);
    expect(new Set(meldingen.map((m) => m.betrokkenen[0]!.persoon.id)).size).toBe(1);
    expect(await tel(`naam_sleutel = lower($2) AND geboortedatum = '2016-03-04'`, [naam])).toEqual({
      personen: 1,
      casussen: 1,
      meldingen: 10,
    });
  });

  it('serialises registrations naming the same persons in opposite order, without deadlock', async () => {
    const bsnA = uniqueBsn();
    const bsnB = uniqueBsn();
    const a = { naam: 'Gelijktijdig Ouder A', rol: 'OUDER_VERZORGER', bsn: bsnA };
    const b = { naam: 'Gelijktijdig Ouder B', rol: 'OUDER_VERZORGER', bsn: bsnB };
    // Half name the persons A, B; half B, A: a lock order following the input would deadlock.
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => registreerMelding(api, medewerker, meldingInput({ betrokkenen: i % 2 ? [a, b] : [b, a] }))),
    );
    expect(responses.map((r) => r.errors ?? null)).toEqual(Array(8).fill(null));
    expect(await tel('bsn = ANY($2::text[])', [[bsnA, bsnB]])).toEqual({ personen: 2, casussen: 1, meldingen: 8 });
  });

  it('still returns the first result to concurrent retries with the same idempotency key', async () => {
    const bsn = uniqueBsn();
    const stamp = `${Date.now()}-${Math.random()}`;
    const inputs = ['een', 'twee'].map((k) =>
      meldingInput({
        idempotencyKey: `gelijktijdig-${k}-${stamp}`,
        betrokkenen: [persoon('KIND', { naam: 'Gelijktijdig Herhaald', bsn })],
      }),
    );
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => registreerMelding(api, medewerker, inputs[i % 2]!)));
    expect(responses.map((r) => r.errors ?? null)).toEqual(Array(10).fill(null));
    const ids = responses.map((r) => r.data!.registreerMelding.id);
    expect(new Set(ids.filter((_, i) => i % 2 === 0)).size).toBe(1);
    expect(new Set(ids.filter((_, i) => i % 2 === 1)).size).toBe(1);
    expect(new Set(ids).size).toBe(2);
    expect(await tel('bsn = $2', [bsn])).toEqual({ personen: 1, casussen: 1, meldingen: 2 });
  });
});
