import { TakenService } from '@vt/vervolg';
import { WerkdagKalender, plusDagen, plusMaanden, type Datum } from '@vt/werkdagen';
import { startApp, type RunningApp } from '../support/app.js';
import { tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding, zetTeamRegelAan } from '../support/casework.js';
import { M, Proces, TAXATIE, type MeldingState } from '../support/proces.js';

function vandaag(): Datum {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

interface Item {
  soort: string;
  objectId: string;
  meldingId: string;
  uiterlijkeDatum: string | null;
  verlopen: boolean;
}

interface TaakNode {
  soort: string;
  objectId: string;
  signaal: string;
  uiterlijkeDatum: string;
  werkdagenResterend: number;
}

const WERK = `query($soorten: [WerkSoort!]) { werkvoorraad(first: 100, soorten: $soorten) {
  edges { node { soort objectId meldingId uiterlijkeDatum verlopen } } } }`;
const TAKEN = `{ taken(first: 100) { edges { node { soort objectId signaal uiterlijkeDatum werkdagenResterend } } } }`;
const INSTELLINGEN = `{ instellingen { version beoordelingWerkdagen interventieStartWerkdagen interventieWeken terugkoppelingWerkdagen
  signaalWerkdagen normBeoordelingTijdigPct normInterventieTijdigPct normMonitoringVoldoendePct } }`;
const WIJZIG = `mutation($input: WijzigInstellingenInput!) { wijzigInstellingen(input: $input) {
  version beoordelingWerkdagen interventieWeken terugkoppelingWerkdagen signaalWerkdagen normBeoordelingTijdigPct } }`;

/**
 * Clocks as the sector counts them (issue 15, point 7): the statutory 10-week term from the besluit
 * (also for an intervention that has not started), terugkoppeling terms on the region's calendar,
 * region settings that move deadlines, monitoring after a case Veilig Thuis closes itself, and
 * regionaal maatwerk that stays open. VT26 keeps the default policy terms (its team rule is on: cross-team.spec and the last test here turn it on); VT15 changes its own.
 */
describe('clocks, terms and region norms', () => {
  let api: RunningApp;
  let p: Proces;
  // The deadline watch the worker runs daily and after each change; here run on chosen days, in the api's own container.
  let watch: TakenService;
  let mw: string;
  let collega: string;
  let mw15: string;
  let collega15: string;
  let beheerder15: string;
  let vt07: string;

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    watch = api.app.get(TakenService, { strict: false });
    [mw, collega, mw15, collega15, beheerder15, vt07] = await Promise.all([
      tokenFor({ tenant: 'VT26', roles: ['medewerker'], user: 'klok-1' }),
      tokenFor({ tenant: 'VT26', roles: ['medewerker'], user: 'klok-2' }),
      tokenFor({ tenant: 'VT15', roles: ['medewerker'], user: 'klok-15-1' }),
      tokenFor({ tenant: 'VT15', roles: ['medewerker'], user: 'klok-15-2' }),
      tokenFor({ tenant: 'VT15', roles: ['functioneel-beheerder'], user: 'klok-15-beheer' }),
      tenantIdOf('VT26'),
    ]);
  });
  afterAll(() => api.close());

  async function werk(token: string, soorten: string[]): Promise<Item[]> {
    const res = await api.gql<{ werkvoorraad: { edges: { node: Item }[] } }>(WERK, { token, variables: { soorten } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.werkvoorraad.edges.map((e) => e.node);
  }

  async function taken(token: string, objectId: string): Promise<TaakNode[]> {
    const res = await api.gql<{ taken: { edges: { node: TaakNode }[] } }>(TAKEN, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res
      .data!.taken.edges.map((e) => e.node)
      .filter((t) => t.objectId === objectId)
      .sort((a, b) => a.soort.localeCompare(b.soort));
  }

  /** A melding with a confirmed besluit (toetsing by a colleague), as it is afterwards. */
  async function besloten(token: string, toetser: string, besluit: string, overrides: Record<string, unknown> = {}): Promise<MeldingState> {
    const melding = await nieuweMelding(api, token, overrides);
    const b = await p.call<{ id: string; versie: number }>(token, M.stelBesluitVoor, {
      input: { meldingId: melding.id, versie: melding.versie, taxatie: TAXATIE, besluit },
    });
    await p.call(toetser, M.toets, { input: { beoordelingId: b.id, versie: b.versie, akkoord: true } });
    return p.melding(token, melding.id);
  }

  it('counts the statutory 10 weken from the besluit: a task before the end and VERLOPEN after it, though the intervention never started', async () => {
    const state = await besloten(mw, collega, 'ONDERZOEK');
    const oz = state.interventies[0]!;
    const einde = plusDagen(vandaag(), 70);
    expect(oz).toMatchObject({ status: 'GEPLAND', gestartOp: null, uiterlijkeEinddatum: null, wettelijkeEinddatum: einde });
    expect(oz.termijn).toMatchObject({ dagenSindsBesluit: 0, binnenTermijnVanafBesluit: null, dagenSindsStart: null });
    expect(state.beoordelingen[0]!.uiterlijkeVervolgdatum).toBe(einde);

    // The werkvoorraad lists both clocks of the planned intervention: the start signal and the statutory end.
    const items = (await werk(mw, ['INTERVENTIE_STARTEN', 'INTERVENTIE_AFRONDEN'])).filter((i) => i.objectId === oz.id);
    expect(items.map((i) => [i.soort, i.uiterlijkeDatum, i.verlopen]).sort()).toEqual([
      ['INTERVENTIE_AFRONDEN', einde, false],
      ['INTERVENTIE_STARTEN', oz.uiterlijkeStartdatum, false],
    ]);

    // The deadline watch on chosen days (the worker runs the same service daily): today nothing is near.
    const watchOp = (dag: Datum) => watch.herbereken(vt07, dag, [state.casus.id]);
    await watchOp(vandaag());
    expect(await taken(mw, oz.id)).toEqual([]);

    // The day before the end, not started: the start is long overdue and the 10-week task appears.
    await watchOp(plusDagen(einde, -1));
    let mijn = await taken(mw, oz.id);
    expect(mijn.map((t) => [t.soort, t.signaal])).toEqual([
      ['INTERVENTIE_AFRONDEN', 'BINNENKORT'],
      ['INTERVENTIE_STARTEN', 'VERLOPEN'],
    ]);
    expect(mijn[0]!.uiterlijkeDatum).toBe(einde);
    expect(mijn[0]!.werkdagenResterend).toBeGreaterThanOrEqual(0);

    // The day after the end it is overdue.
    await watchOp(plusDagen(einde, 1));
    mijn = await taken(mw, oz.id);
    expect(mijn.map((t) => [t.soort, t.signaal])).toEqual([
      ['INTERVENTIE_AFRONDEN', 'VERLOPEN'],
      ['INTERVENTIE_STARTEN', 'VERLOPEN'],
    ]);
    expect(mijn[0]!.werkdagenResterend).toBeLessThan(0);

    // A late start ends the start signal; the 10-week task stays, still counted from the besluit.
    const gestart = await p.call<{ versie: number; uiterlijkeEinddatum: string }>(mw, M.start, {
      input: { interventieId: oz.id, versie: oz.versie },
    });
    expect(gestart.uiterlijkeEinddatum).toBe(einde); // started today: the region's clock from the start
    await watchOp(plusDagen(einde, 1));
    expect((await taken(mw, oz.id)).map((t) => [t.soort, t.signaal, t.uiterlijkeDatum])).toEqual([
      ['INTERVENTIE_AFRONDEN', 'VERLOPEN', einde],
    ]);
    await watchOp(vandaag());
    expect(await taken(mw, oz.id)).toEqual([]);
  });

  it('keeps regionaal maatwerk open with a task until the team closes it', async () => {
    const state = await besloten(mw, collega, 'REGIONAAL_MAATWERK');
    expect(state.fase).toBe('REGIONAAL_MAATWERK');
    expect(state.casus.status).toBe('OPEN');
    expect(state.interventies).toEqual([]);
    const einde = plusDagen(vandaag(), 70);
    expect((await werk(mw, ['MAATWERK_AFRONDEN'])).filter((i) => i.meldingId === state.id)).toEqual([
      { soort: 'MAATWERK_AFRONDEN', objectId: state.id, meldingId: state.id, uiterlijkeDatum: einde, verlopen: false },
    ]);

    expect(await p.code(mw, M.sluitMaatwerkAf, { input: { meldingId: state.id, versie: state.versie - 1 } })).toBe('VERSIE_CONFLICT');
    const gesloten = await p.call<{ id: string; fase: string; versie: number }>(mw, M.sluitMaatwerkAf, {
      input: { meldingId: state.id, versie: state.versie },
    });
    expect(gesloten.fase).toBe('AFGESLOTEN');
    const na = await p.melding(mw, state.id);
    expect(na.casus.status).toBe('GESLOTEN');
    expect(na.casus.tijdlijn.map((e) => e.soort).slice(-1)).toEqual(['MELDING_AFGESLOTEN']);
    expect((await werk(mw, ['MAATWERK_AFRONDEN'])).map((i) => i.meldingId)).not.toContain(state.id);
    expect(await p.code(mw, M.sluitMaatwerkAf, { input: { meldingId: state.id, versie: gesloten.versie } })).toBe('ONGELDIGE_OVERGANG');

    // Only a melding in regionaal maatwerk: one in onderzoek is refused and unchanged.
    const oz = await besloten(mw, collega, 'ONDERZOEK');
    expect(await p.code(mw, M.sluitMaatwerkAf, { input: { meldingId: oz.id, versie: oz.versie } })).toBe('ONGELDIGE_OVERGANG');
    expect((await p.melding(mw, oz.id)).fase).toBe('ONDERZOEK');
  });

  it('plans monitoring at 3 and 12 months when Veilig Thuis closes an onderzoek itself; the 12-month contact closes the melding', async () => {
    const state = await besloten(mw, collega, 'ONDERZOEK');
    const oz = state.interventies[0]!;
    const gestart = await p.call<{ versie: number }>(mw, M.start, { input: { interventieId: oz.id, versie: oz.versie } });
    await p.call(mw, M.sluitAf, {
      input: {
        interventieId: oz.id,
        versie: gestart.versie,
        vervolg: 'MONITORING',
        uitkomsten: [{ aardGeweld: 'KINDERMISHANDELING', uitkomst: 'BEVESTIGD' }],
      },
    });
    let na = await p.melding(mw, state.id);
    expect(na.fase).toBe('MONITORING');
    expect(na.casus.status).toBe('OPEN');
    expect(na.overdrachten).toEqual([]);
    const contacten = na.interventies[0]!.monitoring;
    expect(contacten.map((c) => [c.moment, c.geplandOp, c.status])).toEqual([
      ['DRIE_MAANDEN', plusMaanden(vandaag(), 3), 'GEPLAND'],
      ['TWAALF_MAANDEN', plusMaanden(vandaag(), 12), 'GEPLAND'],
    ]);
    const monitoringWerk = (await werk(mw, ['MONITORING'])).filter((i) => i.meldingId === state.id);
    expect(monitoringWerk.map((i) => [i.objectId, i.uiterlijkeDatum])).toEqual(contacten.map((c) => [c.id, c.geplandOp]));
    // After an onderzoek the professional melder is owed feedback too.
    expect((await werk(mw, ['TERUGKOPPELING_NA_ONDERZOEK'])).filter((i) => i.meldingId === state.id).map((i) => i.objectId)).toEqual([
      oz.id,
    ]);

    const contact = await api.gql<{
      registreerMonitoringContact: { id: string; status: string; interventieId: string; overdrachtId: string | null };
    }>(
      `mutation($input: RegistreerMonitoringInput!) { registreerMonitoringContact(input: $input) { id status interventieId overdrachtId } }`,
      {
        token: mw,
        variables: {
          input: {
            monitoringId: contacten[0]!.id,
            versie: contacten[0]!.versie,
            scoreGezin: 'VOLDOENDE',
            scoreProfessional: 'ONVOLDOENDE',
          },
        },
      },
    );
    expect(contact.data!.registreerMonitoringContact).toEqual({
      id: contacten[0]!.id,
      status: 'UITGEVOERD',
      interventieId: oz.id,
      overdrachtId: null,
    });
    expect((await p.melding(mw, state.id)).fase).toBe('MONITORING');
    await p.call(mw, M.monitoring, {
      input: { monitoringId: contacten[1]!.id, versie: contacten[1]!.versie, scoreGezin: 'VOLDOENDE', scoreProfessional: 'VOLDOENDE' },
    });
    na = await p.melding(mw, state.id);
    expect(na.fase).toBe('AFGESLOTEN');
    expect(na.casus.status).toBe('GESLOTEN');
    expect(na.interventies[0]!.monitoring.map((c) => c.status)).toEqual(['UITGEVOERD', 'UITGEVOERD']);
    expect((await werk(mw, ['MONITORING'])).map((i) => i.meldingId)).not.toContain(state.id);
  });

  it("dates the terugkoppeling to a professional melder on the region's calendar, across a holiday, after the besluit and after the onderzoek", async () => {
    // The region closes the first werkdag after today (a day off of its own): the term moves one werkdag.
    const standaard = new WerkdagKalender([]);
    const vrij = standaard.plusWerkdagen(vandaag(), 1);
    await p.call(beheerder15, `mutation($input: KalenderAanpassingInput!) { pasKalenderAan(input: $input) { datum } }`, {
      input: { datum: vrij, werkdag: false, omschrijving: 'Regionale sluitingsdag (test)' },
    });
    const kalender = new WerkdagKalender([{ datum: vrij, werkdag: false }]);
    const termijn = (await api.gql<{ instellingen: { terugkoppelingWerkdagen: number } }>(INSTELLINGEN, { token: beheerder15 })).data!
      .instellingen.terugkoppelingWerkdagen;
    expect(termijn).toBe(5);
    const verwacht = kalender.plusWerkdagen(vandaag(), 5);
    expect(verwacht).toBe(standaard.plusWerkdagen(vandaag(), 6));

    const state = await besloten(mw15, collega15, 'ONDERZOEK');
    expect(state.beoordelingen[0]!.uiterlijkeTerugkoppeldatum).toBe(verwacht);
    expect((await werk(mw15, ['TERUGKOPPELING'])).filter((i) => i.meldingId === state.id)).toEqual([
      { soort: 'TERUGKOPPELING', objectId: state.id, meldingId: state.id, uiterlijkeDatum: verwacht, verlopen: false },
    ]);
    await p.call(mw15, M.terugkoppeling, { input: { meldingId: state.id, moment: 'NA_BEOORDELING', samenvatting: 'Melder geïnformeerd' } });
    expect((await werk(mw15, ['TERUGKOPPELING'])).map((i) => i.meldingId)).not.toContain(state.id);

    // After the onderzoek: a second term from its closing date.
    const oz = state.interventies[0]!;
    const gestart = await p.call<{ versie: number }>(mw15, M.start, { input: { interventieId: oz.id, versie: oz.versie } });
    await p.call(mw15, M.sluitAf, {
      input: {
        interventieId: oz.id,
        versie: gestart.versie,
        vervolg: 'AFSLUITEN',
        uitkomsten: [{ aardGeweld: 'KINDERMISHANDELING', uitkomst: 'WEERLEGD' }],
      },
    });
    expect((await werk(mw15, ['TERUGKOPPELING_NA_ONDERZOEK'])).filter((i) => i.meldingId === state.id)).toEqual([
      { soort: 'TERUGKOPPELING_NA_ONDERZOEK', objectId: oz.id, meldingId: state.id, uiterlijkeDatum: verwacht, verlopen: false },
    ]);
    await p.call(mw15, M.terugkoppeling, { input: { meldingId: state.id, moment: 'NA_ONDERZOEK', samenvatting: 'Uitkomst gedeeld' } });
    expect((await werk(mw15, ['TERUGKOPPELING_NA_ONDERZOEK'])).map((i) => i.meldingId)).not.toContain(state.id);

    // A melder who is not professional is owed no terugkoppeling.
    const prive = await besloten(mw15, collega15, 'GEEN_VERVOLGSTAPPEN', {
      melder: { naam: 'Fictieve Buurvrouw', organisatie: 'NIET_BEROEPSMATIG', telefoon: '010-7654321' },
      afwegingskader: null,
    });
    expect((await werk(mw15, ['TERUGKOPPELING'])).map((i) => i.meldingId)).not.toContain(prive.id);
  });

  it("moves deadlines with the region's own terms and norms, refuses values out of range and leaves other regions alone", async () => {
    const lees = async (token: string) =>
      (await api.gql<{ instellingen: Record<string, number> }>(INSTELLINGEN, { token })).data!.instellingen;
    const voor = await lees(beheerder15);
    expect(voor).toMatchObject({
      beoordelingWerkdagen: 5,
      interventieStartWerkdagen: 5,
      interventieWeken: 10,
      terugkoppelingWerkdagen: 5,
      signaalWerkdagen: 2,
      normBeoordelingTijdigPct: 80,
      normInterventieTijdigPct: 80,
      normMonitoringVoldoendePct: 65,
    });

    // Out of range: VALIDATIE naming each field, nothing changed.
    const fout = await api.gql(WIJZIG, {
      token: beheerder15,
      variables: {
        input: {
          mdToetsingVerplicht: false,
          werkBeperktTotTeam: false,
          versie: voor.version,
          interventieWeken: 0,
          normBeoordelingTijdigPct: 101,
        },
      },
    });
    expect(fout.errors![0]!.extensions).toMatchObject({
      code: 'VALIDATIE',
      field: 'interventieWeken',
      fieldErrors: [
        { field: 'interventieWeken', message: 'must be between 1 and 26' },
        { field: 'normBeoordelingTijdigPct', message: 'must be between 0 and 100' },
      ],
    });
    expect(await lees(beheerder15)).toEqual(voor);
    // Only the functioneel-beheerder changes the policy.
    expect(
      errorCode(
        await api.gql(WIJZIG, {
          token: mw15,
          variables: { input: { mdToetsingVerplicht: false, werkBeperktTotTeam: false, versie: voor.version, interventieWeken: 8 } },
        }),
      ),
    ).toBe('FORBIDDEN');

    const gewijzigd = await p.call<Record<string, number>>(beheerder15, WIJZIG, {
      input: {
        mdToetsingVerplicht: false,
        werkBeperktTotTeam: false,
        versie: voor.version,
        beoordelingWerkdagen: 3,
        interventieWeken: 8,
        terugkoppelingWerkdagen: 2,
        signaalWerkdagen: 10,
        normBeoordelingTijdigPct: 90,
      },
    });
    expect(gewijzigd).toMatchObject({
      beoordelingWerkdagen: 3,
      interventieWeken: 8,
      terugkoppelingWerkdagen: 2,
      signaalWerkdagen: 10,
      normBeoordelingTijdigPct: 90,
    });
    // A later change without the optional fields keeps them.
    const weer = await p.call<Record<string, number>>(beheerder15, WIJZIG, {
      input: { mdToetsingVerplicht: false, werkBeperktTotTeam: false, versie: gewijzigd.version },
    });
    expect(weer).toMatchObject({ beoordelingWerkdagen: 3, interventieWeken: 8, terugkoppelingWerkdagen: 2, signaalWerkdagen: 10 });

    const aanpassingen = (
      await api.gql<{ kalender: { datum: string; werkdag: boolean }[] }>(`query($j: Int!) { kalender(jaar: $j) { datum werkdag } }`, {
        token: beheerder15,
        variables: { j: Number(vandaag().slice(0, 4)) },
      })
    ).data!.kalender;
    const volgendJaar = (
      await api.gql<{ kalender: { datum: string; werkdag: boolean }[] }>(`query($j: Int!) { kalender(jaar: $j) { datum werkdag } }`, {
        token: beheerder15,
        variables: { j: Number(vandaag().slice(0, 4)) + 1 },
      })
    ).data!.kalender;
    const kalender = new WerkdagKalender([...aanpassingen, ...volgendJaar].map((d) => ({ datum: d.datum, werkdag: d.werkdag })));

    // A new melding: assessed within 3 werkdagen; its besluit: feedback within 2, the statutory end after 8 weken.
    const melding = await nieuweMelding(api, mw15);
    expect(melding.uiterlijkeBeoordelingsdatum).toBe(kalender.plusWerkdagen(melding.ontvangstdatum, 3));
    const state = await besloten(mw15, collega15, 'VOORWAARDEN_EN_VERVOLG');
    expect(state.beoordelingen[0]!.uiterlijkeTerugkoppeldatum).toBe(kalender.plusWerkdagen(vandaag(), 2));
    const vv = state.interventies[0]!;
    expect(vv.wettelijkeEinddatum).toBe(plusDagen(vandaag(), 56));
    expect(state.beoordelingen[0]!.uiterlijkeVervolgdatum).toBe(plusDagen(vandaag(), 56));
    expect((await werk(mw15, ['INTERVENTIE_AFRONDEN'])).find((i) => i.objectId === vv.id)!.uiterlijkeDatum).toBe(plusDagen(vandaag(), 56));

    // The region's signal horizon (10 werkdagen): 12 days before the end is a task; back at 2 it is not.
    const vt15 = await tenantIdOf('VT15');
    const einde = plusDagen(vandaag(), 56);
    const peil = plusDagen(einde, -12);
    expect(kalender.werkdagenTussen(peil, einde)).toBeGreaterThan(2);
    const afronden = async () => (await taken(mw15, vv.id)).filter((t) => t.soort === 'INTERVENTIE_AFRONDEN').map((t) => t.signaal);
    await watch.herbereken(vt15, peil, [state.casus.id]);
    expect(await afronden()).toEqual(['BINNENKORT']);
    await p.call(beheerder15, WIJZIG, {
      input: { mdToetsingVerplicht: false, werkBeperktTotTeam: false, versie: weer.version, signaalWerkdagen: 2 },
    });
    await watch.herbereken(vt15, peil, [state.casus.id]);
    expect(await afronden()).toEqual([]);

    // Another region keeps the sector defaults.
    expect(await lees(await tokenFor({ tenant: 'VT26', roles: ['functioneel-beheerder'], user: 'klok-beheer-26' }))).toMatchObject({
      beoordelingWerkdagen: 5,
      interventieWeken: 10,
      terugkoppelingWerkdagen: 5,
    });
  });

  // Last in this file: it turns on VT26's team rule (as cross-team.spec does).
  it("hides another team's and another region's regionaal maatwerk and VT-closed monitoring: NIET_GEVONDEN, nothing changes, no work listed", async () => {
    await zetTeamRegelAan(api, await tokenFor({ tenant: 'VT26', roles: ['functioneel-beheerder'], user: 'klok-beheer-26' }));
    const manager = await tokenFor({ tenant: 'VT26', roles: ['teammanager'], user: 'klok-manager' });
    const zuid = await tokenFor({ tenant: 'VT26', roles: ['medewerker'], user: 'klok-zuid-1', team: 'Zuid' });
    const zuid2 = await tokenFor({ tenant: 'VT26', roles: ['medewerker'], user: 'klok-zuid-2', team: 'Zuid' });
    const noord = await tokenFor({ tenant: 'VT26', roles: ['medewerker'], user: 'klok-noord-1', team: 'Noord' });
    const zuidMelding = async () => {
      const m = await nieuweMelding(api, zuid);
      const toegewezen = await p.call<{ versie: number }>(manager, M.wijsToe, {
        input: { meldingId: m.id, versie: m.versie, team: 'Zuid', medewerker: 'klok-zuid-1' },
      });
      return { ...m, versie: toegewezen.versie };
    };
    const besluit = async (besluitSoort: string) => {
      const m = await zuidMelding();
      const b = await p.call<{ id: string; versie: number }>(zuid, M.stelBesluitVoor, {
        input: { meldingId: m.id, versie: m.versie, taxatie: TAXATIE, besluit: besluitSoort },
      });
      await p.call(zuid2, M.toets, { input: { beoordelingId: b.id, versie: b.versie, akkoord: true } });
      return p.melding(zuid, m.id);
    };

    const maatwerk = await besluit('REGIONAAL_MAATWERK');
    const variables = { input: { meldingId: maatwerk.id, versie: maatwerk.versie } };
    expect(await p.code(noord, M.sluitMaatwerkAf, variables)).toBe('NIET_GEVONDEN');
    expect(await p.code(mw15, M.sluitMaatwerkAf, variables)).toBe('NIET_GEVONDEN');
    expect(await p.melding(zuid, maatwerk.id)).toMatchObject({ fase: 'REGIONAAL_MAATWERK', versie: maatwerk.versie });
    expect((await werk(noord, ['MAATWERK_AFRONDEN'])).map((i) => i.meldingId)).not.toContain(maatwerk.id);
    expect((await werk(mw15, ['MAATWERK_AFRONDEN'])).map((i) => i.meldingId)).not.toContain(maatwerk.id);
    expect((await werk(zuid, ['MAATWERK_AFRONDEN'])).map((i) => i.meldingId)).toContain(maatwerk.id);

    // Monitoring after an onderzoek Veilig Thuis closed itself: its contacts follow the melding's team.
    const oz = await besluit('ONDERZOEK');
    const i = oz.interventies[0]!;
    const gestart = await p.call<{ versie: number }>(zuid, M.start, { input: { interventieId: i.id, versie: i.versie } });
    await p.call(zuid, M.sluitAf, {
      input: {
        interventieId: i.id,
        versie: gestart.versie,
        vervolg: 'MONITORING',
        uitkomsten: [{ aardGeweld: 'KINDERMISHANDELING', uitkomst: 'NIET_BEVESTIGD' }],
      },
    });
    const contact = (await p.melding(zuid, oz.id)).interventies[0]!.monitoring[0]!;
    const registreer = {
      input: { monitoringId: contact.id, versie: contact.versie, scoreGezin: 'VOLDOENDE', scoreProfessional: 'VOLDOENDE' },
    };
    expect(await p.code(noord, M.monitoring, registreer)).toBe('NIET_GEVONDEN');
    expect(await p.code(mw15, M.monitoring, registreer)).toBe('NIET_GEVONDEN');
    expect((await p.melding(zuid, oz.id)).interventies[0]!.monitoring.map((c) => c.status)).toEqual(['GEPLAND', 'GEPLAND']);
    expect((await werk(noord, ['MONITORING'])).map((w) => w.objectId)).not.toContain(contact.id);
    expect((await werk(zuid, ['MONITORING'])).map((w) => w.objectId)).toContain(contact.id);
    expect(await api.gql(`query($id: ID!) { melding(id: $id) { id } }`, { token: noord, variables: { id: oz.id } })).toEqual({
      data: { melding: null },
    });

    // The own team closes its maatwerk.
    expect((await p.call<{ fase: string }>(zuid, M.sluitMaatwerkAf, variables)).fase).toBe('AFGESLOTEN');
  });
});
