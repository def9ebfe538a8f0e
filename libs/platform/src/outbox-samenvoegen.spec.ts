import { samenvoegen, type OutboxRow } from './outbox-relay.js';

const rij = (id: string, payload: Record<string, unknown>, job_naam = 'herbereken'): OutboxRow => ({ id, queue: 'deadlines', job_naam, payload });

describe('outbox coalescing', () => {
  it('merges jobs that differ only in casusId into one job naming every casus once', () => {
    const jobs = samenvoegen([rij('1', { casusId: 'a' }), rij('2', { casusId: 'b' }), rij('3', { casusId: 'a' })]);
    expect(jobs).toEqual([{ queue: 'deadlines', naam: 'herbereken', data: { casusIds: ['a', 'b'] }, jobId: 'outbox-1-3' }]);
  });

  it('lets a whole-region request absorb the per-casus ones', () => {
    const jobs = samenvoegen([rij('4', { casusId: 'a' }), rij('5', {}), rij('6', { casusId: 'b' })]);
    expect(jobs).toEqual([{ queue: 'deadlines', naam: 'herbereken', data: {}, jobId: 'outbox-4-6' }]);
  });

  it('keeps different jobs apart and names a single row by its own id', () => {
    const jobs = samenvoegen([rij('7', { periode: '2025' }, 'bereken'), rij('8', { periode: '2026' }, 'bereken'), rij('9', { casusId: 'c' })]);
    expect(jobs.map((j) => [j.naam, j.data, j.jobId])).toEqual([
      ['bereken', { periode: '2025' }, 'outbox-7'],
      ['bereken', { periode: '2026' }, 'outbox-8'],
      ['herbereken', { casusIds: ['c'] }, 'outbox-9'],
    ]);
  });
});
