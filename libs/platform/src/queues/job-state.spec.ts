import { JobState, jobState } from './job-state.js';

describe('jobState', () => {
  it("names every state BullMQ reports in the contract's terms, and anything else UNKNOWN", () => {
    expect(['waiting', 'prioritized', 'delayed', 'active', 'waiting-children', 'completed', 'failed', 'unknown'].map(jobState)).toEqual([
      JobState.WAITING,
      JobState.PRIORITIZED,
      JobState.DELAYED,
      JobState.ACTIVE,
      JobState.WAITING_CHILDREN,
      JobState.COMPLETED,
      JobState.FAILED,
      JobState.UNKNOWN,
    ]);
    expect(jobState('paused')).toBe(JobState.UNKNOWN);
  });
});
