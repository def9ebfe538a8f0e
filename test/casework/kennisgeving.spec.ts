import { WerkdagKalender, datumInNederland, plusDagen } from '@vt/werkdagen';
import { TakenService } from '@vt/vervolg';
import { startApp, type RunningApp } from '../support/app.js';
import { tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { nieuweMelding, persoon, zetTeamRegelAan } from '../support/casework.js';
import { M, Proces, TAXATIE } from '../support/proces.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Kennisgeving {
  id: string;
  soort: string;
  persoonId: string | null;
  overdrachtId: string | null;
  verzoekId: string | null;
  ontvanger: string | null;
  aanleiding: string | null;
  ontstaanOp: string;
  uiterlijkeDatum: string;
  status: string;
  gedaanOp: string | null;
  wijze: string | null;
  reden: string | null;
  afgehandeldDoor: string | null;
  binnenTermijn: boolean | null;
  versie: number;
}

const VELDEN = `id soort persoonId overdrachtId verzoekId ontvanger aanleiding ontstaanOp uiterlijkeDatum status gedaanOp wijze reden
  afgehandeldDoor binnenTermijn versie`;
const K = {
  lees: `query($id: ID!) { melding(id: $id) { versie kennisgevingen { ${VELDEN} } casus { tijdlijn { soort omschrijving } } } }`,
  gedaan: `mutation($input: RegistreerKennisgevingGedaanInput!) { registreerKennisgevingGedaan(input: $input) { ${VELDEN} } }`,
  nietGedaan: `mutation($input: RegistreerKennisgevingNietGedaanInput!) { registreerKennisgevingNietGedaan(input: $input) { ${VELDEN} } }`,
  politie: `mutation($input: RegistreerPolitieKennisgevingInput!) { registreerPolitieKennisgeving(input: $input) { ${VELDEN} } }`,
  verzoek: `mutation($input: RegistreerVerzoekTotOnderzoekInput!) { registreerVerzoekTotOnderzoek(input: $input) { ${VELDEN} } }`,
};
const WERK = `query { werkvoorraad(first: 100, soorten: [KENNISGEVING]) { edges { node { soort objectId uiterlijkeDatum verlopen werkdagenResterend } } } }`;
const TAKEN = `{ taken(first: 100) { edges { node { soort objectId uiterlijkeDatum signaal } } } }`;

/**
 * Statutory notifications (issue 15, point 4) in VT16: each a duty with a term counted in the
 * region's werkdagen (national holidays and the region's own days off), open work and a deadline
 * task until it is recorded as done (when, how) or deliberately not done (why). VT19: team rule (shared with the dossier specs; VT17's meldingen are counted by the formatie spec).
 */
