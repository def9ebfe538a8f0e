import { randomInt, randomUUID } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding, persoon, zetTeamRegelAan, type MeldingResult } from '../support/casework.js';
import { M, Proces } from '../support/proces.js';

/** A valid BSN (elfproef) drawn at random, so no other spec's person in the region matches it. */
function randomBsn(): string {
  for (;;) {
    const base = String(randomInt(10_000_000, 99_999_999));
    const last = [...base].map(Number).reduce((t, d, i) => t + d * (9 - i), 0) % 11;
    if (last < 10) return `${base}${last}`;
  }
}

const MAAK = `mutation($id: ID!) { maakInzageAfschrift(persoonId: $id) {
  documentId jsonDocumentId casusId json aantalMeldingen aantalCasussen aantalJournaalregels aantalDocumenten aantalWijzigingen } }`;

const AFSCHERMING = `mutation($input: LegMelderAfschermingVastInput!) { legMelderAfschermingVast(input: $input) { versie } }`;

interface Afschrift {
  documentId: string;
  jsonDocumentId: string;
  casusId: string;
  json: string;
  aantalMeldingen: number;
  aantalCasussen: number;
  aantalJournaalregels: number;
  aantalDocumenten: number;
  aantalWijzigingen: number;
}

/** Inzage and afschrift per person (issue 16, point 2): VT06 for the content, VT19 for the team rule. */
describe('inzage and afschrift per person', () => {
  let api: RunningApp;
  let mw: string;
  let beheerder: string;
  let vreemd: string;
  let melding: MeldingResult;
  let kind: { id: string; naam: string; bsn: string };
  let ouder: { naam: string; bsn: string };
  const melder = `Anonieme Melder ${randomUUID().slice(0, 6)}`;
  const melderTelefoon = `06-${randomInt(10_000_000, 99_999_999)}`;

  beforeAll(async () => {
    api = await startApp('api');
    mw = await tokenFor({ tenant: 'VT06', roles: ['medewerker'], user: 'inzage-mw-06' });
    beheerder = await tokenFor({ tenant: 'VT06', roles: ['functioneel-beheerder'], user: 'inzage-fb-06' });
    vreemd = await tokenFor({ tenant: 'VT05', roles: ['medewerker'], user: 'inzage-vreemd-05' });
    const k = persoon('KIND', { bsn: randomBsn(), geboortedatum: '2016-03-14' });
    const o = persoon('OUDER_VERZORGER', { bsn: randomBsn(), geboortedatum: '1984-11-02' });
    melding = await nieuweMelding(api, mw, {
      melder: { naam: melder, functie: 'buurvrouw', organisatie: 'NIET_BEROEPSMATIG', telefoon: melderTelefoon },
      melderAnoniem: true,
      betrokkenen: [k, o],
      afwegingskader: undefined,
    });
    // The summary is added in verrijking (a correction with history): it names the melder and the parent.
    const samenvatting = await api.gql(`mutation($input: WijzigMeldingInput!) { wijzigMelding(input: $input) { versie } }`, {
      token: mw,
      variables: {
        input: {
          meldingId: melding.id,
          versie: melding.versie,
          samenvatting: `${melder} zag dat ${o.naam as string} het kind ${k.naam as string} sloeg.`,
          reden: 'Verrijking',
        },
      },
    });
    expect(samenvatting.errors).toBeUndefined();
    const b = (rol: string) => melding.betrokkenen.find((x) => x.rol === rol)!.persoon;
    kind = { id: b('KIND').id, naam: b('KIND').naam, bsn: k.bsn as string };
    ouder = { naam: b('OUDER_VERZORGER').naam, bsn: o.bsn as string };

    const journaal = await api.gql(`mutation($input: RegistreerJournaalregelInput!) { registreerJournaalregel(input: $input) { id } }`, {
      token: mw,
      variables: {
        input: {
          casusId: melding.casus.id,
          meldingId: melding.id,
          soort: 'KINDGESPREK',
          contactOp: new Date(Date.now() - 3_600_000).toISOString(),
          tekst: `Gesprek met ${kind.naam}. Volgens het kind is ${ouder.naam} (BSN ${ouder.bsn}) vaak boos.`,
          betrokkenen: [kind.id],
        },
      },
    });
    expect(journaal.errors).toBeUndefined();
    const persoonVersie = await api.gql<{ wijzigPersoon: { versie: number } }>(
      `mutation($input: WijzigPersoonInput!) { wijzigPersoon(input: $input) { versie } }`,
      { token: mw, variables: { input: { persoonId: kind.id, versie: 1, woonplaats: 'Inzagedorp', reden: 'Verhuisd volgens school' } } },
    );
    expect(persoonVersie.errors).toBeUndefined();
  });
  afterAll(() => api.close());

  const maak = (token: string, id: string) => api.gql<{ maakInzageAfschrift: Afschrift }>(MAAK, { token, variables: { id } });
  const pdfTekst = async (token: string, documentId: string) => {
    const res = await fetch(`${api.url}/documenten/${documentId}/inhoud`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), { mergePages: true });
    return text.replace(/\s+/g, ' ');
  };
  const inzageDocumenten = async () => {
    const admin = await connectAs('admin');
    try {
      return Number(
        (await admin.query(`SELECT count(*) AS n FROM document WHERE soort = 'INZAGE' AND casus_id = $1`, [melding.casus.id])).rows[0].n,
      );
    } finally {
      await admin.end();
    }
  };

  it("contains the person's own data and nobody else's: other betrokkenen as a role, the anonymous melder not at all", async () => {
    const res = await maak(mw, kind.id);
    expect(res.errors).toBeUndefined();
    const a = res.data!.maakInzageAfschrift;
    expect(a).toMatchObject({ casusId: melding.casus.id, aantalMeldingen: 1, aantalCasussen: 1, aantalJournaalregels: 1 });
    expect(a.aantalWijzigingen).toBeGreaterThanOrEqual(1);

    const pdf = await pdfTekst(mw, a.documentId);
    for (const eigen of [kind.naam, kind.bsn, '2016-03-14', 'Inzagedorp', melding.nummer, 'Verhuisd volgens school'])
      expect(pdf).toContain(eigen);
    expect(pdf).toContain('[ouder/verzorger]');
    for (const ander of [ouder.naam, ouder.bsn, '1984-11-02', melder, melderTelefoon]) expect(pdf).not.toContain(ander);

    const json = JSON.parse(a.json) as {
      persoon: { naam: string; bsn: string };
      meldingen: { eigenRol: string; melder: unknown; melderAfgeschermd: boolean; andereBetrokkenen: string[]; samenvatting: string }[];
      journaal: { tekst: string }[];
    };
    expect(json.persoon).toMatchObject({ naam: kind.naam, bsn: kind.bsn });
    expect(json.meldingen[0]).toMatchObject({
      eigenRol: 'KIND',
      melder: null,
      melderAfgeschermd: true,
      andereBetrokkenen: ['[ouder/verzorger]'],
    });
    expect(json.meldingen[0]!.samenvatting).toBe(`[melder] zag dat [ouder/verzorger] het kind ${kind.naam} sloeg.`);
    expect(json.journaal[0]!.tekst).toBe(
      `Gesprek met ${kind.naam}. Volgens het kind is [ouder/verzorger] (BSN [ouder/verzorger]) vaak boos.`,
    );
    for (const ander of [ouder.naam, ouder.bsn, '1984-11-02', melder, melderTelefoon]) expect(a.json).not.toContain(ander);

    // The JSON document holds the same bytes.
    const jsonDoc = await fetch(`${api.url}/documenten/${a.jsonDocumentId}/inhoud`, { headers: { authorization: `Bearer ${mw}` } });
    expect(await jsonDoc.text()).toBe(a.json);
  });

  it('is an EXPORT in the access log and stored as INZAGE documents on the casus', async () => {
    const voor = await inzageDocumenten();
    const a = (await maak(mw, kind.id)).data!.maakInzageAfschrift;
    expect(await inzageDocumenten()).toBe(voor + 2);
    // The earlier inzage is listed among the documents that concern the person (title, kind, date only).
    expect(a.aantalDocumenten).toBeGreaterThanOrEqual(2);
    const docs = await api.gql<{ casus: { documenten: { id: string; soort: string }[] } }>(
      `query($id: ID!) { casus(id: $id) { documenten { id soort } } }`,
      { token: mw, variables: { id: melding.casus.id } },
    );
    expect(docs.data!.casus.documenten).toEqual(
      expect.arrayContaining([
        { id: a.documentId, soort: 'INZAGE' },
        { id: a.jsonDocumentId, soort: 'INZAGE' },
      ]),
    );
    const admin = await connectAs('admin');
    try {
      const log = await admin.query(
        `SELECT gebruiker_id, object_type, casus_id FROM toegangslog WHERE actie = 'EXPORT' AND persoon_id = $1 ORDER BY id`,
        [kind.id],
      );
      expect(log.rows.length).toBeGreaterThanOrEqual(2);
      expect(log.rows.at(-1)).toMatchObject({ gebruiker_id: 'inzage-mw-06', object_type: 'Persoon', casus_id: melding.casus.id });
    } finally {
      await admin.end();
    }
  });

  it('leaves out a melder whose disclosure would endanger someone (a recorded decision, in the history)', async () => {
    const zichtbaar = `Zichtbare Melder ${randomUUID().slice(0, 6)}`;
    const tweede = await nieuweMelding(api, mw, {
      melder: { naam: zichtbaar, functie: 'leerkracht', organisatie: 'ONDERWIJS', email: 'melder@school.example' },
      betrokkenen: [persoon('KIND', { bsn: randomBsn() }), persoon('OUDER_VERZORGER')],
    });
    const kindId = tweede.betrokkenen.find((b) => b.rol === 'KIND')!.persoon.id;
    const eerst = (await maak(mw, kindId)).data!.maakInzageAfschrift;
    expect(eerst.json).toContain(zichtbaar);

    const besluit = await api.gql<{ legMelderAfschermingVast: { versie: number } }>(
      `mutation($input: LegMelderAfschermingVastInput!) { legMelderAfschermingVast(input: $input) { versie } }`,
      { token: mw, variables: { input: { meldingId: tweede.id, versie: tweede.versie, afgeschermd: true, reden: 'Melder loopt gevaar' } } },
    );
    expect(besluit.errors).toBeUndefined();
    const oud = await api.gql(`mutation($input: LegMelderAfschermingVastInput!) { legMelderAfschermingVast(input: $input) { versie } }`, {
      token: mw,
      variables: { input: { meldingId: tweede.id, versie: tweede.versie, afgeschermd: false, reden: 'x' } },
    });
    expect(errorCode(oud)).toBe('VERSIE_CONFLICT');

    const daarna = (await maak(mw, kindId)).data!.maakInzageAfschrift;
    expect(daarna.json).not.toContain(zichtbaar);
    expect((await pdfTekst(mw, daarna.documentId)).includes(zichtbaar)).toBe(false);
    const json = JSON.parse(daarna.json) as {
      meldingen: { melderAfgeschermd: boolean }[];
      wijzigingen: { veld: string; nieuw: unknown }[];
    };
    expect(json.meldingen[0]!.melderAfgeschermd).toBe(true);
    expect(json.wijzigingen).toEqual(expect.arrayContaining([expect.objectContaining({ veld: 'melderAfgeschermd', nieuw: true })]));
  });

  it("the functioneel-beheerder may make one (the person's BSN under the field rule); another region sees the person as unknown", async () => {
    const fb = await maak(beheerder, kind.id);
    expect(fb.errors).toBeUndefined();
    expect(JSON.parse(fb.data!.maakInzageAfschrift.json).persoon).toMatchObject({ naam: kind.naam, bsn: null });

    const voor = await inzageDocumenten();
    for (const id of [kind.id, 'geen-id']) expect(errorCode(await maak(vreemd, id))).toBe('NIET_GEVONDEN');
    const afscherming = await api.gql(AFSCHERMING, {
      token: vreemd,
      variables: { input: { meldingId: melding.id, versie: 2, afgeschermd: true, reden: 'x' } },
    });
    expect(errorCode(afscherming)).toBe('NIET_GEVONDEN');
    expect(await inzageDocumenten()).toBe(voor);
  });
});

