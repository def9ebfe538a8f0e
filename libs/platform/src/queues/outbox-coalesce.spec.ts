import { randomUUID } from 'node:crypto';
import { coalesceOutbox, type OutboxRow } from './outbox-coalesce.js';
import type { OutboxPayload } from './outbox.js';

const row = (id: string, payload: OutboxPayload, job_naam = 'herbereken', sleutel: string = randomUUID()): OutboxRow => ({
  id,
  sleutel,
  queue: 'deadlines',
  job_naam,
  payload,
});

describe('outbox coalescing', () => {
  it('merges jobs that differ only in casusId into one job naming every casus once', () => {
    const jobs = coalesceOutbox([row('1', { casusId: 'a' }), row('2', { casusId: 'b' }), row('3', { casusId: 'a' })]);
    expect(jobs).toEqual([
      { queue: 'deadlines', name: 'herbereken', data: { casusIds: ['a', 'b'] }, jobId: expect.stringMatching(/^outbox-[0-9a-f]{32}$/) },
    ]);
  });

  it('lets a whole-region request absorb the per-casus ones', () => {
    const jobs = coalesceOutbox([row('4', { casusId: 'a' }), row('5', {}), row('6', { casusId: 'b' })]);
    expect(jobs).toEqual([{ queue: 'deadlines', name: 'herbereken', data: {}, jobId: expect.stringMatching(/^outbox-[0-9a-f]{32}$/) }]);
  });

  it('keeps different jobs apart and names a single row by its own uuid', () => {
    const rows = [row('7', { periode: '2025' }, 'bereken'), row('8', { periode: '2026' }, 'bereken'), row('9', { casusId: 'c' })];
    const jobs = coalesceOutbox(rows);
    expect(jobs.map((j) => [j.name, j.data, j.jobId])).toEqual([
      ['bereken', { periode: '2025' }, `outbox-${rows[0].sleutel}`],
      ['bereken', { periode: '2026' }, `outbox-${rows[1].sleutel}`],
      ['herbereken', { casusIds: ['c'] }, `outbox-${rows[2].sleutel}`],
    ]);
  });

  it("derives job ids from the rows' uuids only, never from the table-wide sequence", () => {
    const rows = [
      row('41', {}, 'bereken'),
      row('42', { periode: '2026' }, 'bereken'),
      row('43', { casusId: 'a' }),
      row('44', { casusId: 'b' }),
    ];
    const otherSequenceValues = rows.map((r, i) => ({ ...r, id: String(9000 + i * 7) }));
    expect(coalesceOutbox(otherSequenceValues).map((j) => j.jobId)).toEqual(coalesceOutbox(rows).map((j) => j.jobId));
  });

  it('gives re-delivered rows the same job id and a group that gained a row a new one', () => {
    const rows = [row('10', { casusId: 'a' }), row('12', { casusId: 'b' })];
    const [first] = coalesceOutbox(rows);
    // The same rows after a crash (new sequence values cannot occur, but the id must not depend on them).
    const [again] = coalesceOutbox(rows.map((r) => ({ ...r })));
    expect(again.jobId).toBe(first.jobId);
    // A row that committed late between the two (id 11) changes the group, so its casus is not lost.
    const [larger] = coalesceOutbox([rows[0], row('11', { casusId: 'c' }), rows[1]]);
    expect(larger.jobId).not.toBe(first.jobId);
    expect(larger.data).toEqual({ casusIds: ['a', 'c', 'b'] });
  });
});
