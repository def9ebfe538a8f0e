import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomInt } from 'node:crypto';
import type pg from 'pg';
import { connectAs } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { meldingInput } from '../support/casework.js';
import { freePort } from '../support/net.js';

/** A BSN passing the elfproef, away from the ranges other tests use. */
function randomBsn(): string {
  for (;;) {
    const base = String(randomInt(50_000_000, 89_999_999));
    const sum = [...base].map(Number).reduce((total, digit, i) => total + digit * (9 - i), 0);
    if (sum % 11 < 10) return `${base}${sum % 11}`;
  }
}

/**
 * A database error whose message, detail and parameters carry a person's BSN, name and birth date
 * is logged by the api process (real stdout, LOG_LEVEL=info) with its error id and SQLSTATE only.
 */
describe('no personal data in the application log', () => {
  const bsn = randomBsn();
  const naam = `Logtest Persoon ${randomInt(100000, 999999)}`;
  const geboortedatum = '2016-03-17';
  const telefoon = `06-${randomInt(10_000_000, 99_999_999)}`;
  let admin: pg.Client;
  let child: ChildProcess;
  let output = '';
  let base: string;

  beforeAll(async () => {
    admin = await connectAs('admin');
    // Only this test's BSN triggers it, so parallel specs are not affected. The error carries the
    // values the way PostgreSQL's own unique violations do (message and detail).
    await admin.query(`
      CREATE OR REPLACE FUNCTION public.test_log_privacy_fout() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'duplicate key value for bsn %', NEW.bsn USING ERRCODE = 'unique_violation', CONSTRAINT = 'persoon_bsn_log_test',
          DETAIL = format('Key (bsn, naam, geboortedatum)=(%s, %s, %s) already exists.', NEW.bsn, NEW.naam, NEW.geboortedatum);
      END $$`);
    await admin.query(`DROP TRIGGER IF EXISTS test_log_privacy ON persoon`);
    await admin.query(
      `CREATE TRIGGER test_log_privacy BEFORE INSERT ON persoon FOR EACH ROW WHEN (NEW.bsn = '${bsn}') EXECUTE FUNCTION public.test_log_privacy_fout()`,
    );

    const port = await freePort();
    child = spawn(process.execPath, ['apps/api/dist/main.js'], {
      env: { ...process.env, PORT: String(port), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    base = `http://127.0.0.1:${port}`;
    // Start-up takes seconds on a loaded 2-core CI machine: wait up to 40 s.
    let ready = false;
    for (let i = 0; i < 400 && !ready; i++) {
      ready = await fetch(`${base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!ready) throw new Error(`the api did not become ready; its output: ${output.slice(-2000)}`);
  }, 60_000);

  afterAll(async () => {
    child?.kill('SIGTERM');
    if (child && child.exitCode === null) await once(child, 'exit');
    await admin.query(`DROP TRIGGER IF EXISTS test_log_privacy ON persoon`);
    await admin.query(`DROP FUNCTION IF EXISTS public.test_log_privacy_fout()`);
    await admin.end();
  });

  it('logs a database error with an error id, never the BSN, name, birth date or phone number', async () => {
    const token = await tokenFor({ tenant: 'VT18' });
    const input = meldingInput({
      melder: { naam: 'Fictieve Leerkracht', functie: 'leerkracht', organisatie: 'ONDERWIJS', telefoon },
      betrokkenen: [{ naam, geboortedatum, rol: 'KIND', bsn }],
    });
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($input: RegistreerMeldingInput!) { registreerMelding(input: $input) { id } }',
        variables: { input },
      }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string; errorId?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const errorId = body.errors![0]!.extensions!.errorId!;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(body)).not.toContain(bsn);

    // Give pino's asynchronous destination a moment to flush.
    for (let i = 0; i < 50 && !output.includes(errorId); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output).toContain(errorId);
    expect(output).toContain('23505');
    for (const value of [bsn, naam, geboortedatum, '17-03-2016', telefoon, 'INSERT INTO']) expect(output).not.toContain(value);
  });
});
