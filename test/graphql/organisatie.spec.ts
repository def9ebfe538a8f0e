import { startApp, type RunningApp } from '../support/app.js';
import { tokenFor } from '../support/tokens.js';

interface MijnOrganisatie {
  mijnOrganisatie: {
    code: string;
    naam: string;
    inwoners: number;
    regios: { code: string; naam: string; inwoners: number; aantalGemeenten: number }[];
    gemeenten: { code: string; naam: string; regioCode: string; inwoners: number; peildatum: string }[];
  };
}

const QUERY = `{ mijnOrganisatie { code naam inwoners regios { code naam inwoners aantalGemeenten } gemeenten { code naam regioCode inwoners peildatum } } }`;

describe('mijnOrganisatie (api) and regios (benchmark)', () => {
  let api: RunningApp;
  let benchmark: RunningApp;

  beforeAll(async () => {
    [api, benchmark] = await Promise.all([startApp('api'), startApp('benchmark')]);
  });
  afterAll(() => Promise.all([api.close(), benchmark.close()]));

  it('shows VT18 Rotterdam-Rijnmond with its 15 gemeenten and 1,336,484 inwoners', async () => {
    const response = await api.gql<MijnOrganisatie>(QUERY, { token: await tokenFor({ tenant: 'VT18' }) });
    expect(response.errors).toBeUndefined();
    const organisatie = response.data!.mijnOrganisatie;
    expect(organisatie.code).toBe('VT18');
    expect(organisatie.inwoners).toBe(1_336_484);
    expect(organisatie.regios).toEqual([{ code: 'VT18', naam: 'Rotterdam-Rijnmond', inwoners: 1_336_484, aantalGemeenten: 15 }]);
    expect(organisatie.gemeenten).toHaveLength(15);
    expect(organisatie.gemeenten).toContainEqual({
      code: 'GM0599',
      naam: 'Rotterdam',
      regioCode: 'VT18',
      inwoners: expect.any(Number),
      peildatum: '2022-01-01',
    });
    expect(organisatie.gemeenten.reduce((sum, g) => sum + g.inwoners, 0)).toBe(1_336_484);
  });

  it('shows VT25 its own organisation and nothing of VT18 (cross-tenant)', async () => {
    const response = await api.gql<MijnOrganisatie>(QUERY, { token: await tokenFor({ tenant: 'VT25' }) });
    const organisatie = response.data!.mijnOrganisatie;
    expect(organisatie.code).toBe('VT25');
    expect(organisatie.inwoners).toBe(594_047);
    expect(organisatie.gemeenten.every((g) => g.regioCode === 'VT25')).toBe(true);
  });

  it('lists all 26 regions with 17,590,672 inwoners in total on the benchmark service', async () => {
    const response = await benchmark.gql<{ regios: { code: string; inwoners: number; aantalGemeenten: number }[] }>(
      '{ regios { code naam organisatieCode inwoners aantalGemeenten } }',
      { token: await tokenFor({ tenant: 'VT12' }) },
    );
    expect(response.errors).toBeUndefined();
    const regios = response.data!.regios;
    expect(regios.map((r) => r.code)).toEqual(Array.from({ length: 26 }, (_, i) => `VT${String(i + 1).padStart(2, '0')}`));
    expect(regios.reduce((sum, r) => sum + r.inwoners, 0)).toBe(17_590_672);
    expect(regios.reduce((sum, r) => sum + r.aantalGemeenten, 0)).toBe(345);
  });
});