/** VT19 restricts work to teams: a person of another team's casus is unknown to you. */
describe('inzage under the team rule', () => {
  let api: RunningApp;
  afterAll(() => api.close());

  it("another team's person is NIET_GEVONDEN; your own team's is exported", async () => {
    api = await startApp('api');
    const p = new Proces(api);
    const beheerder = await tokenFor({ tenant: 'VT19', roles: ['functioneel-beheerder'], user: 'inzage-fb-19' });
    const manager = await tokenFor({ tenant: 'VT19', roles: ['teammanager'], user: 'inzage-manager-19' });
    const zuid = await tokenFor({ tenant: 'VT19', roles: ['medewerker'], user: 'inzage-zuid-19', team: 'Zuid' });
    const noord = await tokenFor({ tenant: 'VT19', roles: ['medewerker'], user: 'inzage-noord-19', team: 'Noord' });
    await zetTeamRegelAan(api, beheerder);
    const melding = await nieuweMelding(api, zuid, { betrokkenen: [persoon('KIND', { bsn: randomBsn() }), persoon('OUDER_VERZORGER')] });
    await p.call(manager, M.wijsToe, {
      input: { meldingId: melding.id, versie: melding.versie, team: 'Zuid', medewerker: 'inzage-zuid-19' },
    });
    const kindId = melding.betrokkenen.find((b) => b.rol === 'KIND')!.persoon.id;

    const geweigerd = await api.gql(MAAK, { token: noord, variables: { id: kindId } });
    expect(errorCode(geweigerd)).toBe('NIET_GEVONDEN');
    const afscherming = await api.gql(AFSCHERMING, {
      token: noord,
      variables: { input: { meldingId: melding.id, versie: 2, afgeschermd: true, reden: 'x' } },
    });
    expect(errorCode(afscherming)).toBe('NIET_GEVONDEN');
    const ok = await api.gql<{ maakInzageAfschrift: Afschrift }>(MAAK, { token: zuid, variables: { id: kindId } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.maakInzageAfschrift.aantalMeldingen).toBe(1);
  });
});
