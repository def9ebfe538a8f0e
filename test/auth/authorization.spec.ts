import { defineAbilityFor, ROLLEN, type Actor } from '@vt/auth';
import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';

describe('authorization (CASL)', () => {
  it('gives the landelijk-analist no case subject, whatever else is granted', () => {
    const ability = defineAbilityFor({ userId: 'a', naam: 'A', rollen: ['landelijk-analist'] });
    for (const subject of ['Organisatie', 'Casus', 'Toegangslog'] as const) {
      for (const action of ['read', 'create', 'update', 'delete', 'manage'] as const) expect(ability.can(action, subject)).toBe(false);
    }
    expect(ability.can('read', 'Benchmark')).toBe(true);
  });

  it('gives region roles nothing without a tenant', () => {
    for (const rol of ROLLEN.filter((r) => r !== 'landelijk-analist')) {
      const ability = defineAbilityFor({ userId: 'u', naam: 'U', rollen: [rol] } satisfies Actor);
      expect(ability.can('read', 'Organisatie')).toBe(false);
      expect(ability.can('read', 'Casus')).toBe(false);
    }
  });

  it('lets every region role read its own organisation', () => {
    for (const rol of ROLLEN.filter((r) => r !== 'landelijk-analist')) {
      expect(
        defineAbilityFor({ userId: 'u', naam: 'U', rollen: [rol], tenantId: 'x', tenantCode: 'VT18' }).can('read', 'Organisatie'),
      ).toBe(true);
    }
  });

  describe('through GraphQL', () => {
    let api: RunningApp;
    let benchmark: RunningApp;

    beforeAll(async () => {
      [api, benchmark] = await Promise.all([startApp('api'), startApp('benchmark')]);
    });
    afterAll(() => Promise.all([api.close(), benchmark.close()]));

    it('refuses mijnOrganisatie to a landelijk-analist (FORBIDDEN, no data)', async () => {
      const response = await api.gql('{ mijnOrganisatie { code naam } }', { token: await tokenFor({ roles: ['landelijk-analist'] }) });
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('gives a landelijk-analist who also claims a tenant no case data either', async () => {
      const response = await api.gql('{ mijnOrganisatie { code } }', {
        token: await tokenFor({ tenant: 'VT18', roles: ['landelijk-analist'] }),
      });
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses a token mixing landelijk-analist with region roles', async () => {
      const response = await api.gql('{ mijnOrganisatie { code } }', {
        token: await tokenFor({ tenant: 'VT18', roles: ['landelijk-analist', 'medewerker'] }),
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('keeps the job administration (registered by the api from @vt/platform) to the functioneel-beheerder', async () => {
      const operations = [
        '{ job(queue: DEADLINES, id: "outbox-onbekend") { id } }',
        '{ mislukteJobs(queue: DEADLINES) { id } }',
        '{ wachtrijen { queue } }',
        'mutation { herstartJob(queue: DEADLINES, id: "outbox-onbekend") { id } }',
      ];
      for (const token of [
        await tokenFor({ tenant: 'VT18', roles: ['medewerker', 'teammanager'] }),
        await tokenFor({ roles: ['landelijk-analist'] }),
      ]) {
        for (const operation of operations) {
          const response = await api.gql<Record<string, unknown>>(operation, { token });
          // Refused before any work: no field carries data (a nullable root field answers null).
          expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
          expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        }
      }
      const beheerder = await api.gql('{ job(queue: DEADLINES, id: "outbox-onbekend") { id } }', {
        token: await tokenFor({ tenant: 'VT18', roles: ['functioneel-beheerder'] }),
      });
      expect(beheerder).toEqual({ data: { job: null } });
    });

    it('lets a landelijk-analist list regions on the benchmark service', async () => {
      const response = await benchmark.gql<{ regios: unknown[] }>('{ regios { code } }', {
        token: await tokenFor({ roles: ['landelijk-analist'] }),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.regios).toHaveLength(26);
    });
  });
});
