import { randomUUID } from 'node:crypto';
import { samenvoegen, type OutboxRow } from './outbox-relay.js';

const rij = (id: string, payload: Record<string, unknown>, job_naam = 'herbereken', sleutel: string = randomUUID()): OutboxRow => ({
  id,
  sleutel,
  queue: 'deadlines',
  job_naam,
  payload,
});

describe('outbox coalescing', () => {
  it('merges jobs that differ only in casusId into one job naming every casus once', () => {
    const jobs = samenvoegen([rij('1', { casusId: 'a' }), rij('2', { casusId: 'b' }), rij('3', { casusId: 'a' })]);
    expect(jobs).toEqual([
      { queue: 'deadlines', naam: 'herbereken', data: { casusIds: ['a', 'b'] }, jobId: expect.stringMatching(/^outbox-[0-9a-f]{32}$/) },
    ]);
  });

  it('lets a whole-region request absorb the per-casus ones', () => {
    const jobs = samenvoegen([rij('4', { casusId: 'a' }), rij('5', {}), rij('6', { casusId: 'b' })]);
    expect(jobs).toEqual([{ queue: 'deadlines', naam: 'herbereken', data: {}, jobId: expect.stringMatching(/^outbox-[0-9a-f]{32}$/) }]);
  });

  it('keeps different jobs apart and names a single row by its own uuid', () => {
    const rijen = [rij('7', { periode: '2025' }, 'bereken'), rij('8', { periode: '2026' }, 'bereken'), rij('9', { casusId: 'c' })];
    const jobs = samenvoegen(rijen);
    expect(jobs.map((j) => [j.naam, j.data, j.jobId])).toEqual([
      ['bereken', { periode: '2025' }, `outbox-${rijen[0].sleutel}`],
      ['bereken', { periode: '2026' }, `outbox-${rijen[1].sleutel}`],
      ['herbereken', { casusIds: ['c'] }, `outbox-${rijen[2].sleutel}`],
    ]);
  });

  it("derives job ids from the rows' uuids only, never from the table-wide sequence", () => {
    const rijen = [
      rij('41', {}, 'bereken'),
      rij('42', { periode: '2026' }, 'bereken'),
      rij('43', { casusId: 'a' }),
      rij('44', { casusId: 'b' }),
    ];
    const andereVolgnummers = rijen.map((r, i) => ({ ...r, id: String(9000 + i * 7) }));
    expect(samenvoegen(andereVolgnummers).map((j) => j.jobId)).toEqual(samenvoegen(rijen).map((j) => j.jobId));
  });

  it('gives re-delivered rows the same job id and a group that gained a row a new one', () => {
    const rijen = [rij('10', { casusId: 'a' }), rij('12', { casusId: 'b' })];
    const [eerst] = samenvoegen(rijen);
    // The same rows after a crash (new sequence values cannot occur, but the id must not depend on them).
    const [opnieuw] = samenvoegen(rijen.map((r) => ({ ...r })));
    expect(opnieuw.jobId).toBe(eerst.jobId);
    // A row that committed late between the two (id 11) changes the group, so its casus is not lost.
    const [groter] = samenvoegen([rijen[0], rij('11', { casusId: 'c' }), rijen[1]]);
    expect(groter.jobId).not.toBe(eerst.jobId);
    expect(groter.data).toEqual({ casusIds: ['a', 'c', 'b'] });
  });
});
