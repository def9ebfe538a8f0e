import { APP_DATA_SOURCE } from '@vt/database';
import type { DataSource, QueryRunner } from 'typeorm';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { nieuweMelding, persoon } from '../support/casework.js';
import { M, Proces, TAXATIE } from '../support/proces.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const VOORWAARDE =
  'id interventieId omschrijving verantwoordelijke uiterlijk status gecontroleerdOp monitoringContactId toelichting versie';
const LEG_VAST = `mutation($input: LegVoorwaardeVastInput!) { legVoorwaardeVast(input: $input) { ${VOORWAARDE} } }`;
const BEOORDEEL = `mutation($input: BeoordeelVoorwaardeInput!) { beoordeelVoorwaarde(input: $input) { ${VOORWAARDE} } }`;
const MELDING = `query($id: ID!) { melding(id: $id) { id versie casus { tijdlijn { soort omschrijving } }
  interventies { id status versie openVoorwaarden voorwaarden { ${VOORWAARDE} } }
  overdrachten { monitoring { id versie voorwaarden { id status } } } } }`;

interface Voorwaarde {
  id: string;
  interventieId: string;
  omschrijving: string;
  verantwoordelijke: string;
  uiterlijk: string | null;
  status: string;
  gecontroleerdOp: string | null;
  monitoringContactId: string | null;
  toelichting: string | null;
  versie: number;
}
interface MeldingMetVoorwaarden {
  id: string;
  versie: number;
  casus: { tijdlijn: { soort: string; omschrijving: string }[] };
  interventies: { id: string; status: string; versie: number; openVoorwaarden: number; voorwaarden: Voorwaarde[] }[];
  overdrachten: { monitoring: { id: string; versie: number; voorwaarden: { id: string; status: string }[] }[] }[];
}

