import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding, zetTeamRegelAan } from '../support/casework.js';
import { M, Proces } from '../support/proces.js';
import { extractText, getDocumentProxy } from 'unpdf';

/** A small but real PDF (file-type recognises it by its %PDF signature). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea73581e40000000049454e44ae426082',
  'hex',
);

interface Doc {
  id: string;
  status: string;
  sha256: string;
  grootte: number;
  versie: number;
  downloadPad: string | null;
}

/** Documents on a casus: upload and download over HTTP, the list and withdrawal over GraphQL. VT04 restricts work to teams. */
describe('documents in the dossier', () => {
  let api: RunningApp;
  let klein: RunningApp;
  let p: Proces;
  let zuid: string;
  let noord: string;
  let vreemd: string;
  let beheerder: string;
  let casusId: string;
  let meldingId: string;
  let meldingNummer: string;
  let casusNummer: string;
  let kindNaam: string;

  beforeAll(async () => {
    [api, klein] = await Promise.all([startApp('api'), startApp('api', { DOCUMENT_MAX_BYTES: String(64 * 1024) })]);
    p = new Proces(api);
    beheerder = await tokenFor({ tenant: 'VT04', roles: ['functioneel-beheerder'], user: 'beheer-04' });
    const manager = await tokenFor({ tenant: 'VT04', roles: ['teammanager'], user: 'manager-04' });
    zuid = await tokenFor({ tenant: 'VT04', roles: ['medewerker'], user: 'zuid-04', team: 'Zuid' });
    noord = await tokenFor({ tenant: 'VT04', roles: ['medewerker'], user: 'noord-04', team: 'Noord' });
    vreemd = await tokenFor({ tenant: 'VT05', roles: ['medewerker'], user: 'vreemd-05' });
    await zetTeamRegelAan(api, beheerder);
    const melding = await nieuweMelding(api, zuid);
    await p.call(manager, M.wijsToe, { input: { meldingId: melding.id, versie: melding.versie, team: 'Zuid', medewerker: 'zuid-04' } });
    casusId = melding.casus.id;
    meldingId = melding.id;
    meldingNummer = melding.nummer;
    casusNummer = melding.casus.nummer;
    kindNaam = melding.betrokkenen.find((b) => b.rol === 'KIND')!.persoon.naam;
  });
  afterAll(() => Promise.all([api.close(), klein.close()]));

  const upload = (app: RunningApp, token: string, body: Buffer, type = 'application/pdf', query: Record<string, string> = {}) =>
    fetch(
      `${app.url}/documenten?${new URLSearchParams({ casusId, soort: 'RAPPORT', titel: 'Rapport', bestandsnaam: 'rapport.pdf', ...query })}`,
      { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body },
    );
  const documenten = async (token: string) =>
    (
      await api.gql<{ casus: { documenten: Doc[] } | null }>(
        `query($id: ID!) { casus(id: $id) { documenten { id status sha256 grootte versie downloadPad } } }`,
        {
          token,
          variables: { id: casusId },
        },
      )
    ).data!.casus?.documenten ?? null;
  const inDatabase = async () => {
    const admin = await connectAs('admin');
    try {
      return Number((await admin.query('SELECT count(*) AS n FROM document WHERE casus_id = $1', [casusId])).rows[0].n);
    } finally {
      await admin.end();
    }
  };

  it('stores an upload completely (size, checksum), lists it, and streams it back unchanged with an access-log entry', async () => {
    const groot = Buffer.concat([PDF, Buffer.alloc(600 * 1024, 0x20)]); // more than two chunks of 256 KB
    const response = await upload(api, zuid, groot);
    expect(response.status).toBe(201);
    const doc = (await response.json()) as Doc;
    expect(doc).toMatchObject({ status: 'BESCHIKBAAR', grootte: groot.length, sha256: createHash('sha256').update(groot).digest('hex') });
    expect((await documenten(zuid))!.map((d) => d.id)).toContain(doc.id);

    const download = await fetch(`${api.url}${doc.downloadPad}`, { headers: { authorization: `Bearer ${zuid}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''rapport.pdf`);
    expect(Buffer.from(await download.arrayBuffer()).equals(groot)).toBe(true);

    const log = await api.gql<{
      toegangslog: { edges: { node: { actie: string; objectType: string; objectId: string; gebruikerId: string } }[] };
    }>(`query($id: ID!) { toegangslog(casusId: $id, first: 100) { edges { node { actie objectType objectId gebruikerId } } } }`, {
      token: beheerder,
      variables: { id: casusId },
    });
    expect(log.data!.toegangslog.edges.map((e) => e.node)).toContainEqual({
      actie: 'EXPORT',
      objectType: 'Document',
      objectId: doc.id,
      gebruikerId: 'zuid-04',
    });
  });

  it('refuses an oversize upload (413), a type outside the allowlist and content that does not match its type, storing nothing', async () => {
    const voor = await inDatabase();
    const teGroot = await upload(klein, zuid, Buffer.concat([PDF, Buffer.alloc(100 * 1024, 0x20)]));
    expect(teGroot.status).toBe(413);
    expect(((await teGroot.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const exe = await upload(api, zuid, Buffer.from('MZ\x90\x00'), 'application/x-msdownload');
    expect(exe.status).toBe(400);
    const vermomd = await upload(api, zuid, PNG, 'application/pdf');
    const fout = (await vermomd.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect([vermomd.status, fout.errors[0]!.extensions.code, fout.errors[0]!.extensions.field]).toEqual([400, 'VALIDATIE', 'Content-Type']);
    expect(await inDatabase()).toBe(voor);
  });

  it('leaves nothing behind when the client breaks off an upload half-way', async () => {
    const voor = await inDatabase();
    const url = new URL(
      `${api.url}/documenten?${new URLSearchParams({ casusId, soort: 'RAPPORT', titel: 'Afgebroken', bestandsnaam: 'a.pdf' })}`,
    );
    await new Promise<void>((resolve) => {
      const req = request(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${zuid}`, 'content-type': 'application/pdf', 'content-length': String(2 * 1024 * 1024) },
      });
      req.on('error', () => resolve());
      req.write(Buffer.concat([PDF, Buffer.alloc(700 * 1024, 0x20)]), () => setTimeout(() => (req.destroy(), resolve()), 300));
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(await inDatabase()).toBe(voor);
  });

  it('withdraws a document with optimistic locking; a withdrawn one is listed but not downloadable', async () => {
    const doc = (await (await upload(api, zuid, PDF)).json()) as Doc;
    const TREK = `mutation($input: TrekDocumentInInput!) { trekDocumentIn(input: $input) { status versie downloadPad } }`;
    const oud = await api.gql(TREK, {
      token: zuid,
      variables: { input: { documentId: doc.id, versie: doc.versie + 1, reden: 'Verkeerd dossier' } },
    });
    expect(errorCode(oud)).toBe('VERSIE_CONFLICT');
    const ok = await api.gql<{ trekDocumentIn: { status: string; downloadPad: string | null } }>(TREK, {
      token: zuid,
      variables: { input: { documentId: doc.id, versie: doc.versie, reden: 'Verkeerd dossier' } },
    });
    expect(ok.data!.trekDocumentIn).toMatchObject({ status: 'INGETROKKEN', downloadPad: null });
    const download = await fetch(`${api.url}/documenten/${doc.id}/inhoud`, { headers: { authorization: `Bearer ${zuid}` } });
    expect(download.status).toBe(404);
  });

  it.each([
    ['another team', () => noord],
    ['another region', () => vreemd],
  ])('%s can neither upload to, list, download nor withdraw the documents of this casus', async (_wie, token) => {
    const doc = (await (await upload(api, zuid, PDF)).json()) as Doc;
    const voor = await inDatabase();
    const geweigerd = await upload(api, token(), PDF);
    expect(geweigerd.status).toBe(404);
    expect(await inDatabase()).toBe(voor);
    expect(await documenten(token())).toBeNull();
    expect((await fetch(`${api.url}/documenten/${doc.id}/inhoud`, { headers: { authorization: `Bearer ${token()}` } })).status).toBe(404);
    const trek = await api.gql(`mutation($input: TrekDocumentInInput!) { trekDocumentIn(input: $input) { status } }`, {
      token: token(),
      variables: { input: { documentId: doc.id, versie: doc.versie, reden: 'x' } },
    });
    expect(errorCode(trek)).toBe('NIET_GEVONDEN');
    expect((await documenten(zuid))!.find((d) => d.id === doc.id)!.status).toBe('BESCHIKBAAR');
  });

  describe('letters', () => {
    const MAAK = `mutation($input: MaakBriefInput!) { maakBrief(input: $input) { id soort titel bestandsnaam downloadPad } }`;
    const tekstVan = async (token: string, input: Record<string, unknown>) => {
      const res = await api.gql<{ maakBrief: { soort: string; downloadPad: string } }>(MAAK, { token, variables: { input } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.maakBrief.soort).toBe('BRIEF');
      const pdf = await fetch(`${api.url}${res.data!.maakBrief.downloadPad}`, { headers: { authorization: `Bearer ${token}` } });
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true });
      return text.replace(/\s+/g, ' ');
    };
    const zetAnoniem = async (anoniem: boolean) => {
      const admin = await connectAs('admin');
      try {
        await admin.query('UPDATE melding SET melder_anoniem = $2 WHERE id = $1', [meldingId, anoniem]);
      } finally {
        await admin.end();
      }
    };

    it('renders a letter to PDF from the dossier and never names an anonymous melder to the family', async () => {
      await zetAnoniem(true);
      const gezin = await tekstVan(zuid, { meldingId, soort: 'INFORMEREN_BETROKKENEN', aan: 'De ouders' });
      expect(gezin).toContain(meldingNummer);
      expect(gezin).toContain(kindNaam);
      expect(gezin).toContain('De ouders');
      expect(gezin).toContain('een melder die anoniem wil blijven');
      expect(gezin).not.toContain('Fictieve Leerkracht');
      // The melder's own letter does address them.
      expect(await tekstVan(zuid, { meldingId, soort: 'TERUGKOPPELING_MELDER' })).toContain('Geachte Fictieve Leerkracht');
      await zetAnoniem(false);
      expect(await tekstVan(zuid, { meldingId, soort: 'INFORMEREN_BETROKKENEN', aan: 'De ouders' })).toContain('Fictieve Leerkracht');
    });

    it("uses the region's own template; an unknown placeholder is refused and another region keeps the built-in text", async () => {
      const SJABLONEN = `{ briefsjablonen { soort tekst standaard versie } }`;
      type Sjablonen = { briefsjablonen: { soort: string; tekst: string; standaard: boolean; versie: number }[] };
      const huidig = (await api.gql<Sjablonen>(SJABLONEN, { token: beheerder })).data!.briefsjablonen.find(
        (s) => s.soort === 'BEVESTIGING_OVERDRACHT',
      )!;
      const LEG = `mutation($input: LegBriefsjabloonVastInput!) { legBriefsjabloonVast(input: $input) { standaard versie } }`;
      const fout = await api.gql(LEG, {
        token: beheerder,
        variables: { input: { soort: 'BEVESTIGING_OVERDRACHT', titel: 'Overdracht', tekst: 'Beste {{partner}}', versie: huidig.versie } },
      });
      expect([errorCode(fout), fout.errors![0]!.extensions!.field]).toEqual(['VALIDATIE', 'tekst']);
      const ok = await api.gql(LEG, {
        token: beheerder,
        variables: {
          input: {
            soort: 'BEVESTIGING_OVERDRACHT',
            titel: 'Overdracht {{casus.nummer}}',
            tekst: 'Eigen tekst Noord-VT04 voor {{aan}}: casus {{casus.nummer}}.',
            versie: huidig.versie,
          },
        },
      });
      expect(ok.errors).toBeUndefined();
      const brief = await tekstVan(zuid, { meldingId, soort: 'BEVESTIGING_OVERDRACHT', aan: 'Lokaal team' });
      expect(brief).toContain(`Eigen tekst Noord-VT04 voor Lokaal team: casus ${casusNummer}.`);
      const elders = (await api.gql<Sjablonen>(SJABLONEN, { token: vreemd })).data!.briefsjablonen.find(
        (s) => s.soort === 'BEVESTIGING_OVERDRACHT',
      )!;
      expect(elders.standaard).toBe(true);
    });

    it.each([
      ['another team', () => noord],
      ['another region', () => vreemd],
    ])('%s cannot write a letter from this melding', async (_wie, token) => {
      const voor = await inDatabase();
      const res = await api.gql(MAAK, { token: token(), variables: { input: { meldingId, soort: 'TERUGKOPPELING_MELDER' } } });
      expect(errorCode(res)).toBe('NIET_GEVONDEN');
      expect(await inDatabase()).toBe(voor);
    });
  });
});
