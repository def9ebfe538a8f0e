import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { redisConnectionOptions } from '@vt/platform';
import { requireEnv } from '../support/env.js';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, inTenant, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { nieuweMelding, persoon, uniqueBsn, zetTeamRegelAan } from '../support/casework.js';
import { M, Proces } from '../support/proces.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Vernietiging {
  id: string;
  soort: string;
  aanleiding: string;
  verzoekId: string | null;
  persoonId: string | null;
  casusId: string | null;
  aantallen: { onderdeel: string; aantal: number }[];
  behouden: { onderdeel: string; aantal: number | null; reden: string }[];
}
const V_VELDEN = 'id soort aanleiding verzoekId persoonId casusId aantallen { onderdeel aantal } behouden { onderdeel aantal reden }';
const Q = {
  registreer: `mutation($input: RegistreerVerzoekInput!) { registreerVerzoek(input: $input) { id versie } }`,
  beslis: `mutation($input: BeslisVerzoekInput!) { beslisVerzoek(input: $input) { id status } }`,
  vernietig: `mutation($input: VernietigPersoonsgegevensInput!) { vernietigPersoonsgegevens(input: $input) { ${V_VELDEN} } }`,
  vernietigingen: `{ vernietigingen(first: 20) { totalCount edges { node { ${V_VELDEN} } } } }`,
  journaal: `mutation($input: RegistreerJournaalregelInput!) { registreerJournaalregel(input: $input) { id } }`,
  wijzigPersoon: `mutation($input: WijzigPersoonInput!) { wijzigPersoon(input: $input) { id versie } }`,
  inzage: `mutation($id: ID!) { maakInzageAfschrift(persoonId: $id) { documentId } }`,
  inzageVoor: `mutation($id: ID!, $verzoekId: ID) { maakInzageAfschrift(persoonId: $id, verzoekId: $verzoekId) { documentId jsonDocumentId } }`,
  verzoekDocumenten: `query($persoonId: ID) { verzoeken(persoonId: $persoonId, first: 10) { edges { node { id documentIds } } } }`,
  casus: `query($id: ID!) { casus(id: $id) { id status versie vernietigdOp bewaarplichtReden meldingen { id } } }`,
  bewaarplicht: `mutation($input: ZetBewaarplichtInput!) { zetBewaarplicht(input: $input) { id versie bewaarplichtReden } }`,
  voorstel: `{ bewaartermijnVoorstel(first: 100) { bewaartermijnJaren geslotenVoor aantalCasussen casussen { casusId nummer }
    aantalOnderBewaarplicht toegangslogBewaartermijnJaren aantalToegangslogRegels } }`,
  start: `mutation { voerBewaartermijnUit { id proefdraai } }`,
  job: `query($id: ID!) { job(queue: BEWAARTERMIJN, id: $id) { status laatsteFout } }`,
  instellingen: `{ instellingen { version bewaartermijnModus } }`,
  zetModus: `mutation($v: Int!, $modus: BewaartermijnModus!) { wijzigInstellingen(input: {
    mdToetsingVerplicht: false, werkBeperktTotTeam: false, bewaartermijnModus: $modus, versie: $v }) { version } }`,
};