describe('kennisgevingen: statutory notifications with a term', () => {
  let api: RunningApp;
  let tenant: string;
  let p: Proces;
  let mw: string;
  let mw2: string;
  let secretariaat: string;
  let kalender: WerkdagKalender;
  let vandaag: string;

  beforeAll(async () => {
    api = await startApp('api');
    tenant = await tenantIdOf('VT16');
    p = new Proces(api);
    mw = await tokenFor({ tenant: 'VT16', roles: ['medewerker'], user: 'kg-1' });
    mw2 = await tokenFor({ tenant: 'VT16', roles: ['medewerker'], user: 'kg-2' });
    secretariaat = await tokenFor({ tenant: 'VT16', roles: ['administratief-medewerker'], user: 'kg-sc' });
    const beheerder = await tokenFor({ tenant: 'VT16', roles: ['functioneel-beheerder'], user: 'kg-beheer' });
    // Region days off: one inside the term of a back-dated melding (Koningsdag 27 April is national),
    // and the first werkdag from today, so every term counted from today crosses one too.
    vandaag = datumInNederland(new Date());
    const eersteWerkdag = new WerkdagKalender().plusWerkdagen(vandaag, 1);
    const vrij = [
      { datum: '2026-04-29', werkdag: false },
      { datum: eersteWerkdag, werkdag: false },
    ];
    for (const { datum } of vrij)
      await p.call(
        beheerder,
        `mutation($d: Date!) { pasKalenderAan(input: { datum: $d, werkdag: false, omschrijving: "Studiedag" }) { datum } }`,
        {
          d: datum,
        },
      );
    kalender = new WerkdagKalender(vrij);
  }, 60_000);
  afterAll(() => api.close());

  const lees = (token: string, id: string) =>
    p.call<{ versie: number; kennisgevingen: Kennisgeving[]; casus: { tijdlijn: { soort: string; omschrijving: string }[] } }>(
      token,
      K.lees,
      {
        id,
      },
    );
  const werk = async (token = mw) =>
    (
      await p.call<{
        edges: { node: { soort: string; objectId: string; uiterlijkeDatum: string; verlopen: boolean; werkdagenResterend: number } }[];
      }>(token, WERK, {})
    ).edges.map((e) => e.node);
  /** The deadline watch, as its daily and per-change "herbereken" job runs it (tests run no outbox relay), then the task list. */
  const taken = async () => {
    await api.app.get(TakenService, { strict: false }).herbereken(tenant);
    return (
      await p.call<{ edges: { node: { soort: string; objectId: string; uiterlijkeDatum: string; signaal: string } }[] }>(mw, TAKEN, {})
    ).edges.map((e) => e.node);
  };

  it('a melding: every directbetrokkene is to be informed within 5 werkdagen of receipt, across holidays; done or not done closes the task', async () => {
    // Thu 23 April 2026 + 5 werkdagen: Fri 24, (Mon 27 Koningsdag), Tue 28, (Wed 29 region day off), Thu 30, Fri 1 May, Mon 4 May.
    const kind = persoon('KIND');
    const pleger = persoon('PLEGER', { geboortedatum: '1985-02-03' });
    const melding = await nieuweMelding(api, mw, { ontvangenOp: '2026-04-23T10:00:00+02:00', betrokkenen: [kind, pleger] });
    const { kennisgevingen } = await lees(mw, melding.id);
    expect(kennisgevingen).toHaveLength(2);
    expect(new Set(kennisgevingen.map((k) => k.persoonId))).toEqual(new Set(melding.betrokkenen.map((b) => b.persoon.id)));
    for (const k of kennisgevingen)
      expect(k).toMatchObject({
        soort: 'BETROKKENEN_INFORMEREN',
        ontstaanOp: '2026-04-23',
        uiterlijkeDatum: '2026-05-04',
        status: 'OPEN',
        binnenTermijn: false,
        versie: 1,
      });
    expect(kalender.plusWerkdagen('2026-04-23', 5)).toBe('2026-05-04');
    const ids = kennisgevingen.map((k) => k.id);

    // Open work and, through the deadline watch, overdue tasks.
    const items = (await werk()).filter((i) => ids.includes(i.objectId));
    expect(items).toHaveLength(2);
    for (const i of items) expect(i).toMatchObject({ soort: 'KENNISGEVING', uiterlijkeDatum: '2026-05-04', verlopen: true });
    const metTaken = await taken();
    expect(metTaken.filter((t) => ids.includes(t.objectId)).map((t) => `${t.soort}:${t.signaal}:${t.uiterlijkeDatum}`)).toEqual([
      'KENNISGEVING:VERLOPEN:2026-05-04',
      'KENNISGEVING:VERLOPEN:2026-05-04',
    ]);

    const kindDuty = kennisgevingen.find((k) => k.persoonId === melding.betrokkenen.find((b) => b.rol === 'KIND')!.persoon.id)!;
    const plegerDuty = kennisgevingen.find((k) => k !== kindDuty)!;

    // Bad input, a stale version or a refused role change nothing.
    const gedaan = (extra: Record<string, unknown> = {}) => ({
      input: { kennisgevingId: kindDuty.id, versie: kindDuty.versie, wijze: 'BRIEF', gedaanOp: '2026-04-30', ...extra },
    });
    const morgen = plusDagen(vandaag, 1);
    for (const [extra, code, field] of [
      [{ gedaanOp: morgen }, 'VALIDATIE', 'gedaanOp'],
      [{ gedaanOp: '2026-04-22' }, 'VALIDATIE', 'gedaanOp'],
      [{ toelichting: 'x'.repeat(2001) }, 'VALIDATIE', 'toelichting'],
      [{ versie: 7 }, 'VERSIE_CONFLICT', undefined],
      [{ kennisgevingId: UNKNOWN }, 'NIET_GEVONDEN', undefined],
      [{ kennisgevingId: 'geen-uuid' }, 'NIET_GEVONDEN', undefined],
    ] as const) {
      const response = await api.gql(K.gedaan, { token: mw, variables: gedaan(extra) });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    }
    expect(await p.code(mw, K.nietGedaan, { input: { kennisgevingId: plegerDuty.id, versie: plegerDuty.versie, reden: '  ' } })).toBe(
      'VALIDATIE',
    );
    // Not informing someone is a professional decision: the secretariaat may record letters, not that.
    expect(
      await p.code(secretariaat, K.nietGedaan, {
        input: { kennisgevingId: plegerDuty.id, versie: plegerDuty.versie, reden: 'Veiligheid' },
      }),
    ).toBe('FORBIDDEN');
    expect((await lees(mw, melding.id)).kennisgevingen.every((k) => k.status === 'OPEN' && k.versie === 1)).toBe(true);

    // The secretariaat sent the letter to the child's parent; the pleger is deliberately not informed (safety).
    const brief = await p.call<Kennisgeving>(secretariaat, K.gedaan, gedaan({ toelichting: 'Brief aan de moeder' }));
    expect(brief).toMatchObject({ status: 'GEDAAN', gedaanOp: '2026-04-30', wijze: 'BRIEF', binnenTermijn: true, versie: 2 });
    expect(brief.afgehandeldDoor).toBeTruthy();
    const niet = await p.call<Kennisgeving>(mw, K.nietGedaan, {
      input: { kennisgevingId: plegerDuty.id, versie: plegerDuty.versie, reden: 'Informeren van de pleger brengt het kind in gevaar' },
    });
    expect(niet).toMatchObject({
      status: 'NIET_GEDAAN',
      reden: 'Informeren van de pleger brengt het kind in gevaar',
      gedaanOp: null,
      versie: 2,
    });
    expect(await p.code(mw, K.gedaan, gedaan({ versie: 2 }))).toBe('ONGELDIGE_OVERGANG');

    const na = await lees(mw, melding.id);
    expect(na.kennisgevingen.map((k) => k.status).sort()).toEqual(['GEDAAN', 'NIET_GEDAAN']);
    expect(na.casus.tijdlijn.map((e) => e.soort)).toEqual(['MELDING_ONTVANGEN', 'KENNISGEVING_GEDAAN', 'KENNISGEVING_NIET_GEDAAN']);
    // The reason is case data: in the record, not in the timeline.
    expect(JSON.stringify(na.casus.tijdlijn)).not.toContain('gevaar');

    // NEN 7513: both changes are in the casus's access log, with who and the record.
    const beheerder = await tokenFor({ tenant: 'VT16', roles: ['functioneel-beheerder'], user: 'kg-beheer' });
    const log = await p.call<{
      edges: { node: { actie: string; objectType: string; objectId: string; gebruikerId: string; uitkomst: string } }[];
    }>(
      beheerder,
      `query($id: ID!) { toegangslog(casusId: $id, first: 100) { edges { node { actie objectType objectId gebruikerId uitkomst } } } }`,
      { id: melding.casus.id },
    );
    const kennisgevingLog = log.edges.map((e) => e.node).filter((n) => n.objectType === 'Kennisgeving' && n.uitkomst === 'GESLAAGD');
    expect(kennisgevingLog.map((n) => `${n.actie}:${n.objectId}:${n.gebruikerId}`).sort()).toEqual(
      [`UPDATE:${kindDuty.id}:kg-sc`, `UPDATE:${plegerDuty.id}:kg-1`].sort(),
    );

    // The work and the tasks disappear with it.
    expect((await werk()).filter((i) => ids.includes(i.objectId))).toEqual([]);
    const zonder = await taken();
    expect(zonder.filter((t) => ids.includes(t.objectId))).toEqual([]);
  });

  it('an overdracht: every betrokkene is to be informed of it and to whom, due 5 werkdagen later by the region calendar', async () => {
    const melding = await nieuweMelding(api, mw);
    const b = await p.call<{ id: string; versie: number }>(mw, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit: 'OVERDRACHT' },
    });
    await p.call(mw2, M.toets, { input: { beoordelingId: b.id, versie: b.versie, akkoord: true } });
    const s = await p.melding(mw, melding.id);
    const o = await p.call<{ id: string }>(mw, M.overdracht, {
      input: {
        meldingId: melding.id,
        versie: s.versie,
        partnerType: 'LOKAAL_TEAM',
        partnerNaam: 'Wijkteam Centrum',
        gemeenteCode: 'GM0599',
        warm: true,
      },
    });
    const overdracht = (await lees(mw, melding.id)).kennisgevingen.filter((k) => k.soort === 'BETROKKENEN_INFORMEREN_OVERDRACHT');
    expect(overdracht).toHaveLength(2);
    const uiterlijk = kalender.plusWerkdagen(vandaag, 5);
    // The region's day off is inside the term: one day later than without it.
    expect(uiterlijk > new WerkdagKalender().plusWerkdagen(vandaag, 5)).toBe(true);
    for (const k of overdracht)
      expect(k).toMatchObject({
        overdrachtId: o.id,
        ontvanger: 'Wijkteam Centrum',
        ontstaanOp: vandaag,
        uiterlijkeDatum: uiterlijk,
        status: 'OPEN',
      });
    const items = (await werk()).filter((i) => overdracht.some((k) => k.id === i.objectId));
    expect(items.map((i) => [i.uiterlijkeDatum, i.verlopen, i.werkdagenResterend])).toEqual([
      [uiterlijk, false, 5],
      [uiterlijk, false, 5],
    ]);
    const k = overdracht[0]!;
    const gedaan = await p.call<Kennisgeving>(mw, K.gedaan, { input: { kennisgevingId: k.id, versie: k.versie, wijze: 'GESPREK' } });
    expect(gedaan).toMatchObject({ status: 'GEDAAN', gedaanOp: vandaag, wijze: 'GESPREK', binnenTermijn: true });
    expect((await werk()).map((i) => i.objectId)).not.toContain(k.id);
  });

  it('the police: a medewerker records the duty with its reason, due the next werkdag; it is a task until done', async () => {
    const melding = await nieuweMelding(api, mw);
    const input = {
      meldingId: melding.id,
      versie: melding.versie,
      aanleiding: 'Strafbaar feit met acuut gevaar',
      ontvanger: 'Basisteam Centrum',
    };
    expect(await p.code(mw, K.politie, { input: { ...input, aanleiding: '' } })).toBe('VALIDATIE');
    expect(await p.code(mw, K.politie, { input: { ...input, versie: melding.versie + 1 } })).toBe('VERSIE_CONFLICT');
    expect(await p.code(secretariaat, K.politie, { input })).toBe('FORBIDDEN');
    const politie = await p.call<Kennisgeving>(mw, K.politie, { input });
    // The next werkdag is the region's day off: due the werkdag after.
    expect(politie).toMatchObject({
      soort: 'POLITIE_INFORMEREN',
      aanleiding: 'Strafbaar feit met acuut gevaar',
      ontvanger: 'Basisteam Centrum',
      ontstaanOp: vandaag,
      uiterlijkeDatum: kalender.plusWerkdagen(vandaag, 1),
      status: 'OPEN',
    });
    expect(kalender.plusWerkdagen(vandaag, 1)).toBe(new WerkdagKalender().plusWerkdagen(vandaag, 2));
    const state = await lees(mw, melding.id);
    expect(state.versie).toBe(melding.versie + 1);
    expect(state.casus.tijdlijn.map((e) => e.soort)).toEqual(['MELDING_ONTVANGEN', 'POLITIE_KENNISGEVING_VEREIST']);
    // One open police duty at a time.
    expect(await p.code(mw, K.politie, { input: { ...input, versie: state.versie } })).toBe('ONGELDIGE_OVERGANG');

    // Due within the signal horizon (2 werkdagen): a BINNENKORT task until it is done.
    const metTaak = await taken();
    expect(metTaak.find((t) => t.objectId === politie.id)).toMatchObject({ soort: 'KENNISGEVING', signaal: 'BINNENKORT' });
    await p.call(mw, K.gedaan, { input: { kennisgevingId: politie.id, versie: politie.versie, wijze: 'TELEFOON' } });
    const zonder = await taken();
    expect(zonder.map((t) => t.objectId)).not.toContain(politie.id);
  });

  it('a verzoek tot onderzoek to the Raad is recorded on its date; the notice to the college van B&W is a duty across holidays', async () => {
    const melding = await nieuweMelding(api, mw, { ontvangenOp: '2026-04-22T10:00:00+02:00' });
    const input = {
      meldingId: melding.id,
      versie: melding.versie,
      datum: '2026-04-24',
      wijze: 'BEVEILIGD_BERICHT',
      aanleiding: 'Ernstige zorgen over de ontwikkeling van het kind; ouders werken niet mee',
    };
    for (const [extra, field] of [
      [{ datum: plusDagen(vandaag, 1) }, 'datum'],
      [{ datum: '2026-04-21' }, 'datum'],
      [{ gemeenteCode: 'GM9999' }, 'gemeenteCode'],
      [{ gemeenteCode: 'Rotterdam' }, 'gemeenteCode'],
      [{ aanleiding: ' ' }, 'aanleiding'],
    ] as const) {
      const response = await api.gql(K.verzoek, { token: mw, variables: { input: { ...input, ...extra } } });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATIE', field });
    }
    expect((await lees(mw, melding.id)).kennisgevingen.map((k) => k.soort)).toEqual(['BETROKKENEN_INFORMEREN', 'BETROKKENEN_INFORMEREN']);

    const [verzoek, college] = await p.call<Kennisgeving[]>(mw, K.verzoek, { input });
    expect(verzoek).toMatchObject({
      soort: 'RAAD_VERZOEK_TOT_ONDERZOEK',
      status: 'GEDAAN',
      gedaanOp: '2026-04-24',
      wijze: 'BEVEILIGD_BERICHT',
      ontvanger: 'Raad voor de Kinderbescherming',
      binnenTermijn: true,
    });
    // Fri 24 April + 5 werkdagen: (27 Koningsdag) 28, (29 region day off) 30, 1 May, 4 May, (5 May Bevrijdingsdag) 6 May.
    expect(college).toMatchObject({
      soort: 'COLLEGE_BW_INFORMEREN',
      verzoekId: verzoek!.id,
      ontvanger: 'GM0599 Rotterdam',
      ontstaanOp: '2026-04-24',
      uiterlijkeDatum: '2026-05-06',
      status: 'OPEN',
      binnenTermijn: false,
    });
    expect(kalender.plusWerkdagen('2026-04-24', 5)).toBe('2026-05-06');
    const state = await lees(mw, melding.id);
    expect(state.versie).toBe(melding.versie + 1);
    expect(state.casus.tijdlijn.map((e) => e.soort)).toEqual(['MELDING_ONTVANGEN', 'VERZOEK_TOT_ONDERZOEK']);
    // The verzoek itself is no open work and cannot be "not done"; the notice is open work until done.
    expect(await p.code(mw, K.nietGedaan, { input: { kennisgevingId: verzoek!.id, versie: verzoek!.versie, reden: 'x' } })).toBe(
      'ONGELDIGE_OVERGANG',
    );
    const items = await werk();
    expect(items.map((i) => i.objectId)).not.toContain(verzoek!.id);
    expect(items.find((i) => i.objectId === college!.id)).toMatchObject({ uiterlijkeDatum: '2026-05-06', verlopen: true });
    const gedaan = await p.call<Kennisgeving>(mw, K.gedaan, {
      input: { kennisgevingId: college!.id, versie: college!.versie, wijze: 'BEVEILIGD_BERICHT', gedaanOp: '2026-05-07' },
    });
    expect(gedaan).toMatchObject({ status: 'GEDAAN', binnenTermijn: false });
    expect((await werk()).map((i) => i.objectId)).not.toContain(college!.id);
  });

  it('a niet-unieke politiemelding brings no duty of its own: the open melding it repeats carries it', async () => {
    const naam = `Kennisgeving Politie ${Date.now()}`;
    // The same household (postcode and huisnummer) within the region's window: the second is niet-uniek.
    const huisnummer = String(Date.now() % 1000);
    // CSV (the JSON body is taken by the api's JSON parser before the import reads it: see the report).
    const regel = (registratienummer: string, datum: string) =>
      `MELDING,${registratienummer},${datum},GM0599,3011AB,${huisnummer},Basisteam Centrum,0900-8844,,EX_PARTNERGEWELD,ONBEKEND,Ruzie met geweld,${naam},1980-05-05,,SLACHTOFFER`;
    const bestand = [
      'soort,registratienummer,datum,gemeente,postcode,huisnummer,eenheid,telefoon,email,aard,duur,omschrijving,naam,geboortedatum,bsn,rol',
      regel(`KG${Date.now()}A`, '2026-03-02'),
      regel(`KG${Date.now()}B`, '2026-03-05'),
    ].join('\n');
    const response = await fetch(`${api.url}/import/politiemeldingen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mw}`, 'content-type': 'text/csv' },
      body: bestand,
    });
    const resultaat = (await response.json()) as { meldingen: number; nietUniek: number; fouten: unknown[] };
    expect(resultaat).toMatchObject({ meldingen: 1, nietUniek: 1, fouten: [] });
    const gevonden = await p.call<{
      edges: { node: { meldingen: { id: string; fase: string; kennisgevingen: { soort: string }[] }[] } }[];
    }>(
      mw,
      `query($naam: String!) { zoekCasussen(betrokkeneNaam: $naam, first: 5) { edges { node { meldingen { id fase kennisgevingen { soort } } } } } }`,
      { naam },
    );
    const meldingen = gevonden.edges.flatMap((e) => e.node.meldingen);
    expect(meldingen.map((m) => [m.fase, m.kennisgevingen.map((k) => k.soort)]).sort()).toEqual([
      ['AFGESLOTEN', []],
      ['TE_BEOORDELEN', ['BETROKKENEN_INFORMEREN']],
    ]);
  });

  describe('team rule (VT19)', () => {
    it("another team's notifications are NIET_GEVONDEN, exactly like an unknown id; nothing changes", async () => {
      const beheerder = await tokenFor({ tenant: 'VT19', roles: ['functioneel-beheerder'], user: 'kg-beheer-19' });
      await zetTeamRegelAan(api, beheerder);
      const manager = await tokenFor({ tenant: 'VT19', roles: ['teammanager'], user: 'kg-manager-19' });
      const zuid = await tokenFor({ tenant: 'VT19', roles: ['medewerker'], user: 'kg-zuid', team: 'Zuid' });
      const noord = await tokenFor({ tenant: 'VT19', roles: ['medewerker', 'administratief-medewerker'], user: 'kg-noord', team: 'Noord' });
      const melding = await nieuweMelding(api, zuid);
      const toegewezen = await p.call<{ versie: number }>(manager, M.wijsToe, {
        input: { meldingId: melding.id, versie: melding.versie, team: 'Zuid', medewerker: 'kg-zuid' },
      });
      const [k] = (await lees(zuid, melding.id)).kennisgevingen;
      const calls: [string, Record<string, unknown>][] = [
        [K.gedaan, { input: { kennisgevingId: k!.id, versie: k!.versie, wijze: 'BRIEF' } }],
        [K.nietGedaan, { input: { kennisgevingId: k!.id, versie: k!.versie, reden: 'x' } }],
        [K.politie, { input: { meldingId: melding.id, versie: toegewezen.versie, aanleiding: 'x' } }],
        [K.verzoek, { input: { meldingId: melding.id, versie: toegewezen.versie, wijze: 'BRIEF', aanleiding: 'x' } }],
      ];
      for (const [mutation, variables] of calls) {
        expect(await p.code(noord, mutation, variables)).toBe('NIET_GEVONDEN');
        const unknown = JSON.parse(JSON.stringify(variables).replaceAll(k!.id, UNKNOWN).replaceAll(melding.id, UNKNOWN));
        expect(await p.code(noord, mutation, unknown)).toBe('NIET_GEVONDEN');
      }
      expect((await werk(noord)).map((i) => i.objectId)).not.toContain(k!.id);
      expect((await werk(zuid)).map((i) => i.objectId)).toContain(k!.id);
      const state = await lees(zuid, melding.id);
      expect(state.versie).toBe(toegewezen.versie);
      expect(state.kennisgevingen.every((x) => x.status === 'OPEN')).toBe(true);
      expect(state.kennisgevingen.map((x) => x.soort)).toEqual(['BETROKKENEN_INFORMEREN', 'BETROKKENEN_INFORMEREN']);
      // The teammanager and the own team may.
      expect((await p.call<Kennisgeving>(zuid, K.gedaan, calls[0]![1])).status).toBe('GEDAAN');
    });
  });
});
