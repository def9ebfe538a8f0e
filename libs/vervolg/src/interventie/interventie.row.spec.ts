import { toInterventie, type InterventieRow } from './interventie.row.js';

const RIJ: InterventieRow = {
  id: 'i',
  melding_id: 'm',
  casus_id: 'c',
  soort: 'ONDERZOEK',
  status: 'GEPLAND',
  besloten_op: '2026-03-02',
  uiterlijke_startdatum: '2026-03-09',
  gestart_op: null,
  uiterlijke_einddatum: null,
  wettelijke_einddatum: '2026-05-11',
  veiligheidsplan: null,
  herstelplan: null,
  afgesloten_op: null,
  uitkomsten: null,
  voortijdig_reden: null,
  version: 1,
  ontvangstdatum: '2026-02-23',
};

describe('the clocks of an intervention', () => {
  it('counts the statutory term from the besluit, also while not started', () => {
    expect(toInterventie(RIJ, '2026-05-11').termijn).toMatchObject({
      dagenSindsBesluit: 70,
      binnenTermijnVanafBesluit: null,
      tijdigGestart: false,
    });
    expect(toInterventie(RIJ, '2026-05-12').termijn).toMatchObject({ binnenTermijnVanafBesluit: false, dagenSindsStart: null });
  });

  it("measures the region's clocks from start and melding with the term in effect at the besluit (here 8 weken)", () => {
    const acht = {
      ...RIJ,
      wettelijke_einddatum: '2026-04-27',
      gestart_op: '2026-03-16',
      uiterlijke_einddatum: '2026-05-11',
      status: 'AFGESLOTEN' as const,
    };
    const termijn = toInterventie({ ...acht, afgesloten_op: '2026-04-27' }, '2026-06-01').termijn;
    expect(termijn).toMatchObject({ binnenTermijnVanafBesluit: true, binnenTienWekenVanafStart: true, binnenTienWekenVanafMelding: false });
    expect(toInterventie({ ...acht, afgesloten_op: '2026-04-28' }, '2026-06-01').termijn.binnenTermijnVanafBesluit).toBe(false);
  });
});