function vandaag(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
function plusDagen(datum: string, dagen: number): string {
  return new Date(Date.parse(`${datum}T00:00:00Z`) + dagen * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Veiligheidsvoorwaarden: agreed in a V&V (or onderzoek), read on the intervention, checked at
 * monitoring. The region works team-restricted, so every call also obeys the team rule.
 */
describe('veiligheidsvoorwaarden', () => {
  let api: RunningApp;
  let p: Proces;
  let zuid: string;
  let zuid2: string;
  let manager: string;
  let noord: string;
  let vreemd: string;
  let admin: string;
  let queries = 0;

  beforeAll(async () => {
    api = await startApp('api');
    p = new Proces(api);
    const beheerder = await tokenFor({ tenant: 'VT09', roles: ['functioneel-beheerder'], user: 'vw-beheer' });
    manager = await tokenFor({ tenant: 'VT09', roles: ['teammanager'], user: 'vw-manager' });
    zuid = await tokenFor({ tenant: 'VT09', roles: ['medewerker'], user: 'vw-zuid-1', team: 'Zuid' });
    zuid2 = await tokenFor({ tenant: 'VT09', roles: ['medewerker'], user: 'vw-zuid-2', team: 'Zuid' });
    noord = await tokenFor({ tenant: 'VT09', roles: ['medewerker', 'vertrouwensarts'], user: 'vw-noord', team: 'Noord' });
    admin = await tokenFor({ tenant: 'VT09', roles: ['administratief-medewerker'], user: 'vw-admin' });
    vreemd = await tokenFor({ tenant: 'VT23', roles: ['medewerker', 'teammanager', 'vertrouwensarts'], user: 'vw-vreemd' });
    const instellingen = await api.gql<{ instellingen: { version: number } }>(`{ instellingen { version } }`, { token: beheerder });
    await p.call(
      beheerder,
      `mutation($v: Int!) { wijzigInstellingen(input: { mdToetsingVerplicht: false, werkBeperktTotTeam: true, versie: $v }) { version } }`,
      { v: instellingen.data!.instellingen.version },
    );
    // Count every statement the app sends, to prove the voorwaarden are loaded in one batch.
    const dataSource = api.app.get<DataSource>(APP_DATA_SOURCE);
    const create = dataSource.createQueryRunner.bind(dataSource);
    dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
      const runner = create(...args);
      const query = runner.query.bind(runner);
      runner.query = ((...q: Parameters<QueryRunner['query']>) => {
        queries += 1;
        return query(...q);
      }) as QueryRunner['query'];
      return runner;
    };
  });
  afterAll(() => api.close());

  const lees = (id: string, token = zuid) => p.call<MeldingMetVoorwaarden>(token, MELDING, { id });

  /** A Team Zuid melding with a confirmed besluit: its intervention is planned. */
  async function interventie(
    besluit: 'VOORWAARDEN_EN_VERVOLG' | 'ONDERZOEK' = 'VOORWAARDEN_EN_VERVOLG',
    extra: Record<string, unknown> = {},
  ) {
    const m = await nieuweMelding(api, zuid, extra);
    const toegewezen = await p.call<{ versie: number }>(manager, M.wijsToe, {
      input: { meldingId: m.id, versie: m.versie, team: 'Zuid', medewerker: 'vw-zuid-1' },
    });
    const b = await p.call<{ id: string; versie: number }>(zuid, M.stelBesluitVoor, {
      input: { meldingId: m.id, versie: toegewezen.versie, taxatie: TAXATIE, besluit },
    });
    await p.call(zuid2, M.toets, { input: { beoordelingId: b.id, versie: b.versie, akkoord: true } });
    const i = (await lees(m.id)).interventies[0]!;
    return { meldingId: m.id, casusId: m.casus.id, interventieId: i.id, versie: i.versie };
  }

  /** Starts and closes the V&V with an overdracht, carried out: the melding is in monitoring. */
  async function naarMonitoring(vv: { meldingId: string; interventieId: string; versie: number }) {
    const gestart = await p.call<{ versie: number }>(zuid, M.start, { input: { interventieId: vv.interventieId, versie: vv.versie } });
    await p.call(zuid, M.sluitAf, { input: { interventieId: vv.interventieId, versie: gestart.versie, vervolg: 'OVERDRACHT' } });
    const state = await lees(vv.meldingId);
    const o = await p.call<{ id: string; versie: number }>(zuid, M.overdracht, {
      input: { meldingId: vv.meldingId, versie: state.versie, partnerType: 'GGZ', partnerNaam: 'GGZ', warm: false },
    });
    const gepland = await p.call<{ versie: number }>(zuid, M.plan, {
      input: { overdrachtId: o.id, versie: o.versie, afgesprokenDatum: vandaag() },
    });
    await p.call(zuid, M.voerUit, { input: { overdrachtId: o.id, versie: gepland.versie } });
    return (await lees(vv.meldingId)).overdrachten[0]!.monitoring;
  }

  const legVast = (token: string, input: Record<string, unknown>) => p.call<Voorwaarde>(token, LEG_VAST, { input });

  it('records voorwaarden on a planned V&V and reads them on the intervention, with the timeline event', async () => {
    const vv = await interventie();
    const uiterlijk = plusDagen(vandaag(), 30);
    const eerste = await legVast(zuid, {
      interventieId: vv.interventieId,
      omschrijving: 'Vader drinkt geen alcohol als de kinderen thuis zijn',
      verantwoordelijke: 'Vader',
      uiterlijk,
    });
    expect(eerste).toMatchObject({
      interventieId: vv.interventieId,
      verantwoordelijke: 'Vader',
      uiterlijk,
      status: 'AFGESPROKEN',
      gecontroleerdOp: null,
      monitoringContactId: null,
      versie: 1,
    });
    const tweede = await legVast(zuid, {
      interventieId: vv.interventieId,
      omschrijving: 'Kinderen naar school',
      verantwoordelijke: 'Moeder',
    });
    expect(tweede.uiterlijk).toBeNull();

    const state = await lees(vv.meldingId);
    expect(state.interventies[0]!.voorwaarden.map((v) => v.id)).toEqual([eerste.id, tweede.id]);
    expect(state.interventies[0]!.openVoorwaarden).toBe(2);
    const events = state.casus.tijdlijn.filter((e) => e.soort === 'VOORWAARDE_VASTGELEGD');
    expect(events).toHaveLength(2);
    // The timeline names the deadline, not what was agreed.
    expect(events[0]!.omschrijving).toBe(`Veiligheidsvoorwaarde vastgelegd, uiterlijk ${uiterlijk}`);
    // The teammanager sees them too.
    expect((await lees(vv.meldingId, manager)).interventies[0]!.voorwaarden).toHaveLength(2);
  });

  it('allows voorwaarden in an onderzoek too, and on a running intervention', async () => {
    const onderzoek = await interventie('ONDERZOEK');
    const gestart = await p.call<{ versie: number }>(zuid, M.start, {
      input: { interventieId: onderzoek.interventieId, versie: onderzoek.versie },
    });
    expect(gestart.versie).toBeGreaterThan(onderzoek.versie);
    const v = await legVast(zuid, {
      interventieId: onderzoek.interventieId,
      omschrijving: 'Geen contact met ex-partner',
      verantwoordelijke: 'Moeder',
    });
    expect(v.status).toBe('AFGESPROKEN');
  });

  it('is idempotent with an idempotencyKey', async () => {
    const vv = await interventie();
    const input = {
      interventieId: vv.interventieId,
      omschrijving: 'Afspraak',
      verantwoordelijke: 'Ouders',
      idempotencyKey: `vw-${Date.now()}`,
    };
    const a = await legVast(zuid, input);
    const b = await legVast(zuid, input);
    expect(b.id).toBe(a.id);
    expect(await p.code(zuid, LEG_VAST, { input: { ...input, omschrijving: 'Iets anders' } })).toBe('VALIDATIE');
    expect((await lees(vv.meldingId)).interventies[0]!.voorwaarden).toHaveLength(1);
  });

  it('refuses bad input with VALIDATIE naming every field, and stores nothing', async () => {
    const vv = await interventie();
    const response = await api.gql(LEG_VAST, {
      token: zuid,
      variables: {
        input: {
          interventieId: vv.interventieId,
          omschrijving: '   ',
          verantwoordelijke: 'x'.repeat(201),
          uiterlijk: plusDagen(vandaag(), -1),
        },
      },
    });
    expect(response.errors![0]!.extensions!.code).toBe('VALIDATIE');
    const fields = (response.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['omschrijving', 'verantwoordelijke', 'uiterlijk']);
    const teVer = await api.gql(LEG_VAST, {
      token: zuid,
      variables: {
        input: { interventieId: vv.interventieId, omschrijving: 'x', verantwoordelijke: 'y', uiterlijk: plusDagen(vandaag(), 400) },
      },
    });
    expect(teVer.errors![0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'uiterlijk' });
    const state = await lees(vv.meldingId);
    expect(state.interventies[0]!.voorwaarden).toEqual([]);
    expect(state.casus.tijdlijn.map((e) => e.soort)).not.toContain('VOORWAARDE_VASTGELEGD');
  });

  it('is FORBIDDEN for a role that may not change interventions', async () => {
    const vv = await interventie();
    expect(await p.code(admin, LEG_VAST, { input: { interventieId: vv.interventieId, omschrijving: 'x', verantwoordelijke: 'y' } })).toBe(
      'FORBIDDEN',
    );
  });

  it('checks voorwaarden at monitoring: linked contact, re-assessment, stale versie, closed intervention, lapsed is final', async () => {
    const vv = await interventie();
    const v1 = await legVast(zuid, { interventieId: vv.interventieId, omschrijving: 'Geen alcohol', verantwoordelijke: 'Vader' });
    const v2 = await legVast(zuid, { interventieId: vv.interventieId, omschrijving: 'Naar school', verantwoordelijke: 'Moeder' });
    const [drie, twaalf] = await naarMonitoring(vv);

    // The intervention is closed now: no new voorwaarden.
    expect(await p.code(zuid, LEG_VAST, { input: { interventieId: vv.interventieId, omschrijving: 'x', verantwoordelijke: 'y' } })).toBe(
      'ONGELDIGE_OVERGANG',
    );

    const nagekomen = await p.call<Voorwaarde>(zuid, BEOORDEEL, {
      input: { voorwaardeId: v1.id, versie: v1.versie, status: 'NAGEKOMEN', monitoringContactId: drie!.id },
    });
    expect(nagekomen).toMatchObject({ status: 'NAGEKOMEN', monitoringContactId: drie!.id, toelichting: null, versie: 2 });
    expect(nagekomen.gecontroleerdOp).not.toBeNull();

    // Stale versie.
    expect(await p.code(zuid, BEOORDEEL, { input: { voorwaardeId: v1.id, versie: 1, status: 'NAGEKOMEN' } })).toBe('VERSIE_CONFLICT');

    // Re-assessed at the next contact.
    const later = await p.call<Voorwaarde>(zuid, BEOORDEEL, {
      input: { voorwaardeId: v1.id, versie: 2, status: 'NIET_NAGEKOMEN', toelichting: 'Terugval', monitoringContactId: twaalf!.id },
    });
    expect(later).toMatchObject({ status: 'NIET_NAGEKOMEN', toelichting: 'Terugval', monitoringContactId: twaalf!.id, versie: 3 });

    const vervallen = await p.call<Voorwaarde>(zuid, BEOORDEEL, {
      input: { voorwaardeId: v2.id, versie: v2.versie, status: 'VERVALLEN', toelichting: 'Kind is verhuisd' },
    });
    expect(vervallen).toMatchObject({ status: 'VERVALLEN', monitoringContactId: null });
    expect(await p.code(zuid, BEOORDEEL, { input: { voorwaardeId: v2.id, versie: vervallen.versie, status: 'NAGEKOMEN' } })).toBe(
      'ONGELDIGE_OVERGANG',
    );

    const state = await lees(vv.meldingId);
    expect(state.interventies[0]!.openVoorwaarden).toBe(0);
    expect(state.interventies[0]!.voorwaarden.map((v) => [v.id, v.status])).toEqual([
      [v1.id, 'NIET_NAGEKOMEN'],
      [v2.id, 'VERVALLEN'],
    ]);
    // On the monitoring contact: the voorwaarden last checked at it.
    expect(state.overdrachten[0]!.monitoring.map((c) => c.voorwaarden)).toEqual([[], [{ id: v1.id, status: 'NIET_NAGEKOMEN' }]]);
    expect(state.casus.tijdlijn.filter((e) => e.soort === 'VOORWAARDE_BEOORDEELD').map((e) => e.omschrijving)).toEqual([
      'Veiligheidsvoorwaarde nagekomen (bij monitoring)',
      'Veiligheidsvoorwaarde niet nagekomen (bij monitoring)',
      'Veiligheidsvoorwaarde vervallen',
    ]);
  });

  it('refuses a bad check with VALIDATIE naming every field, and a contact of another casus, changing nothing', async () => {
    const vv = await interventie();
    const v = await legVast(zuid, { interventieId: vv.interventieId, omschrijving: 'Geen alcohol', verantwoordelijke: 'Vader' });
    const ander = await naarMonitoring(await interventie());

    const response = await api.gql(BEOORDEEL, {
      token: zuid,
      variables: { input: { voorwaardeId: v.id, versie: v.versie, status: 'AFGESPROKEN', monitoringContactId: 'geen-id' } },
    });
    expect(response.errors![0]!.extensions!.code).toBe('VALIDATIE');
    expect((response.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual([
      'status',
      'monitoringContactId',
    ]);
    const zonderToelichting = await api.gql(BEOORDEEL, {
      token: zuid,
      variables: { input: { voorwaardeId: v.id, versie: v.versie, status: 'NIET_NAGEKOMEN' } },
    });
    expect(zonderToelichting.errors![0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'toelichting' });
    // A monitoring contact of another casus, and an unknown one: the same answer.
    for (const contact of [ander[0]!.id, UNKNOWN]) {
      const r = await api.gql(BEOORDEEL, {
        token: zuid,
        variables: { input: { voorwaardeId: v.id, versie: v.versie, status: 'NAGEKOMEN', monitoringContactId: contact } },
      });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'VALIDATIE', field: 'monitoringContactId' });
    }
    const state = await lees(vv.meldingId);
    expect(state.interventies[0]!.voorwaarden[0]).toMatchObject({ status: 'AFGESPROKEN', versie: 1, gecontroleerdOp: null });
    expect(state.casus.tijdlijn.map((e) => e.soort)).not.toContain('VOORWAARDE_BEOORDEELD');
  });

  it('loads the voorwaarden of many interventions in one batched statement (no N+1)', async () => {
    // Three meldingen about the same family: one casus with three V&V trajecten.
    const gezin = [persoon('KIND', { geboortedatum: '2016-02-02' }), persoon('OUDER_VERZORGER', { geboortedatum: '1985-02-02' })];
    let casusId = '';
    for (let i = 0; i < 3; i++) {
      const vv = await interventie('VOORWAARDEN_EN_VERVOLG', { betrokkenen: gezin });
      casusId = vv.casusId;
      for (let j = 0; j <= i; j++)
        await legVast(zuid, { interventieId: vv.interventieId, omschrijving: `Afspraak ${j}`, verantwoordelijke: 'Ouders' });
    }
    const tel = async (veld: string) => {
      queries = 0;
      const r = await api.gql<{ casus: { meldingen: { interventies: { voorwaarden?: unknown[] }[] }[] } }>(
        `query($id: ID!) { casus(id: $id) { meldingen { interventies { id ${veld} } } } }`,
        { token: zuid, variables: { id: casusId } },
      );
      expect(r.errors).toBeUndefined();
      return { queries, meldingen: r.data!.casus.meldingen };
    };
    await tel(''); // warm the caches
    const zonder = await tel('');
    const met = await tel('voorwaarden { id } openVoorwaarden');
    expect(met.meldingen.map((m) => m.interventies[0]!.voorwaarden!.length).sort()).toEqual([1, 2, 3]);
    // One more statement for all voorwaarden of all three interventions (both fields share the loader).
    expect(met.queries - zonder.queries).toBe(1);
  });

  describe('isolation', () => {
    let vv: { meldingId: string; casusId: string; interventieId: string; versie: number };
    let v: Voorwaarde;
    let contact: string;

    beforeAll(async () => {
      vv = await interventie();
      v = await legVast(zuid, { interventieId: vv.interventieId, omschrijving: 'Geen alcohol', verantwoordelijke: 'Vader' });
      contact = (await naarMonitoring(vv))[0]!.id;
    });

    const mutaties = (): [string, string, (id: () => Record<string, string>) => Record<string, unknown>][] => [
      [
        'legVoorwaardeVast',
        LEG_VAST,
        (ids) => ({ input: { interventieId: ids().interventie, omschrijving: 'x', verantwoordelijke: 'y' } }),
      ],
      [
        'beoordeelVoorwaarde',
        BEOORDEEL,
        (ids) => ({ input: { voorwaardeId: ids().voorwaarde, versie: 1, status: 'NAGEKOMEN', monitoringContactId: ids().contact } }),
      ],
    ];
    const echt = () => ({ interventie: vv.interventieId, voorwaarde: v.id, contact });
    const onbekend = () => ({ interventie: UNKNOWN, voorwaarde: UNKNOWN, contact: UNKNOWN });

    it.each(mutaties())('%s from another region is NIET_GEVONDEN, exactly like an unknown id', async (_, mutation, variables) => {
      expect(await p.code(vreemd, mutation, variables(echt))).toBe('NIET_GEVONDEN');
      expect(await p.code(vreemd, mutation, variables(onbekend))).toBe('NIET_GEVONDEN');
    });

    it.each(mutaties())("%s on another team's casus is NIET_GEVONDEN, exactly like an unknown id", async (_, mutation, variables) => {
      expect(await p.code(noord, mutation, variables(echt))).toBe('NIET_GEVONDEN');
      expect(await p.code(noord, mutation, variables(onbekend))).toBe('NIET_GEVONDEN');
    });

    it('the voorwaarden are unreachable for another region and another team, and were left untouched', async () => {
      for (const token of [vreemd, noord])
        expect(await api.gql(MELDING, { token, variables: { id: vv.meldingId } })).toEqual({ data: { melding: null } });
      const state = await lees(vv.meldingId);
      expect(state.interventies[0]!.voorwaarden).toEqual([expect.objectContaining({ id: v.id, status: 'AFGESPROKEN', versie: 1 })]);
      expect(state.overdrachten[0]!.monitoring[0]!.voorwaarden).toEqual([]);
    });
  });
});
