import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { DocumentStoreSweep } from '@vt/casus';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { nieuweMelding, zetTeamRegelAan } from '../support/casework.js';
import { M, Proces } from '../support/proces.js';
import { startS3, type S3Server } from '../support/s3.js';

/** A small but real PDF (file-type recognises it by its %PDF signature). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea73581e40000000049454e44ae426082',
  'hex',
);
const MB = 1024 * 1024;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

interface Doc {
  id: string;
  status: string;
  sha256: string;
  grootte: number;
  downloadPad: string | null;
}
type Fout = { errors: { message: string; extensions: { code: string; field?: string } }[] };

/**
 * Documents in an S3-compatible object store (DOCUMENT_STORE=s3), against a real S3 server over
 * HTTP (s3rver): the content in the bucket under `<tenant_id>/<document_id>`, the row in PostgreSQL
 * under row-level security, and the same checks, errors and isolation as the PostgreSQL store.
 */
describe('documents in an S3-compatible object store', () => {
  let s3: S3Server;
  let api: RunningApp;
  let klein: RunningApp;
  let postgres: RunningApp;
  let zuid: string;
  let noord: string;
  let vreemd: string;
  let casusId: string;
  let tenantId: string;

  beforeAll(async () => {
    s3 = await startS3();
    [api, klein, postgres] = await Promise.all([
      startApp('api', s3.env),
      startApp('api', { ...s3.env, DOCUMENT_MAX_BYTES: String(6 * MB) }),
      startApp('api'),
    ]);
    const beheerder = await tokenFor({ tenant: 'VT04', roles: ['functioneel-beheerder'], user: 'beheer-04' });
    const manager = await tokenFor({ tenant: 'VT04', roles: ['teammanager'], user: 'manager-04' });
    zuid = await tokenFor({ tenant: 'VT04', roles: ['medewerker'], user: 'zuid-04', team: 'Zuid' });
    noord = await tokenFor({ tenant: 'VT04', roles: ['medewerker'], user: 'noord-04', team: 'Noord' });
    vreemd = await tokenFor({ tenant: 'VT05', roles: ['medewerker'], user: 'vreemd-05' });
    await zetTeamRegelAan(api, beheerder);
    const melding = await nieuweMelding(api, zuid);
    await new Proces(api).call(manager, M.wijsToe, {
      input: { meldingId: melding.id, versie: melding.versie, team: 'Zuid', medewerker: 'zuid-04' },
    });
    casusId = melding.casus.id;
    tenantId = await tenantIdOf('VT04');
  });
  afterAll(async () => {
    await Promise.all([api?.close(), klein?.close(), postgres?.close()]);
    await s3?.close();
  });

  const query = (titel = 'Rapport') => new URLSearchParams({ casusId, soort: 'RAPPORT', titel, bestandsnaam: 'rapport.pdf' });
  const upload = (app: RunningApp, token: string, body: Buffer, type = 'application/pdf', titel?: string) =>
    fetch(`${app.url}/documenten?${query(titel)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body,
    });
  /** Without Content-Length (chunked), so the limit is enforced while the body streams, not up front. */
  const uploadStreaming = (app: RunningApp, token: string, body: Buffer) =>
    fetch(`${app.url}/documenten?${query()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < body.length; i += 256 * 1024) controller.enqueue(body.subarray(i, i + 256 * 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
  const download = (app: RunningApp, token: string, id: string) =>
    fetch(`${app.url}/documenten/${id}/inhoud`, { headers: { authorization: `Bearer ${token}` } });
  const admin = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = await connectAs('admin');
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const rows = async () => Number((await admin<{ n: string }>('SELECT count(*) AS n FROM document WHERE casus_id = $1', [casusId]))[0]!.n);
  /** Objects, rows, open multipart uploads: what a refused upload must not change. */
  const stand = async () => ({ objects: await s3.keys(), rows: await rows(), openUploads: await s3.openUploads() });
  const groot = (bytes: number) => {
    const data = Buffer.alloc(bytes);
    for (let i = 0; i < bytes; i++) data[i] = (i * 31 + (i >> 11)) & 0xff;
    PDF.copy(data);
    return data;
  };

  it.each([
    ['a small one (one PUT)', PDF, 0],
    ['one over a part (multipart, two parts)', groot(6 * MB + 12345), 1],
  ])('stores %s in the bucket under the tenant, not in the database, and streams it back unchanged', async (_wat, inhoud, multipart) => {
    const multipartVoor = s3.multipartStarted;
    const response = await upload(api, zuid, inhoud);
    expect(response.status).toBe(201);
    const doc = (await response.json()) as Doc;
    const sha256 = createHash('sha256').update(inhoud).digest('hex');
    expect(doc).toMatchObject({ status: 'BESCHIKBAAR', grootte: inhoud.length, sha256 });

    expect(s3.multipartStarted).toBe(multipartVoor + multipart);
    const key = `${tenantId}/${doc.id}`;
    expect(await s3.keys()).toContain(key);
    expect(key).toMatch(new RegExp(`^${UUID}/${UUID}$`));
    expect((await s3.get(key)).equals(inhoud)).toBe(true);
    const [row] = await admin<{ opslag: string; object_sleutel: string; delen: string }>(
      'SELECT opslag, object_sleutel, (SELECT count(*) FROM document_deel WHERE document_id = d.id) AS delen FROM document d WHERE id = $1',
      [doc.id],
    );
    expect(row).toEqual({ opslag: 'OBJECT_STORE', object_sleutel: key, delen: '0' });

    const terug = await download(api, zuid, doc.id);
    expect(terug.status).toBe(200);
    expect(terug.headers.get('digest')).toBe(`sha-256=${Buffer.from(sha256, 'hex').toString('base64')}`);
    const bytes = Buffer.from(await terug.arrayBuffer());
    expect(bytes.equals(inhoud)).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
  });

  it('refuses an oversize upload while it streams (after a part was sent) and aborts the multipart upload', async () => {
    const voor = await stand();
    const abortedVoor = s3.aborted;
    const response = await uploadStreaming(klein, zuid, groot(7 * MB));
    expect(response.status).toBe(413);
    expect(((await response.json()) as Fout).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(s3.aborted).toBe(abortedVoor + 1);
    expect(await stand()).toEqual(voor);
  });

  it('refuses a type outside the allowlist, content that does not match its type and an empty body, storing nothing', async () => {
    const voor = await stand();
    const exe = await upload(api, zuid, Buffer.from('MZ\x90\x00'), 'application/x-msdownload');
    expect([exe.status, ((await exe.json()) as Fout).errors[0]!.extensions.field]).toEqual([400, 'Content-Type']);
    const vermomd = await upload(api, zuid, PNG, 'application/pdf');
    const fout = ((await vermomd.json()) as Fout).errors[0]!;
    expect([vermomd.status, fout.extensions.code, fout.extensions.field]).toEqual([400, 'VALIDATIE', 'Content-Type']);
    const leeg = await upload(api, zuid, Buffer.alloc(0));
    expect([leeg.status, ((await leeg.json()) as Fout).errors[0]!.extensions.field]).toEqual([400, 'body']);
    expect(await stand()).toEqual(voor);
  });

  it('leaves nothing behind when the client breaks off a multipart upload half-way', async () => {
    const voor = await stand();
    const abortedVoor = s3.aborted;
    const url = new URL(`${api.url}/documenten?${query('Afgebroken')}`);
    await new Promise<void>((resolve) => {
      const req = request(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${zuid}`, 'content-type': 'application/pdf', 'content-length': String(12 * MB) },
      });
      req.on('error', () => resolve());
      req.write(groot(6 * MB), () => setTimeout(() => (req.destroy(), resolve()), 500));
    });
    // The api notices the broken connection, then aborts the multipart upload.
    for (let i = 0; i < 50 && s3.aborted === abortedVoor; i++) await new Promise((r) => setTimeout(r, 100));
    expect(s3.aborted).toBe(abortedVoor + 1);
    expect(await stand()).toEqual(voor);
  });

  it('deletes the object again when the transaction fails after it was written (compensation)', async () => {
    // A real PostgreSQL failure after the object is in the bucket: completing this row is refused.
    await admin(`CREATE FUNCTION test_weiger_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.titel = 'Weiger na schrijven' AND NEW.status = 'BESCHIKBAAR' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`);
    await admin(`CREATE TRIGGER test_weiger_document BEFORE UPDATE ON document FOR EACH ROW EXECUTE FUNCTION test_weiger_document()`);
    try {
      const voor = await stand();
      const response = await upload(api, zuid, groot(6 * MB), 'application/pdf', 'Weiger na schrijven');
      expect(response.status).toBe(500);
      expect(await stand()).toEqual(voor);
    } finally {
      await admin('DROP TRIGGER test_weiger_document ON document');
      await admin('DROP FUNCTION test_weiger_document()');
    }
  });

  it.each([
    ['another team', () => noord],
    ['another region', () => vreemd],
  ])('%s cannot download: the same NIET_GEVONDEN as for an unknown document and as the PostgreSQL store', async (_wie, token) => {
    const doc = (await (await upload(api, zuid, PDF)).json()) as Doc;
    const geweigerd = await download(api, token(), doc.id);
    const onbekend = await download(api, zuid, randomUUID());
    const viaPostgres = await download(postgres, token(), doc.id);
    const body = async (r: Response) => ({ status: r.status, ...((await r.json()) as Fout) });
    const [a, b, c] = [await body(geweigerd), await body(onbekend), await body(viaPostgres)];
    expect(a.status).toBe(404);
    expect(a.errors[0]!.extensions.code).toBe('NIET_GEVONDEN');
    expect(a).toEqual(b);
    expect(a).toEqual(c);
    expect(await rows()).toBeGreaterThan(0);
  });

  it('still serves documents stored in PostgreSQL before the installation moved to the object store', async () => {
    const oud = (await (await upload(postgres, zuid, PDF)).json()) as Doc;
    expect(await s3.keys()).not.toContain(`${tenantId}/${oud.id}`);
    const terug = await download(api, zuid, oud.id);
    expect(terug.status).toBe(200);
    expect(Buffer.from(await terug.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('sweeps objects without a document row once they are older than the grace period, and nothing else', async () => {
    const doc = (await (await upload(api, zuid, PDF)).json()) as Doc;
    const wees = `${tenantId}/${randomUUID()}`;
    const vreemdeSleutel = 'backups/export.tar';
    await s3.put(wees, PDF);
    await s3.put(vreemdeSleutel, PDF);
    const sweep = api.app.get(DocumentStoreSweep);
    expect(await sweep.sweep()).toBe(0); // younger than an hour: its upload may still be running
    expect(await s3.keys()).toContain(wees);
    expect(await sweep.sweep(0)).toBe(1);
    const keys = await s3.keys();
    expect(keys).not.toContain(wees);
    expect(keys).toEqual(expect.arrayContaining([`${tenantId}/${doc.id}`, vreemdeSleutel]));
    await s3.delete(vreemdeSleutel);
    expect(await postgres.app.get(DocumentStoreSweep).sweep(0)).toBe(0); // nothing to sweep with PostgreSQL
  });

  it.each([
    ['S3_BUCKET', { S3_BUCKET: '' }],
    ['S3_REGION', { S3_REGION: '' }],
    ['S3_SECRET_ACCESS_KEY', { S3_SECRET_ACCESS_KEY: '' }],
  ])('does not start with DOCUMENT_STORE=s3 and %s missing, and names it', async (setting, zonder) => {
    await expect(startApp('api', { ...s3.env, ...zonder })).rejects.toThrow(
      new RegExp(`^Invalid configuration: ${setting} is required (with S3_ACCESS_KEY_ID )?when DOCUMENT_STORE=s3$`),
    );
  });

  it('the api process stops at start-up with one line naming the missing setting (exit 78)', () => {
    const result = spawnSync(process.execPath, ['apps/api/dist/main.js'], {
      env: { ...process.env, ...s3.env, S3_BUCKET: '', PORT: '39998' },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect([result.status, result.stderr.trim()]).toEqual([78, 'Invalid configuration: S3_BUCKET is required when DOCUMENT_STORE=s3']);
  });
});