/** Every tenant table of the public schema (those with a tenant_id column). */
async function tenantTabellen(admin: pg.Client): Promise<string[]> {
  const { rows } = await admin.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY 1`,
  );
  return rows.map((r) => r.t);
}

/** Per table, how many rows of the region contain one of the values anywhere in their text form. */
async function vindplaatsen(admin: pg.Client, tenant: string, waarden: string[]): Promise<Record<string, number>> {
  const gevonden: Record<string, number> = {};
  for (const tabel of await tenantTabellen(admin)) {
    const n = await inTenant(admin, tenant, async () => {
      const { rows } = await admin.query<{ n: string }>(
        `SELECT count(*) AS n FROM public.${tabel} t WHERE tenant_id = $1 AND EXISTS (SELECT 1 FROM unnest($2::text[]) w WHERE strpos(lower(t::text), lower(w)) > 0)`,
        [tenant, waarden],
      );
      return Number(rows[0].n);
    });
    if (n > 0) gevonden[tabel] = n;
  }
  return gevonden;
}

/**
 * Vernietiging (issue 16, points 4 and 5) in VT22: a person's data on a granted request, with
 * what the family dossier keeps recorded; the retention job's dry run, legal hold, destruction of
 * a whole casus and the access-log purge. After each destruction every tenant table is searched
 * for the destroyed names, BSN, birth date and contact details.
 */
describe('vernietiging', () => {
  let api: RunningApp;
  let worker: RunningApp;
  let admin: pg.Client;
  let p: Proces;
  let tenant: string;
  let mw: string;
  let privacy: string;
  let beheerder: string;
  const env = () => ({ QUEUE_PREFIX: `${requireEnv('QUEUE_PREFIX')}-vernietiging` });

  beforeAll(async () => {
    [api, worker, admin] = await Promise.all([startApp('api', env()), startApp('worker', env()), connectAs('admin')]);
    p = new Proces(api);
    tenant = await tenantIdOf('VT22');
    mw = await tokenFor({ tenant: 'VT22', roles: ['medewerker'], user: 'vn-mw' });
    privacy = await tokenFor({ tenant: 'VT22', roles: ['privacyfunctionaris'], user: 'vn-privacy' });
    beheerder = await tokenFor({ tenant: 'VT22', roles: ['functioneel-beheerder'], user: 'vn-beheer' });
  }, 60_000);
  afterAll(async () => {
    await zetModus('PROEFDRAAI').catch(() => undefined);
    await Promise.all([api.close(), worker.close(), admin.end()]);
  });

  async function zetModus(modus: 'PROEFDRAAI' | 'UITVOEREN'): Promise<void> {
    for (let poging = 0; poging < 5; poging++) {
      const { version } = await p.call<{ version: number }>(beheerder, Q.instellingen, {});
      if ((await p.code(beheerder, Q.zetModus, { v: version, modus })) === undefined) return;
    }
    throw new Error('could not change bewaartermijnModus');
  }

  /** A family: X (the person who asks) with a known BSN, birth date and contact details, Y, and a child. */
  async function gezin() {
    const x = { naam: `Xandra Wisproef ${randomUUID().slice(0, 6)}`, bsn: uniqueBsn(), geboortedatum: '1983-11-23' };
    const y = persoon('OUDER_VERZORGER');
    const kind = persoon('KIND');
    const melding = await nieuweMelding(api, mw, {
      betrokkenen: [kind, { ...x, rol: 'OUDER_VERZORGER' }, y],
    });
    // The response lists betrokkenen in its own order: find each by name.
    const id = (naam: unknown) => melding.betrokkenen.find((b) => b.persoon.naam === naam)!.persoon.id;
    const email = `x.${randomUUID().slice(0, 6)}@voorbeeld.example`;
    await p.call(mw, Q.wijzigPersoon, {
      input: { persoonId: id(x.naam), versie: 1, email, telefoon: '06-55501234', reden: 'Gegevens aangevuld' },
    });
    const namen = { xNaam: x.naam, yNaam: y.naam as string, kindNaam: kind.naam as string };
    return { melding, kind: id(kind.naam), x: id(x.naam), y: id(y.naam), ...namen, bsn: x.bsn, email };
  }

  const persoonRij = async (id: string) =>
    (await admin.query(`SELECT naam, bsn, geboortedatum::text, email FROM persoon WHERE id = $1`, [id])).rows[0] as Record<string, unknown>;

  const journaal = (casusId: string, betrokkenen: string[], tekst: string) =>
    p.call<{ id: string }>(mw, Q.journaal, {
      input: { casusId, betrokkenen, soort: 'HUISBEZOEK', contactOp: '2026-03-02T10:00:00Z', tekst },
    });

  async function toegewezenVerzoek(persoonId: string, naam: string, soort = 'VERNIETIGING', beslissing = 'TOEGEWEZEN') {
    const v = await p.call<{ id: string; versie: number }>(privacy, Q.registreer, {
      input: { soort, persoonId, verzoekerNaam: naam, verzoekerRelatie: 'BETROKKENE_ZELF', ontvangenOp: '2026-03-03' },
    });
    await p.call(privacy, Q.beslis, {
      input: {
        verzoekId: v.id,
        versie: v.versie,
        beslissing,
        gronden: beslissing === 'TOEGEWEZEN' ? null : 'Nodig voor de veiligheid van het kind',
      },
    });
    return v.id;
  }

  it("destroys one person's data on a granted request, keeps what the family dossier needs, and leaves none of it readable", async () => {
    const g = await gezin();
    const casusId = g.melding.casus.id;
    await journaal(casusId, [g.x], `Gesprek met ${g.xNaam} (BSN ${g.bsn}) over de situatie thuis`);
    const gedeeld = await journaal(casusId, [g.x, g.y], `Gezinsgesprek met ${g.xNaam} en ${g.yNaam}; mail naar ${g.email}`);
    await p.call(privacy, Q.inzage, { id: g.x });
    const verzoekId = await toegewezenVerzoek(g.x, g.xNaam);
    const logVoor = Number((await admin.query(`SELECT count(*) AS n FROM toegangslog WHERE persoon_id = $1`, [g.x])).rows[0].n);
    expect(logVoor).toBeGreaterThan(0);
    expect(Object.keys(await vindplaatsen(admin, tenant, [g.xNaam, g.bsn, g.email]))).toEqual(
      expect.arrayContaining(['persoon', 'journaalregel', 'wijziging', 'verzoek']),
    );

    const v = await p.call<Vernietiging>(privacy, Q.vernietig, { input: { verzoekId } });
    const aantal = (onderdeel: string) => v.aantallen.find((a) => a.onderdeel === onderdeel)?.aantal;
    expect(v).toMatchObject({ soort: 'PERSOON', aanleiding: 'VERZOEK', verzoekId, persoonId: g.x, casusId: null });
    expect(aantal('journaalregel')).toBe(1); // the entry about X alone
    expect(aantal('document')).toBe(2); // the inzage PDF and JSON
    expect(aantal('wijziging')).toBeGreaterThanOrEqual(2); // email and telefoon
    expect(aantal('kennisgeving')).toBe(1); // the notice to X as a directbetrokkene
    expect(v.behouden.map((b) => b.onderdeel).sort()).toEqual(['BETROKKENHEID', 'JOURNAAL', 'TOEGANGSLOG']);
    expect(v.behouden.find((b) => b.onderdeel === 'JOURNAAL')!.aantal).toBe(1);

    // Nothing about X is readable in any table of the region any more (birth date in both notations).
    expect(await vindplaatsen(admin, tenant, [g.xNaam, g.bsn, g.email, '06-55501234', '1983-11-23', '23-11-1983'])).toEqual({});
    // The shared entry stays, with Y's name and X's made unreadable; X's role in the family stays without data.
    const tekst = (await admin.query(`SELECT tekst FROM journaalregel WHERE id = $1`, [gedeeld.id])).rows[0].tekst as string;
    expect(tekst).toBe(`Gezinsgesprek met [vernietigd] en ${g.yNaam}; mail naar [vernietigd]`);
    expect(await persoonRij(g.x)).toEqual({ naam: 'Betrokkene (gegevens vernietigd)', bsn: null, geboortedatum: null, email: null });
    expect(await persoonRij(g.y)).toMatchObject({ naam: g.yNaam });
    // The access log keeps its entries (ids only) and gains the DELETE.
    const log = await admin.query(`SELECT actie FROM toegangslog WHERE persoon_id = $1`, [g.x]);
    expect(log.rows.length).toBeGreaterThan(logVoor);
    expect(log.rows.map((r) => r.actie)).toContain('DELETE');

    // A retry carries nothing out twice: the same record.
    expect((await p.call<Vernietiging>(privacy, Q.vernietig, { input: { verzoekId } })).id).toBe(v.id);
    expect(Number((await admin.query(`SELECT count(*) AS n FROM vernietiging WHERE verzoek_id = $1`, [verzoekId])).rows[0].n)).toBe(1);
    const lijst = await p.call<{ edges: { node: Vernietiging }[] }>(beheerder, Q.vernietigingen, {});
    expect(lijst.edges.map((e) => e.node.id)).toContain(v.id);
  });

  it('files an inzage with the request it was made for, and only with an inzage or afschrift request of that person', async () => {
    const g = await gezin();
    const v = await p.call<{ id: string }>(privacy, Q.registreer, {
      input: { soort: 'AFSCHRIFT', persoonId: g.x, verzoekerNaam: 'X', verzoekerRelatie: 'BETROKKENE_ZELF', ontvangenOp: '2026-03-03' },
    });
    const vanY = await p.call<{ id: string }>(privacy, Q.registreer, {
      input: { soort: 'INZAGE', persoonId: g.y, verzoekerNaam: 'Y', verzoekerRelatie: 'BETROKKENE_ZELF', ontvangenOp: '2026-03-03' },
    });
    const correctie = await p.call<{ id: string }>(privacy, Q.registreer, {
      input: { soort: 'CORRECTIE', persoonId: g.x, verzoekerNaam: 'X', verzoekerRelatie: 'BETROKKENE_ZELF', ontvangenOp: '2026-03-03' },
    });
    const inzage = await p.call<{ documentId: string; jsonDocumentId: string }>(privacy, Q.inzageVoor, { id: g.x, verzoekId: v.id });
    const dossier = await p.call<{ edges: { node: { id: string; documentIds: string[] } }[] }>(privacy, Q.verzoekDocumenten, {
      persoonId: g.x,
    });
    expect(dossier.edges.find((e) => e.node.id === v.id)!.node.documentIds.sort()).toEqual(
      [inzage.documentId, inzage.jsonDocumentId].sort(),
    );
    expect(dossier.edges.find((e) => e.node.id === correctie.id)!.node.documentIds).toEqual([]);
    for (const verzoekId of [vanY.id, correctie.id, UNKNOWN, 'geen-id'])
      expect(await p.code(privacy, Q.inzageVoor, { id: g.x, verzoekId })).toBe('VALIDATIE');
  });

  it('carries out only a granted VERNIETIGING, for the own region and team, and only for the privacy roles', async () => {
    const g = await gezin();
    const inzage = await toegewezenVerzoek(g.x, g.xNaam, 'INZAGE');
    const afgewezen = await toegewezenVerzoek(g.y, g.yNaam, 'VERNIETIGING', 'AFGEWEZEN');
    const open = await p.call<{ id: string }>(privacy, Q.registreer, {
      input: { soort: 'VERNIETIGING', persoonId: g.x, verzoekerNaam: 'X', verzoekerRelatie: 'BETROKKENE_ZELF', ontvangenOp: '2026-03-03' },
    });
    const goed = await toegewezenVerzoek(g.kind, 'Ouder', 'VERNIETIGING', 'DEELS');
    expect(await p.code(privacy, Q.vernietig, { input: { verzoekId: inzage } })).toBe('ONGELDIGE_OVERGANG');
    expect(await p.code(privacy, Q.vernietig, { input: { verzoekId: afgewezen } })).toBe('ONGELDIGE_OVERGANG');
    expect(await p.code(privacy, Q.vernietig, { input: { verzoekId: open.id } })).toBe('ONGELDIGE_OVERGANG');
    expect(await p.code(privacy, Q.vernietig, { input: { verzoekId: UNKNOWN } })).toBe('NIET_GEVONDEN');
    expect(await p.code(privacy, Q.vernietig, { input: { verzoekId: 'geen-id' } })).toBe('NIET_GEVONDEN');
    expect(await p.code(mw, Q.vernietig, { input: { verzoekId: goed } })).toBe('FORBIDDEN');
    const ander = await tokenFor({ tenant: 'VT05', roles: ['privacyfunctionaris', 'functioneel-beheerder'], user: 'vn-ander' });
    expect(await p.code(ander, Q.vernietig, { input: { verzoekId: goed } })).toBe('NIET_GEVONDEN');
    expect(
      (await p.call<{ edges: { node: Vernietiging }[] }>(ander, Q.vernietigingen, {})).edges.map((e) => e.node.verzoekId),
    ).not.toContain(goed);
    // None of the refusals changed anything.
    expect(await persoonRij(g.x)).toMatchObject({ naam: g.xNaam });
    expect(await persoonRij(g.kind)).toMatchObject({ naam: g.kindNaam });
    expect((await p.call<Vernietiging>(privacy, Q.vernietig, { input: { verzoekId: goed } })).persoonId).toBe(g.kind);
  });

  it("keeps another team's person out of reach under the team rule (VT19)", async () => {
    const beheer19 = await tokenFor({ tenant: 'VT19', roles: ['functioneel-beheerder'], user: 'vn-beheer-19' });
    await zetTeamRegelAan(api, beheer19);
    const manager = await tokenFor({ tenant: 'VT19', roles: ['teammanager'], user: 'vn-manager-19' });
    const zuidMw = await tokenFor({ tenant: 'VT19', roles: ['medewerker'], user: 'vn-zuid-mw', team: 'Zuid' });
    const zuid = await tokenFor({ tenant: 'VT19', roles: ['privacyfunctionaris'], user: 'vn-zuid', team: 'Zuid' });
    const noord = await tokenFor({ tenant: 'VT19', roles: ['privacyfunctionaris'], user: 'vn-noord', team: 'Noord' });
    const melding = await nieuweMelding(api, zuidMw, { betrokkenen: [persoon('KIND')] });
    await p.call(manager, M.wijsToe, { input: { meldingId: melding.id, versie: melding.versie, team: 'Zuid', medewerker: 'vn-zuid-mw' } });
    const kind = melding.betrokkenen[0]!.persoon.id;
    const v = await p.call<{ id: string; versie: number }>(zuid, Q.registreer, {
      input: { soort: 'VERNIETIGING', persoonId: kind, verzoekerNaam: 'A', verzoekerRelatie: 'OUDER_VOOGD', ontvangenOp: '2026-03-03' },
    });
    await p.call(zuid, Q.beslis, { input: { verzoekId: v.id, versie: v.versie, beslissing: 'TOEGEWEZEN' } });
    expect(await p.code(noord, Q.vernietig, { input: { verzoekId: v.id } })).toBe('NIET_GEVONDEN');
    expect(await p.code(noord, Q.bewaarplicht, { input: { casusId: melding.casus.id, reden: 'Rechtszaak', versie: 1 } })).toBe(
      'NIET_GEVONDEN',
    );
    expect((await p.call<Vernietiging>(zuid, Q.vernietig, { input: { verzoekId: v.id } })).persoonId).toBe(kind);
  });

  it('retention: a dry run reports, a legal hold keeps, UITVOEREN destroys the whole casus and purges the old access log, once', async () => {
    const oud = await gezin();
    const gehouden = await gezin();
    const recent = await gezin();
    await journaal(oud.melding.casus.id, [oud.x, oud.y], `Huisbezoek bij ${oud.xNaam} en ${oud.yNaam}`);
    await p.call(privacy, Q.inzage, { id: oud.y });
    const sluit = (casusId: string, op: string) =>
      admin.query(`UPDATE casus SET status = 'GESLOTEN', gesloten_op = $2 WHERE id = $1`, [casusId, op]);
    await sluit(oud.melding.casus.id, '2001-05-01T10:00:00Z');
    await sluit(gehouden.melding.casus.id, '2002-05-01T10:00:00Z');
    await sluit(recent.melding.casus.id, '2016-05-01T10:00:00Z'); // within 20 years
    // Access-log entries from 2015 (past the 5-year term) and one from now; the insert trigger is bypassed only for this session.
    const marker = randomUUID();
    await inTenant(admin, tenant, async () => {
      await admin.query(`SET LOCAL session_replication_role = replica`);
      await admin.query(
        `INSERT INTO toegangslog (id, tenant_id, tijdstip, gebruiker_id, gebruiker_naam, rollen, actie, object_type, object_id, uitkomst, grondslag)
         SELECT gen_random_uuid(), $1, ('2015-01-0' || g || 'T10:00:00Z')::timestamptz, 'vn-oud', 'Oud', '{medewerker}', 'READ', 'Melding', $2, 'GESLAAGD', 'test'
         FROM generate_series(1, 3) g`,
        [tenant, marker],
      );
    });

    const stand = await p.call<{ versie: number }>(mw, Q.casus, { id: gehouden.melding.casus.id });
    await p.call(privacy, Q.bewaarplicht, {
      input: { casusId: gehouden.melding.casus.id, reden: 'Lopende rechtszaak', versie: stand.versie },
    });

    type Voorstel = {
      aantalCasussen: number;
      casussen: { casusId: string }[];
      aantalOnderBewaarplicht: number;
      aantalToegangslogRegels: number;
      bewaartermijnJaren: number;
    };
    const voorstel = await p.call<Voorstel>(beheerder, Q.voorstel, {});
    const kandidaten = voorstel.casussen.map((c) => c.casusId);
    expect(voorstel.bewaartermijnJaren).toBe(20);
    expect(kandidaten).toContain(oud.melding.casus.id);
    expect(kandidaten).not.toContain(gehouden.melding.casus.id);
    expect(kandidaten).not.toContain(recent.melding.casus.id);
    expect(voorstel.aantalOnderBewaarplicht).toBeGreaterThanOrEqual(1);
    expect(voorstel.aantalToegangslogRegels).toBeGreaterThanOrEqual(3);
    expect(await p.code(mw, Q.voorstel, {})).toBe('FORBIDDEN');

    const draai = async () => {
      const job = await p.call<{ id: string; proefdraai: boolean }>(beheerder, Q.start, {});
      for (let i = 0; i < 300; i++) {
        const status = await p.call<{ status: string; laatsteFout: string | null } | null>(beheerder, Q.job, { id: job.id });
        if (status?.status === 'COMPLETED') return job;
        if (status?.status === 'FAILED') throw new Error(`retention job failed: ${status.laatsteFout}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('retention job did not finish');
    };
    // The default mode only reports.
    expect((await draai()).proefdraai).toBe(true);
    expect((await p.call<{ status: string }>(mw, Q.casus, { id: oud.melding.casus.id })).status).toBe('GESLOTEN');

    // A destruction that does not commit (a worker killed mid-way) leaves everything as it was.
    await inTenant(admin, tenant, async () => {
      await admin.query(`SELECT vernietig_casus($1, 'BEWAARTERMIJN', 'test')`, [oud.melding.casus.id]);
      throw Object.assign(new Error('killed'), { rollback: true });
    }).catch((e: Error & { rollback?: boolean }) => {
      if (!e.rollback) throw e;
    });
    expect((await p.call<{ status: string }>(mw, Q.casus, { id: oud.melding.casus.id })).status).toBe('GESLOTEN');

    await zetModus('UITVOEREN');
    // A job without a region fails for good and destroys nothing.
    const queue = new Queue('bewaartermijn', { connection: redisConnectionOptions(requireEnv('REDIS_URL')), prefix: env().QUEUE_PREFIX });
    try {
      const zonder = await queue.add('regio', {}, { attempts: 3 });
      for (let i = 0; i < 100 && (await zonder.getState()) !== 'failed'; i++) await new Promise((r) => setTimeout(r, 100));
      expect((await queue.getJob(zonder.id!))!.failedReason).toMatch(/no valid tenant/);
    } finally {
      await queue.close();
    }
    expect((await p.call<{ status: string }>(mw, Q.casus, { id: oud.melding.casus.id })).status).toBe('GESLOTEN');
    expect((await draai()).proefdraai).toBe(false);
    expect(await p.call(mw, Q.casus, { id: oud.melding.casus.id })).toMatchObject({ status: 'VERNIETIGD', meldingen: [] });
    expect((await p.call<{ status: string }>(mw, Q.casus, { id: gehouden.melding.casus.id })).status).toBe('GESLOTEN');
    expect((await p.call<{ status: string }>(mw, Q.casus, { id: recent.melding.casus.id })).status).toBe('GESLOTEN');
    expect(await vindplaatsen(admin, tenant, [oud.xNaam, oud.yNaam, oud.bsn, oud.email])).toEqual({});
    expect(Number((await admin.query(`SELECT count(*) AS n FROM toegangslog WHERE object_id = $1`, [marker])).rows[0].n)).toBe(0);
    expect(
      Number((await admin.query(`SELECT count(*) AS n FROM toegangslog WHERE casus_id = $1`, [oud.melding.casus.id])).rows[0].n),
    ).toBeGreaterThan(0);

    // Once: a second run finds nothing more to do for it.
    await draai();
    const records = await admin.query(`SELECT aanleiding, aantallen FROM vernietiging WHERE casus_id = $1`, [oud.melding.casus.id]);
    expect(records.rows).toHaveLength(1);
    expect(records.rows[0].aanleiding).toBe('BEWAARTERMIJN');
    expect(records.rows[0].aantallen).toMatchObject({ melding: 1, journaalregel: 1, document: 2, casus: 1 });

    // Lifting the hold makes the held casus a candidate.
    const held = await p.call<{ versie: number }>(mw, Q.casus, { id: gehouden.melding.casus.id });
    await p.call(privacy, Q.bewaarplicht, { input: { casusId: gehouden.melding.casus.id, reden: null, versie: held.versie } });
    expect((await p.call<Voorstel>(beheerder, Q.voorstel, {})).casussen.map((c) => c.casusId)).toContain(gehouden.melding.casus.id);
    await zetModus('PROEFDRAAI');
  }, 120_000);
});
