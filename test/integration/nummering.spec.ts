import { TenantContextMissingError } from '@vt/database';
// Internal to @vt/casus (registrations take their numbers from it); tested here through its one method.
import { Nummering } from '../../libs/casus/src/casus/nummering.js';
import { tenantIdOf } from '../support/db.js';
import { startIntegration, type Integration } from '../support/integration.js';

// A year no other test numbers in: the counters are committed (autonomous transaction) and stay.
const JAAR = 2099;
const volgnummer = (nummer: string) => Number(nummer.split('-')[2]);

describe('Nummering against PostgreSQL', () => {
  let db: Integration;
  let nummering: Nummering;
  let vt13: string;
  let vt19: string;

  beforeAll(async () => {
    [db, vt13, vt19] = await Promise.all([startIntegration([Nummering]), tenantIdOf('VT13'), tenantIdOf('VT19')]);
    nummering = db.get(Nummering);
  });
  afterAll(() => db.close());

  it('numbers per region, kind and year, one up each time', async () => {
    const [eerste, tweede] = await db.asTenant(vt13, 'VT13', async () => [
      await nummering.volgend('M', JAAR),
      await nummering.volgend('M', JAAR),
    ]);
    expect(eerste).toMatch(/^M-2099-\d{6}$/);
    expect(volgnummer(tweede!)).toBe(volgnummer(eerste!) + 1);

    // Another kind, and another region, have counters of their own.
    const casus = await db.asTenant(vt13, 'VT13', () => nummering.volgend('C', JAAR));
    await db.asTenant(vt19, 'VT19', () => nummering.volgend('M', JAAR));
    const derde = await db.asTenant(vt13, 'VT13', () => nummering.volgend('M', JAAR));
    expect(casus).toMatch(/^C-2099-\d{6}$/);
    expect(volgnummer(derde)).toBe(volgnummer(eerste!) + 2);
  });

  it('gives concurrent registrations distinct consecutive numbers', async () => {
    const nummers = await db.asTenant(vt19, 'VT19', () => Promise.all(Array.from({ length: 8 }, () => nummering.volgend('A', JAAR))));
    const volg = nummers.map(volgnummer).sort((a, b) => a - b);
    expect(new Set(volg).size).toBe(8);
    expect(volg.at(-1)! - volg[0]!).toBe(7);
  });

  it('fails closed without a tenant in the context', async () => {
    await expect(nummering.volgend('M', JAAR)).rejects.toBeInstanceOf(TenantContextMissingError);
  });
});
