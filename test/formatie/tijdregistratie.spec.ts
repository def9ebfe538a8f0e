import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, inTenant, tenantIdOf } from '../support/db.js';
import { tokenFor } from '../support/tokens.js';
import { errorCode, nieuweMelding } from '../support/casework.js';

const REGISTREER = `mutation($input: RegistreerMedewerkerInput!) { registreerMedewerker(input: $input) { id gebruikerId dienstverbanden { id versie } } }`;
const BOEK = `mutation($input: BoekUrenInput!) { boekUren(input: $input) { id datum functie product uren casusId } }`;
const CORRIGEER = `mutation($input: CorrigeerUrenInput!) { corrigeerUren(input: $input) { id uren vervangtId reden } }`;
const MIJN = `query($van: Date!, $tot: Date!) { mijnUren(van: $van, tot: $tot, first: 100) { edges { node { id uren product } } } }`;
const IMPORT = `mutation($csv: String!) { importeerUren(csv: $csv) { geimporteerd fouten { regel veld melding } } }`;

describe('tijdregistratie', () => {
  let api: RunningApp;
  let admin: pg.Client;
  let beheerder: string;
  const suffix = Date.now().toString(36);

  async function medewerker(gebruikerId: string, team = 'Oost', functie = 'MW') {
    const response = await api.gql<{ registreerMedewerker: { id: string } }>(REGISTREER, {
      token: beheerder,
      variables: {
        input: {
          gebruikerId,
          naam: `Fictieve ${gebruikerId}`,
          team,
          dienstverband: { functie, fte: 0.8, opleidingsniveau: 'HBO', categorie: 'DIRECT', van: '2020-01-01' },
        },
      },
    });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return {
      id: response.data!.registreerMedewerker.id,
      token: await tokenFor({ tenant: 'VT15', roles: ['medewerker'], user: gebruikerId, team }),
    };
  }

  beforeAll(async () => {
    [api, admin] = await Promise.all([startApp('api'), connectAs('admin')]);
    beheerder = await tokenFor({ tenant: 'VT15', roles: ['functioneel-beheerder'], user: 'fb' });
  });
  afterAll(() => Promise.all([api.close(), admin.end()]));

  it('books own hours (functie from the dienstverband), optionally on a casus of the own region', async () => {
    const mw = await medewerker(`boek-${suffix}`);
    const melding = await nieuweMelding(api, mw.token);
    const response = await api.gql<{ boekUren: { functie: string; uren: number; casusId: string } }>(BOEK, {
      token: mw.token,
      variables: { input: { datum: '2026-11-02', product: 'VEILIGHEIDSBEOORDELING', uren: 2.5, casusId: melding.casus.id } },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.boekUren).toMatchObject({ functie: 'MW', uren: 2.5, casusId: melding.casus.id });
    const foreign = await nieuweMelding(api, await tokenFor({ tenant: 'VT16' }));
    expect(
      errorCode(
        await api.gql(BOEK, {
          token: mw.token,
          variables: { input: { datum: '2026-11-02', product: 'ONDERZOEK', uren: 1, casusId: foreign.casus.id } },
        }),
      ),
    ).toBe('NIET_GEVONDEN');
  });

  it.each([
    [{ uren: -1 }, 'uren'],
    [{ uren: 0 }, 'uren'],
    [{ uren: 1.234 }, 'uren'],
    [{ datum: '2099-01-01' }, 'datum'],
  ])('refuses %p', async (override, field) => {
    const mw = await medewerker(`bad-${suffix}-${field}-${Math.random().toString(36).slice(2, 6)}`);
    const response = await api.gql(BOEK, {
      token: mw.token,
      variables: { input: { datum: '2026-11-03', product: 'ADVIES', uren: 1, ...override } },
    });
    expect(errorCode(response)).toBe('VALIDATIE');
    expect(response.errors![0]!.extensions!.field).toBe(field);
  });

  it('allows at most 24 hours per person per day, also when bookings race', async () => {
    const mw = await medewerker(`max-${suffix}`);
    const results = await Promise.all(
      [10, 10, 10].map((uren) =>
        api.gql(BOEK, { token: mw.token, variables: { input: { datum: '2026-11-04', product: 'ONDERZOEK', uren } } }),
      ),
    );
    expect(results.map(errorCode).sort()).toEqual(['VALIDATIE', undefined, undefined].sort());
    const ok = await api.gql(BOEK, { token: mw.token, variables: { input: { datum: '2026-11-04', product: 'OVERLEG', uren: 4 } } });
    expect(ok.errors).toBeUndefined();
  });

  it('keeps corrections as history and shows the current hours', async () => {
    const mw = await medewerker(`corr-${suffix}`);
    const booked = (
      await api.gql<{ boekUren: { id: string } }>(BOEK, {
        token: mw.token,
        variables: { input: { datum: '2026-11-05', product: 'ADVIES', uren: 3 } },
      })
    ).data!.boekUren;
    const corrected = await api.gql<{ corrigeerUren: { id: string; uren: number; vervangtId: string } }>(CORRIGEER, {
      token: mw.token,
      variables: { input: { registratieId: booked.id, uren: 2, reden: 'Typfout' } },
    });
    expect(corrected.data!.corrigeerUren).toMatchObject({ uren: 2, vervangtId: booked.id });
    const mijn = await api.gql<{ mijnUren: { edges: { node: { id: string; uren: number } }[] } }>(MIJN, {
      token: mw.token,
      variables: { van: '2026-11-05', tot: '2026-11-05' },
    });
    expect(mijn.data!.mijnUren.edges.map((e) => e.node)).toEqual([{ id: corrected.data!.corrigeerUren.id, uren: 2, product: 'ADVIES' }]);
    const { rows } = await admin.query(`SELECT uren::float8 AS uren FROM tijdregistratie WHERE id = $1`, [booked.id]);
    expect(rows).toEqual([{ uren: 3 }]);
    expect(
      errorCode(
        await api.gql(CORRIGEER, { token: mw.token, variables: { input: { registratieId: booked.id, uren: 1, reden: 'nogmaals' } } }),
      ),
    ).toBe('ONGELDIGE_OVERGANG');
    const ander = await medewerker(`ander-${suffix}`);
    expect(
      errorCode(
        await api.gql(CORRIGEER, {
          token: ander.token,
          variables: { input: { registratieId: corrected.data!.corrigeerUren.id, uren: 1, reden: 'niet van mij' } },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('is append-only for the application role', async () => {
    const app = await connectAs('application');
    try {
      await expect(inTenant(app, await tenantIdOf('VT15'), () => app.query(`UPDATE tijdregistratie SET uren = 1`))).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await app.end();
    }
  });

  it('refuses bookings in a closed period', async () => {
    const mw = await medewerker(`closed-${suffix}`);
    expect(errorCode(await api.gql(`mutation { sluitPeriodeAf(jaar: 2026, maand: 2) }`, { token: mw.token }))).toBe('FORBIDDEN');
    await api.gql(`mutation { sluitPeriodeAf(jaar: 2026, maand: 2) }`, { token: beheerder });
    const response = await api.gql(BOEK, { token: mw.token, variables: { input: { datum: '2026-02-10', product: 'ADVIES', uren: 1 } } });
    expect(errorCode(response)).toBe('VALIDATIE');
    expect(response.errors![0]!.message).toMatch(/closed/);
  });

  it('imports a CSV all-or-nothing with an error per row', async () => {
    const a = await medewerker(`imp-a-${suffix}`);
    await medewerker(`imp-b-${suffix}`);
    const header = 'gebruiker,datum,functie,product,uren,casus,omschrijving';
    const bad = [
      header,
      `imp-a-${suffix},2026-10-01,MW,ONDERZOEK,6,,`,
      `onbekend,2026-10-01,MW,ONDERZOEK,6,,`,
      `imp-a-${suffix},2026-13-01,MW,ONDERZOEK,6,,`,
      `imp-b-${suffix},2026-10-01,XX,ONDERZOEK,6,,`,
      `imp-b-${suffix},2026-10-01,MW,ONDERZOEK,-2,,`,
      `imp-a-${suffix},2026-10-01,MW,OVERLEG,20,,`,
      `imp-a-${suffix},2026-02-03,MW,OVERLEG,1,,`,
    ].join('\n');
    const result = await api.gql<{ importeerUren: { geimporteerd: number; fouten: { regel: number; veld: string }[] } }>(IMPORT, {
      token: beheerder,
      variables: { csv: bad },
    });
    expect(result.data!.importeerUren.geimporteerd).toBe(0);
    expect(result.data!.importeerUren.fouten.map((f) => `${f.regel}:${f.veld}`)).toEqual([
      '3:gebruiker',
      '4:datum',
      '5:functie',
      '6:uren',
      '7:uren',
      '8:datum',
    ]);
    const before = await api.gql<{ mijnUren: { edges: unknown[] } }>(MIJN, {
      token: a.token,
      variables: { van: '2026-10-01', tot: '2026-10-01' },
    });
    expect(before.data!.mijnUren.edges).toEqual([]);

    const good = [header, `imp-a-${suffix},2026-10-01,MW,ONDERZOEK,6,,`, `imp-b-${suffix},2026-10-01,MW,ADVIES,"7,5",,telefonisch`].join(
      '\n',
    );
    const ok = await api.gql<{ importeerUren: { geimporteerd: number; fouten: unknown[] } }>(IMPORT, {
      token: beheerder,
      variables: { csv: good },
    });
    expect(ok.data!.importeerUren).toEqual({ geimporteerd: 2, fouten: [] });
    expect(errorCode(await api.gql(IMPORT, { token: beheerder, variables: { csv: 'a,b\n1,2' } }))).toBe('VALIDATIE');
    expect(errorCode(await api.gql(IMPORT, { token: a.token, variables: { csv: good } }))).toBe('FORBIDDEN');
  });

  it('counts hours already booked once per day in an import, however many rows the file has for that day', async () => {
    const mw = await medewerker(`imp-dag-${suffix}`);
    const geboekt = await api.gql(BOEK, { token: mw.token, variables: { input: { datum: '2026-10-12', product: 'ONDERZOEK', uren: 8 } } });
    expect(geboekt.errors).toBeUndefined();
    // 8 booked + 3 × 2 in the file = 14 hours: within the 24-hour rule.
    const csv = [
      'gebruiker,datum,functie,product,uren,casus,omschrijving',
      ...[1, 2, 3].map(() => `imp-dag-${suffix},2026-10-12,MW,OVERLEG,2,,`),
    ];
    const result = await api.gql<{ importeerUren: { geimporteerd: number; fouten: unknown[] } }>(IMPORT, {
      token: beheerder,
      variables: { csv: csv.join('\n') },
    });
    expect(result.data!.importeerUren).toEqual({ geimporteerd: 3, fouten: [] });
    // 14 booked + 6 × 2 = 26: over the limit from the sixth row on.
    const teVeel = await api.gql<{ importeerUren: { geimporteerd: number; fouten: { regel: number; veld: string }[] } }>(IMPORT, {
      token: beheerder,
      variables: { csv: [csv[0], ...[1, 2, 3, 4, 5, 6].map(() => `imp-dag-${suffix},2026-10-12,MW,OVERLEG,2,,`)].join('\n') },
    });
    expect(teVeel.data!.importeerUren.geimporteerd).toBe(0);
    expect(teVeel.data!.importeerUren.fouten.map((f) => `${f.regel}:${f.veld}`)).toEqual(['7:uren']);
  });

  it('shows a teammanager the hours of their own team only, and another region nothing', async () => {
    const oost = await medewerker(`team-o-${suffix}`, 'Oost');
    const west = await medewerker(`team-w-${suffix}`, 'West');
    for (const mw of [oost, west])
      await api.gql(BOEK, { token: mw.token, variables: { input: { datum: '2026-11-06', product: 'ADVIES', uren: 1 } } });
    const query = `query($team: String) { tijdregistraties(van: "2026-11-06", tot: "2026-11-06", team: $team, first: 100) { edges { node { medewerkerId } } } }`;
    const manager = await tokenFor({ tenant: 'VT15', roles: ['teammanager'], team: 'Oost' });
    const seen = (
      await api.gql<{ tijdregistraties: { edges: { node: { medewerkerId: string } }[] } }>(query, { token: manager })
    ).data!.tijdregistraties.edges.map((e) => e.node.medewerkerId);
    expect(seen).toContain(oost.id);
    expect(seen).not.toContain(west.id);
    expect(errorCode(await api.gql(query, { token: manager, variables: { team: 'West' } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(query, { token: oost.token }))).toBe('FORBIDDEN');
    const other = await tokenFor({ tenant: 'VT16', roles: ['functioneel-beheerder'] });
    const foreign = await api.gql<{ tijdregistraties: { edges: unknown[] } }>(query, { token: other });
    expect(foreign.data!.tijdregistraties.edges).toEqual([]);
    const correctForeign = await api.gql(CORRIGEER, {
      token: other,
      variables: {
        input: {
          registratieId: seen[0]
            ? (await admin.query(`SELECT id FROM tijdregistratie WHERE medewerker_id = $1 LIMIT 1`, [oost.id])).rows[0].id
            : '',
          uren: 0,
          reden: 'x',
        },
      },
    });
    expect(errorCode(correctForeign)).toBe('NIET_GEVONDEN');
  });
  it('pages tijdregistraties and medewerkers by cursor, filtered by medewerker and team', async () => {
    const team = `Pagina-${suffix}`;
    const [a, b] = [await medewerker(`pag-a-${suffix}`, team), await medewerker(`pag-b-${suffix}`, team)];
    for (const datum of ['2026-10-05', '2026-10-06', '2026-10-07'])
      for (const mw of [a, b]) await api.gql(BOEK, { token: mw.token, variables: { input: { datum, product: 'ADVIES', uren: 1 } } });
    const uren = `query($mw: ID, $team: String, $after: String) {
      tijdregistraties(van: "2026-10-05", tot: "2026-10-07", medewerkerId: $mw, team: $team, first: 2, after: $after) {
        edges { node { medewerkerId datum } } pageInfo { hasNextPage endCursor } } }`;
    type Pagina = { edges: { node: { medewerkerId: string; datum: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    const page = async (variables: Record<string, unknown>) =>
      (await api.gql<{ tijdregistraties: Pagina }>(uren, { token: beheerder, variables })).data!.tijdregistraties;
    const first = await page({ mw: a.id });
    expect(first.edges.map((e) => e.node)).toEqual([
      { medewerkerId: a.id, datum: '2026-10-05' },
      { medewerkerId: a.id, datum: '2026-10-06' },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ mw: a.id, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node)).toEqual([{ medewerkerId: a.id, datum: '2026-10-07' }]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const perTeam: string[] = [];
    for (let after: string | null = null, more = true; more;) {
      const p: Pagina = await page({ team, after });
      perTeam.push(...p.edges.map((e) => `${e.node.datum} ${e.node.medewerkerId}`));
      [after, more] = [p.pageInfo.endCursor, p.pageInfo.hasNextPage];
    }
    expect(perTeam).toHaveLength(6);
    expect(new Set(perTeam.map((r) => r.split(' ')[1]))).toEqual(new Set([a.id, b.id]));
    expect(perTeam).toEqual([...perTeam].sort((x, y) => x.slice(0, 10).localeCompare(y.slice(0, 10))));

    const lijst = `query($team: String, $after: String) { medewerkers(team: $team, first: 1, after: $after) {
      edges { node { id naam } } pageInfo { hasNextPage endCursor } } }`;
    type Medewerkers = { medewerkers: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const eerste = (await api.gql<Medewerkers>(lijst, { token: beheerder, variables: { team } })).data!.medewerkers;
    const tweede = (await api.gql<Medewerkers>(lijst, { token: beheerder, variables: { team, after: eerste.pageInfo.endCursor } })).data!
      .medewerkers;
    expect([eerste.edges[0]!.node.id, tweede.edges[0]!.node.id]).toEqual([a.id, b.id]);
    expect([eerste.pageInfo.hasNextPage, tweede.pageInfo.hasNextPage]).toEqual([true, false]);
  });
});
