import { request } from 'node:http';
import type pg from 'pg';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';
import { connectAs } from '../support/db.js';
import { meldingInput, nieuweMelding, persoon, registreerMelding } from '../support/casework.js';

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

/** Raw HTTP POST to /graphql: status, and the parsed body (or the text when it is not JSON). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read whatever JSON (or text) the server sent
type HttpBody = any;

async function post(api: RunningApp, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: HttpBody }> {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

/** Every malformed input gets a 4xx or a stable code, changes nothing, and is never INTERNAL_SERVER_ERROR. */
describe('bad input', () => {
  let api: RunningApp;
  let admin: pg.Client;
  let medewerker: string;
  let beheerder: string;
  let teammanager: string;

  beforeAll(async () => {
    api = await startApp('api', { GRAPHQL_MAX_TOKENS: '200' });
    admin = await connectAs('admin');
    medewerker = await tokenFor({ tenant: 'VT18', roles: ['medewerker', 'teammanager'] });
    beheerder = await tokenFor({ tenant: 'VT18', roles: ['functioneel-beheerder'] });
    teammanager = await tokenFor({ tenant: 'VT18', roles: ['teammanager'] });
  });
  afterAll(async () => {
    await admin.end();
    await api.close();
  });

  const code = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
  const field = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.field;

  describe('forged pagination cursors are VALIDATIE on `after`', () => {
    const forged = [
      ['garbled', 'not-base64-!!'],
      ['not JSON', Buffer.from('{{{').toString('base64url')],
      ['wrong length', cursor(['2026-01-01T00:00:00.000Z'])],
      ['a timestamp that is none', cursor(['gisteren', '00000000-0000-0000-0000-000000000000'])],
      ['an id that is no uuid', cursor(['2026-01-01T00:00:00.000Z', 'x'])],
      ['a NUL byte', cursor(['a\u0000b', '00000000-0000-0000-0000-000000000000'])],
      ['an object instead of a value', cursor([{}, '00000000-0000-0000-0000-000000000000'])],
    ];
    it.each(forged)('zoekCasussen with %s', async (_, after) => {
      const response = await api.gql('query($after: String) { zoekCasussen(after: $after) { edges { cursor } } }', {
        token: medewerker,
        variables: { after },
      });
      expect(code(response)).toBe('VALIDATIE');
      expect(field(response)).toBe('after');
    });

    it.each([
      [
        'taken',
        'query($after: String) { taken(after: $after) { edges { cursor } } }',
        cursor(['morgen', '00000000-0000-0000-0000-000000000000']),
      ],
      ['werkvoorraad', 'query($after: String) { werkvoorraad(after: $after) { edges { cursor } } }', cursor(['2026-13-45x', 'y'])],
      [
        'wachtlijst',
        'query($after: String) { wachtlijst(after: $after) { edges { cursor } } }',
        cursor(['2026-01-01', '00000000-0000-0000-0000-000000000000']),
      ],
      [
        'zoekPersonen',
        'query($after: String) { zoekPersonen(naam: "Test", after: $after) { edges { cursor } } }',
        cursor(['Jan', 'geen-uuid']),
      ],
      [
        'toegangslog',
        'query($after: String) { toegangslog(casusId: "00000000-0000-0000-0000-000000000000", after: $after) { edges { cursor } } }',
        cursor(['abc']),
      ],
    ])('%s with a cursor of the wrong types', async (_, query, after) => {
      const token = _ === 'toegangslog' ? beheerder : medewerker;
      const response = await api.gql(query, { token, variables: { after } });
      expect(code(response)).toBe('VALIDATIE');
      expect(field(response)).toBe('after');
    });

    it('a real cursor still works (control)', async () => {
      const first = await api.gql<{ zoekCasussen: { pageInfo: { endCursor: string | null } } }>(
        '{ zoekCasussen(first: 1) { pageInfo { endCursor } } }',
        { token: medewerker },
      );
      expect(first.errors).toBeUndefined();
      const after = first.data!.zoekCasussen.pageInfo.endCursor;
      if (after) {
        const next = await api.gql('query($after: String) { zoekCasussen(first: 1, after: $after) { edges { cursor } } }', {
          token: medewerker,
          variables: { after },
        });
        expect(next.errors).toBeUndefined();
      }
    });
  });

  describe('text with control or bidirectional override characters is refused and stores nothing', () => {
    it.each([
      ['a NUL byte in a name', { betrokkenen: [persoon('KIND', { naam: 'Jan\u0000Jansen' })] }, 'betrokkenen[0].naam'],
      ['a right-to-left override in a name', { betrokkenen: [persoon('KIND', { naam: 'Jan \u202Enesnaj' })] }, 'betrokkenen[0].naam'],
      ['an isolate character in the melder name', { melder: { naam: 'Leer\u2066kracht', organisatie: 'ONDERWIJS' } }, 'melder.naam'],
      [
        'a C1 control in a long text',
        { afwegingskader: { acuteOnveiligheid: false, structureleOnveiligheid: true, toelichting: 'zorgen\u009Bthuis' } },
        'afwegingskader.toelichting',
      ],
      ['a line break in a name', { betrokkenen: [persoon('KIND', { naam: 'Jan\nJansen' })] }, 'betrokkenen[0].naam'],
    ])('%s', async (_, overrides, naam) => {
      // A receipt time of this attempt alone (to the millisecond): other test files register meldingen at the same time.
      const ontvangenOp = new Date(Date.now() - 60_000 - Math.floor(Math.random() * 3_600_000)).toISOString();
      const response = await registreerMelding(api, medewerker, meldingInput({ ...overrides, ontvangenOp }));
      expect(code(response)).toBe('VALIDATIE');
      expect(field(response)).toBe(naam);
      const stored = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM melding WHERE ontvangen_op = $1`, [ontvangenOp]);
      expect(stored.rows[0]!.n).toBe('0');
    });

    it('a line break in a long text is accepted (control)', async () => {
      const melding = await nieuweMelding(api, medewerker, {
        afwegingskader: { acuteOnveiligheid: false, structureleOnveiligheid: true, toelichting: 'regel een\nregel twee\tmet tab' },
      });
      expect(melding.id).toBeTruthy();
    });
  });

  describe('one plausible date window for every date input', () => {
    it('refuses a huisverbod imposed in 1800 and stores nothing', async () => {
      const melding = await nieuweMelding(api, medewerker);
      const response = await api.gql('mutation($input: RegistreerHuisverbodInput!) { registreerHuisverbod(input: $input) { id } }', {
        token: medewerker,
        variables: { input: { casusId: melding.casus.id, opgelegdOp: '1800-01-01' } },
      });
      expect(code(response)).toBe('VALIDATIE');
      expect(field(response)).toBe('opgelegdOp');
      expect((await admin.query(`SELECT 1 FROM huisverbod WHERE casus_id = $1`, [melding.casus.id])).rowCount).toBe(0);
    });

    it('refuses a crisisinterventie dated 1800', async () => {
      const melding = await nieuweMelding(api, medewerker);
      const response = await api.gql('mutation($input: RegistreerCrisisInput!) { registreerCrisisinterventie(input: $input) { id } }', {
        token: medewerker,
        variables: { input: { casusId: melding.casus.id, datum: '1800-01-01T10:00:00Z', samenvatting: 'crisis' } },
      });
      expect(code(response)).toBe('VALIDATIE');
      expect(field(response)).toBe('datum');
    });

    it('refuses an advies received in 1800 and a melding in year 9999', async () => {
      const advies = await api.gql('mutation($input: RegistreerAdviesInput!) { registreerAdvies(input: $input) { id } }', {
        token: medewerker,
        variables: {
          input: {
            ontvangenOp: '1800-01-01T10:00:00Z',
            soort: 'ADVIES',
            kanaal: 'CHAT',
            aardGeweld: ['KINDERMISHANDELING'],
            adviesvrager: { anoniem: true, organisatie: 'ONDERWIJS' },
            samenvatting: 'x',
            gemeenteCode: 'GM0599',
          },
        },
      });
      expect(code(advies)).toBe('VALIDATIE');
      expect(field(advies)).toBe('ontvangenOp');
      const melding = await registreerMelding(api, medewerker, meldingInput({ ontvangenOp: '9999-01-01T10:00:00Z' }));
      expect(code(melding)).toBe('VALIDATIE');
      expect(field(melding)).toBe('ontvangenOp');
    });

    it('accepts a parent born in 1970 (birth dates have their own window; control)', async () => {
      const melding = await nieuweMelding(api, medewerker, {
        betrokkenen: [persoon('KIND'), persoon('OUDER_VERZORGER', { geboortedatum: '1970-05-05' })],
      });
      expect(melding.betrokkenen.some((b) => b.persoon.geboortedatum === '1970-05-05')).toBe(true);
    });
  });

  describe('numbers', () => {
    const QUERY = 'query($input: FormatieberekeningInput!) { formatieberekening(input: $input) { totaleKosten } }';
    const invoer = (volume: number, uren = 2) => ({
      productieveUrenPerFte: 1300,
      producten: [{ code: 'Advies', volume }],
      normtijden: [{ product: 'Advies', functie: 'MW', uren }],
      loonkosten: [{ functie: 'MW', bedragPerFte: 75_000 }],
    });

    it.each([
      ['1e308 as a volume', invoer(1e308)],
      ['1e200 twice', invoer(1e200, 1e200)],
      ['a tiny productive-hours value', { ...invoer(1000), productieveUrenPerFte: 1e-300 }],
    ])('formatieberekening refuses %s with VALIDATIE', async (_, input) => {
      const response = await api.gql(QUERY, { token: teammanager, variables: { input } });
      expect(code(response)).toBe('VALIDATIE');
    });
  });

  describe('request-level errors have a 4xx status and a GraphQL error body', () => {
    it('a syntax error', async () => {
      const response = await post(api, JSON.stringify({ query: '{ mijnOrganisatie { code ' }), { authorization: `Bearer ${medewerker}` });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('the token limit', async () => {
      const fields = Array.from({ length: 250 }, () => 'code').join(' ');
      const response = await post(api, JSON.stringify({ query: `{ mijnOrganisatie { ${fields} } }` }), {
        authorization: `Bearer ${medewerker}`,
      });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toMatch(/^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_REQUEST)$/);
    });

    it('invalid JSON', async () => {
      const response = await post(api, '{"query": "{ mijnOrganisatie { code } }"', { authorization: `Bearer ${medewerker}` });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    });

    it('a body above the size limit (413)', async () => {
      const response = await post(api, JSON.stringify({ query: '{ mijnOrganisatie { code } }', variables: { x: 'a'.repeat(5_000_000) } }), {
        authorization: `Bearer ${medewerker}`,
      });
      expect(response.status).toBe(413);
      expect(response.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('headers above the size limit (431)', async () => {
      const { port } = new URL(api.url);
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-filler': 'a'.repeat(40_000) },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(answer.status).toBe(431);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('HEADERS_TOO_LARGE');
    });
  });

  it('job(id) with an arbitrary string is null', async () => {
    for (const id of ['x'.repeat(5000), 'a:b:c', '../../etc', '💥', '']) {
      const response = await api.gql('query($id: ID!) { job(queue: DEADLINES, id: $id) { id } }', { token: beheerder, variables: { id } });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ job: null });
    }
  });
});
